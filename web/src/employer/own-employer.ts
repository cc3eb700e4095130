import { api } from '../api/client.ts';
import { readBody } from '../api/problem.ts';
import type { Employer } from '../api/types.ts';

/** An employer user sees only its own company; none until it has registered. */
export async function loadOwnEmployer(): Promise<Employer | undefined> {
  const { items } = await readBody(api.v1.employers.$get({ query: {} }));
  return items[0];
}
