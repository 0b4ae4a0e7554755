import type { AttributeSpec } from './compiler/attributes';
import { PLATFORMS, type ContentComponentName } from './definition';

/**
 * The attributes each content component takes: one table that the compiler checks authors
 * against and from which `ComponentProps` derives the typed props the renderer reads, so the
 * two cannot drift. Source: the spec's component reference (docs/scenario-language.md).
 */

const TEXT = { type: { kind: 'string' } } as const satisfies AttributeSpec;
const REQUIRED_TEXT = { required: true, type: { kind: 'string' } } as const satisfies AttributeSpec;
const COUNT = { type: { kind: 'integer', min: 0 } } as const satisfies AttributeSpec;
const FLAG = { type: { kind: 'boolean' } } as const satisfies AttributeSpec;
const PLATFORM = { type: { kind: 'enum', values: PLATFORMS } } as const satisfies AttributeSpec;

export const COMPONENT_ATTRIBUTES = {
  Post: {
    author: REQUIRED_TEXT,
    handle: TEXT,
    time: TEXT,
    audience: { type: { kind: 'enum', values: ['public', 'friends', 'group'] } },
    group: TEXT,
    likes: COUNT,
    comments: COUNT,
    shares: COUNT,
    platform: PLATFORM,
  },
  Comment: { author: REQUIRED_TEXT, time: TEXT, likes: COUNT },
  Photo: { alt: REQUIRED_TEXT, caption: TEXT },
  Chat: { with: REQUIRED_TEXT, platform: PLATFORM },
  Message: { from: REQUIRED_TEXT, time: TEXT, mine: FLAG },
  FriendRequest: { from: REQUIRED_TEXT, mutual: COUNT, note: TEXT, platform: PLATFORM },
  Review: { author: REQUIRED_TEXT, rating: { required: true, type: { kind: 'integer', min: 1, max: 5 } }, site: TEXT, time: TEXT },
  Reply: { author: REQUIRED_TEXT, time: TEXT },
  Forum: { name: REQUIRED_TEXT, members: COUNT, closed: FLAG },
  ForumPost: { author: REQUIRED_TEXT, time: TEXT, title: TEXT },
  Profile: { name: REQUIRED_TEXT, headline: TEXT, location: TEXT, visibility: TEXT },
  Setting: { label: REQUIRED_TEXT, value: REQUIRED_TEXT },
  Email: { from: REQUIRED_TEXT, to: REQUIRED_TEXT, subject: REQUIRED_TEXT },
  Guidance: { source: REQUIRED_TEXT, section: TEXT },
  Summary: { source: REQUIRED_TEXT, section: TEXT },
  Callout: { kind: { type: { kind: 'enum', values: ['info', 'warning'] } } },
  // `when` is parsed into the node's condition and dropped from its props.
  Show: { when: REQUIRED_TEXT },
} as const satisfies Record<ContentComponentName, Record<string, AttributeSpec>>;

type ValueOf<Spec> = Spec extends { type: { kind: 'string' } }
  ? string
  : Spec extends { type: { kind: 'integer' } }
    ? number
    : Spec extends { type: { kind: 'boolean' } }
      ? boolean
      : Spec extends { type: { kind: 'enum'; values: readonly (infer Value)[] } }
        ? Value
        : Spec extends { type: { kind: 'list' } }
          ? string | string[]
          : never;

type RequiredKeys<Specs> = { [Key in keyof Specs]: Specs[Key] extends { required: true } ? Key : never }[keyof Specs];

type PropsOf<Specs> = { -readonly [Key in RequiredKeys<Specs>]: ValueOf<Specs[Key]> } & {
  -readonly [Key in Exclude<keyof Specs, RequiredKeys<Specs>>]?: ValueOf<Specs[Key]>;
};

/** The checked attributes of one component, as the compiler stores them (`when` never reaches `Show`'s props). */
export type ComponentProps<Name extends ContentComponentName> = Name extends 'Show'
  ? Record<string, never>
  : PropsOf<(typeof COMPONENT_ATTRIBUTES)[Name]>;
