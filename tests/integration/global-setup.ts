import type { TestProject } from 'vitest/node';
import { ensureTable, localClient, startDynamoDbLocal } from '../../functions/local/dynamodb-local.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

/** One in-memory DynamoDB Local for the whole integration run; tests isolate by tenant. */
export default async function setup(project: TestProject) {
  const dynamo = await startDynamoDbLocal();
  await ensureTable(localClient(dynamo.endpoint), 'bryggan-test');
  project.provide('dynamoEndpoint', dynamo.endpoint);
  return () => dynamo.stop();
}
