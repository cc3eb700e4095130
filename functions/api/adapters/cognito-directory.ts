import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDeleteUserAttributesCommand,
  AdminGetUserCommand,
  AdminUserGlobalSignOutCommand,
  type AttributeType,
  CognitoIdentityProviderClient,
  UserNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import type { UserDirectory } from '../ports.ts';

const attribute = (attributes: AttributeType[] | undefined, name: string) =>
  attributes?.find((candidate) => candidate.Name === name)?.Value;

/**
 * Employer accounts in the Cognito user pool, whose sign-in name is the e-mail
 * address. A new account gets Cognito's invitation mail with a temporary password.
 */
export function cognitoDirectory(client: CognitoIdentityProviderClient, userPoolId: string): UserDirectory {
  const addToEmployers = (username: string) =>
    client.send(
      new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: 'employer' }),
    );

  return {
    async provideEmployerUser({ tenant, email, name, employerId }) {
      try {
        const existing = await client.send(
          new AdminGetUserCommand({ UserPoolId: userPoolId, Username: email }),
        );
        if (attribute(existing.UserAttributes, 'custom:tenant') !== tenant) return undefined;
        // The link in the table says which employer the user acts for, and is written
        // only if the user acts for no other: the account itself is left as it is.
        await addToEmployers(email);
        const userId = attribute(existing.UserAttributes, 'sub') ?? existing.Username ?? email;
        return { userId, created: false };
      } catch (error) {
        if (!(error instanceof UserNotFoundException)) throw error;
      }
      const created = await client.send(
        new AdminCreateUserCommand({
          UserPoolId: userPoolId,
          Username: email,
          DesiredDeliveryMediums: ['EMAIL'],
          UserAttributes: [
            { Name: 'email', Value: email },
            { Name: 'email_verified', Value: 'true' },
            { Name: 'name', Value: name },
            { Name: 'custom:tenant', Value: tenant },
            { Name: 'custom:employerId', Value: employerId },
          ],
        }),
      );
      await addToEmployers(email);
      return { userId: attribute(created.User?.Attributes, 'sub') ?? email, created: true };
    },

    async detachEmployerUser(_tenant, userId) {
      // The pool's usernames are e-mail addresses; `sub` finds the same user.
      await client.send(
        new AdminDeleteUserAttributesCommand({
          UserPoolId: userPoolId,
          Username: userId,
          UserAttributeNames: ['custom:employerId'],
        }),
      );
      await client.send(new AdminUserGlobalSignOutCommand({ UserPoolId: userPoolId, Username: userId }));
    },
  };
}

export const cognitoClient = () => new CognitoIdentityProviderClient({});
