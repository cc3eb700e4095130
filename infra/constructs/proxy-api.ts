import { Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  HttpApi,
  HttpMethod,
  HttpRoute,
  HttpRouteKey,
  type HttpStage,
  type IHttpApi,
  LogGroupLogDestination,
  type ThrottleSettings,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { stageName } from '../deployment.ts';
import { appLogGroup } from './log-group.ts';

// HTTP API access-log fields ($context variables). The path is logged without its
// query string, which is where search terms and e-mail addresses would travel.
// HTTP APIs log no request headers, and every request comes through CloudFront,
// so `sourceIp` is the CloudFront edge's address, not the client's: the client's
// address is in the API function's access line (clientIp, same requestId) and in
// CloudFront's standard log (c-ip); docs/operations.md, "Logs".
export const accessLogFields = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTimeEpoch',
  sourceIp: '$context.identity.sourceIp',
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
  readonly throttle: ThrottleSettings;
}

/**
 * An HTTP API with one `$default` stage, throttled and access-logged, that hands
 * every path to one function (`routeAllTo`): the Hono app routes and answers,
 * including its own 404s. The API is made before the function and its routes
 * (which live in the API stack): the distribution needs the API's address, the
 * function needs the web client's id, and the client needs the distribution's
 * address. The stage deploys itself when the routes arrive (auto-deploy).
 */
export class ProxyApi extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: ProxyApiProps) {
    super(scope, id);
    // The default stage that HttpApi would create takes neither throttling nor access logs.
    this.httpApi = new HttpApi(this, 'HttpApi', { apiName: stageName(this), createDefaultStage: false });
    this.accessLogs = appLogGroup(this, 'AccessLogs');
    this.stage = this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(accessLogFields)),
      },
    });
  }

  /** The host name CloudFront uses to reach the API. */
  get domainName(): string {
    const stack = Stack.of(this);
    return `${this.httpApi.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`;
  }
}

/** Routes `/` and every path of the API to the function, in `scope` (the function's stack). */
export function routeAllTo(scope: Construct, httpApi: IHttpApi, handler: IFunction): HttpRoute[] {
  const integration = new HttpLambdaIntegration('App', handler);
  const routes = [
    new HttpRoute(scope, 'RootRoute', {
      httpApi,
      routeKey: HttpRouteKey.with('/', HttpMethod.ANY),
      integration,
    }),
    new HttpRoute(scope, 'ProxyRoute', {
      httpApi,
      routeKey: HttpRouteKey.with('/{proxy+}', HttpMethod.ANY),
      integration,
    }),
  ];
  for (const route of routes) {
    Validations.of(route).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'The app verifies every Cognito token itself (jose against the JWKS) so local and cloud share one ' +
        'path, and public routes (/v1/public, /v1/health, /docs) must pass without a token.',
    });
  }
  return routes;
}
