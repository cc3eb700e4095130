import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { checkInterestPlacement, easyReasons, interestState, sentencesOf } from '#shared/domain/easy-read';
import { fitWords } from '#shared/domain/matching/fit';
import { evaluatePair } from '#shared/domain/matching/index';
import type { ScoreReason } from '#shared/schemas/matching';
import { sectors, tasks } from '#shared/schemas/vocabulary';
import {
  defaultSectorIcon,
  defaultTaskIcon,
  sectorIcon,
  sectorIcons,
  taskIcon,
  taskIcons,
} from '../../web/src/participant-view/icons.ts';
import { speechLang, speechText, swedishVoice } from '../../web/src/participant-view/speech.ts';
import { participantArbitrary, placementArbitrary } from './matching/arbitraries';
import { aParticipant, aPlacement, idFor } from './matching/fixtures';

// The participant's own view (issue 12): what a participant reads and hears.

const reason = (
  factor: ScoreReason['factor'],
  points: number,
  maxPoints: number,
  sv: string,
): ScoreReason => ({
  factor,
  points,
  maxPoints,
  sv,
  en: `${sv} (en)`,
});

describe('the reasons a participant reads', () => {
  it('are the strongest factors first, at most three, as words only', () => {
    const said = easyReasons([
      reason('interest', 10, 30, 'Platsen är inom butik.'),
      reason('tasks', 20, 20, 'Platsen har uppgifter du gärna gör: packa.'),
      reason('capabilities', 15, 20, 'Du kan det som arbetet kräver.'),
      reason('travel', 0, 10, 'Resan tar ungefär 80 minuter.'),
      reason('support', 10, 10, 'Det finns en handledare på plats som du kan fråga.'),
    ]);
    expect(said.map((s) => s.sv)).toEqual([
      'Platsen har uppgifter du gärna gör: packa.',
      'Det finns en handledare på plats som du kan fråga.',
      'Du kan det som arbetet kräver.',
    ]);
    expect(said[0]).toEqual({
      sv: 'Platsen har uppgifter du gärna gör: packa.',
      en: 'Platsen har uppgifter du gärna gör: packa. (en)',
    });
    for (const words of said) expect(Object.keys(words).sort()).toEqual(['en', 'sv']);
  });

  it('leave out what only says the profile lacks something: that is for the coach', () => {
    const said = easyReasons([
      reason('tasks', 10, 10, 'Vi vet inte än vilka arbetsuppgifter du gillar.'),
      reason('support', 5, 10, 'Det finns ingen handledare på plats hela tiden.'),
    ]);
    expect(said.map((s) => s.sv)).toEqual(['Det finns ingen handledare på plats hela tiden.']);
  });

  it('never say points, decimals or "of 100", for any pair that is not excluded', () => {
    fc.assert(
      fc.property(
        participantArbitrary(idFor('PART', 1)),
        placementArbitrary(idFor('PLAC', 1)),
        (person, place) => {
          const evaluation = evaluatePair(person, place);
          if (evaluation.excluded) return;
          const said = easyReasons(evaluation.reasons);
          expect(said.length).toBeLessThanOrEqual(3);
          for (const text of [...said.flatMap((s) => [s.sv, s.en]), fitWords(evaluation.score).sv]) {
            expect(text).not.toMatch(/\d+\s*poäng|\bpoints?\b|\d[.,]\d|av 100|of 100/i);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('give a band of words for every score, and no number', () => {
    expect(fitWords(96).sv).toBe('Passar mycket bra');
    expect(fitWords(61).sv).toBe('Passar bra');
    expect(fitWords(40).sv).toBe('Passar delvis');
    expect(fitWords(3).sv).toBe('Passar inte så bra');
    for (let score = 0; score <= 100; score += 0.5) expect(fitWords(score).sv).not.toMatch(/\d/);
  });
});

describe('one idea per line', () => {
  it('cuts a text into its sentences', () => {
    expect(sentencesOf('Du packar varor. Du får hjälp av en handledare! Passar det?  Ja.')).toEqual([
      'Du packar varor.',
      'Du får hjälp av en handledare!',
      'Passar det?',
      'Ja.',
    ]);
    expect(sentencesOf('Klockan 8.30 börjar dagen.')).toEqual(['Klockan 8.30 börjar dagen.']);
    expect(sentencesOf('  ')).toEqual([]);
  });
});

describe('marking interest', () => {
  it('is allowed for an open or full placement, refused for a draft or a closed one', () => {
    expect(checkInterestPlacement(aPlacement({ status: 'open' }))).toBeUndefined();
    expect(checkInterestPlacement(aPlacement({ status: 'full' }))).toBeUndefined();
    for (const status of ['draft', 'closed'] as const) {
      expect(checkInterestPlacement(aPlacement({ status }))).toMatchObject({
        ok: false,
        code: 'interest.placement_not_open',
        field: 'placementId',
      });
    }
  });

  it('shows a placement that no longer exists as gone', () => {
    expect(interestState(undefined)).toBe('gone');
    expect(interestState(aPlacement({ status: 'closed' }))).toBe('closed');
  });
});

describe('the pictures', () => {
  it('has its own picture for every built-in sector and task', () => {
    expect(Object.keys(sectorIcons).sort()).toEqual([...sectors].sort());
    expect(Object.keys(taskIcons).sort()).toEqual([...tasks].sort());
    for (const sector of sectors) expect(sectorIcon(sector)).not.toBe(defaultSectorIcon);
    for (const task of tasks) expect(taskIcon(task)).not.toBe(defaultTaskIcon);
    // Nine sectors, nine different pictures: a participant tells them apart by the picture.
    expect(new Set(Object.values(sectorIcons)).size).toBe(sectors.length);
  });

  it('gives a sector or task it does not know the default picture', () => {
    expect(sectorIcon('kommunens_egen_bransch')).toBe(defaultSectorIcon);
    expect(sectorIcon('constructor')).toBe(defaultSectorIcon);
    expect(taskIcon('juggling')).toBe(defaultTaskIcon);
  });

  it('is a React component that renders an SVG', () => {
    const markup = renderToStaticMarkup(createElement(sectorIcon('logistics'), { 'aria-hidden': true }));
    expect(markup).toMatch(/^<svg[^>]*aria-hidden="true"/);
  });
});

describe('reading aloud', () => {
  it('reads the title, the employer and the description, each as a sentence', () => {
    expect(
      speechText({
        title: 'Packa paket',
        employerName: 'Lagret AB',
        description: 'Du packar varor i lugn takt.',
      }),
    ).toBe('Packa paket. Hos Lagret AB. Du packar varor i lugn takt.');
    expect(speechText({ title: 'Kassa!', employerName: 'Butiken', description: 'Du tar betalt' })).toBe(
      'Kassa! Hos Butiken. Du tar betalt.',
    );
  });

  it('picks the first Swedish voice, whatever it is written like, and none when there is none', () => {
    const voices = [
      { lang: 'en-GB', name: 'English' },
      { lang: 'sv_SE', name: 'Alva' },
      { lang: 'sv-FI', name: 'Finlandssvensk' },
    ];
    expect(swedishVoice(voices)?.name).toBe('Alva');
    expect(swedishVoice([{ lang: 'SV', name: 'Stor' }])?.name).toBe('Stor');
    expect(
      swedishVoice([
        { lang: 'sw-KE', name: 'Swahili' },
        { lang: 'en-US', name: 'US' },
      ]),
    ).toBeUndefined();
    expect(speechLang).toBe('sv-SE');
  });
});

// The fixtures are used by the property test above; keep them honest here too.
it('the fixtures fit each other', () => {
  expect(evaluatePair(aParticipant(), aPlacement()).excluded).toBe(false);
});
