import type { ComposeCheckName } from './definition';

/**
 * What the learner reads about each compose check: its title, why it matters and what would
 * make a reply safe. Browser-safe and small on purpose: the player imports this, never the
 * checks themselves (they carry an English language model and run on the server).
 */

/** Why each check matters, shown to the learner when it fails. */
export const CHECK_REASONS: Record<ComposeCheckName, string> = {
  'no-identifiers':
    'Details such as names, treatments, dates or times can identify a patient, and confirming them in public breaches confidentiality.',
  'no-confirm-patient':
    'Even saying someone is a patient, or what care, advice or offers they had, discloses confidential information; reply in a way that neither confirms nor denies it.',
  'neutral-tone':
    'A hostile, defensive or emotional reply, a legal threat or a demand to take something down reflects on you and the profession and tends to make things worse for everyone.',
  'invite-contact':
    'Concerns are best resolved privately: invite the person to contact the practice directly rather than discussing them in public.',
  short: 'A short, calm reply is less likely to disclose anything or inflame things; anything more belongs in a private conversation or an appointment.',
  'no-clinical-advice':
    'You cannot assess someone online, so give no individual clinical advice (no medicines, remedies or guesses at a diagnosis) and signpost them to someone who can examine them.',
};

/** What would make a failed reply safe: shown beside each failed check, before the model reply. */
export const CHECK_FIXES: Record<ComposeCheckName, string> = {
  'no-identifiers':
    'Take out every name, treatment, amount, date and time about the person or their care. Opening hours in an invitation to call are fine.',
  'no-confirm-patient':
    'Say nothing about records, appointments, advice, offers or who treated them, and do not deny knowing them either: "we cannot discuss anyone\'s care in public" works whether or not they are a patient.',
  'neutral-tone':
    'Acknowledge them kindly (thank them, or say you are sorry to hear it), and leave out capitals, extra exclamation marks, arguing or defending the care, and any mention of solicitors or of taking down what they wrote.',
  'invite-contact':
    'End with a way to talk privately: "please call the practice and ask for our practice manager", a phone number, an email address, or "send us a message".',
  short: 'Keep within the word limit set for this reply: a sentence of acknowledgement and where to get help or how to talk privately.',
  'no-clinical-advice':
    'Name no medicine, remedy or diagnosis. Point them to someone who can examine them: their own dentist, NHS 111 (111 Wales), a pharmacist for general advice on medicines, your own urgent appointment, and 999 or A&E if swelling spreads or breathing or swallowing is affected.',
};

/** Human-readable names of the checks, for lists and headings. */
export const CHECK_TITLES: Record<ComposeCheckName, string> = {
  'no-identifiers': 'No identifying details',
  'no-confirm-patient': 'Does not confirm a patient relationship',
  'neutral-tone': 'Neutral, professional tone',
  'invite-contact': 'Invites private contact',
  short: 'Short',
  'no-clinical-advice': 'No clinical advice, signposts to care',
};

export const DEFAULT_MIN_WORDS = 10;
export const DEFAULT_MAX_WORDS = 80;
