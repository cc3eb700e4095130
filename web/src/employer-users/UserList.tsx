import { useState } from 'react';
import { useSession } from '../auth/AuthProvider.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ConfirmRemove } from './ConfirmRemove.tsx';
import type { EmployerUser } from './load-people.ts';

interface UserListProps {
  users: EmployerUser[];
  removingId: string | undefined;
  onRemove: (user: EmployerUser) => void;
}

/** Who can act for the employer; each one but oneself can be removed, after a second click that says what it means. */
export function UserList({ users, removingId, onRemove }: UserListProps) {
  const { t } = useI18n();
  const { userId } = useSession();
  const [confirming, setConfirming] = useState<string>();
  if (users.length === 0) return <p>{t.people.none}</p>;
  return (
    <ul className="people-list">
      {users.map((user) => {
        const self = user.userId === userId;
        return (
          <li key={user.userId} className="people-list__item">
            <p>
              <strong>{user.name}</strong> {self && t.people.you}
              {user.email && (
                <>
                  <br />
                  <a href={`mailto:${user.email}`}>{user.email}</a>
                </>
              )}
              <br />
              <span className="muted">
                {user.via === 'registration' ? t.people.viaRegistration : t.people.viaInvitation}
              </span>
            </p>
            {!self && confirming !== user.userId && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setConfirming(user.userId)}
              >
                {t.people.remove}
                <span className="visually-hidden"> {user.name}</span>
              </button>
            )}
            {!self && confirming === user.userId && (
              <ConfirmRemove
                name={user.name}
                busy={removingId === user.userId}
                onConfirm={() => onRemove(user)}
                onCancel={() => setConfirming(undefined)}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
