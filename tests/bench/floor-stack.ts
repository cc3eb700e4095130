import { z } from 'zod';
import { stackHandler } from './floor-powertools.ts';

// The Powertools floor with the id checked by a zod schema, as every route of the API does:
// the least a function on the chosen stack (Hono, middy, Powertools, zod) can be.

const placementId = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/);

export const handler = stackHandler((raw) => placementId.parse(raw));
