// What the bundles get for `semver` (the esbuild alias in infra/bundling/options.ts). Its
// only importer is the X-Ray SDK's `captureAWS` (aws-xray-sdk-core/dist/lib/patchers/aws_p.js),
// which patches the AWS SDK v2; Bryggan traces v3 clients with `captureAWSv3Client` and never
// calls it. The real package is 28 KB of every cold start; tests/unit/semver-alias.test.ts
// fails if something else starts importing it.

export function gte(): never {
  throw new Error('semver is not bundled: only the X-Ray SDK’s captureAWS (AWS SDK v2) used it');
}
