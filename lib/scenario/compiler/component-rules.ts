import { CONTENT_COMPONENTS, PLATFORMS, RATINGS, type ContentComponentName } from '../definition';
import type { AttributeSpecs } from './attributes';

/**
 * The rules of the scenario language's elements (docs: the shared specification's component
 * table): which attributes each takes, what may go inside it, and where it belongs.
 */

const TEXT: AttributeSpecs[string] = { type: { kind: 'string' } };
const REQUIRED_TEXT: AttributeSpecs[string] = { required: true, type: { kind: 'string' } };
const TIME = TEXT;
const COUNT: AttributeSpecs[string] = { type: { kind: 'integer', min: 0 } };
const PLATFORM: AttributeSpecs[string] = { type: { kind: 'enum', values: PLATFORMS } };

/** What may appear inside a piece of content: markdown or not, and which components. */
export interface ContentAllowance {
  /** Whether markdown may appear inside. */
  markdown: boolean;
  /** Components allowed directly inside; `Show` may wrap any of them. */
  components: readonly ContentComponentName[];
}

interface ComponentRule extends ContentAllowance {
  attributes: AttributeSpecs;
}

/** What may appear in a scene's content, a prompt, feedback and an ending. */
export const STORY: ContentAllowance = {
  markdown: true,
  components: ['Post', 'Photo', 'Chat', 'FriendRequest', 'Review', 'Forum', 'Profile', 'Email', 'Guidance', 'Summary', 'Callout', 'Show'],
};

export const COMPONENT_RULES: Record<ContentComponentName, ComponentRule> = {
  Post: {
    attributes: {
      author: REQUIRED_TEXT,
      handle: TEXT,
      time: TIME,
      audience: { type: { kind: 'enum', values: ['public', 'friends', 'group'] } },
      group: TEXT,
      likes: COUNT,
      comments: COUNT,
      shares: COUNT,
      platform: PLATFORM,
    },
    markdown: true,
    components: ['Comment', 'Photo'],
  },
  Comment: { attributes: { author: REQUIRED_TEXT, time: TIME, likes: COUNT }, markdown: true, components: [] },
  Photo: { attributes: { alt: REQUIRED_TEXT, caption: TEXT }, markdown: false, components: [] },
  Chat: { attributes: { with: REQUIRED_TEXT, platform: PLATFORM }, markdown: false, components: ['Message'] },
  Message: { attributes: { from: REQUIRED_TEXT, time: TIME, mine: { type: { kind: 'boolean' } } }, markdown: true, components: [] },
  FriendRequest: { attributes: { from: REQUIRED_TEXT, mutual: COUNT, note: TEXT, platform: PLATFORM }, markdown: false, components: [] },
  Review: {
    attributes: { author: REQUIRED_TEXT, rating: { required: true, type: { kind: 'integer', min: 1, max: 5 } }, site: TEXT, time: TIME },
    markdown: true,
    components: ['Reply'],
  },
  Reply: { attributes: { author: REQUIRED_TEXT, time: TIME }, markdown: true, components: [] },
  Forum: { attributes: { name: REQUIRED_TEXT, members: COUNT, closed: { type: { kind: 'boolean' } } }, markdown: false, components: ['ForumPost'] },
  ForumPost: { attributes: { author: REQUIRED_TEXT, time: TIME, title: TEXT }, markdown: true, components: [] },
  Profile: { attributes: { name: REQUIRED_TEXT, headline: TEXT, location: TEXT, visibility: TEXT }, markdown: false, components: ['Setting'] },
  Setting: { attributes: { label: REQUIRED_TEXT, value: REQUIRED_TEXT }, markdown: false, components: [] },
  Email: { attributes: { from: REQUIRED_TEXT, to: REQUIRED_TEXT, subject: REQUIRED_TEXT }, markdown: true, components: [] },
  Guidance: { attributes: { source: REQUIRED_TEXT, section: TEXT }, markdown: true, components: [] },
  Summary: { attributes: { source: REQUIRED_TEXT, section: TEXT }, markdown: true, components: [] },
  Callout: { attributes: { kind: { type: { kind: 'enum', values: ['info', 'warning'] } } }, markdown: true, components: [] },
  // Show takes what its parent allows; see lowerContent.
  Show: { attributes: { when: REQUIRED_TEXT }, markdown: true, components: [] },
};

export const SCENE_ATTRIBUTES: AttributeSpecs = { id: REQUIRED_TEXT, title: TEXT };
export const ENDING_ATTRIBUTES: AttributeSpecs = { id: REQUIRED_TEXT, rating: { required: true, type: { kind: 'enum', values: RATINGS } }, title: TEXT };
export const CHOICE_ATTRIBUTES: AttributeSpecs = {
  to: REQUIRED_TEXT,
  set: { type: { kind: 'list' } },
  clear: { type: { kind: 'list' } },
  add: { type: { kind: 'list' } },
  points: { type: { kind: 'integer' } },
  when: TEXT,
  fixed: { type: { kind: 'boolean' } },
};
export const COMPOSE_ATTRIBUTES: AttributeSpecs = {
  pass: REQUIRED_TEXT,
  fail: REQUIRED_TEXT,
  checks: { required: true, type: { kind: 'list' } },
  forbid: { type: { kind: 'list' } },
  allow: { type: { kind: 'list' } },
  minWords: { type: { kind: 'integer', min: 0 } },
  maxWords: { type: { kind: 'integer', min: 1 } },
  points: { type: { kind: 'integer' } },
};
export const ROUTE_ATTRIBUTES: AttributeSpecs = { to: REQUIRED_TEXT, when: TEXT };
export const EXAMPLE_ATTRIBUTES: AttributeSpecs = { verdict: TEXT, fails: { type: { kind: 'list' } }, model: { type: { kind: 'boolean' } } };

const STRUCTURE = ['Scene', 'Ending', 'Choice', 'Compose', 'Route', 'Feedback', 'Example'];

/** Every element name the language knows, structural and content. */
export const KNOWN_COMPONENTS: readonly string[] = [...STRUCTURE, ...CONTENT_COMPONENTS];

/** Where an element belongs, for the message when it stands somewhere else. */
export const PLACE_OF: Readonly<Record<string, string>> = {
  Scene: 'at the top level of the file',
  Ending: 'at the top level of the file',
  Choice: 'directly inside a <Scene>',
  Compose: 'directly inside a <Scene>',
  Route: 'directly inside a <Scene>',
  Feedback: 'directly inside a <Choice>',
  Example: 'directly inside a <Compose>',
  Comment: 'inside a <Post>',
  Message: 'inside a <Chat>',
  Reply: 'inside a <Review>',
  ForumPost: 'inside a <Forum>',
  Setting: 'inside a <Profile>',
};
