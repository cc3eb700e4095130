import type { Context } from 'hono';
import { detectFromHeader } from 'hono/language';
import { defaultLanguage, type Language, languages } from '#shared/messages/language';

const detection = {
  lookupFromHeaderKey: 'accept-language',
  supportedLanguages: [...languages],
  ignoreCase: true,
};

/** The language the caller asked for in Accept-Language (`en-GB` is English), Swedish by default. */
export const requestLanguage = (c: Context): Language =>
  (detectFromHeader(c, detection as Parameters<typeof detectFromHeader>[1]) as Language | undefined) ??
  defaultLanguage;
