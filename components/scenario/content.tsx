import type { ReactNode } from 'react';
import { EXTERNAL_GLYPH, MAIL_GLYPH, Icon } from '@/components/ui/icon';
import type { BlockNode, ComponentNode, InlineNode, Platform, PlayContext, Source } from '@/lib/scenario/definition';
import { evaluateExpression } from '@/lib/scenario/evaluate-expression';
import { Callout } from './callout';
import { Chat } from './chat';
import { Comment } from './comment';
import { Email } from './email';
import { FriendRequest } from './friend-request';
import { Forum } from './forum';
import { ForumPost } from './forum-post';
import { Guidance, GuidanceSummary } from './guidance';
import { Message } from './message';
import { Photo } from './photo';
import { platformKind } from './platform-style';
import { Post } from './post';
import { Profile } from './profile';
import { Reply } from './reply';
import { Review } from './review';
import { safeHref } from './safe-href';
import { Setting } from './setting';
import { ShowWhen } from './show-when';

/**
 * Renders compiled scenario content (a closed JSON tree) to React elements. Nothing is evaluated
 * except parsed `Show` conditions, and nothing is injected as HTML: every string becomes a text
 * node, so a `<script>` written by an author or smuggled into a stored definition shows as text.
 * No hooks, so server and client components can both use it.
 */
export interface ContentEnvironment {
  /**
   * Flags and counters that decide `Show` blocks. Absent: the content is rendered ahead of time
   * (see render-scenario.tsx) and each `Show` becomes a `ShowWhen` gate that the player decides.
   */
  context?: Pick<PlayContext, 'flags' | 'counters'>;
  /** The scenario's sources, for `Guidance` citations. */
  sources: Source[];
  /** The scenario's platform; a component's own `platform` attribute overrides it. */
  platform: Platform;
  /**
   * The heading level the content sits under (the scene heading is usually 2), so a markdown
   * `#` becomes the next level down and the page outline stays valid.
   */
  headingLevel?: number;
}

const BLOCK_SPACING = 'space-y-3';

/** A list of blocks, spaced as prose. */
export function BlockContent({ blocks, env }: { blocks: BlockNode[]; env: ContentEnvironment }) {
  return <div className={`min-w-0 break-words ${BLOCK_SPACING}`}>{renderBlocks(blocks, env)}</div>;
}

/** Inline markdown (a choice label, a paragraph's children). */
export function InlineContent({ nodes }: { nodes: InlineNode[] }) {
  return <>{renderInlines(nodes)}</>;
}

function renderBlocks(blocks: BlockNode[], env: ContentEnvironment): ReactNode[] {
  return blocks.map((block, index) => renderBlock(block, env, index));
}

function renderBlock(block: BlockNode, env: ContentEnvironment, key: number): ReactNode {
  switch (block.type) {
    case 'paragraph':
      return <p key={key}>{renderInlines(block.children)}</p>;
    case 'heading': {
      const level = Math.min(6, (env.headingLevel ?? 2) + block.depth);
      const Tag = `h${level}` as 'h3';
      return (
        <Tag key={key} className="font-semibold">
          {renderInlines(block.children)}
        </Tag>
      );
    }
    case 'list': {
      const Tag = block.ordered ? 'ol' : 'ul';
      return (
        <Tag key={key} className={`${block.ordered ? 'list-decimal' : 'list-disc'} space-y-1 pl-6`}>
          {block.items.map((item, index) => (
            <li key={index} className={BLOCK_SPACING}>
              {renderBlocks(item, env)}
            </li>
          ))}
        </Tag>
      );
    }
    case 'blockquote':
      return (
        <blockquote key={key} className={`border-l-4 border-slate-300 pl-3 dark:border-slate-600 ${BLOCK_SPACING}`}>
          {renderBlocks(block.children, env)}
        </blockquote>
      );
    case 'thematicBreak':
      return <hr key={key} className="border-slate-300 dark:border-slate-600" />;
    case 'component':
      return renderComponent(block, env, key);
  }
}

function renderInlines(nodes: InlineNode[]): ReactNode[] {
  return nodes.map((node, index) => renderInline(node, index));
}

function renderInline(node: InlineNode, key: number): ReactNode {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'emphasis':
      return <em key={key}>{renderInlines(node.children)}</em>;
    case 'strong':
      return <strong key={key}>{renderInlines(node.children)}</strong>;
    case 'delete':
      return <del key={key}>{renderInlines(node.children)}</del>;
    case 'inlineCode':
      return (
        <code key={key} className="rounded bg-slate-100 px-1 font-mono text-[0.9em] dark:bg-slate-800">
          {node.value}
        </code>
      );
    case 'break':
      return <br key={key} />;
    case 'link':
      return <SafeLink key={key} url={node.url} label={renderInlines(node.children)} />;
  }
}

