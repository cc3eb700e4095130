import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { jobSchedules } from '../../functions/jobs/catalogue.ts';
import { functionBuildOptions } from '../../infra/bundling/options.ts';
import { apiEntry, jobEntry, postConfirmationEntry, preSignUpEntry } from '../../infra/paths.ts';

// The bundles get a stand-in for semver (infra/bundling/semver.ts) because its one importer,
// the X-Ray SDK's v2 patcher, is never called. If anything else starts importing semver, the
// stand-in would break it at run time: this finds every importer in every function's graph.

const entries = [
  apiEntry,
  postConfirmationEntry,
  preSignUpEntry,
  ...jobSchedules.map((job) => jobEntry(job.name)),
];

describe('the semver stand-in', () => {
  it('is imported only by the X-Ray SDK’s AWS SDK v2 patcher, in every function', () => {
    const importersSeen = new Set<string>();
    for (const entry of entries) {
      const { metafile } = buildSync({
        ...functionBuildOptions(entry, '/nowhere'),
        write: false,
        metafile: true,
      });
      const importers = Object.entries(metafile.inputs)
        .filter(([, input]) => input.imports.some((imported) => imported.path === 'infra/bundling/semver.ts'))
        .map(([file]) => file);
      for (const file of importers) importersSeen.add(file);
    }
    expect([...importersSeen]).toEqual(['node_modules/aws-xray-sdk-core/dist/lib/patchers/aws_p.js']);
  });

  it('fails loudly if it is ever called', async () => {
    const { gte } = await import('../../infra/bundling/semver.ts');
    expect(() => gte()).toThrow(/semver is not bundled/);
  });
});
