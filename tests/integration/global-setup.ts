import type { TestProject } from 'vitest/node';
import { ensureTable, localClient, startDynamoDbLocal } from '../../functions/local/dynamodb-local.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** One in-memory DynamoDB Local for the whole integration run; tests isolate by tenant. */
export default async function setup(project: TestProject) {
  const dynamo = await startDynamoDbLocal();
  await ensureTable(localClient(dynamo.endpoint), 'bryggan-test');
  project.provide('dynamoEndpoint', dynamo.endpoint);
  return () => dynamo.stop();
}
