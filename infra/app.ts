import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { addBrygganStacks } from './bryggan.ts';
import { webDist } from './paths.ts';

const app = new App();
const webUrl: unknown = app.node.tryGetContext('webUrl');
const mailFrom: unknown = app.node.tryGetContext('mailFrom');

addBrygganStacks(app, {
  webDistPath: webDist,
  ...(typeof webUrl === 'string' && webUrl ? { webUrl } : {}),
  ...(typeof mailFrom === 'string' && mailFrom ? { mailFrom } : {}),
});
Tags.of(app).add('app', 'bryggan');
// Findings without a suppression and its reason fail the synth.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
