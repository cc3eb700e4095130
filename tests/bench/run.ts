import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTable, localClient, startDynamoDbLocal } from '../../functions/local/dynamodb-local.ts';
import { buildBundles, floorEntries, lambdaEntries, measureBundles } from './bundles.ts';
import { indicatorBench } from './indicators.ts';
import { batchBench, rankingBench } from './matching.ts';
import { Report } from './report.ts';
import { requestBench } from './requests.ts';
import { throughputBench } from './throughput.ts';

// npm run bench: every figure with its target, printed and written to bench/results.json.
// Fixed seeds, so runs are comparable. It fails only when something could not be measured.

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const started = performance.now();
const report = new Report();
const spawns = 12;

async function section(name: string, work: () => unknown | Promise<unknown>) {
  try {
    await work();
  } catch (error) {
    report.failed(name, error);
  }
}

await section('1 bundles', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'bryggan-bench-'));
  try {
    const bundles = buildBundles({ ...floorEntries, ...lambdaEntries }, outdir);
    const measured = measureBundles(bundles, spawns);
    const floor = measured.find((bundle) => bundle.name === 'floor')!;
    const stackFloor = measured.find((bundle) => bundle.name === 'stack floor')!;
    const add = (figure: Omit<Parameters<Report['add']>[0], 'section'>) =>
      report.add({ section: '1 bundles', ...figure });
    for (const bundle of measured) {
      const targeted = bundle.name === 'api' ? { at: 1.3, on: 'ratio' as const } : undefined;
      const row = (name: string, value: number, floorValue: number, unit: string, note?: string) =>
        add({
          name: `${bundle.name}: ${name}`,
          value,
          unit,
          ...(bundle === floor ? {} : { baseline: { name: 'floor', value: floorValue } }),
          ...(targeted ? { target: targeted } : {}),
          ...(note ? { note } : {}),
        });
      row('size raw, read at a cold start', bundle.raw / 1024, floor.raw / 1024, 'KiB');
      row('size gzip, read at a cold start', bundle.gzip / 1024, floor.gzip / 1024, 'KiB');
      add({
        name: `${bundle.name}: size raw, shipped (with chunks loaded on first use)`,
        value: bundle.shippedRaw / 1024,
        unit: 'KiB',
      });
      row(`init wall (median of ${spawns})`, bundle.initWall, floor.initWall, 'ms');
      row(`init CPU (median of ${spawns})`, bundle.initCpu, floor.initCpu, 'ms');
      if (targeted) {
        // What Bryggan's own code costs over the least a function on the chosen stack can be.
        add({
          name: 'api over the stack floor: size raw, read at a cold start',
          value: bundle.raw / 1024,
          unit: 'KiB',
          baseline: { name: 'stack floor', value: stackFloor.raw / 1024 },
        });
        add({
          name: 'api over the stack floor: init wall',
          value: bundle.initWall,
          unit: 'ms',
          baseline: { name: 'stack floor', value: stackFloor.initWall },
        });
        add({
          name: 'api: init wall without --enable-source-maps',
          value: bundle.initWallWithoutSourceMaps,
          unit: 'ms',
          baseline: { name: 'floor, the same', value: floor.initWallWithoutSourceMaps },
          note: `with them ${bundle.initWall.toFixed(1)} ms`,
        });
      }
    }
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
});

