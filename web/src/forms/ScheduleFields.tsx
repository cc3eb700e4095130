import { ScheduleKind, Weekday } from '#shared/schemas/vocabulary';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ChoiceGroup, choicesOf } from './ChoiceGroup.tsx';
import type { FieldErrors } from './field-errors.ts';

interface ScheduleFieldsProps {
  /** The schedule's key in the form's errors: `schedule`, `availability`. */
  name: string;
  labels: { kind: string; weekdays: string };
  kind: ScheduleKind | '';
  weekdays: readonly Weekday[];
  errors: FieldErrors;
  onKind: (kind: ScheduleKind) => void;
  onWeekdays: (weekdays: Weekday[]) => void;
}

/** A schedule as the API takes it (`Schedule`): full or half days, on which weekdays. */
export function ScheduleFields({
  name,
  labels,
  kind,
  weekdays,
  errors,
  onKind,
  onWeekdays,
}: ScheduleFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <ChoiceGroup
        type="radio"
        name={`${name}.kind`}
        label={labels.kind}
        error={errors[`${name}.kind`]}
        options={choicesOf(ScheduleKind.options, t.scheduleKinds)}
        selected={kind}
        onSelected={onKind}
      />
      <ChoiceGroup
        type="checkbox"
        name={`${name}.weekdays`}
        label={labels.weekdays}
        error={errors[`${name}.weekdays`]}
        options={choicesOf(Weekday.options, t.weekdays)}
        selected={weekdays}
        onSelected={onWeekdays}
        columns
      />
    </>
  );
}
