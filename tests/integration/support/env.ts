import { inject } from 'vitest';

// Runs before each test file imports the repositories, so their client finds DynamoDB Local.
process.env.DYNAMODB_ENDPOINT = inject('dynamoEndpoint');
process.env.TABLE_NAME = 'bryggan-test';

// Every list must be a Query: any Scan sent while a test runs fails that test.
const { documents } = await import('#shared/db/client');
documents().middlewareStack.add(
  (next, context) => async (args) => {
    if (context.commandName === 'ScanCommand') throw new Error('Scan is not allowed on a request path');
    return next(args);
  },
  { step: 'initialize', name: 'forbidScan' },
);
