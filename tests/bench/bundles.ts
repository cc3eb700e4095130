import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { App, Stack } from 'aws-cdk-lib';
import { jobSchedules } from '../../functions/jobs/catalogue.ts';
import { NodeFunction } from '../../infra/constructs/node-function.ts';
import { apiEntry, jobEntry, postConfirmationEntry, preSignUpEntry } from '../../infra/paths.ts';
import { median } from './stats.ts';

// 1. Every Lambda's bundle, built by the NodeFunction construct the stacks use (so with
// exactly the stacks' esbuild options, infra/bundling/options.ts), next to floor bundles
// built the same way: size raw and gzip, and the time a fresh Node process takes to
// import it (a cold start's module initialisation).

const benchFile = (name: string) => fileURLToPath(new URL(name, import.meta.url));

/** The floors, least first: the issue's floor, then what the chosen stack adds on its own. */
export const floorEntries: Record<string, string> = {
  floor: benchFile('./floor.ts'),
  'floor + Powertools': benchFile('./floor-powertools.ts'),
  'stack floor': benchFile('./floor-stack.ts'),
};

export const lambdaEntries: Record<string, string> = {
  api: apiEntry,
  ...Object.fromEntries(jobSchedules.map((job) => [`job ${job.name}`, jobEntry(job.name)])),
  'auth post-confirmation': postConfirmationEntry,
  'auth pre-sign-up': preSignUpEntry,
};

export interface BundleFigures {
  name: string;
  /** What a cold start reads: index.mjs and the chunks it imports statically. */
  raw: number;
  gzip: number;
  /** Everything in the asset, with the chunks loaded on first use. */
  shippedRaw: number;
  initWall: number;
  initCpu: number;
  /** Init wall time without NODE_OPTIONS=--enable-source-maps, to show what the maps cost. */
  initWallWithoutSourceMaps: number;
  spawns: number;
}

/** Synthesises one stack with a NodeFunction per entry; returns each entry's index.mjs. */
export function buildBundles(entries: Record<string, string>, outdir: string): Record<string, string> {
  const app = new App({ outdir, context: { stage: 'test' } });
  const stack = new Stack(app, 'BryggonBench', { env: { region: 'eu-north-1' } });
  const functions = Object.entries(entries).map(([name, entry], index) => {
    const fn = new NodeFunction(stack, `Bench${index}`, { entry, description: `bench ${name}` });
    return { name, logicalId: stack.getLogicalId(fn.function.node.defaultChild as never) };
  });
  const assembly = app.synth();
  const template = assembly.getStackArtifact(stack.artifactId).template as {
    Resources: Record<string, { Properties: { Code: { S3Key: string } } }>;
  };
  return Object.fromEntries(
    functions.map(({ name, logicalId }) => {
      const hash = template.Resources[logicalId]!.Properties.Code.S3Key.replace(/\.zip$/, '');
      return [name, join(outdir, `asset.${hash}`, 'index.mjs')];
    }),
  );
}

// What Lambda sets for every function (infra/constructs/node-function.ts), and what the
// entries read at start-up. No call leaves the process while a module initialises.
const lambdaEnvironment = {
  NODE_OPTIONS: '--enable-source-maps',
  POWERTOOLS_TRACER_CAPTURE_RESPONSE: 'false',
  POWERTOOLS_TRACER_CAPTURE_ERROR: 'false',
  AWS_REGION: 'eu-north-1',
  TABLE_NAME: 'bryggan-bench',
  JWT_ISSUER: 'https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_bench',
  JWT_AUDIENCE: 'bench',
  CURSOR_SECRET_ARN: 'arn:aws:secretsmanager:eu-north-1:000000000000:secret:bench',
  MAIL_FROM: 'bench@example.org',
  USER_POOL_ID: 'eu-north-1_bench',
  POWERTOOLS_SERVICE_NAME: 'bryggan-bench',
  // Node 20 here, 22 in Lambda: the SDK's warning about Node 20 is not part of a cold start there.
  NODE_NO_WARNINGS: '1',
};

const probe = `const c=process.cpuUsage(),t=performance.now();await import(process.argv[1]);const w=performance.now()-t,u=process.cpuUsage(c);process.stdout.write(JSON.stringify({wall:w,cpu:(u.user+u.system)/1000}))`;

/** Wall and CPU time of importing the bundle in a fresh `node` process. */
function initSample(bundle: string, sourceMaps = true): { wall: number; cpu: number } {
  const { NODE_OPTIONS, ...withoutSourceMaps } = lambdaEnvironment;
  const out = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', probe, pathToFileURL(bundle).href],
    {
      env: { PATH: process.env.PATH, ...(sourceMaps ? lambdaEnvironment : withoutSourceMaps) },
      encoding: 'utf8',
    },
  );
  return JSON.parse(out) as { wall: number; cpu: number };
}

// A minified static import: `import{a as b}from"./chunks/x.mjs"` or `import"./x.mjs"`.
// `import("./x.mjs")`, a chunk loaded on first use, has a parenthesis and does not match.
const staticImport =
  /\bimport\s*(?:[\w$]*\s*,?\s*(?:\{[^}]*\}|\*\s*as\s*[\w$]+)?\s*from\s*)?"(\.{1,2}\/[^"]+)"/g;

/** The files a cold start reads: the entry and every chunk reached by static imports. */
export function loadedAtInit(entry: string): string[] {
  const loaded = new Set<string>();
  const visit = (file: string) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    for (const [, path] of readFileSync(file, 'utf8').matchAll(staticImport)) {
      visit(resolve(dirname(file), path!));
    }
  };
  visit(entry);
  return [...loaded];
}

function shippedCode(directory: string): Buffer[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mjs'))
    .map((file) => readFileSync(join(directory, file)));
}

/**
 * Sizes, and medians of `spawns` fresh imports per bundle. The bundles take turns, so a
 * moment of load on the shared machine falls on all of them alike; one unmeasured import
 * each first puts the files in the page cache.
 */
export function measureBundles(bundles: Record<string, string>, spawns: number): BundleFigures[] {
  const names = Object.keys(bundles);
  const samples = new Map(names.map((name) => [name, [] as { wall: number; cpu: number }[]]));
  const withoutMaps = new Map(names.map((name) => [name, [] as number[]]));
  for (const name of names) initSample(bundles[name]!);
  for (let round = 0; round < spawns; round++) {
    for (const name of names) {
      samples.get(name)!.push(initSample(bundles[name]!));
      withoutMaps.get(name)!.push(initSample(bundles[name]!, false).wall);
    }
  }
  return names.map((name) => {
    const code = Buffer.concat(loadedAtInit(bundles[name]!).map((file) => readFileSync(file)));
    const taken = samples.get(name)!;
    return {
      name,
      raw: code.length,
      gzip: gzipSync(code).length,
      shippedRaw: shippedCode(dirname(bundles[name]!)).reduce((sum, file) => sum + file.length, 0),
      initWall: median(taken.map((sample) => sample.wall)),
      initCpu: median(taken.map((sample) => sample.cpu)),
      initWallWithoutSourceMaps: median(withoutMaps.get(name)!),
      spawns,
    };
  });
}
