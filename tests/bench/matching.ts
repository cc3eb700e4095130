import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { MatchPlacement } from '#shared/domain/matching/index';
import { rankPlacements, suggestAssignment } from '#shared/domain/matching/index';
import { greedyAssignment, naiveRankPlacements } from './baselines.ts';
import { generate, generateParticipant, generatePlacement } from './data.ts';
import { time } from './stats.ts';

// 4. (a) Ranking 10,000 placements for one participant, against the naive ranking;
// (b) the batch of 1,000 participants × 1,000 seats, against the greedy loop, and the
// memory the batch takes at its peak (measured in a process of its own).

const threshold = 40;

export interface RankingFigures {
  eligible: number;
  allMedian: number;
  allP95: number;
  top20Median: number;
  naiveMedian: number;
  sameAsNaive: boolean;
}

export function rankingBench(): RankingFigures {
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
  return {
    eligible: a.length,
    allMedian: fast.timing.median,
    allP95: fast.timing.p95,
    top20Median: top.timing.median,
    naiveMedian: naive.timing.median,
    sameAsNaive: a.length === b.length && a.every((value, i) => value === b[i]),
  };
}

export function batchPlacements(seats: number): MatchPlacement[] {
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

export interface BatchFigures {
  placements: number;
  optimalMedian: number;
  optimalP95: number;
  assigned: number;
  totalScore: number;
  greedyMedian: number;
  greedyAssigned: number;
  greedyTotalScore: number;
  peakMemoryMiB: number;
}

export function batchBench(): BatchFigures {
  const participants = generate(4, 1000, generateParticipant);
  const placements = batchPlacements(1000);
  const optimal = time(5, () => suggestAssignment(participants, placements, { threshold }), 1);
  const greedy = time(5, () => greedyAssignment(participants, placements, threshold), 1);
  const memory = JSON.parse(
    execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', fileURLToPath(new URL('./batch-memory.ts', import.meta.url))],
      { encoding: 'utf8' },
    ),
  ) as { peakKiB: number };
  return {
    placements: placements.length,
    optimalMedian: optimal.timing.median,
    optimalP95: optimal.timing.p95,
    assigned: optimal.result.pairs.length,
    totalScore: optimal.result.totalScore,
    greedyMedian: greedy.timing.median,
    greedyAssigned: greedy.result.assigned,
    greedyTotalScore: greedy.result.totalScore,
    peakMemoryMiB: memory.peakKiB / 1024,
  };
}
