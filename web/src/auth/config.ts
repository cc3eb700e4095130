/** What the AWS deploy writes to /config.json; locally there is none and the demo login is used. */
export interface CognitoConfig {
  region: string;
  userPoolId: string;
  clientId: string;
  domain?: string;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

export async function loadCognitoConfig(): Promise<CognitoConfig | undefined> {
  try {
    const response = await fetch('/config.json', { headers: { Accept: 'application/json' } });
    // Locally the single-page fallback answers with index.html; that is "no config".
    if (!response.ok || !response.headers.get('content-type')?.includes('json')) return undefined;
    const body = (await response.json()) as Record<string, unknown>;
    if (!isText(body.region) || !isText(body.userPoolId) || !isText(body.clientId)) return undefined;
    return {
      region: body.region,
      userPoolId: body.userPoolId,
      clientId: body.clientId,
      ...(isText(body.domain) ? { domain: body.domain } : {}),
    };
  } catch {
    return undefined;
  }
}
