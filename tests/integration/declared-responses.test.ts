import { describe, expect, it } from 'vitest';
import { declaredRoutes, expectDeclaredResponse } from './support/declared-responses.ts';
import { app } from './support/harness.ts';

// The check `call()` runs on every answer: it must fail when a route answers what it does not declare.
describe('the declared-response check', () => {
  const routes = declaredRoutes(app);
  const json = new Headers({ 'content-type': 'application/json' });
  const problem = new Headers({ 'content-type': 'application/problem+json' });
  const check = (method: string, path: string, status: number, headers: Headers, body: unknown) =>
    expectDeclaredResponse(
      routes,
      { method, path },
      { status, headers, json: body, text: JSON.stringify(body) },
    );

  it('knows every route the app declares', () => {
    expect(routes.map((route) => `${route.method} ${route.template}`)).toEqual(
      expect.arrayContaining(['GET /v1/health', 'PATCH /v1/matches/{id}', 'POST /v1/employers/{id}/verify']),
    );
  });

  it('accepts an answer that matches the declaration', () => {
    check('GET', '/v1/health', 200, json, { status: 'ok' });
    check('GET', '/v1/employers/01ARZ3NDEKTSV4RRFFQ69G5FAV', 404, problem, {
      type: 'https://bryggan.se/problems/not-found',
      title: 'Not found',
      status: 404,
    });
  });

  it('fails a body with a key or a value the schema does not declare', () => {
    expect(() => check('GET', '/v1/health', 200, json, { status: 'ok', uptime: 1 })).toThrow(/refuses/);
    expect(() => check('GET', '/v1/health', 200, json, { status: 'down' })).toThrow(/refuses/);
    expect(() =>
      check('GET', '/v1/employers/01ARZ3NDEKTSV4RRFFQ69G5FAV', 404, problem, { title: 'x' }),
    ).toThrow(/refuses/);
  });

  it('fails an undeclared status and another media type', () => {
    expect(() => check('GET', '/v1/health', 201, json, { status: 'ok' })).toThrow(/does not declare/);
    expect(() => check('GET', '/v1/employers/01ARZ3NDEKTSV4RRFFQ69G5FAV', 404, json, {})).toThrow();
  });
});
