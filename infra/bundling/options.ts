import type { BuildOptions } from 'esbuild';
import { repoRoot } from '../paths.ts';

// The bundles are ESM (tree-shaken, smaller cold starts); a few CommonJS
// dependencies (the X-Ray SDK) still call require(), which ESM lacks.
const esmRequireBanner =
  "import { createRequire } from 'module';const require = createRequire(import.meta.url);";

/**
 * How every function is bundled: NodeFunction builds its asset with these options
 * (infra/bundling/function-code.ts), and the bench (tests/bench/bundles.ts) builds its
 * figures through NodeFunction, so the two cannot drift.
 *
 * Code splitting: a module the entry reaches only through `import()` (the API's mail and
 * user-directory clients and calendar writer, which few requests need, and the AWS SDK's
 * credential providers that Lambda never uses) goes into a chunk of its own, read on
 * first use instead of at every cold start. CDK's NodejsFunction passes
 * esbuild an `--outfile`, which rules splitting out, hence our own build step.
 */
export function functionBuildOptions(entry: string, outdir: string): BuildOptions {
  return {
    absWorkingDir: repoRoot,
    entryPoints: { index: entry },
    outdir,
    // Nothing external: the bundle carries the AWS SDK version the tests ran against
    // rather than whatever the runtime has.
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    mainFields: ['module', 'main'],
    banner: { js: esmRequireBanner },
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    // zod without its 60-odd unused locales (infra/bundling/zod-classic.ts says why), and
    // no semver, which only an X-Ray function Bryggan never calls wants (infra/bundling/semver.ts).
    alias: { zod: './infra/bundling/zod.ts', semver: './infra/bundling/semver.ts' },
    logLevel: 'warning',
  };
}
