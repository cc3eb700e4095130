import { describe, expect, it } from 'vitest';
import * as zod from 'zod';
import * as lean from '../../infra/bundling/zod.ts';

// The bundles import infra/bundling/zod.ts for `zod` (infra/bundling/options.ts): it must
// offer every name zod does, so an upgrade of zod that adds one fails here, not in a Lambda.
describe('zod without its unused locales', () => {
  it('exports what zod exports, on the namespace and on core', () => {
    expect(Object.keys(lean).sort()).toEqual(Object.keys(zod).sort());
    expect(Object.keys(lean.z).sort()).toEqual(Object.keys(zod.z).sort());
    expect(Object.keys(lean.core).sort()).toEqual(Object.keys(zod.core).sort());
    expect(lean.z.string).toBe(zod.z.string);
  });

  it('keeps English and Swedish only', () => {
    expect(Object.keys(lean.locales).sort()).toEqual(['en', 'sv']);
    expect(Object.keys(lean.core.locales).sort()).toEqual(['en', 'sv']);
    expect(lean.locales.sv).toBe(zod.locales.sv);
  });
});
