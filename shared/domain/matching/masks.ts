import { placementKinds } from '../../schemas/placement.ts';
import { environmentTags, tasks, traits, Weekday } from '../../schemas/vocabulary.ts';

// Each vocabulary becomes bit positions, so overlaps between a participant and a
// placement are one AND and a bit count instead of set look-ups per pair.

function bitsFor<T extends string>(values: readonly T[]): ReadonlyMap<T, number> {
  // Bitwise operators work on 32-bit integers; a longer vocabulary needs another representation.
  if (values.length > 31) throw new Error(`Vocabulary too long for a bit mask: ${values.length}`);
  return new Map(values.map((value, index) => [value, 1 << index]));
}

export const taskBits = bitsFor(tasks);
export const traitBits = bitsFor(traits);
export const tagBits = bitsFor(environmentTags);
export const weekdayBits = bitsFor(Weekday.options);
export const kindBits = bitsFor(placementKinds);

export function maskOf<T>(values: readonly T[], bits: ReadonlyMap<T, number>): number {
  let mask = 0;
  for (let i = 0; i < values.length; i++) mask |= bits.get(values[i]!) ?? 0;
  return mask;
}

export function bitCount(mask: number): number {
  let v = mask - ((mask >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** The values whose bits are set, in vocabulary order. */
export function valuesIn<T>(mask: number, bits: ReadonlyMap<T, number>): T[] {
  const values: T[] = [];
  for (const [value, bit] of bits) if (mask & bit) values.push(value);
  return values;
}
