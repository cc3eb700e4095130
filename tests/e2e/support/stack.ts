import { type LocalStack, startLocalStack } from '../../../functions/local/server.ts';
import { webDist } from './web-build.ts';

/**
 * The API, DynamoDB Local (in memory, its own) and the built web on one origin.
 * DYNAMODB_ENDPOINT must be unset, or the stack would use someone else's database.
 */
export async function startStack(): Promise<LocalStack> {
  delete process.env.DYNAMODB_ENDPOINT;
  return startLocalStack({ port: 0, webDist, seed: true });
}
