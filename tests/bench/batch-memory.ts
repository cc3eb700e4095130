import { Worker } from 'node:worker_threads';
import { suggestAssignment } from '#shared/domain/matching/index';
import { generate, generateParticipant } from './data.ts';
import { batchPlacements } from './matching.ts';

// Run in a process of its own by the matching bench (with --expose-gc): the most resident
// memory the batch of 1,000 participants × 1,000 seats adds over the process at rest,
// sampled every millisecond by a worker thread while the batch keeps the main thread busy.

const participants = generate(4, 1000, generateParticipant);
const placements = batchPlacements(1000);
(globalThis as { gc?: () => void }).gc?.();
const peak = new Int32Array(new SharedArrayBuffer(8));
const sampler = new Worker(
  `const { workerData } = require('node:worker_threads');
   const peak = new Int32Array(workerData);
   setInterval(() => { const kib = Math.round(process.memoryUsage.rss() / 1024); if (kib > peak[0]) peak[0] = kib; Atomics.store(peak, 1, 1); }, 1);`,
  { eval: true, workerData: peak.buffer },
);
while (Atomics.load(peak, 1) === 0) await new Promise((resolve) => setTimeout(resolve, 5));
await new Promise((resolve) => setTimeout(resolve, 50));
const atRest = Math.round(process.memoryUsage.rss() / 1024);
peak[0] = atRest;
suggestAssignment(participants, placements, { threshold: 40 });
await new Promise((resolve) => setTimeout(resolve, 20));
await sampler.terminate();
process.stdout.write(`${JSON.stringify({ peakKiB: Atomics.load(peak, 0) - atRest, atRestKiB: atRest })}\n`);
