import { describe, expect, it } from 'vitest';
import { sectorLabel, taskLabels, traitLabels } from '#shared/domain/matching/labels';
import { sectorTasks } from '#shared/domain/sector-tasks';
import { vocabularyDescriptions } from '#shared/domain/vocabulary-descriptions';
import { everydayWordsIn, inSentence, vocabularyWords } from '#shared/domain/vocabulary-labels';
import { vocabularyFor } from '#shared/domain/vocabulary-list';
import { MatchOutcome } from '#shared/schemas/match';
import { EnvironmentNeed } from '#shared/schemas/participant';
import { placementKinds } from '#shared/schemas/placement';
import {
  environmentTags,
  Gender,
  ScheduleKind,
  sectors,
  stages,
  tasks,
  taskTraits,
  traits,
  Weekday,
} from '#shared/schemas/vocabulary';
import { Vocabulary } from '#shared/schemas/vocabulary-list';

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

  it('gives the everyday words of a form in one language, as the catalogues take them', () => {
    expect(everydayWordsIn('sv').weekdaysInText.mon).toBe('måndag');
    expect(everydayWordsIn('en').genders.unspecified).toBe('Prefers not to say');
  });

  it('has a one-line plain description for every term the vocabulary serves', () => {
    const lists: [keyof typeof vocabularyDescriptions, readonly string[]][] = [
      ['sectors', sectors],
      ['tasks', tasks],
      ['traits', traits],
      ['environmentTags', environmentTags],
      ['environmentNeeds', EnvironmentNeed.options],
      ['stages', stages],
      ['outcomes', MatchOutcome.options],
    ];
    for (const [name, terms] of lists) {
      const lines = vocabularyDescriptions[name] as Record<string, { sv: string; en: string } | undefined>;
      expect(
        terms.filter((term) => !lines[term]?.sv || !lines[term]?.en),
        `${name} without a line`,
      ).toEqual([]);
    }
  });

  it('gives every default sector tasks that exist', () => {
    for (const sector of sectors) {
      expect(sectorTasks[sector].length, sector).toBeGreaterThan(0);
      for (const task of sectorTasks[sector]) expect(tasks, sector).toContain(task);
    }
  });

  it('serves the whole vocabulary for a tenant in the shape the API declares', () => {
    const vocabulary = vocabularyFor(undefined);
    expect(Vocabulary.safeParse(vocabulary).success).toBe(true);
    expect(vocabulary.sectors.map((sector) => sector.id)).toEqual([...sectors]);
    expect(vocabulary.stages.find((stage) => stage.id === 'prework')?.label.sv).toBe('Förarbete');
  });
});

describe('matching’s words inside sentences', () => {
  it('derive from the vocabulary’s names: a small first letter, abbreviations kept', () => {
    expect(sectorLabel('second_hand')).toEqual({
      sv: 'second hand och återbruk',
      en: 'second hand and reuse',
    });
    expect(sectorLabel('it_media').sv).toBe('IT och media');
    expect(taskLabels.packing).toEqual(inSentence(vocabularyWords.tasks.packing));
    expect(taskLabels.sorting.sv).toBe('sortera saker');
  });

  it('use the form beside the name where a sentence needs another one', () => {
    expect(traitLabels.standing_long).toEqual({ sv: 'stå länge', en: 'stand for long periods' });
  });

  it('name a tenant’s own sector by the label it was given, else by its slug', () => {
    const added = { reuse_house: { sv: 'Återbrukshus', en: 'Reuse house' } };
    expect(sectorLabel('reuse_house', added)).toEqual({ sv: 'återbrukshus', en: 'reuse house' });
    expect(sectorLabel('bike_repair').sv).toBe('bike repair');
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
