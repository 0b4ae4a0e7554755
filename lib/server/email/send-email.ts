import 'server-only';
import { createTransport, type Transporter } from 'nodemailer';
import { z } from 'zod';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { db } from '@/lib/server/db/client';

const emailSchema = z.object({
  to: z.email(),
  subject: z.string().trim().min(1).max(200),
  text: z.string().min(1),
});

export type Email = z.infer<typeof emailSchema>;

let transport: { url: string; transporter: Transporter } | undefined;

function smtpTransport(url: string): Transporter {
  if (transport?.url !== url) transport = { url, transporter: createTransport(url) };
  return transport.transporter;
}

/**
 * Sends a plain-text email: through SMTP when SMTP_URL is set, otherwise into the demo outbox
 * when EMAIL_OUTBOX=true. With neither, sending is a configuration error rather than a silent drop.
 */
export async function sendEmail(email: Email): Promise<{ delivery: 'smtp' | 'outbox' }> {
  const { to, subject, text } = emailSchema.parse(email);
  const env = getEnv();

  if (env.SMTP_URL) {
    const result = await smtpTransport(env.SMTP_URL).sendMail({ from: env.EMAIL_FROM, to, subject, text });
    const failed = [...result.rejected, ...(result.pending ?? [])];
    if (failed.length > 0) throw new Error(`The SMTP server refused the message to ${to}`);
    return { delivery: 'smtp' };
  }
  if (env.EMAIL_OUTBOX) {
    await db.outboxEmail.create({ data: { to, subject, text }, select: { id: true } });
    return { delivery: 'outbox' };
  }
  throw new AppError('CONFIGURATION', 'No way to send email: set SMTP_URL, or EMAIL_OUTBOX=true for a demo.');
}
