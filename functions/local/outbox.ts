import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ulid } from 'ulid';
import type { Mail, Mailer } from '#api/ports';

export interface SentMail extends Mail {
  id: string;
  sentAt: string;
}

export interface Outbox extends Mailer {
  /** Newest first. */
  list(): SentMail[];
}

/**
 * Local mail: kept for `GET /v1/dev/outbox` (and, with a folder, written there as
 * JSON, so a restart keeps it) instead of being sent.
 */
export function createOutbox(folder?: string): Outbox {
  const mails: SentMail[] = [];
  if (folder) {
    mkdirSync(folder, { recursive: true });
    for (const name of readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .sort()) {
      mails.push(JSON.parse(readFileSync(join(folder, name), 'utf8')) as SentMail);
    }
  }
  return {
    async send(mail) {
      const sent: SentMail = { ...mail, id: ulid(), sentAt: new Date().toISOString() };
      mails.push(sent);
      if (folder) writeFileSync(join(folder, `${sent.id}.json`), JSON.stringify(sent, null, 2));
    },
    list: () => [...mails].reverse(),
  };
}
