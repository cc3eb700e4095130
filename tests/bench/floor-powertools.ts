import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import middy from '@middy/core';
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';

// The floor (tests/bench/floor.ts) with what the chosen stack puts around every handler:
// Powertools logger, metrics and tracer as middy middlewares, the client traced. It shows
// what the stack alone costs before any of Bryggan's code.

/** The floor's one route inside the stack's middlewares; `readId` checks the path's id. */
export function stackHandler(readId: (raw: string) => string) {
  const logger = new Logger();
  const metrics = new Metrics({ namespace: 'Bench' });
  const tracer = new Tracer({ enabled: process.env.AWS_LAMBDA_FUNCTION_NAME !== undefined });
  const documents = tracer.captureAWSv3Client(DynamoDBDocumentClient.from(new DynamoDBClient({})));
  const app = new Hono();
  app.get('/v1/placements/:id', async (c) => {
    const { Item } = await documents.send(
      new GetCommand({
        TableName: process.env.TABLE_NAME,
        Key: { pk: `TENANT#${c.req.header('x-tenant')}`, sk: `PLACEMENT#${readId(c.req.param('id'))}` },
      }),
    );
    return Item ? c.json(Item) : c.notFound();
  });
  return middy(handle(app))
    .use(captureLambdaHandler(tracer, { captureResponse: false }))
    .use(injectLambdaContext(logger))
    .use(logMetrics(metrics));
}

// Pure, so the stack floor (floor-stack.ts), which imports stackHandler, drops this one.
export const handler = /* @__PURE__ */ stackHandler((raw) => raw);
