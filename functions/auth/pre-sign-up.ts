import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { PreSignUpTriggerEvent } from 'aws-lambda';
import { getTenant } from '#shared/db/repositories/tenants';
import { TenantId } from '#shared/schemas/common';

// Only the logger, like the post-confirmation trigger: one read, and the user
// waits for it on the sign-up form.
const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'bryggan-auth' });

/** A sign-up the rules refuse; its message is what the person signing up is told. */
export class SignUpRefused extends Error {}

/**
 * Throws unless the new user's `custom:tenant` names a tenant in the table. The
 * web client may write that attribute at sign-up, so without this anyone could
 * make an account in a municipality that does not exist (or one with a typo) and
 * hold a token the API would have to refuse. An administrator's AdminCreateUser
 * runs this trigger too, and is held to the same rule.
 */
export async function checkTenantOnSignUp(
  userAttributes: Record<string, string | undefined>,
): Promise<string> {
  const claimed = userAttributes['custom:tenant'];
  const tenant = TenantId.safeParse(claimed);
  if (!tenant.success)
    throw new SignUpRefused('Sign-up needs the tenant (custom:tenant) of an existing municipality.');
  if (!(await getTenant(tenant.data))) {
    throw new SignUpRefused(`Unknown tenant "${tenant.data}": no municipality with that id uses Bryggan.`);
  }
  return tenant.data;
}

/**
 * Throws if a person signing themselves up names a company. The web client cannot
 * write `custom:employerId` (its write attributes leave it out), so this only bites
 * if a client is ever given more: the API alone links an account to a company, after
 * checking who may.
 */
export function refuseEmployerLinkOnSelfSignUp(
  triggerSource: PreSignUpTriggerEvent['triggerSource'],
  userAttributes: Record<string, string | undefined>,
): void {
  if (triggerSource === 'PreSignUp_SignUp' && userAttributes['custom:employerId'] !== undefined)
    throw new SignUpRefused(
      'Sign-up cannot name a company (custom:employerId); the company is linked later.',
    );
}

async function preSignUp(event: PreSignUpTriggerEvent): Promise<PreSignUpTriggerEvent> {
  try {
    refuseEmployerLinkOnSelfSignUp(event.triggerSource, event.request.userAttributes);
    const tenant = await checkTenantOnSignUp(event.request.userAttributes);
    logger.info('Sign-up may proceed', { triggerSource: event.triggerSource, tenant });
  } catch (error) {
    // Cognito turns the thrown message into the sign-up call's error; the log keeps why.
    if (error instanceof SignUpRefused) {
      logger.warn('Refused a sign-up', { triggerSource: event.triggerSource, reason: error.message });
    }
    throw error;
  }
  // Nothing to change: the user still confirms their e-mail, as the pool requires.
  return event;
}

export const handler = middy(preSignUp).use(injectLambdaContext(logger));
