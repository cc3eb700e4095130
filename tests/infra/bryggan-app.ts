import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { App, type Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { BUNDLING_STACKS, CloudAssembly, type CloudFormationStackArtifact } from 'aws-cdk-lib/cx-api';
import { addBrygganStacks, type BrygganStacks } from '../../infra/bryggan.ts';
import { deploymentFromContext } from '../../infra/deployment.ts';

// The same feature flags `cdk synth` uses, so the tests see the templates that get deployed.
const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

/** A built web app (index.html and one hashed chunk), so the upload paths are exercised. */
export const webDistFixture = fileURLToPath(new URL('./fixtures/web-dist', import.meta.url));
/** A web build that was never run. */
export const missingWebDist = fileURLToPath(new URL('./fixtures/no-such-dist', import.meta.url));

export type StackName = keyof BrygganStacks;
export const stackNames: StackName[] = ['edge', 'mail', 'data', 'auth', 'web', 'api', 'jobs', 'monitoring'];

/** What a test varies: context as with `cdk -c key=value` (stage, region, mailDomain, …) and the web build. */
export interface BuildOptions {
  readonly context?: Record<string, unknown>;
  /** The web build; a missing one unless given. */
  readonly webDistPath?: string;
  /** False: a missing web build fails the synthesis, as in `cdk deploy`. */
  readonly allowMissingWebBuild?: boolean;
}

export interface SynthesisOptions {
  /** Where the cloud assembly goes; a temporary directory when unset. */
  readonly outdir?: string;
  /**
   * False skips esbuild for every function (CDK stages a placeholder instead), for
   * tests of a variant that does not change any function's code.
   */
  readonly bundling?: boolean;
}

/**
 * Builds and synthesises the whole app: every stack, with the functions really
 * bundled by esbuild unless told otherwise. Most tests read the one synthesis of
 * the run instead (`readBryggan`, from tests/infra/global-setup.ts); this is for
 * a differently configured app, or when a test needs the constructs themselves.
 */
export function buildBryggan(options: BuildOptions = {}, synthesis: SynthesisOptions = {}) {
  const context = {
    ...cdkJson.context,
    ...options.context,
    ...(synthesis.bundling === false ? { [BUNDLING_STACKS]: [] } : {}),
  };
  const app = new App({ context, ...(synthesis.outdir ? { outdir: synthesis.outdir } : {}) });
  // As app.ts reads it, without the deployer's account: the tests see what an offline synth sees.
  const deployment = deploymentFromContext(app, {});
  const stacks = addBrygganStacks(app, {
    deployment,
    webDistPath: options.webDistPath ?? missingWebDist,
    allowMissingWebBuild: options.allowMissingWebBuild ?? true,
  });
  // One synthesis for all the templates; Template.fromStack would synthesise the app each time.
  const assembly = app.synth();
  const template = (stack: Stack) => Template.fromJSON(assembly.getStackArtifact(stack.artifactId).template);
  const templates = Object.fromEntries(stackNames.map((name) => [name, template(stacks[name])])) as Record<
    StackName,
    Template
  >;
  return { app, stacks, assembly, deployment, templates };
}

/** What the global setup hands the test files: a synthesised assembly on disk. */
export interface SynthesisedBryggan {
  readonly directory: string;
  readonly artifactIds: Record<StackName, string>;
}

/** Synthesises the app as deployed into `outdir` and says where each stack's artifact is. */
export function synthesiseBryggan(outdir: string): SynthesisedBryggan {
  const { stacks } = buildBryggan({}, { outdir });
  return {
    directory: outdir,
    artifactIds: Object.fromEntries(stackNames.map((name) => [name, stacks[name].artifactId])) as Record<
      StackName,
      string
    >,
  };
}

/** The templates (and artifacts, for messages and stack settings) of an assembly on disk. */
export function readBryggan({ directory, artifactIds }: SynthesisedBryggan) {
  const assembly = new CloudAssembly(directory);
  const artifact = (name: StackName): CloudFormationStackArtifact =>
    assembly.getStackArtifact(artifactIds[name]);
  const template = (name: StackName) => Template.fromJSON(artifact(name).template);
  return {
    assembly,
    artifacts: Object.fromEntries(stackNames.map((name) => [name, artifact(name)])) as Record<
      StackName,
      CloudFormationStackArtifact
    >,
    templates: Object.fromEntries(stackNames.map((name) => [name, template(name)])) as Record<
      StackName,
      Template
    >,
  };
}

/** The one resource of a type, failing loudly if there are none or several. */
export function onlyResource(template: Template, type: string): { Properties: Record<string, unknown> } {
  const found = Object.values(template.findResources(type));
  if (found.length !== 1) throw new Error(`Expected one ${type}, found ${found.length}`);
  return found[0] as { Properties: Record<string, unknown> };
}
