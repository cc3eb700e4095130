import { z } from 'zod';
import { fieldMessage } from '../messages/field-messages.ts';
import { MatchOutcome } from './match.ts';
import { EnvironmentNeed } from './participant.ts';
import { EnvironmentTag, Sector, Stage, SupportLevel, Task, Trait } from './vocabulary.ts';

/** A name or a line of text in Swedish and English. */
export const Words = z.strictObject({
  sv: z.string().trim().min(2, fieldMessage('words.short')).max(120, fieldMessage('words.long')),
  en: z.string().trim().min(2, fieldMessage('words.short')).max(120, fieldMessage('words.long')),
});
export type Words = z.infer<typeof Words>;

const term = <T extends z.ZodType>(id: T) =>
  z.object({ id, label: Words, description: Words.describe('One line in plain words') });

/** A sector as the tenant has it: a default one (on or off) or one the tenant added. */
export const VocabularySector = term(Sector).extend({
  tasks: z.array(Task).describe('The tasks the sector usually offers'),
  enabled: z.boolean().describe('Off: kept by the records that have it, refused in new writes'),
  added: z.boolean().describe('Added by the tenant (not a default sector)'),
});
export type VocabularySector = z.infer<typeof VocabularySector>;

/**
 * The words of the domain for the caller's tenant, each with a Swedish and English
 * label and a one-line description: the web's only source of these labels.
 */
export const Vocabulary = z
  .object({
    sectors: z.array(VocabularySector),
    tasks: z.array(term(Task).extend({ traits: z.array(Trait).describe('What the task demands') })),
    traits: z.array(term(Trait)),
    environmentTags: z.array(term(EnvironmentTag)),
    environmentNeeds: z.array(term(EnvironmentNeed)),
    stages: z.array(term(Stage)),
    outcomes: z.array(term(MatchOutcome)),
    supportLevels: z.array(term(SupportLevel)),
  })
  .describe('The vocabulary: sectors, tasks, traits, environment, stages, outcomes, support levels');
export type Vocabulary = z.infer<typeof Vocabulary>;
