import { formatTimestamp } from '../components/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { Invitation } from './load-people.ts';

/** Invitations nobody has answered yet, with the day each link stops working. */
export function InvitationList({ invitations }: { invitations: Invitation[] }) {
  const { t, lang } = useI18n();
  if (invitations.length === 0) return <p>{t.people.noInvitations}</p>;
  return (
    <ul className="people-list">
      {invitations.map((invitation) => (
        <li key={invitation.id} className="people-list__item">
          <p>
            <strong>{invitation.name}</strong>
            <br />
            {invitation.email}
            <br />
            <span className="muted">{t.people.expires(formatTimestamp(invitation.expiresAt, lang))}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
