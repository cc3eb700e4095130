// The sign-up list's CSV for Excel: the same writer as the API's reports.
export { csvField, toCsv } from '#shared/domain/csv';
