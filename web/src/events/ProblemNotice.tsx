import { ApiError } from '../api/problem.ts';
import { Notice } from '../components/Notice.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** A refusal as the API said it, in the page's language (the client sends it as Accept-Language). */
export function ProblemNotice({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!(error instanceof ApiError) || !error.problem) return <Notice kind="error">{t.app.saveFailed}</Notice>;
  const { title, detail, errors } = error.problem;
  return (
    <Notice kind="error" title={title}>
      {detail && <p>{detail}</p>}
      {errors && errors.length > 0 && (
        <ul>
          {errors.map((issue) => (
            <li key={`${issue.field}-${issue.message}`}>{issue.message}</li>
          ))}
        </ul>
      )}
    </Notice>
  );
}
