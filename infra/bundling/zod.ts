// What the bundles get for `zod` (the esbuild alias in infra/bundling/options.ts):
// the same shape as zod's index, from the lean namespace.
import * as z from './zod-classic.ts';

export * from './zod-classic.ts';
export { z, z as default };
