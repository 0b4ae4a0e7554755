/**
 * What a practice's owners and managers can see about a member, said once so the invitation
 * email and the invitation page tell the invitee the same thing, and kept true by what the
 * dashboard, the staff page and the CSV read (lib/server/dashboard selects status fields only;
 * tests/integration/practices/dashboard.test.ts checks that ratings and texts never appear).
 * Source of the rule: issue 16 item 3, "owners see completion, not choices".
 */
export const OWNER_CAN_SEE =
  "The practice's owners and managers will see your name, email address and role; for each Postwise module and scenario, whether you have started it (made a first decision), how many decisions you have made in one you have not finished, and when you completed it; your Postwise certificates; and any CPD from elsewhere that you choose to share with your practices.";

/** What they can never see, in the same words on every surface that explains it. */
export const OWNER_CANNOT_SEE =
  'They never see which choices you made or which ending you reached, your reflections, or anything you write in a scenario.';
