import { describe, expect, it } from 'vitest';
import { distanceKm, estimateTravelMinutes, locatePostcode, travelModel } from '#shared/domain/travel';

describe('travel time from postcodes', () => {
  it('locates demo areas by three digits and the rest of Sweden by two', () => {
    expect(locatePostcode('211 22')).toMatchObject({ spreadKm: travelModel.threeDigitSpreadKm });
    expect(locatePostcode('72211')).toMatchObject({ spreadKm: travelModel.threeDigitSpreadKm });
    expect(locatePostcode('41301')).toMatchObject({ spreadKm: travelModel.twoDigitSpreadKm });
    expect(locatePostcode('01234')).toBeUndefined();
    expect(locatePostcode('abcde')).toBeUndefined();
  });

  it('measures straight-line distances close to the real ones', () => {
    const malmo = locatePostcode('21122')!;
    const lund = locatePostcode('22350')!;
    const vasteras = locatePostcode('72211')!;
    const stockholm = locatePostcode('11122')!;
    expect(distanceKm(malmo, lund)).toBeGreaterThan(14);
    expect(distanceKm(malmo, lund)).toBeLessThan(20);
    expect(distanceKm(vasteras, stockholm)).toBeGreaterThan(85);
    expect(distanceKm(vasteras, stockholm)).toBeLessThan(105);
  });

  it('gives a short trip within an area, longer across town, and much longer to another town', () => {
    const sameArea = estimateTravelMinutes('21122', '21134')!;
    const acrossTown = estimateTravelMinutes('21122', '21845')!;
    const toLund = estimateTravelMinutes('21122', '22350')!;
    expect(sameArea).toBeGreaterThanOrEqual(travelModel.walkAndWaitMinutes);
    expect(sameArea).toBeLessThan(20);
    expect(acrossTown).toBeGreaterThan(sameArea);
    expect(acrossTown).toBeLessThan(45);
    expect(toLund).toBeGreaterThan(acrossTown);
    expect(toLund).toBeLessThan(70);
    expect(estimateTravelMinutes('21122', '72211')).toBeGreaterThan(120);
  });

  it('is the same in both directions and unknown when a postcode cannot be placed', () => {
    expect(estimateTravelMinutes('21432', '21619')).toBe(estimateTravelMinutes('21619', '21432'));
    expect(estimateTravelMinutes('21122', '00000')).toBeUndefined();
  });
});
