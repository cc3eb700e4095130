import { describe, expect, it } from 'vitest';
import { vocabularyIn, vocabularyWords } from '#shared/domain/vocabulary-labels';
import { MatchOutcome } from '#shared/schemas/match';
import { EnvironmentNeed } from '#shared/schemas/participant';
import {
  environmentTags,
  Gender,
  ScheduleKind,
  sectors,
  tasks,
  traits,
  Weekday,
} from '#shared/schemas/vocabulary';

describe('the vocabulary in words', () => {
  it('has Swedish and English words for every term of every list', () => {
    const lists: [string, readonly (string | number)[]][] = [
      ['sectors', sectors],
      ['tasks', tasks],
      ['traits', traits],
      ['environmentTags', environmentTags],
      ['environmentNeeds', EnvironmentNeed.options],
      ['weekdays', Weekday.options],
      ['weekdaysInText', Weekday.options],
      ['scheduleKinds', ScheduleKind.options],
      ['supportLevels', [1, 2, 3, 4]],
      ['genders', Gender.options],
      ['matchOutcomes', MatchOutcome.options],
    ];
    for (const [name, terms] of lists) {
      const words = vocabularyWords[name as keyof typeof vocabularyWords] as Record<
        string,
        { sv: unknown; en: unknown }
      >;
      expect(Object.keys(words).sort(), name).toEqual(terms.map(String).sort());
      for (const word of Object.values(words)) {
        expect(word.sv, name).toBeTruthy();
        expect(word.en, name).toBeTruthy();
      }
    }
  });

  it('gives one language of it as the catalogues take it', () => {
    expect(vocabularyIn('sv').sectors.second_hand).toBe('Second hand och återbruk');
    expect(vocabularyIn('en').tasks.packing).toBe('Packing');
    expect(vocabularyIn('sv').supportLevels[4].title).toBe('Nivå 4 – mest stöd');
  });
});
