import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IConstruct } from 'constructs';

/**
 * One deployment of Bryggan: a stage (test or prod) in one region. Read from CDK
 * context (`-c stage=prod -c region=eu-north-1 …`, defaults in cdk.json), so two
 * stages can live side by side in one account: every stack name and every
 * physical name that must be unique in an account carries the stage.
 */
export const stages = ['test', 'prod'] as const;
export type StageName = (typeof stages)[number];

/** Stockholm: the personal data of Swedish municipalities stays in Sweden. */
export const defaultRegion = 'eu-north-1';

/** What differs between the stages. */
export interface StageSettings {
  readonly stage: StageName;
  /** Stateful resources (table, user pool, backup vault, logs): kept in prod, removable in test. */
  readonly removalPolicy: RemovalPolicy;
  /** Deletion protection on the table and the user pool, and termination protection on their stacks. */
  readonly protect: boolean;
  /** How long function and API logs are kept. */
  readonly logRetention: RetentionDays;
  /** The HTTP API's stage throttle (all callers together; per-address limits are in the WAF). */
  readonly apiThrottle: { readonly rateLimit: number; readonly burstLimit: number };
  /** Requests one address may make in five minutes (WAF), everywhere and on the public sign-up routes. */
  readonly rateLimits: { readonly perAddress: number; readonly publicSignUp: number };
  /** Kept by the job dead-letter queue before a failed job's message is dropped. */
  readonly deadLetterRetention: Duration;
}

const settings: Record<StageName, Omit<StageSettings, 'stage'>> = {
  test: {
    removalPolicy: RemovalPolicy.DESTROY,
    protect: false,
    logRetention: RetentionDays.TWO_WEEKS,
    apiThrottle: { rateLimit: 50, burstLimit: 100 },
    rateLimits: { perAddress: 1000, publicSignUp: 100 },
    deadLetterRetention: Duration.days(14),
  },
  prod: {
    removalPolicy: RemovalPolicy.RETAIN,
    protect: true,
    logRetention: RetentionDays.THREE_MONTHS,
    apiThrottle: { rateLimit: 500, burstLimit: 1000 },
    rateLimits: { perAddress: 2000, publicSignUp: 100 },
    deadLetterRetention: Duration.days(14),
  },
};

export function isStageName(value: unknown): value is StageName {
  return typeof value === 'string' && (stages as readonly string[]).includes(value);
}

export function stageSettings(stage: StageName): StageSettings {
  return { stage, ...settings[stage] };
}

/** The stage a construct is deployed in: the app's `stage` context, `test` when unset. */
export function stageOf(scope: IConstruct): StageSettings {
  const stage: unknown = scope.node.tryGetContext('stage') ?? 'test';
  if (!isStageName(stage)) {
    throw new Error(`Unknown stage "${String(stage)}": use -c stage=${stages.join(' or -c stage=')}`);
  }
  return stageSettings(stage);
}

/** A name unique to the stage: `bryggan-<stage>` or `bryggan-<stage>-<part>`. */
export const stageName = (scope: IConstruct, part?: string) =>
  ['bryggan', stageOf(scope).stage, ...(part ? [part] : [])].join('-');

/** Everything the app is deployed with; app.ts reads it from context. */
export interface DeploymentConfig {
  readonly stage: StageName;
  readonly region: string;
  /** Unset: the account of the deployer's credentials (`CDK_DEFAULT_ACCOUNT`). */
  readonly account?: string;
  /** The SES domain identity all mail goes from. */
  readonly mailDomain: string;
  /** The sender address, in mailDomain. */
  readonly mailFrom: string;
  /** Where alarms are mailed, if anywhere (else subscribe to the topic by hand). */
  readonly alarmEmail?: string;
}

type ContextReader = { node: { tryGetContext(key: string): unknown } };

const optionalString = (scope: ContextReader, key: string): string | undefined => {
  const value = scope.node.tryGetContext(key);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new Error(`Context ${key} must be a string`);
  return value;
};

/**
 * The deployment from context: `stage` (test|prod, default test), `region`
 * (default eu-north-1), `mailDomain` (default `test.bryggan.se` in test and
 * `bryggan.se` in prod: one SES identity per stage, as an account holds a domain
 * identity once), `mailFrom` (default `no-reply@<mailDomain>`), `alarmEmail`.
 */
export function deploymentFromContext(scope: ContextReader, env: NodeJS.ProcessEnv = {}): DeploymentConfig {
  const stage = optionalString(scope, 'stage') ?? 'test';
  if (!isStageName(stage)) {
    throw new Error(`Unknown stage "${stage}": use -c stage=${stages.join(' or -c stage=')}`);
  }
  const region = optionalString(scope, 'region') ?? defaultRegion;
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) throw new Error(`Not an AWS region: ${region}`);
  const mailDomain =
    optionalString(scope, 'mailDomain') ?? (stage === 'prod' ? 'bryggan.se' : 'test.bryggan.se');
  const mailFrom = optionalString(scope, 'mailFrom') ?? `no-reply@${mailDomain}`;
  if (mailFrom.split('@')[1] !== mailDomain) {
    throw new Error(`mailFrom (${mailFrom}) must be an address in mailDomain (${mailDomain})`);
  }
  const account = optionalString(scope, 'account') ?? env.CDK_DEFAULT_ACCOUNT;
  const alarmEmail = optionalString(scope, 'alarmEmail');
  return {
    stage,
    region,
    mailDomain,
    mailFrom,
    ...(account ? { account } : {}),
    ...(alarmEmail ? { alarmEmail } : {}),
  };
}
