import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type SynthesisedBryggan, synthesiseBryggan } from './bryggan-app.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    infraAssembly: SynthesisedBryggan;
  }
}

/**
 * Synthesises the app (and bundles its functions) once per run, before any test
 * file starts, instead of once per file in a hook: the test files only read the
 * templates, so a busy machine slows the run down but cannot time a hook out.
 */
export default function setup(project: TestProject) {
  const outdir = mkdtempSync(join(tmpdir(), 'bryggan-infra-'));
  project.provide('infraAssembly', synthesiseBryggan(outdir));
  return () => rmSync(outdir, { recursive: true, force: true });
}
