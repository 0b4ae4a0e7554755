import type { ChoiceDefinition, ScenarioDefinition } from '@/lib/scenario/definition';

const noEffects = { clear: [], set: [], add: [], points: 0 };

function choice(id: string, labelText: string, to: string, extra: Partial<ChoiceDefinition> = {}): ChoiceDefinition {
  return { id, label: [{ type: 'text', value: labelText }], labelText, to, effects: noEffects, ...extra };
}

/** A small compiled scenario for the player's tests: choices, a route-only scene, a compose and three endings. */
export const sampleDefinition: ScenarioDefinition = {
  format: 1,
  id: 'angry-comment',
  version: 1,
  title: 'An angry comment',
  summary: 'A patient complains on the practice page.',
  platform: 'facebook',
  minutes: 10,
  outcomes: ['B'],
  objectives: ['Respond to public criticism without breaching confidentiality'],
  sources: [
    { id: 'gdc-standards', title: 'Standards for the Dental Team', publisher: 'General Dental Council', section: 'Principle 4' },
    { id: 'gdc-social', title: 'Guidance on using social media', publisher: 'General Dental Council', url: 'https://example.org/social' },
  ],
  variables: { warned: { type: 'flag', initial: false } },
  start: 'comment-seen',
  reflection: 'What will you do differently next time?',
  scenes: [
    {
      id: 'comment-seen',
      title: 'A comment on the practice page',
      routes: [],
      content: [
        {
          type: 'component',
          name: 'Post',
          props: { author: 'Priya Shah', time: '2 hours ago', audience: 'friends', likes: 12, comments: 1, shares: 1 },
          children: [
            { type: 'paragraph', children: [{ type: 'text', value: 'Worst practice ever. <script>alert(1)</script>' }] },
            { type: 'component', name: 'Photo', props: { alt: 'A waiting room with empty chairs', caption: 'Waited an hour' }, children: [] },
            {
              type: 'component',
              name: 'Comment',
              props: { author: 'Tom Reed', time: '1 hour ago' },
              children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Same here!' }] }],
            },
          ],
        },
        {
          type: 'component',
          name: 'Show',
          props: {},
          when: { source: 'warned', expression: { kind: 'flag', name: 'warned' } },
          children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Your manager has already warned you.' }] }],
        },
      ],
      decision: {
        kind: 'choices',
        choices: [
          choice('comment-seen.1', 'Reply publicly', 'reply-draft', {
            feedback: [
              { type: 'paragraph', children: [{ type: 'text', value: 'A short public reply can help.' }] },
              {
                type: 'component',
                name: 'Guidance',
                props: { source: 'gdc-social', section: 'Paragraph 2' },
                children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Keep patient information confidential.' }] }],
              },
            ],
          }),
          choice('comment-seen.2', 'Ignore it', 'ignored'),
          choice('comment-seen.3', 'Ask the manager first', 'triage', { when: { source: 'not warned', expression: { kind: 'not', operand: { kind: 'flag', name: 'warned' } } } }),
        ],
      },
    },
    {
      id: 'triage',
      content: [],
      routes: [{ when: { source: 'warned', expression: { kind: 'flag', name: 'warned' } }, to: 'ignored' }, { to: 'reply-draft' }],
      decision: { kind: 'none' },
    },
    {
      id: 'reply-draft',
      content: [{ type: 'paragraph', children: [{ type: 'text', value: 'Write your reply.' }] }],
      routes: [],
      decision: {
        kind: 'compose',
        compose: {
          prompt: [{ type: 'paragraph', children: [{ type: 'text', value: 'Write a public reply to Priya.' }] }],
          pass: 'best',
          fail: 'serious',
          checks: ['no-identifiers', 'invite-contact', 'short'],
          forbid: ['Priya'],
          minWords: 5,
          maxWords: 40,
          points: 2,
        },
      },
    },
  ],
  endings: [
    { id: 'best', rating: 'best', title: 'Handled well', content: [{ type: 'paragraph', children: [{ type: 'text', value: 'You kept it private.' }] }] },
    { id: 'ignored', rating: 'poor', content: [{ type: 'paragraph', children: [{ type: 'text', value: 'The comment stayed up.' }] }] },
    { id: 'serious', rating: 'serious', content: [{ type: 'paragraph', children: [{ type: 'text', value: 'You disclosed details.' }] }] },
  ],
  contentHash: '0'.repeat(64),
};
