/** How each draft state reads on studio pages. */
export const draftStatusLabels: Record<string, string> = {
  editing: 'Being edited',
  'in-review': 'In review',
  approved: 'Approved, ready to publish',
  published: 'Published',
};

/** How each kind of review comment reads after the person's name in a draft's discussion. */
export const commentKindLabels: Record<string, string> = {
  comment: 'commented',
  submitted: 'sent it for review',
  approved: 'approved it',
  'sent-back': 'sent it back',
  published: 'published it',
};
