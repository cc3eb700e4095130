import { useVocabulary, type VocabularyWords } from '../vocabulary/VocabularyProvider.tsx';

type Level = keyof VocabularyWords['supportLevels'];

import { ChoiceGroup } from './ChoiceGroup.tsx';
import type { FieldProps } from './FieldMessages.tsx';

interface SupportLevelFieldProps extends FieldProps {
  /** The level as the draft keeps it, `'1'` to `'4'`; empty while none is chosen. */
  value: string;
  onValue: (value: string) => void;
}

/** A support level (omvårdnadsnivå 1–4), each with its plain-words explanation. */
export function SupportLevelField({ value, onValue, ...field }: SupportLevelFieldProps) {
  const { words } = useVocabulary();
  const levels = Object.keys(words.supportLevels).map(Number) as Level[];
  return (
    <ChoiceGroup
      type="radio"
      {...field}
      options={levels.map((level) => ({
        value: String(level),
        label: words.supportLevels[level].title,
        hint: words.supportLevels[level].text,
      }))}
      selected={value}
      onSelected={onValue}
    />
  );
}
