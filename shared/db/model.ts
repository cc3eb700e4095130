import { type IndexName, table } from './table.ts';

// One declaration per entity: its item key and the index entries it appears
// under, each computed from the entity's own attributes. `itemOf` is the only
// way an entity becomes a stored item, so a change of status, stage, employer or
// name is always written with the index keys that follow from it: no hand-written
// `SET gsi2pk = …` that a new change could forget.

interface Key {
  pk: string;
  sk: string;
}

export interface EntityModel<T> {
  entity: string;
  key: (value: T) => Key;
  /**
   * The index entries of an item; an index an entity is not listed under is left out,
   * and so is one whose builder answers `undefined` for this value (a sparse index).
   */
  indexes: Partial<Record<IndexName, (value: T) => Key | undefined>>;
}

export const defineEntity = <T>(model: EntityModel<T>): EntityModel<T> => model;

const indexAttributes = new Map(
  table.globalIndexes.map((index) => [
    index.indexName,
    [index.partitionKey.name, index.sortKey.name] as const,
  ]),
);

/** The stored item: key, index keys and the entity, derived from the value alone. */
export function itemOf<T extends object>(model: EntityModel<T>, value: T): Record<string, unknown> {
  const indexKeys = Object.entries(model.indexes).flatMap(([name, build]) => {
    const attributes = indexAttributes.get(name as IndexName);
    if (!attributes) throw new Error(`The table has no index ${name}`);
    const [pkName, skName] = attributes;
    const key = (build as (value: T) => Key | undefined)(value);
    if (!key) return [];
    const { pk, sk } = key;
    return [
      [pkName, pk],
      [skName, sk],
    ];
  });
  return { ...model.key(value), ...Object.fromEntries(indexKeys), entity: model.entity, ...value };
}

/** The names of every key attribute an item may carry, so reads can drop them. */
export const keyAttributeNames: readonly string[] = [
  table.partitionKey.name,
  table.sortKey.name,
  ...table.globalIndexes.flatMap((index) => [index.partitionKey.name, index.sortKey.name]),
  'entity',
];
