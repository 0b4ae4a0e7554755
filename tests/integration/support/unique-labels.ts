/**
 * A maker of labels unique within this test process ("owner-1", "owner-2", …), for the emails and
 * names of people a test creates, so tests that share a database never collide.
 */
export function uniqueLabels(): (label: string) => string {
  let counter = 0;
  return (label) => `${label}-${(counter += 1)}`;
}
