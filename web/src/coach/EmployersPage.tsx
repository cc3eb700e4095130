import { useState } from 'react';
import { EmployerStatus } from '#shared/schemas/employer';
import { api } from '../api/client.ts';
import { readBody } from '../api/problem.ts';
import type { Employer } from '../api/types.ts';
import { usePaged } from '../api/usePaged.ts';
import { Notice } from '../components/Notice.tsx';
import { PagedList } from '../components/PagedList.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { SelectField } from '../forms/SelectField.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link, useRouter } from '../router/router.tsx';
import { EmployerCard } from './EmployerCard.tsx';
import { FilterForm } from './FilterForm.tsx';
import { useVerifyEmployer } from './useVerifyEmployer.ts';

/** The tenant's employers, those waiting for verification first (the API sorts them so). */
export function EmployersPage() {
  const { t, lang } = useI18n();
  const { search, navigate } = useRouter();
  const status = EmployerStatus.safeParse(search.get('status')).data;
  const [chosenStatus, setChosenStatus] = useState<string>(status ?? '');
  const list = usePaged<Employer>(`employers-${status ?? 'all'}`, (cursor) =>
    readBody(
      api.v1.employers.$get({ query: { ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) } }),
    ),
  );
  const { verify, verifyingId, message } = useVerifyEmployer(list.replaceItem);

  return (
    <>
      <PageHeading title={t.employers.title} />
      <p className="lead">{t.employers.intro}</p>
      <p>
        <Link to="/employers/new" className="button">
          {t.employers.register}
        </Link>
      </p>
      <FilterForm
        label={t.employers.filterTitle}
        submitLabel={t.employers.filter}
        onSubmit={() => navigate(chosenStatus ? `/employers?status=${chosenStatus}` : '/employers')}
      >
        <SelectField
          name="status"
          label={t.employers.statusFilter}
          value={chosenStatus}
          options={[
            { value: '', label: t.employers.allStatuses },
            ...EmployerStatus.options.map((option) => ({ value: option, label: t.employerStatus[option] })),
          ]}
          onValue={setChosenStatus}
        />
      </FilterForm>
      <div aria-live="polite">{message && <Notice kind={message.kind}>{message.text(t, lang)}</Notice>}</div>
      <PagedList list={list} label={t.employers.title} none={t.employers.none}>
        {(employer) => (
          <EmployerCard
            employer={employer}
            verifying={verifyingId === employer.id}
            onVerify={() => verify(employer)}
            linkToPage
          />
        )}
      </PagedList>
    </>
  );
}
