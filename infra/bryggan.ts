import type { App, Environment } from 'aws-cdk-lib';
import { type DeploymentConfig, stageOf } from './deployment.ts';
import { ApiStack } from './stacks/api-stack.ts';
import { AuthStack } from './stacks/auth-stack.ts';
import { DataStack } from './stacks/data-stack.ts';
import { EdgeStack } from './stacks/edge-stack.ts';
import { JobsStack } from './stacks/jobs-stack.ts';
import { MailStack } from './stacks/mail-stack.ts';
import { MonitoringStack } from './stacks/monitoring-stack.ts';
import { WebStack } from './stacks/web-stack.ts';

export interface BrygganOptions {
  readonly deployment: DeploymentConfig;
  /** The web build to upload (web/dist). */
  readonly webDistPath: string;
  /** Synthesise without a web build; for tests of other resources only (a deploy refuses it). */
  readonly allowMissingWebBuild?: boolean;
}

export interface BrygganStacks {
  readonly edge: EdgeStack;
  readonly mail: MailStack;
  readonly data: DataStack;
  readonly auth: AuthStack;
  readonly web: WebStack;
  readonly api: ApiStack;
  readonly jobs: JobsStack;
  readonly monitoring: MonitoringStack;
}

/** Where CloudFront's web ACLs must live, whatever region the data is in. */
export const cloudFrontRegion = 'us-east-1';

/**
 * All of Bryggan's stacks for one stage, wired together; app.ts and the infra
 * tests both build this. The app's `stage` context must match `deployment.stage`
 * (every construct reads its stage settings from there).
 *
 * Order of deployment (cdk works it out from the references): edge (us-east-1),
 * mail, data, auth, web (HTTP API, distribution, the web client with the
 * distribution's address), api (the function and its routes), jobs, monitoring.
 */
export function addBrygganStacks(app: App, options: BrygganOptions): BrygganStacks {
  const { deployment } = options;
  if (stageOf(app).stage !== deployment.stage) {
    throw new Error(`The app's stage context (${stageOf(app).stage}) is not ${deployment.stage}`);
  }
  const env: Environment = {
    region: deployment.region,
    ...(deployment.account ? { account: deployment.account } : {}),
  };
  const name = (part: string) => `bryggan-${deployment.stage}-${part}`;
  // Personal data and accounts: in prod CloudFormation refuses to delete these stacks.
  const terminationProtection = stageOf(app).protect;

  const edge = new EdgeStack(app, name('edge'), {
    env: { ...env, region: cloudFrontRegion },
    description: 'Bryggan: the web ACL in front of CloudFront (CloudFront web ACLs live in us-east-1)',
  });
  const mail = new MailStack(app, name('mail'), {
    env,
    description: 'Bryggan: the SES identity and configuration set all mail goes through',
    mailDomain: deployment.mailDomain,
  });
  const data = new DataStack(app, name('data'), {
    env,
    description: 'Bryggan: DynamoDB table and its backup plan',
    terminationProtection,
  });
  const auth = new AuthStack(app, name('auth'), {
    env,
    description: 'Bryggan: Cognito user pool, hosted-UI domain and triggers',
    terminationProtection,
    data: data.data,
    mail,
    mailFrom: deployment.mailFrom,
  });
  // Cognito checks the SES identity when the pool is written: mail first.
  auth.addStackDependency(mail);
  const web = new WebStack(app, name('web'), {
    env,
    description: 'Bryggan: web app and HTTP API behind one CloudFront distribution, and the web client',
    signIn: { userPool: auth.userPool, hostedUiUrl: auth.hostedUiUrl },
    distPath: options.webDistPath,
    webAclArn: edge.webAcl.attrArn,
    ...(options.allowMissingWebBuild ? { allowMissingBuild: true } : {}),
  });
  const api = new ApiStack(app, name('api'), {
    env,
    description: 'Bryggan: the API function and the HTTP API routes to it',
    data: data.data,
    httpApi: web.api.httpApi,
    issuer: auth.issuer,
    audience: web.webClient.client.userPoolClientId,
    userPool: auth.userPool,
    mail,
    mailFrom: deployment.mailFrom,
    webUrl: web.webUrl,
    originSecret: web.originSecret,
  });
  // Scheduled work (event reminders, the coaches' digest): one function and one schedule per job.
  const jobs = new JobsStack(app, name('jobs'), {
    env,
    description: 'Bryggan: scheduled jobs (event reminders, the coaches daily digest)',
    data: data.data,
    mail,
    mailFrom: deployment.mailFrom,
    webUrl: web.webUrl,
  });
  const monitoring = new MonitoringStack(app, name('monitoring'), {
    env,
    description: 'Bryggan: alarms, their topic and the dashboard',
    httpApi: web.api.httpApi,
    table: data.data.table,
    functions: [
      { name: 'api', function: api.app.function },
      { name: 'pre-sign-up', function: auth.preSignUp.function },
      { name: 'post-confirmation', function: auth.postConfirmation.function },
      ...jobs.jobs.map((job) => ({
        name: `job-${job.node.id.replace(/^Job-/, '')}`,
        function: job.worker.function,
      })),
    ],
    jobDeadLetters: jobs.deadLetters,
    ...(deployment.alarmEmail ? { alarmEmail: deployment.alarmEmail } : {}),
  });
  return { edge, mail, data, auth, web, api, jobs, monitoring };
}
