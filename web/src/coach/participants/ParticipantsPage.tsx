import { useState } from 'react';
import { Stage, stages } from '#shared/schemas/vocabulary';
import { api } from '../../api/client.ts';
import { readBody } from '../../api/problem.ts';
import type { Participant } from '../../api/types.ts';
import { usePaged } from '../../api/usePaged.ts';
import { useSession } from '../../auth/AuthProvider.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PagedList } from '../../components/PagedList.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { CheckboxField } from '../../forms/CheckboxField.tsx';
import { SelectField } from '../../forms/SelectField.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link, useRouter } from '../../router/router.tsx';
import { useCoaches } from '../../staff/useCoaches.ts';
import { FilterForm } from '../FilterForm.tsx';
import { ParticipantCard } from './ParticipantCard.tsx';

/** The tenant's participants, by stage and, if chosen, only the signed-in coach's own. */
export function ParticipantsPage() {
  const { t } = useI18n();
  const { userId, name } = useSession();
  const { nameOf } = useCoaches();
  const { search, navigate, flash } = useRouter();
  const stage = Stage.safeParse(search.get('stage')).data;
  const mine = search.get('mine') === '1';
  const [chosen, setChosen] = useState({ stage: stage ?? '', mine });
  const list = usePaged<Participant>(`participants-${stage}-${mine}`, (cursor) =>
    readBody(
      api.v1.participants.$get({
        query: {
          ...(stage ? { stage } : {}),
          ...(mine ? { coachId: userId } : {}),
          ...(cursor ? { cursor } : {}),
        },
      }),
    ),
  );

  const apply = () => {
    const query = new URLSearchParams();
    if (chosen.stage) query.set('stage', chosen.stage);
    if (chosen.mine) query.set('mine', '1');
    navigate(query.size > 0 ? `/participants?${query}` : '/participants');
  };

  return (
    <>
      <PageHeading title={t.participants.title} />
      {flash && <Notice kind="success">{t.flash[flash]}</Notice>}
      <p className="lead">{t.participants.intro}</p>
      <p>
        <Link to="/participants/new" className="button">
          {t.participants.newParticipant}
        </Link>
      </p>
      <FilterForm label={t.participants.filterTitle} submitLabel={t.participants.filter} onSubmit={apply}>
        <SelectField
          name="stage"
          label={t.participants.stage}
          value={chosen.stage}
          options={[
            { value: '', label: t.participants.allStages },
            ...stages.map((option) => ({ value: option, label: t.stages[option] })),
          ]}
          onValue={(value) => setChosen({ ...chosen, stage: value })}
        />
        <CheckboxField
          name="mine"
          label={t.participants.mine}
          checked={chosen.mine}
          onChecked={(checked) => setChosen({ ...chosen, mine: checked })}
        />
      </FilterForm>
      <PagedList
        list={list}
        label={t.participants.title}
        none={t.participants.none}
        count={t.participants.count}
      >
        {(participant) => (
          <ParticipantCard
            participant={participant}
            you={participant.coachId === userId ? name : undefined}
            coachName={nameOf(participant.coachId)}
          />
        )}
      </PagedList>
    </>
  );
}
