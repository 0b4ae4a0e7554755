/**
 * The rows of an attempt that is merely opened: no decision recorded and no active time credited.
 * Only such an attempt may be deleted (a duplicate opened by a second tab, or one a saved trial
 * replaces). One that holds credited time is kept: deleting it would delete its ActiveTimeCredit
 * rows (ADR 007's record of what was credited, cascaded) while the learner's clock stays moved,
 * so that stretch could never be credited again (attack review, stop 29, F10).
 * A Prisma `where` fragment for the Attempt model.
 */
export const merelyOpened = { sequence: 0, activeSeconds: 0 } as const;

