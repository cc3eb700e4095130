import { useState } from 'react';
import { api } from '../api/client.ts';
import { readBody } from '../api/problem.ts';
import type { Employer } from '../api/types.ts';
import { useSendAction } from '../api/useSendAction.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import type { CompanyDraft } from '../employer/company-draft.ts';
import { RegisterCompanyForm } from '../employer/RegisterCompanyForm.tsx';
import { CheckboxField } from '../forms/CheckboxField.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link, useRouter } from '../router/router.tsx';

/**
 * A coach registers an employer they work with (many never register themselves), with the
 * employer's own form, and by default invites its contact person so someone can answer proposals.
 */
export function RegisterEmployerPage() {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const sendAction = useSendAction();
  const [inviteContact, setInviteContact] = useState(true);

  const registered = async (employer: Employer, draft: CompanyDraft) => {
    const page = `/employers/${employer.id}`;
    if (!inviteContact) return navigate(page, { flash: 'employerRegistered' });
    const invitation = { name: draft.contactName.trim(), email: draft.email.trim() };
    try {
      await sendAction(`invite-${employer.id}`, invitation, (key) =>
        readBody(
          api.v1.employers[':id'].invitations.$post(
            { param: { id: employer.id }, json: invitation },
            { headers: { 'Idempotency-Key': key } },
          ),
        ),
      );
      navigate(page, { flash: 'employerRegisteredInvited' });
    } catch {
      // The employer is stored; its page has the invitation form to try again.
      navigate(page, { flash: 'employerRegisteredNotInvited' });
    }
  };

  return (
    <>
      <PageHeading title={t.registerEmployer.title} />
      <p>
        <Link to="/employers">{t.employers.back}</Link>
      </p>
      <p className="lead">{t.registerEmployer.intro}</p>
      <RegisterCompanyForm
        draftName="register-employer"
        submitLabel={t.registerEmployer.submit}
        onRegistered={registered}
      >
        <CheckboxField
          name="inviteContact"
          label={t.registerEmployer.invite}
          hint={t.registerEmployer.inviteHint}
          checked={inviteContact}
          onChecked={setInviteContact}
        />
      </RegisterCompanyForm>
    </>
  );
}
