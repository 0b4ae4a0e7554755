import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ComponentProps } from '@/lib/scenario/component-attributes';
import type { BlockNode, ComponentNode, ComponentOf, Condition, ContentComponentName } from '@/lib/scenario/definition';
import { BlockContent, type ContentEnvironment } from './content';
import { PlayVariablesProvider } from './show-when';

const env: ContentEnvironment = {
  context: { flags: { warned: false }, counters: { clues: 2 } },
  sources: [{ id: 'gdc', title: 'Standards for the Dental Team', publisher: 'General Dental Council', section: 'Principle 4' }],
  platform: 'facebook',
};

const text = (value: string): BlockNode => ({ type: 'paragraph', children: [{ type: 'text', value }] });
const component = <Name extends Exclude<ContentComponentName, 'Show'>>(name: Name, props: ComponentProps<Name>, children: BlockNode[] = []): ComponentNode =>
  ({ type: 'component', name, props, children }) as ComponentOf<Name>;
const showWhen = (when: Condition, children: BlockNode[]): ComponentNode => ({ type: 'component', name: 'Show', props: {}, when, children });
const render = (blocks: BlockNode[], environment: ContentEnvironment = env) =>
  renderToStaticMarkup(createElement(BlockContent, { blocks, env: environment }));

describe('content renderer', () => {
  it('renders text containing markup as escaped text, never as HTML', () => {
    const html = render([text('<script>alert("x")</script><img src=x onerror=alert(1)>')]);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('renders markdown structure', () => {
    const html = render([
      { type: 'heading', depth: 1, children: [{ type: 'text', value: 'Title' }] },
      { type: 'list', ordered: true, items: [[text('one')], [text('two')]] },
      { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: 'bold' }] }, { type: 'inlineCode', value: 'x' }] },
    ]);
    expect(html).toContain('<h3');
    expect(html).toMatch(/<ol[^>]*><li[^>]*><p>one<\/p><\/li>/);
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toMatch(/<code[^>]*>x<\/code>/);
  });

  it('opens external links safely and says so', () => {
    const html = render([{ type: 'paragraph', children: [{ type: 'link', url: 'https://example.org/guide', children: [{ type: 'text', value: 'the guide' }] }] }]);
    expect(html).toContain('href="https://example.org/guide"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).toContain('target="_blank"');
    expect(html).toContain('(external link, opens in a new tab)');
  });

  it('renders a link with a forbidden protocol as plain text', () => {
    const html = render([{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', value: 'click me' }] }] }]);
    expect(html).not.toContain('<a');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('click me');
  });

  it('shows Show blocks only when their condition holds', () => {
    const show = showWhen({ source: 'warned', expression: { kind: 'flag', name: 'warned' } }, [text('Secret advice')]);
    const counted = showWhen({ source: 'clues >= 2', expression: { kind: 'compare', name: 'clues', operator: '>=', value: 2 } }, [text('Two clues')]);
    expect(render([show, counted])).not.toContain('Secret advice');
    expect(render([show, counted])).toContain('Two clues');
    expect(render([show], { ...env, context: { flags: { warned: true }, counters: {} } })).toContain('Secret advice');
  });

  it('defers Show blocks rendered ahead of time to the player variables', () => {
    const show = showWhen({ source: 'warned', expression: { kind: 'flag', name: 'warned' } }, [text('Secret advice')]);
    const deferred = createElement(BlockContent, { blocks: [show], env: { sources: [], platform: 'forum' } });
    const withVariables = (flags: Record<string, boolean>) =>
      renderToStaticMarkup(PlayVariablesProvider({ value: { flags, counters: {} }, children: deferred }));
    expect(withVariables({ warned: true })).toContain('Secret advice');
    expect(withVariables({ warned: false })).not.toContain('Secret advice');
    expect(renderToStaticMarkup(deferred)).not.toContain('Secret advice');
  });

  it('names a post for screen readers and reads its counts as words', () => {
    const html = render([
      component('Post', { author: 'Priya Shah', time: '2 hours ago', audience: 'friends', likes: 12, comments: 1, shares: 0 }, [
        text('Worst dentist ever'),
        component('Photo', { alt: 'A smile with a chipped tooth', caption: 'After my visit' }),
        component('Comment', { author: 'Tom Reed', time: '1 hour ago', likes: 1 }, [text('Same here')]),
      ]),
    ]);
    expect(html).toContain('aria-label="Post by Priya Shah, 2 hours ago, visible to friends"');
    expect(html).toContain('12 likes');
    expect(html).toContain('1 comment<');
    expect(html).toContain('0 shares');
    expect(html).toContain('role="img" aria-label="Photo: A smile with a chipped tooth"');
    expect(html).toContain('data-subject="smile"');
    expect(html).toContain('<figcaption');
    expect(html).toContain('aria-label="Comment by Tom Reed, 1 hour ago"');
    expect(html).toContain('aria-label="Comments on the post by Priya Shah"');
  });

  it('names the group a group post is visible to', () => {
    const html = render([component('Post', { author: 'Sam', audience: 'group', group: 'Local Mums' }, [text('Hi')])]);
    expect(html).toContain('aria-label="Post by Sam, visible to members of Local Mums"');
    expect(html).toContain('Group: Local Mums');
  });

  it('hides icons from assistive technology', () => {
    const html = render([component('Post', { author: 'Sam', audience: 'public', likes: 3 }, [text('Hi')])]);
    for (const svg of html.match(/<svg[^>]*>/g) ?? []) expect(svg).toContain('aria-hidden="true"');
  });

  it('draws friend-request buttons as inert pictures, not controls', () => {
    const html = render([component('FriendRequest', { from: 'Jo Patel', mutual: 3, note: 'Thanks for my new smile!' })]);
    expect(html).toContain('aria-label="Friend request from Jo Patel"');
    expect(html).toContain('3 mutual friends');
    expect(html).toContain('Thanks for my new smile!');
    expect(html).not.toContain('<button');
    expect(html).not.toContain('tabindex');
    expect(html).toMatch(/aria-hidden="true"[^>]*><span[^>]*>Confirm<\/span>/);
  });

  it('gives reviews a text rating and nests replies', () => {
    const html = render([
      component('Review', { author: 'Ann Lee', rating: 1, site: 'RateMyDentist', time: '3 days ago' }, [
        text('Awful.'),
        component('Reply', { author: 'The practice' }, [text('Please call us.')]),
      ]),
    ]);
    expect(html).toContain('Rated 1 out of 5');
    expect(html).toContain('aria-label="Review by Ann Lee, rated 1 out of 5, on RateMyDentist, 3 days ago"');
    expect(html).toContain('Response from The practice');
  });

  it('marks closed forums visibly and counts members', () => {
    const html = render([
      component('Forum', { name: 'Dental Nurses UK', members: 1200, closed: true }, [
        component('ForumPost', { author: 'Kim', time: 'today', title: 'Anyone recognise this?' }, [text('Look at this')]),
      ]),
    ]);
    expect(html).toContain('Closed group');
    expect(html).toContain('1,200 members');
    expect(html).toContain('aria-label="Forum post by Kim, today: Anyone recognise this?"');
  });

  it('cites guidance by source title, section and publisher', () => {
    const html = render([component('Guidance', { source: 'gdc', section: '4.2.3' }, [text('Keep records confidential.')])]);
    expect(html).toContain('<cite>Standards for the Dental Team</cite>, 4.2.3 (General Dental Council)');
    expect(html).toContain('aria-label="Guidance from Standards for the Dental Team"');
    expect(html).toContain('<blockquote');
  });

  it('shows a summary as "In summary", not as a quotation, with the source link and the date it was checked', () => {
    const checkedSource = { id: 'cap', title: 'CAP Code', publisher: 'Committee of Advertising Practice', url: 'https://www.asa.org.uk/', checked: '2026-11-29' };
    const html = render([component('Summary', { source: 'cap', section: '12.12' }, [text('No prescription-only medicines to the public.')])], { ...env, sources: [checkedSource] });
    expect(html).toContain('In summary');
    expect(html).not.toContain('<blockquote');
    expect(html).toContain('href="https://www.asa.org.uk/"');
    expect(html).toContain('<cite>CAP Code</cite>');
    expect(html).toContain('<time dateTime="2026-11-29">29 November 2026</time>');
  });

  it('renders profiles with settings as a description list, emails with headers, chats with named senders', () => {
    const html = render([
      component('Profile', { name: 'Dr Lee', headline: 'Dentist', location: 'Leeds' }, [component('Setting', { label: 'Who can see your posts', value: 'Public' })]),
      component('Email', { from: 'a@example.org', to: 'b@example.org', subject: 'Complaint' }, [text('Hello')]),
      component('Chat', { with: 'Mia' }, [component('Message', { from: 'Mia', time: '09:12' }, [text('Hi')]), component('Message', { from: 'Me', mine: true }, [text('Hello')])]),
      component('Callout', { kind: 'warning' }, [text('Careful')]),
    ]);
    expect(html).toMatch(/<dl[^>]*><div[^>]*><dt[^>]*>Who can see your posts<\/dt><dd[^>]*>Public<\/dd>/);
    expect(html).toContain('aria-label="Email from a@example.org: Complaint"');
    expect(html).toContain('aria-label="Chat with Mia"');
    expect(html).toContain('Mia<span class="sr-only">, 09:12</span>');
    expect(html).toContain('Me<span class="sr-only"> (you)</span>');
    expect(html).toContain('Warning');
  });
});
