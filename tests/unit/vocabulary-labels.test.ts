import { describe, expect, it } from 'vitest';
import { vocabularyIn, vocabularyWords } from '#shared/domain/vocabulary-labels';
import { MatchOutcome } from '#shared/schemas/match';
import { EnvironmentNeed } from '#shared/schemas/participant';
import { placementKinds } from '#shared/schemas/placement';
import {
  environmentTags,
  Gender,
  ScheduleKind,
  sectors,
  tasks,
  taskTraits,
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
      ['placementKinds', placementKinds],
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

  it("has the tasks of the seeds' own employers, each with the traits it demands", () => {
    // The daily activities and workplaces the seeds name, and the work each offers.
    const workplaces: Record<string, string[]> = {
      'IT and media daily activity': [
        'software_testing',
        'web_publishing',
        'helpdesk_support',
        'digital_archiving',
        'photo_video',
        'computer_repair',
        'media_editing',
      ],
      'second hand': ['sorting', 'price_labelling', 'repair_reuse', 'cashier', 'customer_service'],
      logistics: ['warehouse_picking', 'packing', 'goods_reception'],
      library: ['shelving', 'book_handling'],
      'reuse and sharing house': ['serving', 'lending', 'repair_reuse'],
    };
    for (const [workplace, wanted] of Object.entries(workplaces)) {
      for (const task of wanted) expect(tasks, workplace).toContain(task);
    }
    for (const task of tasks) expect(taskTraits[task].length, task).toBeGreaterThan(0);
    // Matching keeps tasks in a 32-bit mask.
    expect(tasks.length).toBeLessThanOrEqual(31);
  });
});
