import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useRouter } from '../router/router.tsx';

/**
 * The page's h1; it also names the browser tab and, after an in-app navigation,
 * takes focus so a screen reader starts reading the new page.
 */
export function PageHeading({ title }: { title: string }) {
  const { t } = useI18n();
  const { navigations } = useRouter();
  const ref = useRef<HTMLHeadingElement>(null);
  const firstNavigations = useRef(navigations);

  useEffect(() => {
    document.title = `${title} – ${t.app.titleSuffix}`;
  }, [title, t]);

  useEffect(() => {
    if (firstNavigations.current > 0) ref.current?.focus();
  }, []);

  return (
    <h1 tabIndex={-1} ref={ref}>
      {title}
    </h1>
  );
}
