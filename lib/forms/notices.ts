/**
 * The confirmations a page may show after a redirect, by key. Actions redirect with `?notice=<key>`
 * and pages show the message written here, never text from the URL: anyone can send a link with
 * any query string, and a success banner on our own page is the most believable place for a lie.
 */
export const notices = {
  'cpd-entry-added': 'Your CPD entry has been added.',
  'cpd-entry-updated': 'Your CPD entry has been updated.',
  'cpd-entry-deleted': 'Your CPD entry has been deleted.',
  'plan-added': 'Added to your development plan.',
  'plan-removed': 'Removed from your development plan.',
  'certificate-revoked': 'Certificate revoked. Its verification page now shows the reason.',
  'certificate-reinstated': 'Certificate reinstated. Its verification page shows it as valid again, and the holder has been emailed.',
  'user-suspended': 'User suspended and signed out everywhere.',
  'user-reinstated': 'User reinstated.',
  'studio-role-granted': 'Studio role granted.',
  'studio-role-removed': 'Studio role removed.',
  'studio-comment-added': 'Comment added.',
  'studio-approved': 'Approved: the draft can now be published.',
  'studio-sent-back': 'Sent back to the author for changes.',
  'studio-module-published': 'Published: learners who start the module from now on get this version.',
} as const;

export type NoticeKey = keyof typeof notices;

/** The message for the `notice` search parameter when it names a known notice; null otherwise. */
export function noticeFrom(params: Record<string, string | string[] | undefined>): string | null {
  const key = params.notice;
  return typeof key === 'string' && Object.hasOwn(notices, key) ? notices[key as NoticeKey] : null;
}
