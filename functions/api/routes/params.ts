import { z } from 'zod';
import { Id } from '#shared/schemas/common';

export const IdParam = z.object({ id: Id });
