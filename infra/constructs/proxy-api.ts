import { Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  HttpApi,
  HttpMethod,
  type HttpStage,
  LogGroupLogDestination,
  type ThrottleSettings,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

// HTTP API access-log fields ($context variables). The path is logged without its
// query string, which is where search terms and e-mail addresses would travel.
const accessLogFields = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTimeEpoch',
  ip: '$context.identity.sourceIp',
  userAgent: '$context.identity.userAgent',
  method: '$context.httpMethod',
  path: '$context.path',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
};

export interface ProxyApiProps {
  readonly handler: IFunction;
  readonly throttle: ThrottleSettings;
}

/**
 * An HTTP API that hands every path to one function: the Hono app routes and
 * answers, including its own 404s. One `$default` stage, throttled and access-logged.
 */
export class ProxyApi extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: ProxyApiProps) {
    super(scope, id);
    // The default stage that HttpApi would create takes neither throttling nor access logs.
    this.httpApi = new HttpApi(this, 'HttpApi', { createDefaultStage: false });
    this.accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_MONTH });
    this.stage = this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(accessLogFields)),
      },
    });

    const integration = new HttpLambdaIntegration('App', props.handler);
    const routes = [
      ...this.httpApi.addRoutes({ path: '/', methods: [HttpMethod.ANY], integration }),
      ...this.httpApi.addRoutes({ path: '/{proxy+}', methods: [HttpMethod.ANY], integration }),
    ];
    for (const route of routes) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'The app verifies every Cognito token itself (jose against the JWKS) so local and cloud share one ' +
          'path, and public routes (/v1/public, /v1/health, /docs) must pass without a token.',
      });
    }
  }

  /** The host name CloudFront uses to reach the API. */
  get domainName(): string {
    const stack = Stack.of(this);
    return `${this.httpApi.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`;
  }
}
