import { relative } from 'node:path';
import { AssetHashType, DockerImage, type ILocalBundling } from 'aws-cdk-lib';
import { Code } from 'aws-cdk-lib/aws-lambda';
import { buildSync } from 'esbuild';
import { repoRoot } from '../paths.ts';
import { functionBuildOptions } from './options.ts';

/** esbuild on this machine, never in Docker. */
class LocalEsbuild implements ILocalBundling {
  // A field, not just a closure: CDK reuses a staged asset whose source and bundling
  // options serialise alike, so the entry must be in them or every function gets the first bundle.
  readonly entry: string;

  constructor(entry: string) {
    this.entry = relative(repoRoot, entry);
  }

  tryBundle(outputDir: string): boolean {
    buildSync(functionBuildOptions(this.entry, outputDir));
    return true;
  }
}

/**
 * A function's code: its entry bundled by esbuild, `index.mjs` plus the chunks it loads
 * on demand. The asset is hashed by its output, as NodejsFunction does, so an unchanged
 * bundle is not uploaded again.
 */
export function bundledCode(entry: string): Code {
  return Code.fromAsset(repoRoot, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Required by the type; local bundling always succeeds or throws, so it is never pulled.
      image: DockerImage.fromRegistry('dummy'),
      local: new LocalEsbuild(entry),
    },
  });
}
