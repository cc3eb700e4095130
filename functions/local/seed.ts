import { createEmployer } from '#shared/db/repositories/employers';
import { createParticipant } from '#shared/db/repositories/participants';
import { createPlacement } from '#shared/db/repositories/placements';
import { recordStaffMember, setStaffPhone } from '#shared/db/repositories/staff';
import { createTenantIfAbsent } from '#shared/db/repositories/tenants';
import { employerDisplayName } from '#shared/domain/employer-unit';
import { defaultTravelMinutes } from '#shared/domain/tenant-settings';
import { type DemoTenant, demoSectors, demoStaffPhones, demoTenants } from './demo-data.ts';
import { seedDemoEvents } from './demo-events.ts';
import { demoCompensation, seedDemoIndicators } from './demo-indicators.ts';
import { seedInterests } from './seed-interests.ts';
import { seedSupport } from './seed-support.ts';

/** Seeds each demo tenant once: a tenant that already exists is left as it is. */
export async function seedDemoData(tenants: DemoTenant[] = demoTenants): Promise<string[]> {
  const seeded: string[] = [];
  for (const tenant of tenants) {
    const created = await createTenantIfAbsent({
      id: tenant.id,
      name: tenant.name,
      sectors: demoSectors,
      supportAfterHire: tenant.supportAfterHire,
      ...(demoCompensation[tenant.id] ? { compensation: demoCompensation[tenant.id] } : {}),
      createdAt: new Date().toISOString(),
    });
    if (!created) continue;
    const coach = tenant.users.find((user) => user.role === 'coach');
    const firstUser = (userId: string | undefined) => {
      const user = tenant.users.find((candidate) => candidate.id === userId);
      return user ? { firstUser: { userId: user.id, name: user.name } } : undefined;
    };
    const employers = [];
    const placements = [];
    for (const demo of tenant.employers) {
      const employer = await createEmployer(tenant.id, {
        employer: demo.employer,
        status: demo.status,
        actorId: coach?.id ?? 'seed',
        ...(firstUser(demo.userId) ?? {}),
      });
      employers.push(employer);
      for (const fields of demo.placements) {
        const created = await createPlacement(tenant.id, {
          ...fields,
          employerId: employer.id,
          employerName: employerDisplayName(employer),
        });
        if (demo.status === 'active') placements.push(created);
      }
    }
    // The demo staff can be picked as coaches before they have signed in.
    for (const user of tenant.users) {
      if (user.role !== 'employer')
        await recordStaffMember(tenant.id, {
          userId: user.id,
          name: user.name,
          role: user.role,
          // Where the local digest goes (the outbox); Cognito's sign-in carries the real address.
          email: `${user.id}@demo.bryggan.example`,
        });
      const phone = demoStaffPhones[user.id];
      if (user.role !== 'employer' && phone)
        await setStaffPhone(tenant.id, { userId: user.id, name: user.name, role: user.role }, phone);
    }
    const participants = [];
    for (const fields of tenant.participants) {
      const participant = await createParticipant(
        tenant.id,
        {
          ...fields,
          coachId: fields.coachId ?? coach?.id ?? 'seed',
          maxTravelMinutes: fields.maxTravelMinutes ?? defaultTravelMinutes,
        },
        coach?.id ?? 'seed',
      );
      participants.push(participant);
    }
    await seedDemoEvents(tenant.id, coach?.id ?? 'seed');
    // Malmö's coach starts the day with a follow-up and a "ring me" request (Västerås stays empty for the e2e story).
    if (coach && tenant.id === 'malmo')
      await seedSupport(
        tenant.id,
        coach.id,
        employers.filter((e) => e.status === 'active'),
      );
    // The participant's own view: one "Jag vill veta mer" on a Malmö profile (issue 12).
    if (coach && tenant.id === 'malmo') await seedInterests(tenant.id, coach.id, participants, placements);
    // A history for the reports page (issue 13), in Västerås, which pays its providers under LOV.
    if (coach && tenant.id === 'vasteras')
      await seedDemoIndicators(
        tenant.id,
        coach.id,
        employers.filter((e) => e.status === 'active'),
        tenant.supportAfterHire,
      );
    seeded.push(tenant.id);
  }
  return seeded;
}
