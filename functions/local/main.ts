import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { demoUsers } from './demo-data.ts';
import { JavaMissingError } from './dynamodb-local.ts';
import { startLocalStack } from './server.ts';

const root = resolve(import.meta.dirname, '../..');
const port = Number(process.env.PORT ?? 3000);

async function buildWeb(): Promise<string | undefined> {
  const config = resolve(root, 'web/vite.config.ts');
  if (!existsSync(config)) return undefined;
  const { build } = await import('vite');
  await build({ configFile: config, logLevel: 'warn' });
  return resolve(root, 'web/dist');
}

async function main() {
  const webDist = await buildWeb();
  const stack = await startLocalStack({
    port,
    dataDir: resolve(root, '.data/dynamodb'),
    seed: true,
    ...(webDist ? { webDist } : {}),
  });
  // Cognito would e-mail the sign-up page's code; locally it is printed here.
  stack.accounts.onCode = (email, code) => console.log(`  Sign-up code for ${email}: ${code}`);
  console.log(`\nBryggan is running at ${stack.url}`);
  console.log(
    `  API:  ${stack.url}/v1/health   OpenAPI: ${stack.url}/v1/openapi.json   Reference: ${stack.url}/docs`,
  );
  if (stack.seededTenants.length > 0)
    console.log(`  Seeded demo data for: ${stack.seededTenants.join(', ')}`);
  console.log('\nSign in on the start page as one of these demo users, or get a token with');
  console.log(
    `  curl -s -X POST ${stack.url}/v1/dev/token -H 'content-type: application/json' -d '{"userId":"malmo-coach"}'\n`,
  );
  for (const user of demoUsers)
    console.log(`  ${user.id.padEnd(24)} ${user.role.padEnd(9)} ${user.tenant.padEnd(9)} ${user.name}`);
  console.log(
    `\nEmployers sign up at ${stack.url}/<municipality>/registrera, e.g. ${stack.url}/malmo/registrera;`,
  );
  console.log('the code that Cognito would e-mail is printed here.');
  // Locally the scheduled jobs (reminders, digests) run every quarter of an hour; their mail lands in the outbox.
  const stopJobs = stack.jobs.every(15 * 60 * 1000, (name, error) =>
    console.error(`Scheduled job ${name} failed:`, error),
  );
  if (stack.jobs.names.length > 0)
    console.log(
      `\nScheduled jobs (${stack.jobs.names.join(', ')}) run every 15 minutes; mail goes to /v1/dev/outbox.`,
    );
  console.log('\nPress Ctrl-C to stop.');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    stopJobs();
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof JavaMissingError ? error.message : error);
  process.exit(1);
});
