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
    client = DynamoDBDocumentClient.from(new DynamoDBClient(localClientConfig()), { marshallOptions });
  }
  return client;
}

/**
 * Replaces the process's document client (a test installs one whose transport
 * fails on demand) and returns the one it replaced, to put back afterwards.
 */
export function replaceDocuments(
  replacement: DynamoDBDocumentClient | undefined,
): DynamoDBDocumentClient | undefined {
  const previous = client;
  client = replacement;
  return previous;
}

/** The settings of the client `documents()` makes, for a test that builds one like it. */
export function localClientConfig() {
  const endpoint = process.env.DYNAMODB_ENDPOINT;
  return endpoint
    ? {
        endpoint,
        region: process.env.AWS_REGION ?? 'eu-north-1',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      }
    : {};
}

export const marshallOptions = { removeUndefinedValues: true };

export const tableName = () => process.env.TABLE_NAME ?? defaultTableName;
