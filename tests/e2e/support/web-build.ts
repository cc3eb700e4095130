import { resolve } from 'node:path';
import { build } from 'vite';

export const root = resolve(import.meta.dirname, '../../..');
export const webDist = resolve(root, 'web/dist');

/** Builds the web app as `npm run build:web` does, so the tests exercise the shipped bundle. */
export async function buildWeb(): Promise<void> {
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: resolve(root, 'web/vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
