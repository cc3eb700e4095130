/**
 * The ETag of a record at `version` (docs/api.md: `ETag: "v<version>"`). The API sends it and
 * checks `If-Match` against it; the web uses it for a change made from a list, so the change
 * still fails with 412 if someone changed the record since the list was read.
 */
export const etagOf = (version: number) => `"v${version}"`;
