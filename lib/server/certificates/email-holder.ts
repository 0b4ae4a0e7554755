import 'server-only';
import { sendEmail } from '@/lib/server/email/send-email';

/**
 * Tells a certificate's holder that an administrator revoked or reinstated it. The subject and
 * opening sentence name the certificate's code, its module and the change; `details` gets the
 * certificate's public verification link (/verify/<code> on `origin`) and returns the lines that
 * follow, saying what the change means for anyone who checks it.
 */
export async function emailCertificateHolder(options: {
  to: string;
  code: string;
  moduleTitle: string;
  origin: string;
  change: 'revoked' | 'reinstated';
  details: (verifyLink: string) => string[];
}): Promise<void> {
  const verifyLink = new URL(`/verify/${options.code}`, options.origin).toString();
  await sendEmail({
    to: options.to,
    subject: `Postwise: your certificate ${options.code} has been ${options.change}`,
    text: [
      `Your Postwise certificate ${options.code} for "${options.moduleTitle}" has been ${options.change} by a Postwise administrator.`,
      '',
      ...options.details(verifyLink),
    ].join('\n'),
  });
}
