import { useI18n } from '../i18n/I18nProvider.tsx';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import type { FieldProps } from './FieldMessages.tsx';

type Level = keyof ReturnType<typeof useI18n>['t']['supportLevels'];

interface SupportLevelFieldProps extends FieldProps {
  /** The level as the draft keeps it, `'1'` to `'4'`; empty while none is chosen. */
  value: string;
  onValue: (value: string) => void;
}

/** A support level (omvårdnadsnivå 1–4), each with its plain-words explanation. */
export function SupportLevelField({ value, onValue, ...field }: SupportLevelFieldProps) {
  const { t } = useI18n();
  const levels = Object.keys(t.supportLevels).map(Number) as Level[];
  return (
    <ChoiceGroup
      type="radio"
      {...field}
      options={levels.map((level) => ({
        value: String(level),
        label: t.supportLevels[level].title,
        hint: t.supportLevels[level].text,
      }))}
      selected={value}
      onSelected={onValue}
    />
  );
}
