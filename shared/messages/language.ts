/** The languages Bryggan speaks: Swedish first, English second. */
export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'sv';

/** Words for people, in every language Bryggan speaks. */
export type Said = Record<Language, string>;
