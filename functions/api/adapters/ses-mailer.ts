import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { Mailer } from '../ports.ts';

/**
 * Mail through SES from the deployment's verified address, through its
 * configuration set when one is named (MAIL_CONFIGURATION_SET in AWS).
 */
export function sesMailer(client: SESv2Client, from: string, configurationSet?: string): Mailer {
  return {
    async send({ to, subject, text, attachments }) {
      await client.send(
        new SendEmailCommand({
          FromEmailAddress: from,
          ...(configurationSet ? { ConfigurationSetName: configurationSet } : {}),
          Destination: { ToAddresses: [to] },
          Content: {
            Simple: {
              Subject: { Data: subject, Charset: 'UTF-8' },
              Body: { Text: { Data: text, Charset: 'UTF-8' } },
              ...(attachments?.length
                ? {
                    Attachments: attachments.map((file) => ({
                      FileName: file.filename,
                      ContentType: file.contentType,
                      RawContent: new TextEncoder().encode(file.content),
                    })),
                  }
                : {}),
            },
          },
        }),
      );
    },
  };
}

export const sesClient = () => new SESv2Client({});
