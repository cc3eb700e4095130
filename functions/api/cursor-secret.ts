import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

let client: SecretsManagerClient | undefined;

/** One client per process; the Lambda entry instruments it for tracing. */
export function secretsManager(): SecretsManagerClient {
  client ??= new SecretsManagerClient({});
  return client;
}

/**
 * How long a container trusts the secret value it read. A replaced value (the
 * cursor key's rotation steps, docs/operations.md) reaches every warm container
 * within this time, without a deploy.
 */
export const secretMaxAgeMs = 5 * 60 * 1000;

/**
 * A secret's string, read when first needed (so routes that never use it do not
 * pay for it at cold start) and again once it is older than `maxAgeMs`.
 */
export function loadSecret(
  secretArn: string,
  { maxAgeMs = secretMaxAgeMs, now = Date.now }: { maxAgeMs?: number; now?: () => number } = {},
): () => Promise<string> {
  let secret: Promise<string> | undefined;
  let readAt = 0;
  return () => {
    if (secret && now() - readAt >= maxAgeMs) secret = undefined;
    if (!secret) {
      readAt = now();
      secret = secretsManager()
        .send(new GetSecretValueCommand({ SecretId: secretArn }))
        .then((result) => {
          if (!result.SecretString) throw new Error('Secret is empty');
          return result.SecretString;
        })
        .catch((error) => {
          secret = undefined;
          throw error;
        });
    }
    return secret;
  };
}

/** The cursor-signing key (or keys, while rotating: shared/db/cursor.ts, cursorKeys). */
export const loadCursorSecret = (secretArn: string) => loadSecret(secretArn);
