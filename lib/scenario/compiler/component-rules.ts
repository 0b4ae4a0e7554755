import { CONTENT_COMPONENTS, RATINGS, type ContentComponentName } from '../definition';
import { COMPONENT_ATTRIBUTES } from '../component-attributes';
import type { AttributeSpecs } from './attributes';

/**
 * The rules of the scenario language's elements (docs: the shared specification's component
 * table): which attributes each takes, what may go inside it, and where it belongs.
 */

const TEXT: AttributeSpecs[string] = { type: { kind: 'string' } };
const REQUIRED_TEXT: AttributeSpecs[string] = { required: true, type: { kind: 'string' } };

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
  Post: { attributes: COMPONENT_ATTRIBUTES.Post, markdown: true, components: ['Comment', 'Photo'] },
  Comment: { attributes: COMPONENT_ATTRIBUTES.Comment, markdown: true, components: [] },
  Photo: { attributes: COMPONENT_ATTRIBUTES.Photo, markdown: false, components: [] },
  Chat: { attributes: COMPONENT_ATTRIBUTES.Chat, markdown: false, components: ['Message'] },
  Message: { attributes: COMPONENT_ATTRIBUTES.Message, markdown: true, components: [] },
  FriendRequest: { attributes: COMPONENT_ATTRIBUTES.FriendRequest, markdown: false, components: [] },
  Review: { attributes: COMPONENT_ATTRIBUTES.Review, markdown: true, components: ['Reply'] },
  Reply: { attributes: COMPONENT_ATTRIBUTES.Reply, markdown: true, components: [] },
  Forum: { attributes: COMPONENT_ATTRIBUTES.Forum, markdown: false, components: ['ForumPost'] },
  ForumPost: { attributes: COMPONENT_ATTRIBUTES.ForumPost, markdown: true, components: [] },
  Profile: { attributes: COMPONENT_ATTRIBUTES.Profile, markdown: false, components: ['Setting'] },
  Setting: { attributes: COMPONENT_ATTRIBUTES.Setting, markdown: false, components: [] },
  Email: { attributes: COMPONENT_ATTRIBUTES.Email, markdown: true, components: [] },
  Guidance: { attributes: COMPONENT_ATTRIBUTES.Guidance, markdown: true, components: [] },
  Summary: { attributes: COMPONENT_ATTRIBUTES.Summary, markdown: true, components: [] },
  Callout: { attributes: COMPONENT_ATTRIBUTES.Callout, markdown: true, components: [] },
  // Show takes what its parent allows; see lowerContent.
  Show: { attributes: COMPONENT_ATTRIBUTES.Show, markdown: true, components: [] },
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