await section('2-3 requests and indicators', async () => {
  const dynamo = await startDynamoDbLocal();
  try {
    process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
    process.env.TABLE_NAME = 'bryggan-bench';
    await ensureTable(localClient(dynamo.endpoint), 'bryggan-bench');
    for (const request of await requestBench()) {
      const add = (
        name: string,
        value: number,
        unit: string,
        rest: Partial<Parameters<Report['add']>[0]> = {},
      ) => report.add({ section: '2-3 requests', name: `${request.name}: ${name}`, value, unit, ...rest });
      add('p50', request.p50, 'ms', {
        baseline: { name: 'its DynamoDB calls p50', value: request.dynamoP50 },
        target: { at: 1.5, on: 'ratio' },
      });
      add('p99', request.p99, 'ms', {
        baseline: { name: 'its DynamoDB calls p99', value: request.dynamoP99 },
      });
      add(
        'read calls',
        request.reads,
        'calls',
        request.kind === 'read' ? { target: { at: 2, on: 'value' } } : {},
      );
      add('read units', request.readUnits, 'RCU', { note: `${request.itemsReturned} items returned` });
      add('write calls (audit, sign-up)', request.writes, 'calls', { note: request.operations });
      add('write units', request.writeUnits, 'WCU');
    }
    const indicators = await indicatorBench();
    const add = (
      name: string,
      value: number,
      unit: string,
      rest: Partial<Parameters<Report['add']>[0]> = {},
    ) => report.add({ section: '4c indicators', name, value, unit, ...rest });
    add('report, one month, 5,000 participants: first run', indicators.firstMs, 'ms', {
      target: { at: 1000, on: 'value', strict: true },
    });
    add('report: median of the next 5', indicators.medianMs, 'ms', {
      target: { at: 1000, on: 'value', strict: true },
    });
    add('report: DynamoDB requests', indicators.requests, 'calls');
    add('report: read units', indicators.readUnits, 'RCU');
  } finally {
    await dynamo.stop();
  }
});

await section('4 matching', () => {
  const ranking = rankingBench();
  const add = (name: string, value: number, unit: string, rest: Partial<Parameters<Report['add']>[0]> = {}) =>
    report.add({ section: '4 matching', name, value, unit, ...rest });
  add(
    `rank 10,000 placements, all explained (${ranking.eligible} eligible): median`,
    ranking.allMedian,
    'ms',
    {
      baseline: { name: 'naive', value: ranking.naiveMedian },
      target: { at: 25, on: 'value', strict: true },
      note: ranking.sameAsNaive ? 'same ranking as naive' : 'RANKING DIFFERS FROM NAIVE',
    },
  );
  add('rank 10,000 placements: p95', ranking.allP95, 'ms');
  add('rank 10,000 placements, top 20 explained: median', ranking.top20Median, 'ms', {
    target: { at: 25, on: 'value', strict: true },
  });
  const batch = batchBench();
  add(`batch 1,000 × 1,000 seats (${batch.placements} placements): median`, batch.optimalMedian, 'ms', {
    baseline: { name: 'greedy', value: batch.greedyMedian },
    target: { at: 2000, on: 'value', strict: true },
    note: `${batch.assigned} assigned, total ${batch.totalScore.toFixed(1)}; greedy ${batch.greedyAssigned}, ${batch.greedyTotalScore.toFixed(1)}`,
  });
  add('batch: p95', batch.optimalP95, 'ms');
  add('batch: total score', batch.totalScore, 'points', {
    baseline: { name: 'greedy', value: batch.greedyTotalScore },
  });
  add('batch: peak memory added (RSS, sampled each ms)', batch.peakMemoryMiB, 'MiB');
});

await section('5 throughput', async () => {
  const runs = await throughputBench();
  const best = (server: 'hono' | 'bare') =>
    Math.max(...runs.filter((run) => run.server === server).map((run) => run.requestsPerSecond));
  report.add({
    section: '5 throughput',
    name: 'GET /v1/placements/{id}, in-memory store, server on one core: Hono (best of 2)',
    value: best('hono'),
    unit: 'req/s',
    baseline: { name: 'node:http (best of 2)', value: best('bare') },
    note: 'load from one Node client on the other core, 32 keep-alive connections',
  });
});

report.print();
const seconds = (performance.now() - started) / 1000;
console.log(`bench total ${seconds.toFixed(1)} s (node ${process.version})`);
report.write(fileURLToPath(new URL('../../bench/results.json', import.meta.url)), { seconds });
if (report.failures.length > 0) process.exitCode = 1;
