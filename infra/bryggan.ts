import type { App, Environment } from 'aws-cdk-lib';
import { ApiStack } from './stacks/api-stack.ts';
import { AuthStack } from './stacks/auth-stack.ts';
import { DataStack } from './stacks/data-stack.ts';
import { JobsStack } from './stacks/jobs-stack.ts';
import { WebStack } from './stacks/web-stack.ts';

export interface BrygganOptions {
  /** Unset: environment-agnostic stacks, deployed to the CLI's account and region. */
  readonly env?: Environment;
  /** The web app's public origin, once known; enables hosted-UI sign-in. */
  readonly webUrl?: string;
  /** The web build to upload, if it exists. */
  readonly webDistPath: string;
  /** The verified SES address mail is sent from. */
  readonly mailFrom?: string;
}

export interface BrygganStacks {
  readonly data: DataStack;
  readonly auth: AuthStack;
  readonly api: ApiStack;
  readonly web: WebStack;
  readonly jobs: JobsStack;
}

/** All of Bryggan's stacks, wired together; app.ts and the infra tests both build this. */
export function addBrygganStacks(app: App, options: BrygganOptions): BrygganStacks {
  const { env } = options;
  // The stateful stacks hold personal data and user accounts: CloudFormation refuses to delete them.
  const data = new DataStack(app, 'bryggan-data', {
    env,
    description: 'Bryggan: DynamoDB table',
    terminationProtection: true,
  });
  const auth = new AuthStack(app, 'bryggan-auth', {
    env,
    description: 'Bryggan: Cognito user pool and web client',
    terminationProtection: true,
    data: data.data,
    webUrl: options.webUrl,
  });
  const api = new ApiStack(app, 'bryggan-api', {
    env,
    description: 'Bryggan: HTTP API and its Lambda function',
    data: data.data,
    issuer: auth.issuer,
    audience: auth.webClient.userPoolClientId,
    userPool: auth.userPool,
    mailFrom: options.mailFrom ?? 'no-reply@bryggan.se',
    ...(options.webUrl ? { webUrl: options.webUrl } : {}),
  });
  const web = new WebStack(app, 'bryggan-web', {
    env,
    description: 'Bryggan: web app and API behind one CloudFront distribution',
    apiDomainName: api.api.domainName,
    signIn: {
      userPoolId: auth.userPool.userPoolId,
      clientId: auth.webClient.userPoolClientId,
      hostedUiUrl: auth.hostedUiUrl,
    },
    distPath: options.webDistPath,
  });
  // Scheduled work (event reminders, the coaches' digest): one function and one EventBridge schedule per job.
  const jobs = new JobsStack(app, 'bryggan-jobs', {
    env,
    description: 'Bryggan: scheduled jobs (event reminders, the coaches daily digest)',
    data: data.data,
    mailFrom: options.mailFrom ?? 'no-reply@bryggan.se',
    ...(options.webUrl ? { webUrl: options.webUrl } : {}),
  });
  return { data, auth, api, web, jobs };
}
