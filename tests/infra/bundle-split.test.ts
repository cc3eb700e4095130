import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { functionBuildOptions } from '../../infra/bundling/options.ts';
import { apiEntry, preSignUpEntry } from '../../infra/paths.ts';
import { buildBundles, loadedAtInit } from '../bench/bundles.ts';

// The API bundle as the stacks build it: the mail and user-directory clients and the
// calendar writer, which few requests need, must be in chunks a cold start does not read,
// and those chunks must load.

let outdir: string;
let atInit: string;
let chunks: Map<string, string>;

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), 'bryggan-bundle-'));
  buildSync(functionBuildOptions(apiEntry, outdir));
  atInit = loadedAtInit(join(outdir, 'index.mjs'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  chunks = new Map(
    readdirSync(join(outdir, 'chunks'))
      .filter((file) => file.endsWith('.mjs'))
      .map((file) => [join(outdir, 'chunks', file), readFileSync(join(outdir, 'chunks', file), 'utf8')]),
  );
}, 60_000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

const chunkWith = (operation: string) => [...chunks].find(([, code]) => code.includes(`"${operation}"`))?.[0];

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
  it('leaves SES and Cognito out of what a cold start reads', () => {
    expect(atInit).toContain('"GetItem"');
    expect(atInit).not.toContain('"SendEmail"');
    expect(atInit).not.toContain('"AdminCreateUser"');
  });

  it('ships them in chunks of their own that load next to the entry', () => {
    const mail = chunkWith('SendEmail');
    const directory = chunkWith('AdminCreateUser');
    expect(mail).toBeDefined();
    expect(directory).toBeDefined();
    const [entry, mailExports, directoryExports] = importFresh([
      join(outdir, 'index.mjs'),
      mail!,
      directory!,
    ]);
    expect(entry).toContain('handler');
    expect(mailExports!.length).toBeGreaterThan(0);
    expect(directoryExports!.length).toBeGreaterThan(0);
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
