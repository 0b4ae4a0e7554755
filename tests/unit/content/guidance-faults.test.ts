import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BlockContent } from '@/components/scenario/content';
import type { BlockNode, ChoiceDefinition, ScenarioDefinition } from '@/lib/scenario/definition';
import { playPath } from '@/lib/scenario/runtime/play-path';
import { checkScenarioFiles } from '@/lib/scenario/scenario-files';

/**
 * The faults a dento-legal review found in the social-media module (issue 14), each checked on
 * the real library: endings that contradicted the path taken, and content that was wrong.
 */

const checked = checkScenarioFiles([join(process.cwd(), 'scenarios', 'social-media')]);
const scenario = (id: string): ScenarioDefinition => {
  const found = checked.scenarios.find(({ definition }) => definition.id === id)?.definition;
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
};

/** The text a learner sees for these blocks at the end of a path (Show blocks decided by the path's flags and counters). */
function seen(definition: ScenarioDefinition, blocks: BlockNode[], path: number[]): string {
  const { flags, counters } = playPath(definition, path);
  const html = renderToStaticMarkup(createElement(BlockContent, { blocks, env: { context: { flags, counters }, sources: definition.sources, platform: definition.platform } }));
  return html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/\s+/g, ' ');
}

const isCitation = (block: BlockNode) => block.type === 'component' && (block.name === 'Guidance' || block.name === 'Summary');

/** The ending reached by a path, and its story as the learner sees it (citations left out: guidance may name things the learner did not do). */
function endingText(id: string, path: number[]): { ending: string; text: string } {
  const definition = scenario(id);
  const result = playPath(definition, path);
  const ending = definition.endings.find((candidate) => candidate.id === result.ending)!;
  return { ending: ending.id, text: seen(definition, ending.content.filter((block) => !isCitation(block)), path) };
}

function choice(id: string, choiceId: string): ChoiceDefinition {
  for (const scene of scenario(id).scenes) {
    if (scene.decision.kind !== 'choices') continue;
    const found = scene.decision.choices.find((candidate) => candidate.id === choiceId);
    if (found) return found;
  }
  throw new Error(`no choice ${choiceId} in ${id}`);
}

const feedbackText = (id: string, choiceId: string) => seen(scenario(id), choice(id, choiceId).feedback ?? [], []);

function citedSources(blocks: readonly BlockNode[]): Array<{ source: unknown; section: unknown }> {
  return blocks.flatMap((block) => {
    if (block.type !== 'component') return block.type === 'list' ? block.items.flatMap(citedSources) : [];
    const own = block.name === 'Guidance' || block.name === 'Summary' ? [{ source: block.props.source, section: block.props.section }] : [];
    return [...own, ...citedSources(block.children)];
  });
}

describe('endings agree with the path taken', () => {
  it('closed-forum [3,1,1,1]: after a reader says she may know who it is, the ending does not say nobody could tell', () => {
    const definition = scenario('closed-forum');
    const weekLater = definition.scenes.find((scene) => scene.id === 'a-week-later')!;
    expect(seen(definition, weekLater.content, [3, 1])).toContain('I think I might know who this is');
    const { ending, text } = endingText('closed-forum', [3, 1, 1, 1]);
    expect(ending).not.toBe('kept-it-clinical');
    expect(text).not.toMatch(/nobody could tell/i);
  });

  it('friend-request [1,1,2,1]: after replying to Dean, the ending does not say she never got back to him', () => {
    const { text } = endingText('friend-request', [1, 1, 2, 1]);
    expect(text).not.toContain('never got back to him');
    expect(endingText('friend-request', [1, 3, 2, 1]).text).toContain('never got back to him');
  });

  it('bad-day [3,1,2,1]: the ending lists only what the learner did (a vent and a group, no reaction or photo)', () => {
    const { ending, text } = endingText('bad-day', [3, 1, 2, 1]);
    expect(ending).toBe('screenshot-complaint');
    expect(text).toContain('letting off steam');
    expect(text).toContain('membership of the group');
    expect(text).not.toMatch(/reaction|a like|comment|photo of you/i);
  });

  it('bad-day [3,1,1,1]: the practice manager is not said to have seen reactions the learner never made', () => {
    const { ending, text } = endingText('bad-day', [3, 1, 1, 1]);
    expect(ending).toBe('talk-of-the-practice');
    expect(text).not.toMatch(/reacted to|reaction/i);
  });

  it('bad-day: a message in the private staff chat is not judged by GDC 9.1.3 ("in any public media"), a public post is', () => {
    const definition = scenario('bad-day');
    const citedOnPath = (path: number[]) => {
      const ending = definition.endings.find((candidate) => candidate.id === playPath(definition, path).ending)!;
      return { ending: ending.id, text: seen(definition, ending.content, path) };
    };
    const chatOnly = citedOnPath([3, 1, 1, 1]);
    expect(chatOnly.ending).toBe('talk-of-the-practice');
    expect(chatOnly.text).toContain('staff group chat');
    expect(chatOnly.text).not.toContain('in any public media');
    expect(chatOnly.text).toContain('Confidentiality guidance applies to posting online');
    const publicPosts = citedOnPath([2, 2, 1, 1]);
    expect(publicPosts.ending).toBe('talk-of-the-practice');
    expect(publicPosts.text).toContain('in any public media');
  });

  it('acceptable-use-policy: the video was posted last night, never "last year"', () => {
    const definition = scenario('acceptable-use-policy');
    const all = JSON.stringify(definition.scenes) + JSON.stringify(definition.endings);
    expect(all).not.toContain('last year');
  });
});