function SafeLink({ url, label }: { url: string; label: ReactNode }) {
  const href = safeHref(url);
  if (!href) return <>{label}</>;
  const mail = href.startsWith('mailto:');
  return (
    <a
      href={href}
      rel="noopener noreferrer"
      target={mail ? undefined : '_blank'}
      className="font-medium text-blue-800 underline underline-offset-2 hover:no-underline dark:text-blue-200"
    >
      {label}
      <Icon glyph={mail ? MAIL_GLYPH : EXTERNAL_GLYPH} className="ml-0.5 inline size-[0.85em] align-baseline" />
      <span className="sr-only">{mail ? ' (opens your email app)' : ' (external link, opens in a new tab)'}</span>
    </a>
  );
}

function isNamed(node: BlockNode, name: ComponentNode['name']): node is ComponentNode {
  return node.type === 'component' && node.name === name;
}

/** Renders the children that are `name` components and the rest separately (a post's comments vs its text). */
function split(children: BlockNode[], names: ComponentNode['name'][], env: ContentEnvironment) {
  const picked = children.filter((child) => names.some((name) => isNamed(child, name)));
  const rest = children.filter((child) => !picked.includes(child));
  return {
    picked: picked.length > 0 ? renderBlocks(picked, env) : undefined,
    rest: renderBlocks(rest, env),
  };
}

function renderComponent(node: ComponentNode, env: ContentEnvironment, key: number): ReactNode {
  const body = () => renderBlocks(node.children, env);
  const kind = platformKind(env.platform);

  switch (node.name) {
    case 'Post': {
      const { props } = node;
      const photos: BlockNode[] = node.children.filter((child) => isNamed(child, 'Photo'));
      const comments: BlockNode[] = node.children.filter((child) => isNamed(child, 'Comment'));
      const text = node.children.filter((child) => !photos.includes(child) && !comments.includes(child));
      const postEnv = { ...env, platform: props.platform ?? env.platform };
      return (
        <Post
          key={key}
          {...props}
          kind={platformKind(postEnv.platform)}
          body={renderBlocks(text, postEnv)}
          photos={photos.length > 0 ? renderBlocks(photos, postEnv) : undefined}
          replies={comments.length > 0 ? renderBlocks(comments, postEnv) : undefined}
        />
      );
    }
    case 'Comment':
      return <Comment key={key} {...node.props} kind={kind} body={body()} />;
    case 'Photo':
      return <Photo key={key} {...node.props} kind={kind} />;
    case 'Chat': {
      const chatEnv = { ...env, platform: node.props.platform ?? env.platform };
      return <Chat key={key} with={node.props.with} kind={platformKind(chatEnv.platform)} messages={renderBlocks(node.children, chatEnv)} />;
    }
    case 'Message':
      return <Message key={key} from={node.props.from} time={node.props.time} mine={node.props.mine ?? false} kind={kind} body={body()} />;
    case 'FriendRequest':
      return <FriendRequest key={key} {...node.props} kind={platformKind(node.props.platform ?? env.platform)} />;
    case 'Review': {
      const { picked, rest } = split(node.children, ['Reply'], env);
      return <Review key={key} {...node.props} body={rest} replies={picked} />;
    }
    case 'Reply':
      return <Reply key={key} {...node.props} body={body()} />;
    case 'Forum':
      return <Forum key={key} name={node.props.name} members={node.props.members} closed={node.props.closed ?? false} posts={body()} />;
    case 'ForumPost':
      return <ForumPost key={key} {...node.props} body={body()} />;
    case 'Profile': {
      const { picked } = split(node.children, ['Setting'], env);
      return <Profile key={key} {...node.props} kind={kind} settings={picked} />;
    }
    case 'Setting':
      return <Setting key={key} {...node.props} />;
    case 'Email':
      return <Email key={key} {...node.props} body={body()} />;
    case 'Guidance':
    case 'Summary': {
      const { source: sourceId, section } = node.props;
      const Tag = node.name === 'Guidance' ? Guidance : GuidanceSummary;
      return <Tag key={key} source={env.sources.find((source) => source.id === sourceId)} section={section} body={body()} />;
    }
    case 'Callout':
      return <Callout key={key} kind={node.props.kind ?? 'info'} body={body()} />;
    case 'Show':
      if (!env.context) {
        return (
          <ShowWhen key={key} when={node.when.expression}>
            {body()}
          </ShowWhen>
        );
      }
      return evaluateExpression(node.when.expression, env.context) ? (
        <div key={key} className={BLOCK_SPACING}>
          {body()}
        </div>
      ) : null;
  }
}
