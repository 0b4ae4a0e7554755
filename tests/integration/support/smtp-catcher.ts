import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll } from 'vitest';

/** A message the catcher received: its envelope recipients, and the subject and text of its one plain-text part. */
export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

/** Just enough MIME for nodemailer's single-part plain-text messages: the Subject, and the body decoded from quoted-printable. */
function parseMessage(raw: string): { subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
  const quotedPrintable = /quoted-printable/i.test(header('Content-Transfer-Encoding'));
  const text = quotedPrintable
    ? body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : body;
  return { subject: header('Subject'), text };
}

/**
 * A real SMTP server on a free loopback port for the file's tests (started before all, closed
 * after all): no authentication, no STARTTLS. `received` collects every message in arrival order;
 * `url()` is its `smtp://127.0.0.1:<port>` address for SMTP_URL, once the server listens.
 */
export function startSmtpCatcher(): { received: ReceivedMail[]; url: () => string } {
  const received: ReceivedMail[] = [];
  let smtp: SMTPServer | undefined;
  let url = '';
  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), ...parseMessage(Buffer.concat(chunks).toString('utf8')) });
          callback();
        });
      },
    });
    smtp.listen(0, '127.0.0.1');
    await once(smtp.server, 'listening');
    url = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  });
  return {
    received,
    url: () => {
      if (!url) throw new Error('The SMTP catcher is not listening yet: read url() inside a hook or test.');
      return url;
    },
  };
}
