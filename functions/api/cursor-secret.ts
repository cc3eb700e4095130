import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

let client: SecretsManagerClient | undefined;

/** One client per process; the Lambda entry instruments it for tracing. */
export function secretsManager(): SecretsManagerClient {
  client ??= new SecretsManagerClient({});
  return client;
}

/**
 * The cursor-signing key, read once per container when a list first needs it,
 * so routes that never page (health, reads, writes) do not pay for it at cold start.
 */
export function loadCursorSecret(secretArn: string): () => Promise<string> {
  let secret: Promise<string> | undefined;
  return () => {
    secret ??= secretsManager()
      .send(new GetSecretValueCommand({ SecretId: secretArn }))
      .then((result) => {
        if (!result.SecretString) throw new Error('Cursor secret is empty');
        return result.SecretString;
      })
      .catch((error) => {
        secret = undefined;
        throw error;
      });
    return secret;
  };
}
