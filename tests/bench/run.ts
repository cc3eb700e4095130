import type { MatchPlacement } from '#shared/domain/matching/index';
import { rankPlacements, suggestAssignment } from '#shared/domain/matching/index';
import { greedyAssignment, naiveRankPlacements } from './baselines.ts';
import { generate, generateParticipant, generatePlacement } from './data.ts';
import { indicatorBench } from './indicators.ts';
import { ms, time } from './stats.ts';

// npm run bench: prints figures, asserts nothing. Fixed seeds, so runs are comparable.

const threshold = 40;

function rankingBench(): void {
  const placements = generate(1, 10_000, generatePlacement);
  const participants = generate(2, 50, generateParticipant);
  let next = 0;
  const participant = () => participants[next++ % participants.length]!;

  const fast = time(50, () => rankPlacements(participant(), placements));
  const top = time(50, () => rankPlacements(participant(), placements, { limit: 20 }));
  const naive = time(20, () => naiveRankPlacements(participant(), placements));
  // Same answer check, so the speed-up is not bought with a different result.
  const sample = participants[0]!;
  const a = rankPlacements(sample, placements).ranked.map((r) => `${r.placement.id}:${r.score}`);
  const b = naiveRankPlacements(sample, placements).map((r) => `${r.placement.id}:${r.score}`);
  const same = a.length === b.length && a.every((value, i) => value === b[i]);

  console.log('(a) Rank 10,000 placements for one participant (50 participants in turn)');
  console.log(`    eligible placements per participant (sample): ${a.length}`);
  console.log(
    `    rankPlacements, all explained : median ${ms(fast.timing.median)}, p95 ${ms(fast.timing.p95)}`,
  );
  console.log(
    `    rankPlacements, top 20 explained: median ${ms(top.timing.median)}, p95 ${ms(top.timing.p95)}`,
  );
  console.log(
    `    naive (evaluatePair per pair)  : median ${ms(naive.timing.median)}, p95 ${ms(naive.timing.p95)}`,
  );
  console.log(
    `    speed-up (median, all explained): ${(naive.timing.median / fast.timing.median).toFixed(1)}×`,
  );
  console.log(`    same ranking as naive: ${same ? 'yes' : 'NO'}`);
}

function batchPlacements(seats: number): MatchPlacement[] {
  const placements: MatchPlacement[] = [];
  let total = 0;
  for (const placement of generate(3, 2 * seats, generatePlacement)) {
    if (total >= seats) break;
    const open = { ...placement, status: 'open' as const, seats: Math.min(placement.seats, seats - total) };
    placements.push(open);
    total += open.seats;
  }
  return placements;
}

function batchBench(): void {
  const participants = generate(4, 1000, generateParticipant);
  const placements = batchPlacements(1000);

  const optimal = time(5, () => suggestAssignment(participants, placements, { threshold }), 1);
  const greedy = time(5, () => greedyAssignment(participants, placements, threshold), 1);
  const best = optimal.result.totalScore;
  const loss = best - greedy.result.totalScore;

  console.log(
    `(b) Batch: 1,000 participants, ${placements.length} placements with 1,000 seats, threshold ${threshold}`,
  );
  console.log(
    `    optimal (Hungarian on seats): median ${ms(optimal.timing.median)}, p95 ${ms(optimal.timing.p95)}; ` +
      `${optimal.result.pairs.length} assigned, total ${best.toFixed(1)}`,
  );
  console.log(
    `    greedy baseline              : median ${ms(greedy.timing.median)}, p95 ${ms(greedy.timing.p95)}; ` +
      `${greedy.result.assigned} assigned, total ${greedy.result.totalScore.toFixed(1)}`,
  );
  console.log(
    `    time ratio optimal / greedy: ${(optimal.timing.median / greedy.timing.median).toFixed(1)}×`,
  );
  console.log(
    `    greedy loses ${loss.toFixed(1)} points (${((100 * loss) / best).toFixed(2)} % of the optimum)`,
  );
}

const started = performance.now();
rankingBench();
batchBench();
await indicatorBench();
console.log(`bench total ${((performance.now() - started) / 1000).toFixed(1)} s (node ${process.version})`);
