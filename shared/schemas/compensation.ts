import { z } from 'zod';
import { fieldMessage } from '../messages/field-messages.ts';
import { Id, IsoDate, TenantId, Timestamp, Version } from './common.ts';
import { ScheduleKind, SupportLevel } from './vocabulary.ts';

// Providers of daily activity and what the municipality pays them (issue 13, part 2):
// Västerås has nine providers under LOV, paid a month by support level 1–4, full or
// half day, at a municipal or a private rate; extended support is paid at level 1; and a
// one-off goal-based sum falls due when a job or studies have lasted 6 months after the
// support period ended.

export const ProviderKind = z.enum(['municipal', 'private']);
export type ProviderKind = z.infer<typeof ProviderKind>;

const slug = z
  .string()
  .regex(/^[a-z][a-z0-9_-]{0,39}$/, fieldMessage('provider.id'))
  .describe('A short id, small letters, digits, - and _');

export const Provider = z.strictObject({
  id: slug,
  name: z.string().trim().min(2, fieldMessage('provider.name')).max(80, fieldMessage('provider.name')),
  kind: ProviderKind,
});
export type Provider = z.infer<typeof Provider>;

/** SEK a month for support levels 1, 2, 3 and 4. */
const LevelRates = z
  .array(z.number().int().min(0).max(200_000))
  .length(4, fieldMessage('compensation.four_levels'))
  .describe('SEK a month for support levels 1, 2, 3 and 4');

const ScheduleRates = z.strictObject({ fullDay: LevelRates, halfDay: LevelRates });

export const Compensation = z
  .strictObject({
    providers: z.array(Provider).min(1).max(60),
    rates: z.strictObject({ municipal: ScheduleRates, private: ScheduleRates }),
    goalPayment: z.number().int().min(0).max(1_000_000).describe('SEK, once per job or studies that lasted'),
    goalMonthsAfterSupport: z.number().int().min(1).max(24).default(6),
  })
  .refine((value) => new Set(value.providers.map((p) => p.id)).size === value.providers.length, {
    message: fieldMessage('provider.unique'),
    path: ['providers'],
  });
export type Compensation = z.infer<typeof Compensation>;

export const ProvisionKind = z.enum(['daily_activity', 'extended_support']);
export type ProvisionKind = z.infer<typeof ProvisionKind>;

/** A participant's daily activity with a provider from a date: level, schedule, kind. */
export const ProvisionCreate = z
  .strictObject({
    providerId: slug,
    from: IsoDate.describe('The first day; the participant’s previous provision ends the day before'),
    to: IsoDate.optional().describe('The last day, when known (the day before a hire)'),
    supportLevel: SupportLevel,
    schedule: ScheduleKind,
    kind: ProvisionKind.default('daily_activity').describe('extended_support is paid at level 1'),
  })
  .refine((provision) => provision.to === undefined || provision.to >= provision.from, {
    message: fieldMessage('report.period_order'),
    path: ['to'],
  });
export type ProvisionCreate = z.infer<typeof ProvisionCreate>;

export const Provision = z.object({
  id: Id,
  tenant: TenantId,
  participantId: Id,
  providerId: z.string(),
  from: IsoDate,
  to: IsoDate.optional().describe('The last day; absent while it runs'),
  supportLevel: SupportLevel,
  schedule: ScheduleKind,
  kind: ProvisionKind,
  createdBy: z.string(),
  createdAt: Timestamp,
  version: Version,
});
export type Provision = z.infer<typeof Provision>;

export const CompensationQuery = z.object({
  month: z
    .string()
    .regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/, fieldMessage('report.month_format'))
    .describe('YYYY-MM'),
});

export const CompensationLine = z.object({
  participantId: Id,
  name: z.string(),
  from: IsoDate.describe('First day paid in the month'),
  to: IsoDate.describe('Last day paid in the month'),
  days: z.number().int(),
  supportLevel: SupportLevel,
  paidLevel: SupportLevel.describe('1 for extended support'),
  schedule: ScheduleKind,
  kind: ProvisionKind,
  monthlyRate: z.number().int(),
  amount: z.number().describe('SEK, by day: the monthly rate × days paid ÷ days in the month, to the öre'),
});
export type CompensationLine = z.infer<typeof CompensationLine>;

export const GoalPaymentDue = z.object({
  participantId: Id,
  name: z.string(),
  reason: z.enum(['employed', 'studies']),
  since: IsoDate.describe('The hire or the start of studies'),
  supportEnded: IsoDate.describe('The day support ended (for studies: their start)'),
  dueDate: IsoDate,
  amount: z.number().int(),
});
export type GoalPaymentDue = z.infer<typeof GoalPaymentDue>;

export const CompensationReport = z.object({
  month: z.string(),
  providers: z.array(
    z.object({
      provider: Provider,
      lines: z.array(CompensationLine),
      goalPayments: z.array(GoalPaymentDue),
      total: z.number().describe('SEK: the month’s amounts and the goal-based sums due'),
    }),
  ),
  total: z.number(),
});
export type CompensationReport = z.infer<typeof CompensationReport>;

export const ProvisionList = z.object({ items: z.array(Provision) });
