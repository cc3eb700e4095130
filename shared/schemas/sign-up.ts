import { z } from 'zod';
import { brokenPasswordRules } from '../domain/password-policy.ts';
import { fieldMessage } from '../messages/field-messages.ts';

/**
 * The attributes a person may set on their own account when signing up: the web
 * client's write attributes in the user pool (infra/stacks/auth-stack.ts, checked
 * by tests/infra/auth.test.ts). Never `custom:employerId`: the API links a company.
 */
export const selfSignUpAttributes = ['email', 'name', 'custom:tenant'] as const;

/** What the sign-up page asks for. The municipality comes from the page's address. */
export const SignUpDetails = z.object({
  name: z.string().trim().min(2, fieldMessage('person.own_name')).max(80),
  email: z.email(fieldMessage('contact.email')).max(200),
  password: z
    .string()
    .max(256)
    .refine((password) => brokenPasswordRules(password).length === 0, fieldMessage('password.rules')),
});
export type SignUpDetails = z.infer<typeof SignUpDetails>;

/** The code Cognito e-mails: six digits. */
export const ConfirmationCode = z
  .string()
  .trim()
  .regex(/^[0-9]{6}$/, fieldMessage('sign_up.code'));

/** The app client id of the local stand-in for Cognito (`npm start`); in AWS, the pool's web client. */
export const localSignUpClientId = 'bryggan-local';

// Cognito's JSON protocol (X-Amz-Target: AWSCognitoIdentityProviderService.<Action>) for the
// three unauthenticated calls of a self sign-up. The web sends these; the local stand-in reads them.

const Attribute = z.object({ Name: z.enum(selfSignUpAttributes), Value: z.string().max(2048) });

export const CognitoSignUp = z.object({
  ClientId: z.string().min(1).max(128),
  Username: z.string().min(1).max(128),
  Password: z.string().min(1).max(256),
  UserAttributes: z.array(Attribute).max(selfSignUpAttributes.length),
});
export type CognitoSignUp = z.infer<typeof CognitoSignUp>;

export const CognitoConfirmSignUp = z.object({
  ClientId: z.string().min(1).max(128),
  Username: z.string().min(1).max(128),
  ConfirmationCode: z.string().min(1).max(2048),
});
export type CognitoConfirmSignUp = z.infer<typeof CognitoConfirmSignUp>;

export const CognitoResendCode = z.object({
  ClientId: z.string().min(1).max(128),
  Username: z.string().min(1).max(128),
});
export type CognitoResendCode = z.infer<typeof CognitoResendCode>;

export const CognitoSignUpAnswer = z.object({
  UserConfirmed: z.boolean(),
  UserSub: z.string().min(1),
  CodeDeliveryDetails: z
    .object({ Destination: z.string().optional(), DeliveryMedium: z.string().optional() })
    .optional(),
});
export type CognitoSignUpAnswer = z.infer<typeof CognitoSignUpAnswer>;

/** Cognito's error body; `__type` may carry a namespace before `#`. */
export const CognitoFailure = z.object({ __type: z.string(), message: z.string().optional() });
