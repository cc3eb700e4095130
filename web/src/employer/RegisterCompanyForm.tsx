import type { FormEvent, ReactNode } from 'react';
import { EmployerCreate } from '#shared/schemas/employer';
import { api } from '../api/client.ts';
import { isSignedOut, readBody } from '../api/problem.ts';
import type { Employer } from '../api/types.ts';
import { useSendAction } from '../api/useSendAction.ts';
import { ChoiceGroup, choicesOf } from '../forms/ChoiceGroup.tsx';
import { FormFrame } from '../forms/FormFrame.tsx';
import { fieldProps } from '../forms/field-props.ts';
import { LocationFields } from '../forms/LocationFields.tsx';
import { schemaValidator } from '../forms/schema-validator.ts';
import { TextField } from '../forms/TextField.tsx';
import { useForm } from '../forms/useForm.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useVocabulary } from '../vocabulary/VocabularyProvider.tsx';
import { type CompanyDraft, companyLabels, emptyCompany, toEmployerInput } from './company-draft.ts';
import { OrgNumberField } from './OrgNumberField.tsx';

interface RegisterCompanyFormProps {
  /** Names the draft and the send action, so an employer's own form and a coach's keep apart. */
  draftName: string;
  submitLabel: string;
  /** After the employer is stored: anything more to send, then where to go. */
  onRegistered: (employer: Employer, draft: CompanyDraft) => Promise<void> | void;
  /** What else to ask just before the button (a coach: whether to invite the contact). */
  children?: ReactNode;
}

/** The employer's details as `POST /v1/employers` takes them: the employer's own registration and a coach's. */
export function RegisterCompanyForm({
  draftName,
  submitLabel,
  onRegistered,
  children,
}: RegisterCompanyFormProps) {
  const { t, lang } = useI18n();
  const { words, enabledSectors } = useVocabulary();
  const sendAction = useSendAction();
  const form = useForm({
    draftName,
    initial: emptyCompany,
    validate: schemaValidator(EmployerCreate, toEmployerInput, t, lang),
  });
  const { draft, errors, update } = form;
  const field = fieldProps(t.register, errors);
  const text = (key: keyof CompanyDraft) => (value: string) => update({ [key]: value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const payload = form.check();
    if (!payload || form.busy) return;
    form.setBusy(true);
    try {
      const employer = await sendAction(draftName, payload, (key) =>
        readBody(api.v1.employers.$post({ json: payload }, { headers: { 'Idempotency-Key': key } })),
      );
      const { draft: registered } = form;
      form.finish();
      await onRegistered(employer, registered);
    } catch (error) {
      if (isSignedOut(error)) return;
      form.failed(error);
      form.setBusy(false);
    }
  };

  return (
    <FormFrame form={form} labels={companyLabels(t)} onSubmit={submit} announceSaving={false}>
      <h2>{t.register.companySection}</h2>
      <TextField {...field('name')} value={draft.name} onValue={text('name')} autoComplete="organization" />
      <OrgNumberField value={draft.orgNumber} error={errors.orgNumber} onValue={text('orgNumber')} />
      <TextField {...field('unit')} value={draft.unit} onValue={text('unit')} autoComplete="off" />
      <ChoiceGroup
        type="checkbox"
        {...field('sectors')}
        options={choicesOf(enabledSectors, words.sectors)}
        selected={draft.sectors}
        onSelected={(selected) => update({ sectors: selected })}
        columns
      />
      <h2>{t.register.addressSection}</h2>
      <TextField
        {...field('address.street', 'street')}
        value={draft.street}
        onValue={text('street')}
        autoComplete="street-address"
      />
      <LocationFields
        name="address"
        postcode={{
          label: t.register.postcode,
          hint: t.register.postcodeHint,
          value: draft.postcode,
          onValue: text('postcode'),
        }}
        city={{ label: t.register.city, value: draft.city, onValue: text('city') }}
        area={{ label: t.register.area, hint: t.register.areaHint, value: draft.area, onValue: text('area') }}
        errors={errors}
      />
      <h2>{t.register.contactSection}</h2>
      <TextField
        {...field('contact.name', 'contactName')}
        value={draft.contactName}
        onValue={text('contactName')}
        autoComplete="name"
      />
      <TextField
        {...field('contact.phone', 'phone')}
        value={draft.phone}
        onValue={text('phone')}
        type="tel"
        autoComplete="tel"
        width="medium"
      />
      <TextField
        {...field('contact.email', 'email')}
        value={draft.email}
        onValue={text('email')}
        type="email"
        autoComplete="email"
      />
      {children}
      <div className="actions">
        <button type="submit" className="button" disabled={form.busy}>
          {form.busy ? t.form.saving : submitLabel}
        </button>
      </div>
    </FormFrame>
  );
}
