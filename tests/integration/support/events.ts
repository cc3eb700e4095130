import type { EventCreate } from '#shared/schemas/event';
import { eventBody } from '../../fixtures/bodies.ts';
import { type Caller, call } from './harness.ts';

export { eventBody };

export async function createdEvent(coach: Caller, overrides: Partial<EventCreate> = {}) {
  const response = await call(coach, 'POST', '/v1/events', { body: eventBody(overrides) });
  if (response.status !== 201) throw new Error(`event setup failed: ${response.text}`);
  return response.json as { id: string; version: number; tenant: string };
}

export const publicSignup = (overrides: Record<string, unknown> = {}) => ({
  name: 'Sara Svensson',
  email: `sara-${Math.random().toString(36).slice(2)}@test.example`,
  ...overrides,
});
