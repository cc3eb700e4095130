import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { defaultTableName } from './table.ts';

let client: DynamoDBDocumentClient | undefined;

/**
 * One client per process, made on first use so the local stack can start
 * DynamoDB Local and set DYNAMODB_ENDPOINT first. Without that variable the SDK
 * uses the Lambda's region and role. The Lambda entry instruments this client
 * for tracing, so this module needs no Powertools.
 */
export function documents(): DynamoDBDocumentClient {
  if (!client) {
    const endpoint = process.env.DYNAMODB_ENDPOINT;
    const dynamo = new DynamoDBClient(
      endpoint
        ? {
            endpoint,
            region: process.env.AWS_REGION ?? 'eu-north-1',
            credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
          }
        : {},
    );
    client = DynamoDBDocumentClient.from(dynamo, { marshallOptions: { removeUndefinedValues: true } });
  }
  return client;
}

export const tableName = () => process.env.TABLE_NAME ?? defaultTableName;
