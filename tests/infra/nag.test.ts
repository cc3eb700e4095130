import { type App, Stack, Validations } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBryggan, stackNames, webDistFixture } from './bryggan-app.ts';

// cdk-nag 3 is a policy-validation plugin rather than an aspect: its findings
// never become construct annotations, so they are read from the plugin's report.
// validateScope runs the same rules `cdk synth` runs through Validations.of(app).

const findings = (scope: IConstruct) =>
  new AwsSolutionsChecks().validateScope(scope).violations.map((violation) => ({
    rule: violation.ruleName,
    severity: violation.severity,
    resources: violation.violatingResources.map((resource) => resource.constructPath),
  }));

function acknowledgments(app: App): { path: string; id: string; reason: string }[] {
  return app.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id,
          reason,
        })),
      ),
  );
}

describe.each([
  [
    'the test stage, as deployed (with a web build)',
    { webDistPath: webDistFixture, allowMissingWebBuild: false },
  ],
  [
    'the prod stage with an alarm address',
    { webDistPath: webDistFixture, context: { stage: 'prod', alarmEmail: 'drift@kommun.example.se' } },
  ],
])('AwsSolutions checks, %s', (_name, options) => {
  let bryggan: ReturnType<typeof buildBryggan>;

  beforeAll(() => {
    // The checks read the constructs, not the bundles.
    bryggan = buildBryggan(options, { bundling: false });
  });

  it.each(stackNames)('finds no unacknowledged error or warning in %s', (name) => {
    expect(findings(bryggan.stacks[name])).toEqual([]);
  });

  it('leaves CDK itself with nothing to warn about', () => {
    for (const stack of Object.values(bryggan.stacks)) {
      const messages = bryggan.assembly.getStackArtifact(stack.artifactId).messages;
      expect(messages.filter((message) => message.level !== 'info')).toEqual([]);
    }
  });

  it('gives every acknowledgment a rule id and a specific reason', () => {
    const all = acknowledgments(bryggan.app);
    expect(all.length).toBeGreaterThan(0);
    for (const { id, reason } of all) {
      expect(id).toMatch(/^(Annotation::)?AwsSolutions-[A-Z]+\d+(\[.+\])?$/);
      expect(reason.length).toBeGreaterThanOrEqual(40);
    }
  });
});

describe('synthesis with the checks registered, as cdk synth runs it', () => {
  it('succeeds for Bryggan', () => {
    const { app } = buildBryggan({}, { bundling: false });
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(() => app.synth({ force: true })).not.toThrow();
  });

  it('fails on a finding nobody acknowledged', () => {
    const { app } = buildBryggan({}, { bundling: false });
    new Bucket(new Stack(app, 'careless'), 'Unlogged');
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(() => app.synth({ force: true })).toThrow(/AwsSolutions-S1/);
  });
});
