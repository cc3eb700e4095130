import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

/**
 * The cursor-signing key, read once per container when a list first needs it,
 * so routes that never page (health, reads, writes) do not pay for it at cold start.
 */
export function loadCursorSecret(secretArn: string): () => Promise<string> {
  let secret: Promise<string> | undefined;
  return () => {
    secret ??= new SecretsManagerClient({})
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
