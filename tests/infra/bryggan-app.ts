import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { App, type Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { addBrygganStacks, type BrygganOptions } from '../../infra/bryggan.ts';

// The same feature flags `cdk synth` uses, so the tests see the templates that get deployed.
const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

/** A built web app (index.html and one hashed chunk), so the upload paths are exercised. */
export const webDistFixture = fileURLToPath(new URL('./fixtures/web-dist', import.meta.url));
/** A web build that was never run. */
export const missingWebDist = fileURLToPath(new URL('./fixtures/no-such-dist', import.meta.url));

/** Builds the whole app once: every stack, with the API function really bundled by esbuild. */
export function buildBryggan(options: Partial<BrygganOptions> = {}) {
  const app = new App({ context: cdkJson.context });
  const stacks = addBrygganStacks(app, { webDistPath: missingWebDist, ...options });
  // One synthesis for all four templates; Template.fromStack would synthesise the app each time.
  const assembly = app.synth();
  const template = (stack: Stack) => Template.fromJSON(assembly.getStackArtifact(stack.artifactId).template);
  return {
    app,
    stacks,
    assembly,
    templates: {
      data: template(stacks.data),
      auth: template(stacks.auth),
      api: template(stacks.api),
      web: template(stacks.web),
    },
  };
}

/** The one resource of a type, failing loudly if there are none or several. */
export function onlyResource(template: Template, type: string): { Properties: Record<string, unknown> } {
  const found = Object.values(template.findResources(type));
  if (found.length !== 1) throw new Error(`Expected one ${type}, found ${found.length}`);
  return found[0] as { Properties: Record<string, unknown> };
}
