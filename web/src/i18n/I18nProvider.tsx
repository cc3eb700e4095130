import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { sayField } from '#shared/messages/field-messages';
import { en } from './en.ts';
import { type Messages, sv } from './sv.ts';

export type Lang = 'sv' | 'en';

const catalogues: Record<Lang, Messages> = { sv, en };
const storageKey = 'bryggan.lang';

/** A message kept in state and written out in whatever language is chosen when it shows. */
export interface ActionMessage {
  kind: 'success' | 'error';
  text: (t: Messages, lang: Lang) => string;
}

interface I18n {
  lang: Lang;
  t: Messages;
  setLang: (lang: Lang) => void;
  /** A shared schema's message (a key of the field-message catalogue) in the chosen language. */
  translate: (message: string) => string;
}

const I18nContext = createContext<I18n | undefined>(undefined);

function rememberedLang(): Lang {
  const stored = localStorage.getItem(storageKey);
  return stored === 'en' || stored === 'sv' ? stored : 'sv';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(rememberedLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(storageKey, next);
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const t = catalogues[lang];
    return { lang, t, setLang, translate: (message) => sayField(message, lang) };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an I18nProvider');
  return i18n;
}
