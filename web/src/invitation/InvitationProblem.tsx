import { isProblemCode, problemCatalogue } from '#shared/messages/problems';
import { ApiError, problemCode } from '../api/problem.ts';
import { Notice } from '../components/Notice.tsx';
import { problemText } from '../forms/server-problems.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

// Codes after which the only way on is a new invitation (unknown, expired, or for an address that is taken).
const needsNewInvitation = new Set([
  'invitation.not_found',
  'invitation.expired',
  'invitation.user_elsewhere',
]);

/** Why the invitation cannot be used, in the catalogue's words for its code, and what to do instead. */
export function InvitationProblem({ error }: { error: unknown }) {
  const { t, lang } = useI18n();
  const code = problemCode(error);
  const known = code !== undefined && isProblemCode(code) ? problemCatalogue[code] : undefined;
  return (
    <Notice kind="error" title={known?.title[lang]}>
      <p>
        {known
          ? known.detail[lang]
          : error instanceof ApiError
            ? problemText(error, t, lang)
            : t.app.loadFailed}
      </p>
      {code && needsNewInvitation.has(code) && <p>{t.invitation.askAgain}</p>}
    </Notice>
  );
}
