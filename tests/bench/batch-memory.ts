import { suggestAssignment } from '#shared/domain/matching/index';
import { generate, generateParticipant } from './data.ts';
import { batchPlacements } from './matching.ts';

// Run in a process of its own by the matching bench: the peak resident memory the batch
// of 1,000 participants × 1,000 seats adds, as maxRSS after the batch less maxRSS before.

const participants = generate(4, 1000, generateParticipant);
const placements = batchPlacements(1000);
const before = process.resourceUsage().maxRSS;
suggestAssignment(participants, placements, { threshold: 40 });
const after = process.resourceUsage().maxRSS;
process.stdout.write(`${JSON.stringify({ peakKiB: after - before, maxRssKiB: after })}\n`);
