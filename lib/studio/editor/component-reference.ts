import { COMPOSE_CHECKS, PLATFORMS, RATINGS } from '@/lib/scenario/definition';

/**
 * The scenario language's components as an author needs them: where each goes, what it is for,
 * and its attributes. Drives the editor's completion and the quick-reference panel. Written from
 * the language spec (shared/spec/scenario-language.md) and the compiler's component rules; a
 * unit test compiles every attribute listed here so the two cannot drift apart silently.
 */
export interface ReferenceAttribute {
  name: string;
  required?: true;
  /** What the value holds, which also decides what completion offers inside its quotes. */
  value: 'text' | 'number' | 'boolean' | 'target' | 'variables' | 'counters' | 'condition' | 'source' | 'checks' | 'list' | { oneOf: readonly string[] };
  /** Example written after `=`, e.g. `"scene-2"` or `{3}`. */
  example: string;
}

export interface ReferenceComponent {
  name: string;
  /** Where it may be written, in the words the compiler's messages use. */
  place: string;
  summary: string;
  attributes: ReferenceAttribute[];
  /** Written `<Name … />` with no content. */
  selfClosing?: true;
}

const text = (name: string, example: string, required?: true): ReferenceAttribute => ({ name, value: 'text', example: `"${example}"`, ...(required ? { required } : {}) });
const count = (name: string, example: number): ReferenceAttribute => ({ name, value: 'number', example: `{${example}}` });
const platform: ReferenceAttribute = { name: 'platform', value: { oneOf: PLATFORMS }, example: '"facebook"' };
const source: ReferenceAttribute = { name: 'source', required: true, value: 'source', example: '"gdc-social"' };
const section = text('section', '4.2.3');

