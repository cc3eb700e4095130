import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { participantDataRules } from '#shared/db/participant-data';

// The entity names the code writes, read from the source itself: `entity: 'x'` in an
// item or a `defineEntity`, and `':entity': 'x'` in an update expression.
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function entitiesInCode(): Set<string> {
  const names = new Set<string>();
  for (const file of [...sourceFiles('shared'), ...sourceFiles('functions')]) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/['"]?:?entity['"]?\s*:\s*'([a-zA-Z]+)'/g)) names.add(match[1]!);
  }
  return names;
}

describe('the registry of what each entity is to a participant', () => {
  const inCode = entitiesInCode();

  it('finds the entities the code writes (the scan itself works)', () => {
    for (const known of ['participant', 'transition', 'signup', 'publication', 'staffMember', 'rateLimit'])
      expect(inCode).toContain(known);
  });

  it('has a rule for every entity the code writes, and none for an entity that is gone', () => {
    expect([...inCode].filter((name) => !(name in participantDataRules)).sort()).toEqual([]);
    expect(
      Object.keys(participantDataRules)
        .filter((name) => !inCode.has(name))
        .sort(),
    ).toEqual([]);
  });

  it('says why it keeps what it keeps, and which attributes a pseudonymisation changes', () => {
    for (const [name, rule] of Object.entries(participantDataRules)) {
      if (rule.erasure.kind === 'pseudonymise')
        expect(rule.erasure.attributes.length, name).toBeGreaterThan(0);
      if (rule.erasure.kind !== 'delete') expect(rule.erasure.why.length, name).toBeGreaterThan(5);
    }
  });
});
