import { CfnOutput, Duration, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import { type ISecret, Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { grantSendMail } from '../constructs/mail-sender.ts';
import { NodeFunction } from '../constructs/node-function.ts';
import { routeAllTo } from '../constructs/proxy-api.ts';
import type { TableBinding } from '../constructs/single-table.ts';
import { apiEntry } from '../paths.ts';
import type { MailIdentity } from './mail-stack.ts';

export interface ApiStackProps extends StackProps {
  readonly data: TableBinding;
  /** The HTTP API (web stack) whose routes this function serves. */
  readonly httpApi: IHttpApi;
  /** Cognito's issuer URL, `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`. */
  readonly issuer: string;
  /** The web client's id, which Cognito writes into the ID token's `aud`. */
  readonly audience: string;
  /** The pool the API creates and links employer users in (invitations). */
  readonly userPool: IUserPool;
  /** The stage's SES identity and configuration set. */
  readonly mail: MailIdentity;
  /** The verified address the API mails from (invitations, event confirmations). */
  readonly mailFrom: string;
  /** The web's public origin, for links in mail: the distribution of the same deployment. */
  readonly webUrl: string;
  /** The value CloudFront's origin header carries; the API refuses requests without it. */
  readonly originSecret: ISecret;
}

// What accepting an invitation and removing an employer user do to accounts, and nothing else.
const directoryActions = [
  'cognito-idp:AdminGetUser',
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:AdminDeleteUserAttributes',
  'cognito-idp:AdminUserGlobalSignOut',
];

/** The Lambda function that serves the whole Hono app, and the HTTP API's routes to it. */
export class ApiStack extends Stack {
  readonly app: NodeFunction;
  readonly cursorSecret: Secret;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);

    this.cursorSecret = new Secret(this, 'CursorSecret', {
      description: 'HMAC key that signs pagination cursors',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    Validations.of(this.cursorSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The key only signs pagination cursors; it is replaced by hand in three steps that keep open lists ' +
        'paging (docs/operations.md, "Rotating the cursor key"), which a rotation function cannot time.',
    });

    this.app = new NodeFunction(this, 'App', {
      entry: apiEntry,
      description: 'the Bryggan HTTP API (Hono)',
      // Below API Gateway's 30-second integration limit, so a slow call ends as our own error.
      timeout: Duration.seconds(20),
      environment: {
        JWT_ISSUER: props.issuer,
        JWT_AUDIENCE: props.audience,
        CURSOR_SECRET_ARN: this.cursorSecret.secretArn,
        ORIGIN_SECRET_ARN: props.originSecret.secretArn,
        USER_POOL_ID: props.userPool.userPoolId,
        WEB_URL: props.webUrl,
        POWERTOOLS_SERVICE_NAME: 'bryggan-api',
        POWERTOOLS_METRICS_NAMESPACE: 'Bryggan',
      },
    });
    this.app.bindTable(props.data, 'readWrite');
    this.cursorSecret.grantRead(this.app.function);
    props.originSecret.grantRead(this.app.function);
    props.userPool.grant(this.app.function, ...directoryActions);
    grantSendMail(this.app, props.mail, props.mailFrom);

    routeAllTo(this, props.httpApi, this.app.function);

    new CfnOutput(this, 'FunctionName', { value: this.app.function.functionName });
  }
}
