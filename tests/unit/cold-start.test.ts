import { afterAll, describe, expect, it } from 'vitest';

// A cold start pays for what the Lambda entry does at import. The first time-zone
// formatter loads ICU's zone data (10–20 ms), which the hot reads never need, so the
// formatters are made by the first request that asks for a Swedish day.

Object.assign(process.env, {
  JWT_ISSUER: 'https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_test',
  JWT_AUDIENCE: 'client-1',
  CURSOR_SECRET_ARN: 'arn:aws:secretsmanager:eu-north-1:123456789012:secret:cursor',
  MAIL_FROM: 'no-reply@bryggan.test',
  USER_POOL_ID: 'eu-north-1_test',
});

// Every formatter made in this file, by the zone it was made for.
const zones: (string | undefined)[] = [];
const { DateTimeFormat } = Intl;
Intl.DateTimeFormat = new Proxy(DateTimeFormat, {
  construct(target, args: ConstructorParameters<typeof DateTimeFormat>) {
    zones.push(args[1]?.timeZone);
    return Reflect.construct(target, args);
  },
});
afterAll(() => {
  Intl.DateTimeFormat = DateTimeFormat;
});
const zoned = () => zones.filter((zone) => zone !== undefined);

describe('the Lambda entry at start-up', () => {
  it('makes no time-zone formatter until a Swedish day or wall time is asked for, then one each', async () => {
    await import('#api/handler');
    expect(zoned()).toEqual([]);

    const { swedishDate, swedishMoment } = await import('#shared/domain/calendar');
    const { stockholmWallTime } = await import('#shared/domain/event-time');
    // 23:30 UTC on 31 March is already 1 April in Sweden (summer time).
    expect(swedishDate(new Date('2027-03-31T23:30:00Z'))).toBe('2027-04-01');
    expect(swedishDate(new Date('2027-01-31T22:59:00Z'))).toBe('2027-01-31');
    expect(stockholmWallTime('2027-03-31T23:30:00Z')).toEqual(['2027-04-01', '01:30']);
    expect(stockholmWallTime('2027-01-15T09:00:00Z')).toEqual(['2027-01-15', '10:00']);
    expect(swedishMoment('2027-03-31T23:30:00Z')).toBe('2027-04-01T01:30:00.000');
    expect(swedishMoment('2027-01-15T09:00:00Z')).toBe('2027-01-15T10:00:00.000');
    expect(zoned()).toEqual(['Europe/Stockholm', 'Europe/Stockholm', 'Europe/Stockholm']);
  });
});