describe('content is right', () => {
  it('toothache-message: feedback that sends someone to their own dentist also names help they can reach when they cannot (NHS 111)', () => {
    const definition = scenario('toothache-message');
    const feedbacks = definition.scenes.flatMap((scene) =>
      scene.decision.kind === 'choices' ? scene.decision.choices.map((c) => ({ id: c.id, text: feedbackText('toothache-message', c.id) })) : [],
    );
    const ownOnly = feedbacks.filter(({ text }) => /own (?:dentist|practitioner)/i.test(text) && !/\b111\b/.test(text));
    expect(ownOnly.map(({ id }) => id)).toEqual([]);
    expect(feedbacks.filter(({ text }) => /own (?:dentist|practitioner)/i.test(text)).length).toBeGreaterThanOrEqual(3);
  });

  it('before-and-after: the model edit takes out "20% off this month only", which wrinkle-promotion calls time pressure', () => {
    expect(feedbackText('before-and-after', 'the-post.1')).toMatch(/take out "20% off this month only"/);
  });

  it('acceptable-use-policy: the ICO 72-hour duty is stated, and reporting early is not marked as a mistake', () => {
    expect(feedbackText('acceptable-use-policy', 'the-incident.1')).toContain('within 72 hours');
    const early = choice('acceptable-use-policy', 'the-incident.2');
    expect(early.effects.add).toEqual([]);
    expect(early.effects.points).toBeGreaterThan(0);
    expect(citedSources(early.feedback ?? [])).toContainEqual({ source: 'ico-breach', section: 'Reporting within 72 hours' });
  });

  it('acceptable-use-policy: the personal-use scene has a real wrong option about personal accounts at work', () => {
    const scene = scenario('acceptable-use-policy').scenes.find((candidate) => candidate.id === 'personal-use-and-launch')!;
    const choices = scene.decision.kind === 'choices' ? scene.decision.choices : [];
    const wrong = choices.filter((candidate) => candidate.effects.points < 0 && /personal (phones|accounts|use)/i.test(candidate.labelText));
    expect(wrong.length).toBeGreaterThan(0);
  });

  it('wrinkle-promotion: promoting a prescription-only medicine is taught as a criminal offence under the Human Medicines Regulations 2012', () => {
    const definition = scenario('wrinkle-promotion');
    const cited = [...definition.scenes.flatMap((scene) => (scene.decision.kind === 'choices' ? scene.decision.choices.flatMap((c) => citedSources(c.feedback ?? [])) : [])), ...definition.endings.flatMap((e) => citedSources(e.content))];
    expect(cited.filter((c) => c.source === 'human-medicines-regulations').length).toBeGreaterThanOrEqual(2);
    expect(feedbackText('wrinkle-promotion', 'the-draft.2')).toContain('criminal offence');
  });
});
