import { useState } from 'react';
import { PlacementStatus } from '#shared/schemas/placement';
import { Sector } from '#shared/schemas/vocabulary';
import { api } from '../api/client.ts';
import { readBody } from '../api/problem.ts';
import type { Placement } from '../api/types.ts';
import { usePaged } from '../api/usePaged.ts';
import { PagedList } from '../components/PagedList.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { SelectField } from '../forms/SelectField.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useRouter } from '../router/router.tsx';
import { useVocabulary } from '../vocabulary/VocabularyProvider.tsx';
import { FilterForm } from './FilterForm.tsx';
import { PlacementCard } from './PlacementCard.tsx';

const allStatuses = 'all';

/** Placements across the tenant's employers, by sector and status (published by default). */
export function PlacementsPage() {
  const { t } = useI18n();
  const { words, vocabulary } = useVocabulary();
  const { search, navigate } = useRouter();
  const sector = Sector.safeParse(search.get('sector')).data;
  // Published placements unless the coach asks for all: those are the ones matching offers.
  const statusChoice = search.get('status') ?? 'open';
  const status = PlacementStatus.safeParse(statusChoice).data;
  const [chosen, setChosen] = useState({ sector: sector ?? '', status: status ?? allStatuses });
  const filter = { ...(sector ? { sector } : {}), ...(status ? { status } : {}) };
  const list = usePaged<Placement>(`placements-${sector}-${status}`, (cursor) =>
    readBody(api.v1.placements.$get({ query: { ...filter, ...(cursor ? { cursor } : {}) } })),
  );

  const apply = () => {
    const query = new URLSearchParams(
      Object.entries(chosen).filter(
        ([key, value]) => value !== '' && !(key === 'status' && value === 'open'),
      ),
    );
    navigate(query.size > 0 ? `/placements?${query}` : '/placements');
  };

  return (
    <>
      <PageHeading title={t.placements.title} />
      <p className="lead">{t.placements.intro}</p>
      <FilterForm label={t.placements.filterTitle} submitLabel={t.placements.filter} onSubmit={apply}>
        <SelectField
          name="sector"
          label={t.placements.sector}
          value={chosen.sector}
          options={[
            { value: '', label: t.placements.allSectors },
            ...vocabulary.sectors.map(({ id: option }) => ({
              value: option,
              label: words.sectors[option] ?? option,
            })),
          ]}
          onValue={(value) => setChosen({ ...chosen, sector: value })}
        />
        <SelectField
          name="status"
          label={t.placements.status}
          value={chosen.status}
          options={[
            { value: allStatuses, label: t.placements.allStatuses },
            ...PlacementStatus.options.map((option) => ({ value: option, label: t.placementStatus[option] })),
          ]}
          onValue={(value) => setChosen({ ...chosen, status: value })}
        />
      </FilterForm>
      <PagedList list={list} label={t.placements.title} none={t.placements.none} count={t.placements.count}>
        {(placement) => <PlacementCard placement={placement} />}
      </PagedList>
    </>
  );
}
