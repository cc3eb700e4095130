/** A file sent with a mail (an event's `.ics`). */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/** A mail to one person; the text is plain, Swedish first. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

/** Sends mail: SES in AWS, an outbox on disk locally. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export interface EmployerUserAccount {
  tenant: string;
  email: string;
  name: string;
  employerId: string;
}

/**
 * The accounts people sign in with: Cognito in AWS, the dev issuer's users
 * locally. The app's own record of who acts for an employer is the link in the
 * table; the directory only makes sure the person can sign in.
 */
export interface UserDirectory {
  /** The account for this address, created if there is none; `undefined` when it belongs to another tenant. */
  provideEmployerUser(
    account: EmployerUserAccount,
  ): Promise<{ userId: string; created: boolean } | undefined>;
  /** Signs the user out everywhere and forgets their employer. */
  detachEmployerUser(tenant: string, userId: string): Promise<void>;
}
