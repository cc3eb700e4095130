import { type ReactNode, useState } from 'react';
import { api } from '../api/client.ts';
import { readVersioned } from '../api/etag.ts';
import type { TenantSettings } from '../api/types.ts';
import { useLoad } from '../api/useLoad.ts';
import { LoadState } from '../components/LoadState.tsx';
import { Notice } from '../components/Notice.tsx';

export type VersionedSettings = { body: TenantSettings; etag: string };

export interface SettingsFormProps {
  current: VersionedSettings;
  onSaved: (saved: VersionedSettings) => void;
  onStale: () => void;
}

/**
 * The tenant's settings with their ETag, for a form that saves them with If-Match: says
 * when they are saved, and reads them again when someone else saved first. The form is
 * keyed by the ETag, so it starts from what was saved.
 */
export function TenantSettingsLoader({
  savedText,
  children,
}: {
  savedText: string;
  children: (props: SettingsFormProps & { key: string }) => ReactNode;
}) {
  const [saved, setSaved] = useState(false);
  const { state, reload, replace } = useLoad('tenant-settings', () => readVersioned(api.v1.tenant.$get()));
  return (
    <>
      {saved && <Notice kind="success">{savedText}</Notice>}
      <LoadState state={state} reload={reload}>
        {(current) =>
          children({
            key: current.etag,
            current,
            onSaved: (next) => {
              setSaved(true);
              replace(next);
            },
            onStale: () => {
              setSaved(false);
              reload();
            },
          })
        }
      </LoadState>
    </>
  );
}
