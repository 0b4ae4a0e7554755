/** The demo accounts, one per role; they sign in through the ordinary magic-link flow. */
export const DEMO_ACCOUNTS = {
  learner: { email: 'learner@demo.postwise.test', name: 'Jordan Patel', registrantType: 'dental-nurse' },
  certified: { email: 'certified@demo.postwise.test', name: 'Alex Morgan', registrantType: 'dental-hygienist' },
  owner: { email: 'owner@demo.postwise.test', name: 'Dr Helen Okoro', registrantType: 'dentist' },
  manager: { email: 'manager@demo.postwise.test', name: 'Chris Walsh', registrantType: null },
  admin: { email: 'admin@demo.postwise.test', name: 'Morgan Reid', registrantType: null },
  author: { email: 'author@demo.postwise.test', name: 'Priya Shah', registrantType: null },
  reviewer: { email: 'reviewer@demo.postwise.test', name: 'Sam Adeyemi', registrantType: null },
} as const;

/** The module the demo practice is assigned, and which the certified demo learner has completed. */
export const DEMO_MODULE_ID = 'social-media';

/**
 * The demo learner who has already completed the demo module and holds its certificate, so
 * /verify, the certificate PDF, /cpd and revoking on /admin can be tried at once. A learner of
 * their own: the main learner (learner@) still has the whole module ahead of them.
 */
export const DEMO_CERTIFIED_EMAIL = DEMO_ACCOUNTS.certified.email;

/** What the certified demo learner wrote on the completion page (the reflection meets MIN_REFLECTION_WORDS). */
export const DEMO_COMPLETION_WORK = {
  reflection:
    'Before this module I thought a closed group or a private account kept my posts among friends. ' +
    'I now see how a few harmless details can identify a patient, and that a reply to a review must never confirm someone is a patient. ' +
    'At our next team meeting I will suggest we check our privacy settings together, agree a standard reply for clinical questions sent by message, ' +
    'and write down who answers online reviews after speaking to our defence organisation.',
  feedback: { rating: 5, comment: 'Realistic situations, and the feedback quoting the guidance made the reasons clear.' },
} as const;
