import { postcodeAreasByThreeDigits, postcodeAreasByTwoDigits } from './postcode-areas.ts';

// Travel time by public transport, estimated from postcodes alone (no external service):
// the straight line between the two areas' centre points, lengthened by a detour factor
// for the road and rail network, at an urban speed for the first stretch and a regional
// speed beyond it, plus a fixed time for walking to the stop and waiting.

export interface LocatedPostcode {
  readonly lat: number;
  readonly lon: number;
  /** How far an address may lie from the area's centre point, in km. */
  readonly spreadKm: number;
}

export const travelModel = Object.freeze({
  detourFactor: 1.3,
  localKm: 8,
  localSpeedKmh: 20,
  regionalSpeedKmh: 60,
  walkAndWaitMinutes: 10,
  threeDigitSpreadKm: 1.5,
  twoDigitSpreadKm: 8,
});

const earthRadiusKm = 6371;
const radians = Math.PI / 180;

// Sweden has about 17,000 postcodes, so remembering every one looked up stays small,
// and ranking thousands of placements in the same few areas skips the parsing.
const located = new Map<string, LocatedPostcode | undefined>();

/** The area a postcode lies in: by its first three digits where known, else its first two. */
export function locatePostcode(postcode: string): LocatedPostcode | undefined {
  if (located.has(postcode)) return located.get(postcode);
  const area = lookUp(postcode.replace(/\s/g, ''));
  if (located.size < 50_000) located.set(postcode, area);
  return area;
}

function lookUp(digits: string): LocatedPostcode | undefined {
  if (!/^\d{5}$/.test(digits)) return undefined;
  const precise = postcodeAreasByThreeDigits[digits.slice(0, 3)];
  if (precise)
    return Object.freeze({ lat: precise.lat, lon: precise.lon, spreadKm: travelModel.threeDigitSpreadKm });
  const coarse = postcodeAreasByTwoDigits[digits.slice(0, 2)];
  if (coarse)
    return Object.freeze({ lat: coarse.lat, lon: coarse.lon, spreadKm: travelModel.twoDigitSpreadKm });
  return undefined;
}

/** Straight-line distance; the equirectangular approximation is exact enough within Sweden. */
export function distanceKm(a: LocatedPostcode, b: LocatedPostcode): number {
  const x = (b.lon - a.lon) * radians * Math.cos(((a.lat + b.lat) / 2) * radians);
  const y = (b.lat - a.lat) * radians;
  return Math.sqrt(x * x + y * y) * earthRadiusKm;
}

/** Whole minutes, door to door. */
export function travelMinutesBetween(a: LocatedPostcode, b: LocatedPostcode): number {
  // Two addresses in one area are still some way apart, so the spread sets a floor.
  const straight = distanceKm(a, b);
  const spread = (a.spreadKm + b.spreadKm) / 2;
  const km = Math.sqrt(straight * straight + spread * spread) * travelModel.detourFactor;
  const localKm = Math.min(km, travelModel.localKm);
  const regionalKm = km - localKm;
  const hours = localKm / travelModel.localSpeedKmh + regionalKm / travelModel.regionalSpeedKmh;
  return Math.round(travelModel.walkAndWaitMinutes + hours * 60);
}

export function estimateTravelMinutes(fromPostcode: string, toPostcode: string): number | undefined {
  const from = locatePostcode(fromPostcode);
  const to = locatePostcode(toPostcode);
  return from && to ? travelMinutesBetween(from, to) : undefined;
}
