/** How each draft state reads on studio pages. */
export const draftStatusLabels: Record<string, string> = {
  editing: 'Being edited',
  'in-review': 'In review',
  approved: 'Approved, ready to publish',
  published: 'Published',
};
