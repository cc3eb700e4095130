import { execFileSync } from 'node:child_process';
import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { addBrygganStacks } from './bryggan.ts';
import { deploymentFromContext } from './deployment.ts';
import { repoRoot, webDist } from './paths.ts';

const app = new App();
// -c stage=test|prod (default test), -c region=… (default eu-north-1), -c mailDomain=…,
// -c mailFrom=…, -c alarmEmail=…; defaults in cdk.json and infra/deployment.ts.
const deployment = deploymentFromContext(app, process.env);

// The deploy builds the web itself, so the site it uploads matches this checkout.
// -c webBuild=skip uses web/dist as it is, and synthesis fails if there is none.
if (app.node.tryGetContext('webBuild') !== 'skip') {
  execFileSync('npm', ['run', '--silent', 'build:web'], { cwd: repoRoot, stdio: ['ignore', 2, 2] });
}

addBrygganStacks(app, { deployment, webDistPath: webDist });
Tags.of(app).add('app', 'bryggan');
Tags.of(app).add('stage', deployment.stage);
// Findings without a suppression and its reason fail the synth.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
