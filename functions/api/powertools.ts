import type { JSONObject } from '@aws-lambda-powertools/commons/types';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';

// One instance of each for the whole function, created at import so every
// invocation in a warm container reuses them.
const serviceName = process.env.POWERTOOLS_SERVICE_NAME ?? 'bryggan-api';

// The search function lets the logger read the correlation id from the event by path.
// The entries' paths are plain dotted ones (requestContext.requestId), so this reads
// them without a JMESPath engine (22 KB of every bundle, and its start-up).
export const logger = new Logger({
  serviceName,
  correlationIdSearchFn: (path, event) => valueAtPath(path, event as JSONObject),
});

export function valueAtPath(path: string, event: JSONObject): unknown {
  let value: unknown = event;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
export const metrics = new Metrics({
  serviceName,
  namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'Bryggan',
});
export const tracer = new Tracer({
  serviceName,
  enabled: process.env.AWS_LAMBDA_FUNCTION_NAME !== undefined,
});
