import { useState } from 'react';
import { api } from '../api/client.ts';
import { readVersioned } from '../api/etag.ts';
import { useLoad } from '../api/useLoad.ts';
import { LoadState } from '../components/LoadState.tsx';
import { Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/router.tsx';
import { useCompensationWords } from './compensation-words.ts';
import { TenantSettingsForm } from './TenantSettingsForm.tsx';

/** The admin's page for the municipality's settings. */
export function TenantSettingsPage() {
  const { t } = useI18n();
  const compensation = useCompensationWords();
  const [saved, setSaved] = useState(false);
  const { state, reload, replace } = useLoad('tenant-settings', () => readVersioned(api.v1.tenant.$get()));
  return (
    <>
      <PageHeading title={t.tenantSettings.title} />
      <p className="lead">{t.tenantSettings.intro}</p>
      <p>
        <Link to="/settings/ersattning">{compensation.link}</Link>
        <br />
        <span className="hint">{compensation.linkHint}</span>
      </p>
      {saved && <Notice kind="success">{t.tenantSettings.saved}</Notice>}
      <LoadState state={state} reload={reload}>
        {(current) => (
          <>
            <p className="hint">{t.tenantSettings.version(current.body.version)}</p>
            <TenantSettingsForm
              key={current.etag}
              current={current}
              onSaved={(next) => {
                setSaved(true);
                replace(next);
              }}
              onStale={() => {
                setSaved(false);
                reload();
              }}
            />
          </>
        )}
      </LoadState>
    </>
  );
}
