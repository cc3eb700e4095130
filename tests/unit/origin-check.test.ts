import { describe, expect, it } from 'vitest';
import { createApp } from '#api/app';
import { originHeader } from '#api/middleware/origin-check';
import { LocalAccounts } from '../../functions/local/local-accounts.ts';
import { createOutbox } from '../../functions/local/outbox.ts';

// In AWS the API answers only what came through CloudFront (and its web ACL):
// CloudFront adds the origin header with the secret; the execute-api address does not.

const deps = {
  verifyToken: async () => {
    throw new Error('no tokens here');
  },
  cursorSecret: async () => 'unused',
  mailer: createOutbox(),
  directory: new LocalAccounts(),
};

let reads = 0;
const guarded = createApp({
  ...deps,
  originSecret: async () => {
    reads += 1;
    return 'the-origin-secret';
  },
});

describe('the origin check', () => {
  it('refuses a request without the header with a coded 403 problem', async () => {
    const response = await guarded.request('/v1/health', { headers: { 'accept-language': 'en' } });
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(((await response.json()) as { type: string }).type).toMatch(/origin\.not_allowed$/);
  });

  it('refuses a wrong value, a prefix of the secret and the secret with more after it', async () => {
    for (const value of ['wrong', 'the-origin', 'the-origin-secret-and-more', '']) {
      const response = await guarded.request('/v1/health', { headers: { [originHeader]: value } });
      expect(response.status, value).toBe(403);
    }
  });

  it('lets the right value through, on the API and on its reference page', async () => {
    const health = await guarded.request('/v1/health', { headers: { [originHeader]: 'the-origin-secret' } });
    expect(health.status).toBe(200);
    const docs = await guarded.request('/docs', { headers: { [originHeader]: 'the-origin-secret' } });
    expect(docs.status).toBe(200);
    const directDocs = await guarded.request('/docs');
    expect(directDocs.status).toBe(403);
    expect(reads).toBeGreaterThan(0);
  });

  it('is off where no secret is configured (npm start, the tests)', async () => {
    const open = createApp(deps);
    expect((await open.request('/v1/health')).status).toBe(200);
  });
});
