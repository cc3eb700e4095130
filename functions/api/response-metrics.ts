import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type middy from '@middy/core';
import type { APIGatewayProxyResultV2 } from 'aws-lambda';
import { metrics } from './powertools.ts';

/** Counts responses by class (Responses2xx, Responses4xx, Responses5xx), for alarms on 5xx. */
export const countResponses = (): middy.MiddlewareObj<unknown, APIGatewayProxyResultV2> => ({
  after: (request) => {
    const response = request.response;
    const status = response && typeof response === 'object' ? (response.statusCode ?? 200) : 200;
    metrics.addMetric(`Responses${Math.floor(status / 100)}xx`, MetricUnit.Count, 1);
  },
});
