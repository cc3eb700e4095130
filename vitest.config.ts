import { defineConfig } from 'vitest/config';

// One project per test tier, so each runs alone (`npm run test:unit` …) and
// only integration and e2e pay for DynamoDB Local.
export default defineConfig({
  test: {
    env: {
      POWERTOOLS_LOG_LEVEL: 'SILENT',
      POWERTOOLS_DEV: 'false',
      // The machines run Node 20; Lambda runs 22. The SDK's notice about that is noise here.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Property tests and the repository walk are CPU-bound: on two shared cores
          // under load they take several times their idle duration.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/integration/global-setup.ts'],
          setupFiles: ['tests/integration/support/env.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'infra',
          include: ['tests/infra/**/*.test.ts'],
          // Synthesises and bundles the app once; the files read its templates.
          globalSetup: ['tests/infra/global-setup.ts'],
          // Some tests still synthesise a variant of the app, with esbuild, on two
          // cores that other jobs share: minutes, not the default seconds.
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
