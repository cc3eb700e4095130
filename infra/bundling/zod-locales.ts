// The zod locales Bryggan's functions may use: English is zod's default; the API
// words its own Swedish and English field messages (shared/messages/field-messages.ts).
export { default as en } from '../../node_modules/zod/v4/locales/en.js';
export { default as sv } from '../../node_modules/zod/v4/locales/sv.js';
