import { html, raw } from 'hono/html';

/**
 * The page's only styling, inline so the page stands alone. CloudFront's CSP for
 * /docs allows exactly this text by its sha256 hash (infra/stacks/web-stack.ts),
 * so any edit here changes the hash there on the next deploy.
 */
export const referenceStyle = [
  'body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }',
  'code, pre { font-family: ui-monospace, monospace; }',
  'details { border: 1px solid #c8c8c8; border-radius: 6px; margin: 0.5rem 0; padding: 0.5rem 1rem; }',
  'summary { cursor: pointer; }',
  '.method { display: inline-block; min-width: 4.5rem; font-weight: 700; text-transform: uppercase; }',
  'pre { background: #f4f4f4; padding: 0.75rem; overflow-x: auto; }',
].join('\n');

/** A self-contained reference page (no CDN scripts), rendered from the OpenAPI document. */
export function referencePage(document: { paths: Record<string, Record<string, unknown>> }) {
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      path,
      method,
      operation: operation as OperationView,
    })),
  );
  return html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Bryggan API reference</title>
    <style>${raw(referenceStyle)}</style>
  </head>
  <body>
    <h1>Bryggan API reference</h1>
    <p>The machine-readable document is at <a href="/v1/openapi.json">/v1/openapi.json</a> (OpenAPI 3.1).</p>
    <p>
      The words of the domain (sectors and their tasks, tasks and the traits they demand, traits, environment,
      stages, outcomes, support levels), with Swedish and English labels and a plain description of each, are
      at <a href="/v1/vocabulary">/v1/vocabulary</a> (signed in; the caller's tenant, with the sectors it added).
    </p>
    ${operations.map(
      ({ path, method, operation }) => html`<details>
        <summary><span class="method">${method}</span> <code>${path}</code> — ${operation.summary}</summary>
        <p>${operation.description ?? 'Public.'}</p>
        <pre>${raw(escapeJson(operation))}</pre>
      </details>`,
    )}
  </body>
</html>`;
}

interface OperationView {
  summary: string;
  description?: string;
}

const escapeJson = (value: unknown) =>
  JSON.stringify(value, null, 2).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
