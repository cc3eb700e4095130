import { useState } from 'react';
import { api } from '../api/client.ts';
import { expectNoContent, isSignedOut } from '../api/problem.ts';
import { useLoad } from '../api/useLoad.ts';
import { LoadState } from '../components/LoadState.tsx';
import { Notice } from '../components/Notice.tsx';
import { problemText } from '../forms/server-problems.ts';
import { type ActionMessage, useI18n } from '../i18n/I18nProvider.tsx';
import { InvitationList } from './InvitationList.tsx';
import { InviteForm } from './InviteForm.tsx';
import { type EmployerUser, loadEmployerUsers, loadPendingInvitations } from './load-people.ts';
import { UserList } from './UserList.tsx';

const loadPeople = async (employerId: string) => {
  const [users, invitations] = await Promise.all([
    loadEmployerUsers(employerId),
    loadPendingInvitations(employerId),
  ]);
  return { users, invitations };
};

/** The employer's users and open invitations, with a form to invite one more: the company page's and the coach's. */
export function EmployerPeople({ employerId }: { employerId: string }) {
  const { t, lang } = useI18n();
  const { state, reload, replace } = useLoad(`people-${employerId}`, () => loadPeople(employerId));
  const [removingId, setRemovingId] = useState<string>();
  const [message, setMessage] = useState<ActionMessage>();

  const remove = async (user: EmployerUser) => {
    setRemovingId(user.userId);
    setMessage(undefined);
    try {
      await expectNoContent(
        api.v1.employers[':id'].users[':userId'].$delete({ param: { id: employerId, userId: user.userId } }),
      );
      setMessage({ kind: 'success', text: (t) => t.people.removed(user.name) });
      reload();
    } catch (error) {
      if (isSignedOut(error)) return;
      setMessage({ kind: 'error', text: (t, lang) => problemText(error, t, lang) });
    } finally {
      setRemovingId(undefined);
    }
  };

  return (
    <section className="card people" aria-labelledby="people-title">
      <h2 id="people-title">{t.people.title}</h2>
      <p>{t.people.intro}</p>
      <div aria-live="polite">{message && <Notice kind={message.kind}>{message.text(t, lang)}</Notice>}</div>
      <LoadState state={state} reload={reload}>
        {(people) => (
          <>
            <UserList users={people.users} removingId={removingId} onRemove={remove} />
            <h3>{t.people.invitationsTitle}</h3>
            <InvitationList invitations={people.invitations} />
            <h3>{t.people.inviteTitle}</h3>
            <p>{t.people.inviteIntro}</p>
            <InviteForm
              employerId={employerId}
              onInvited={(invitation) => {
                replace({ ...people, invitations: [...people.invitations, invitation] });
                setMessage({ kind: 'success', text: (t) => t.people.invited(invitation.name) });
              }}
            />
          </>
        )}
      </LoadState>
    </section>
  );
}
