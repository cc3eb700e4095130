import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

/** Reads the cursor-signing key once per container, at cold start. */
export async function loadCursorSecret(secretArn: string): Promise<string> {
  const client = new SecretsManagerClient({});
  const result = await client.send(new GetSecretValueCommand({ SecretId: secretArn }));
  if (!result.SecretString) throw new Error('Cursor secret is empty');
  return result.SecretString;
}
