import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';

// The floor the API bundle is measured against: the least a Hono Lambda that reads one
// item from DynamoDB can be. Bundled by NodeFunction like the real functions.

const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const app = new Hono();

app.get('/v1/placements/:id', async (c) => {
  const { Item } = await documents.send(
    new GetCommand({
      TableName: process.env.TABLE_NAME,
      Key: { pk: `TENANT#${c.req.header('x-tenant')}`, sk: `PLACEMENT#${c.req.param('id')}` },
    }),
  );
  return Item ? c.json(Item) : c.notFound();
});

export const handler = handle(app);
