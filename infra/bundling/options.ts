import { type BundlingOptions, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';

// The bundles are ESM (tree-shaken, smaller cold starts); a few CommonJS
// dependencies (the X-Ray SDK) still call require(), which ESM lacks.
const esmRequireBanner =
  "import { createRequire } from 'module';const require = createRequire(import.meta.url);";

/**
 * How every function is bundled: NodeFunction passes this to CDK, and the bench
 * (tests/bench/bundles.ts) builds its figures through NodeFunction, so the two cannot drift.
 */
export const functionBundling = {
  format: OutputFormat.ESM,
  target: 'node22',
  mainFields: ['module', 'main'],
  banner: esmRequireBanner,
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  // Ship the SDK version the tests ran against rather than whatever the runtime carries.
  bundleAwsSDK: true,
  // zod without its 60-odd unused locales (infra/bundling/zod-classic.ts says why). The
  // path is resolved from the project root, where CDK runs esbuild.
  esbuildArgs: { '--alias': ['zod=./infra/bundling/zod.ts'] },
} satisfies BundlingOptions;
