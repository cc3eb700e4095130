import { CfnOutput, Duration, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { grantSendMail } from '../constructs/mail-sender.ts';
import { NodeFunction } from '../constructs/node-function.ts';
import { ProxyApi } from '../constructs/proxy-api.ts';
import type { TableBinding } from '../constructs/single-table.ts';
import { apiEntry } from '../paths.ts';

export interface ApiStackProps extends StackProps {
  readonly data: TableBinding;
  /** Cognito's issuer URL, `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`. */
  readonly issuer: string;
  /** The web client's id, which Cognito writes into the ID token's `aud`. */
  readonly audience: string;
  /** The pool the API creates and links employer users in (invitations). */
  readonly userPool: IUserPool;
  /** The verified SES address the API mails from (invitations). */
  readonly mailFrom: string;
  /** The web's public origin for links in mail; without it, the origin of the request. */
  readonly webUrl?: string;
}

// What accepting an invitation and removing an employer user do to accounts, and nothing else.
const directoryActions = [
  'cognito-idp:AdminGetUser',
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:AdminDeleteUserAttributes',
  'cognito-idp:AdminUserGlobalSignOut',
];

// Per-stage limits across all callers; a municipality's staff and employers stay
// far below them, a runaway script does not.
const throttle = { rateLimit: 50, burstLimit: 100 };

/** The HTTP API and the Lambda function that serves the whole Hono app. */
export class ApiStack extends Stack {
  readonly api: ProxyApi;
  readonly app: NodeFunction;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);

    const cursorSecret = new Secret(this, 'CursorSecret', {
      description: 'HMAC key that signs pagination cursors',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    Validations.of(cursorSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The key only signs short-lived pagination cursors and is read once per cold start; rotating it ' +
        'just invalidates open cursors, so it is replaced by hand instead of by a rotation function.',
    });

    this.app = new NodeFunction(this, 'App', {
      entry: apiEntry,
      description: 'the Bryggan HTTP API (Hono)',
      // Below API Gateway's 30-second integration limit, so a slow call ends as our own error.
      timeout: Duration.seconds(20),
      environment: {
        JWT_ISSUER: props.issuer,
        JWT_AUDIENCE: props.audience,
        CURSOR_SECRET_ARN: cursorSecret.secretArn,
        USER_POOL_ID: props.userPool.userPoolId,
        MAIL_FROM: props.mailFrom,
        ...(props.webUrl ? { WEB_URL: props.webUrl } : {}),
        POWERTOOLS_SERVICE_NAME: 'bryggan-api',
        POWERTOOLS_METRICS_NAMESPACE: 'Bryggan',
      },
    });
    this.app.bindTable(props.data, 'readWrite');
    cursorSecret.grantRead(this.app.function);
    props.userPool.grant(this.app.function, ...directoryActions);
    grantSendMail(this.app, props.mailFrom);

    this.api = new ProxyApi(this, 'Api', { handler: this.app.function, throttle });

    new CfnOutput(this, 'ApiEndpoint', { value: this.api.httpApi.apiEndpoint });
    new CfnOutput(this, 'FunctionName', { value: this.app.function.functionName });
  }
}