/** Every component, structure first, in the order the quick reference lists them. */
export const COMPONENT_REFERENCE: readonly ReferenceComponent[] = [
  { name: 'Scene', place: 'at the top level of the file', summary: 'One step of the story: content, then a decision (choices or a written reply) or routes.', attributes: [{ name: 'id', required: true, value: 'text', example: '"the-post"' }, text('title', 'The post')] },
  { name: 'Ending', place: 'at the top level of the file', summary: 'Where a path finishes, with its rating and a debrief.', attributes: [{ name: 'id', required: true, value: 'text', example: '"good-end"' }, { name: 'rating', required: true, value: { oneOf: RATINGS }, example: '"best"' }, text('title', 'Handled well')] },
  {
    name: 'Choice',
    place: 'directly inside a <Scene>',
    summary: 'An option the learner can pick; its text is the label, an optional <Feedback> explains it.',
    attributes: [
      { name: 'to', required: true, value: 'target', example: '"next-scene"' },
      { name: 'set', value: 'variables', example: '"careful"' },
      { name: 'clear', value: 'variables', example: '"careful"' },
      { name: 'add', value: 'counters', example: '"risk:1"' },
      count('points', 2),
      { name: 'when', value: 'condition', example: '"careful and risk < 2"' },
      { name: 'fixed', value: 'boolean', example: '{true}' },
    ],
  },
  {
    name: 'Compose',
    place: 'directly inside a <Scene>',
    summary: 'A written reply, judged on the server by the named checks; its text is the prompt.',
    attributes: [
      { name: 'pass', required: true, value: 'target', example: '"good-end"' },
      { name: 'fail', required: true, value: 'target', example: '"poor-end"' },
      { name: 'checks', required: true, value: 'checks', example: '"neutral-tone invite-contact"' },
      { name: 'forbid', value: 'list', example: '"Smith"' },
      { name: 'allow', value: 'list', example: '"Brynmill"' },
      count('minWords', 10),
      count('maxWords', 80),
      count('points', 2),
    ],
  },
  { name: 'Route', place: 'directly inside a <Scene>', summary: 'Moves on without a decision, when its condition holds (or always).', attributes: [{ name: 'to', required: true, value: 'target', example: '"next-scene"' }, { name: 'when', value: 'condition', example: '"risk >= 2"' }], selfClosing: true },
  { name: 'Feedback', place: 'directly inside a <Choice>', summary: 'Shown after the choice is made.', attributes: [] },
  {
    name: 'Example',
    place: 'directly inside a <Compose>',
    summary: 'A reply with the verdict an adviser would give, to teach and test the checks.',
    attributes: [{ name: 'verdict', value: { oneOf: ['pass', 'fail'] }, example: '"pass"' }, { name: 'fails', value: 'checks', example: '"short"' }, { name: 'model', value: 'boolean', example: '{true}' }],
  },
  { name: 'Post', place: 'inside a scene, feedback, prompt or ending', summary: 'A social-media post; may hold <Comment>s and a <Photo>.', attributes: [text('author', 'Alex Morgan', true), text('handle', '@alex'), text('time', '2h'), { name: 'audience', value: { oneOf: ['public', 'friends', 'group'] }, example: '"public"' }, text('group', 'Swansea mums'), count('likes', 12), count('comments', 3), count('shares', 1), platform] },
  { name: 'Comment', place: 'inside a <Post>', summary: 'A comment under a post.', attributes: [text('author', 'Sam', true), text('time', '1h'), count('likes', 2)] },
  { name: 'Photo', place: 'inside a scene or a <Post>', summary: 'A described picture (no real images).', attributes: [text('alt', 'A waiting room', true), text('caption', 'Monday morning')], selfClosing: true },
  { name: 'Chat', place: 'inside a scene, feedback, prompt or ending', summary: 'A private conversation of <Message>s.', attributes: [text('with', 'Jo', true), platform] },
  { name: 'Message', place: 'inside a <Chat>', summary: 'One message in a chat.', attributes: [text('from', 'Jo', true), text('time', '09:14'), { name: 'mine', value: 'boolean', example: '{true}' }] },
  { name: 'FriendRequest', place: 'inside a scene, feedback, prompt or ending', summary: 'A friend or follow request.', attributes: [text('from', 'Mrs Jones', true), count('mutual', 4), text('note', 'Hi!'), platform], selfClosing: true },
  { name: 'Review', place: 'inside a scene, feedback, prompt or ending', summary: 'A star review; may hold a <Reply>.', attributes: [text('author', 'D. Price', true), { name: 'rating', required: true, value: 'number', example: '{1}' }, text('site', 'Google'), text('time', 'last week')] },
  { name: 'Reply', place: 'inside a <Review>', summary: "The business's reply to a review.", attributes: [text('author', 'The practice', true), text('time', 'yesterday')] },
  { name: 'Forum', place: 'inside a scene, feedback, prompt or ending', summary: 'A forum or group of <ForumPost>s.', attributes: [text('name', 'Dental nurses UK', true), count('members', 1200), { name: 'closed', value: 'boolean', example: '{true}' }] },
  { name: 'ForumPost', place: 'inside a <Forum>', summary: 'One post in a forum.', attributes: [text('author', 'Kim', true), text('time', '3d'), text('title', 'Advice please')] },
  { name: 'Profile', place: 'inside a scene, feedback, prompt or ending', summary: 'A profile page; may hold <Setting>s.', attributes: [text('name', 'Rhys Evans', true), text('headline', 'Dental nurse'), text('location', 'Swansea'), text('visibility', 'Public')] },
  { name: 'Setting', place: 'inside a <Profile>', summary: 'One privacy or profile setting.', attributes: [text('label', 'Who can see your posts', true), text('value', 'Friends', true)], selfClosing: true },
  { name: 'Email', place: 'inside a scene, feedback, prompt or ending', summary: 'An email.', attributes: [text('from', 'practice@example.org', true), text('to', 'you@example.org', true), text('subject', 'Rota', true)] },
  { name: 'Guidance', place: 'inside a scene, feedback, prompt or ending', summary: 'A verbatim quotation from a registered source, checked against the register.', attributes: [source, section] },
  { name: 'Summary', place: 'inside a scene, feedback, prompt or ending', summary: 'A paraphrase of a registered source, attributed but not quoted.', attributes: [source, section] },
  { name: 'Callout', place: 'inside a scene, feedback, prompt or ending', summary: 'A highlighted note.', attributes: [{ name: 'kind', value: { oneOf: ['info', 'warning'] }, example: '"info"' }] },
  { name: 'Show', place: 'around any content', summary: 'Shows its content only while its condition holds.', attributes: [{ name: 'when', required: true, value: 'condition', example: '"vented"' }] },
];

/** The names of the written-reply checks, for `checks` and `fails`. */
export const CHECK_NAMES: readonly string[] = COMPOSE_CHECKS;

const BY_NAME = new Map(COMPONENT_REFERENCE.map((component) => [component.name, component]));

/** The reference entry for a component name, if the language has one. */
export function referenceFor(name: string): ReferenceComponent | undefined {
  return BY_NAME.get(name);
}
