import { useEffect, useRef } from 'react';
import { type ActionMessage, useI18n } from '../i18n/I18nProvider.tsx';

/**
 * What came of an action (saved, or why not), in the chosen language. It takes focus when it
 * appears, so a keyboard or screen-reader user hears it where they are.
 */
export function ActionNotice({ message }: { message: ActionMessage | undefined }) {
  const { t, lang } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <div
      className={`notice notice--${message.kind}`}
      role={message.kind === 'error' ? 'alert' : 'status'}
      tabIndex={-1}
      ref={ref}
    >
      <p>{message.text(t, lang)}</p>
    </div>
  );
}
