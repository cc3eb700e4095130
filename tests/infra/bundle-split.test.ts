import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync, type Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { functionBuildOptions } from '../../infra/bundling/options.ts';
import { apiEntry, preSignUpEntry, repoRoot } from '../../infra/paths.ts';
import { buildBundles, loadedAtInit } from '../bench/bundles.ts';

// The API bundle as the stacks build it: the mail and user-directory clients and the
// calendar writer, which few requests need, must be in chunks a cold start does not read,
// and those chunks must load. What "a cold start reads" means is the bench's loadedAtInit,
// checked here against esbuild's own account of the static imports.

let outdir: string;
let atInitFiles: string[];
let atInit: string;
let chunks: Map<string, string>;
let metafile: Metafile;

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), 'bryggan-bundle-'));
  ({ metafile } = buildSync({ ...functionBuildOptions(apiEntry, outdir), metafile: true }));
  atInitFiles = loadedAtInit(join(outdir, 'index.mjs'));
  atInit = atInitFiles.map((file) => readFileSync(file, 'utf8')).join('\n');
  chunks = new Map(
    readdirSync(join(outdir, 'chunks'))
      .filter((file) => file.endsWith('.mjs'))
      .map((file) => [join(outdir, 'chunks', file), readFileSync(join(outdir, 'chunks', file), 'utf8')]),
  );
}, 60_000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

const chunkWith = (text: string) => [...chunks].find(([, code]) => code.includes(text))?.[0];

/** The output files reached from index.mjs by static imports, as esbuild's metafile records them. */
function staticClosure(): string[] {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((file) => file.endsWith('/index.mjs'))!;
  const reached = new Set<string>();
  const visit = (file: string) => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const imported of outputs[file]!.imports) {
      if (imported.kind === 'import-statement' && outputs[imported.path]) visit(imported.path);
    }
  };
  visit(entry);
  return [...reached].map((file) => resolve(repoRoot, file));
}

/** Imports files in a fresh Node process with the function's environment; prints their exports. */
function importFresh(files: string[]): string[][] {
  const script = `const out=[];for (const f of process.argv.slice(1)) out.push(Object.keys(await import(f)));process.stdout.write(JSON.stringify(out))`;
  const printed = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', script, ...files.map((file) => pathToFileURL(file).href)],
    {
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        NODE_NO_WARNINGS: '1',
        AWS_REGION: 'eu-north-1',
        TABLE_NAME: 'bundle-test',
        JWT_ISSUER: 'https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_test',
        JWT_AUDIENCE: 'test',
        CURSOR_SECRET_ARN: 'arn:aws:secretsmanager:eu-north-1:000000000000:secret:test',
        MAIL_FROM: 'test@example.org',
        USER_POOL_ID: 'eu-north-1_test',
      },
    },
  );
  return JSON.parse(printed) as string[][];
}

describe('the API bundle', () => {
  it('is read at a cold start as far as its static imports reach, as esbuild records them', () => {
    expect(atInitFiles.length).toBeGreaterThan(1);
    expect([...atInitFiles].sort()).toEqual(staticClosure().sort());
  });

  it('leaves SES, Cognito and the calendar writer out of what a cold start reads', () => {
    expect(atInit).toContain('"GetItem"');
    expect(atInit).not.toContain('"SendEmail"');
    expect(atInit).not.toContain('"AdminCreateUser"');
    expect(atInit).not.toContain('VCALENDAR');
  });

  it('ships them in chunks of their own that load next to the entry', () => {
    const onDemand = [chunkWith('"SendEmail"'), chunkWith('"AdminCreateUser"'), chunkWith('VCALENDAR')];
    expect(onDemand).not.toContain(undefined);
    const [entry, ...chunkExports] = importFresh([join(outdir, 'index.mjs'), ...(onDemand as string[])]);
    expect(entry).toContain('handler');
    expect(chunkExports).toHaveLength(3);
    for (const exported of chunkExports) expect(exported.length).toBeGreaterThan(0);
  });
});

describe('NodeFunction', () => {
  it('gives each function the bundle of its own entry', () => {
    const assembly = mkdtempSync(join(tmpdir(), 'bryggan-assets-'));
    try {
      const bundles = buildBundles({ api: apiEntry, 'pre-sign-up': preSignUpEntry }, assembly);
      expect(bundles.api).not.toBe(bundles['pre-sign-up']);
      expect(readFileSync(bundles.api!, 'utf8')).toContain('/v1/participants');
      expect(readFileSync(bundles['pre-sign-up']!, 'utf8')).not.toContain('/v1/participants');
    } finally {
      rmSync(assembly, { recursive: true, force: true });
    }
  }, 60_000);
});
