import { describe, expect, it } from 'vitest';
import { createApp } from '#api/app';
import { type AccessLine, maskedPath } from '#api/middleware/access-log';
import { originHeader } from '#api/middleware/origin-check';
import { LocalAccounts } from '../../functions/local/local-accounts.ts';
import { createOutbox } from '../../functions/local/outbox.ts';

// API Gateway's access log can only name CloudFront's edge server; the app writes
// the client's address per request, joined to the gateway's line by request id.

const lines: AccessLine[] = [];
const app = createApp({
  verifyToken: async () => {
    throw new Error('no tokens here');
  },
  cursorSecret: async () => 'unused',
  mailer: createOutbox(),
  directory: new LocalAccounts(),
  originSecret: async () => 'the-origin-secret',
  accessLog: (line) => lines.push(line),
});

describe('the access line', () => {
  it("names the client's address, the request id, CloudFront's id, status and path without the query", async () => {
    lines.length = 0;
    const response = await app.request('/v1/health?email=anna@example.se', {
      headers: {
        [originHeader]: 'the-origin-secret',
        'x-request-id': 'request-0001',
        'x-forwarded-for': '198.51.100.7',
        'x-amz-cf-id': 'edge-id-1',
      },
    });
    expect(response.status).toBe(200);
    expect(lines).toEqual([
      {
        requestId: 'request-0001',
        clientIp: '198.51.100.7',
        edgeRequestId: 'edge-id-1',
        method: 'GET',
        path: '/v1/health',
        status: 200,
        durationMs: expect.any(Number),
      },
    ]);
    expect(JSON.stringify(lines)).not.toContain('anna@example.se');
  });

  it('is written for refused requests too, with their status', async () => {
    lines.length = 0;
    await app.request('/v1/health', { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(lines).toEqual([expect.objectContaining({ clientIp: '203.0.113.9', status: 403 })]);
  });
});

describe('the logged path', () => {
  it('masks link tokens (invitations, cancel links) and keeps ids and route words', () => {
    const token = 't-01abc.Zm9vYmFyYmF6cXV4cXV1eHh4eHh4eHh4eHh4eHh4eHg';
    expect(maskedPath(`/v1/invitations/${token}/accept`)).toBe('/v1/invitations/[token]/accept');
    expect(maskedPath(`/v1/public/signups/${token}`)).toBe('/v1/public/signups/[token]');
    expect(maskedPath('/v1/employers/01HZX3KQ5V7N2M8R4T6Y9B0C1D/users')).toBe(
      '/v1/employers/01HZX3KQ5V7N2M8R4T6Y9B0C1D/users',
    );
    expect(maskedPath('/v1/public/t-01abc/events/01HZX3KQ5V7N2M8R4T6Y9B0C1D/calendar.ics')).toBe(
      '/v1/public/t-01abc/events/01HZX3KQ5V7N2M8R4T6Y9B0C1D/calendar.ics',
    );
  });
});
