import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import {
  AdminAddUserToGroupCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import middy from '@middy/core';
import type { PostConfirmationTriggerEvent } from 'aws-lambda';
import type { Role } from '#shared/schemas/common';

// Only the logger: this trigger makes one call, so metrics and a tracer would
// mostly add to its cold start, which the user waits through on confirmation.
const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'bryggan-auth' });
const cognito = new CognitoIdentityProviderClient({});

/**
 * The group a newly confirmed user joins, if any. Only self sign-up confirms
 * with `PostConfirmation_ConfirmSignUp` (ConfirmSignUp, or an admin's
 * AdminConfirmSignUp of a self-registered user), and only employers sign
 * themselves up. Coaches and admins are created with AdminCreateUser, which
 * fires no post-confirmation at all; a password reset fires
 * `PostConfirmation_ConfirmForgotPassword` and must not change anyone's role.
 */
export function groupOnConfirmation(
  triggerSource: PostConfirmationTriggerEvent['triggerSource'],
): Role | undefined {
  return triggerSource === 'PostConfirmation_ConfirmSignUp' ? 'employer' : undefined;
}

async function postConfirmation(event: PostConfirmationTriggerEvent): Promise<PostConfirmationTriggerEvent> {
  const group = groupOnConfirmation(event.triggerSource);
  if (group) {
    // A failure throws, so the client's confirmation call ends in an error and the
    // log shows it. The account may be confirmed all the same; docs/operations.md
    // says how to add the group by hand.
    await cognito.send(
      new AdminAddUserToGroupCommand({
        UserPoolId: event.userPoolId,
        Username: event.userName,
        GroupName: group,
      }),
    );
    logger.info('Added a self-registered user to a group', {
      userName: event.userName,
      group,
      tenant: event.request.userAttributes['custom:tenant'],
    });
  }
  // Cognito expects the event back; a post-confirmation trigger has nothing to answer.
  return event;
}

export const handler = middy(postConfirmation).use(injectLambdaContext(logger));
