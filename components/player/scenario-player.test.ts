import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { renderScenario } from '@/components/scenario/render-scenario';
import { orderChoices } from '@/lib/play/choice-order';
import { composePasses } from '@/lib/scenario/compose-checks';
import { toMachine } from '@/lib/scenario/runtime/machine';
import type { PlayEvent } from '@/lib/scenario/definition';
import { ScenarioPlayer, type ScenarioPlayerProps } from './scenario-player';
import { sampleDefinition } from './testing/sample-definition';

const content = renderScenario(sampleDefinition);
const render = (props: Partial<ScenarioPlayerProps> = {}) =>
  renderToStaticMarkup(createElement(ScenarioPlayer, { definition: sampleDefinition, content, choiceSeed: 1, ...props }));

function snapshotAfter(events: PlayEvent[]) {
  const actor = createActor(toMachine(sampleDefinition, composePasses)).start();
  for (const event of events) actor.send(event);
  return actor.getPersistedSnapshot();
}

describe('ScenarioPlayer (server render)', () => {
  it('starts at the first scene with its title, the fictional label and numbered choices', () => {
    const html = render();
    expect(html).toMatch(/<h2[^>]*tabindex="-1"[^>]*>A comment on the practice page<\/h2>/);
    expect(html).toContain('Fictional scenario');
    expect(html).toContain('What do you do?');
    expect(html.match(/<button type="button"/g)).toHaveLength(3);
    expect(html).toContain('Reply publicly');
    expect(html).toContain('Decision 1 of up to 2');
    expect(html).toContain('aria-live="polite"');
  });

  it('shows the choices in the order drawn from the attempt seed, not the authored order', () => {
    const start = sampleDefinition.scenes[0]!;
    if (start.decision.kind !== 'choices') throw new Error('the sample starts with choices');
    const authored = start.decision.choices.map((choice) => choice.labelText);
    const orders = new Set<string>();
    for (let seed = 0; seed < 20; seed += 1) {
      const html = render({ choiceSeed: seed });
      const expected = orderChoices(start.decision.choices, { seed, sceneId: start.id }).map((choice) => choice.labelText);
      const positions = expected.map((label) => html.indexOf(label));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      orders.add(expected.join('|'));
    }
    expect(orders.size).toBeGreaterThan(1);
    expect(orders.has(authored.join('|'))).toBe(true);
  });

  it('sends its choices disabled in the server HTML: until hydrated a tap would do nothing, so none is offered', () => {
    const choiceButtons = render().match(/<button type="button"[^>]*>/g) ?? [];
    expect(choiceButtons).toHaveLength(3);
    for (const button of choiceButtons) expect(button).toContain('disabled=""');
  });

  it('decides Show blocks from the machine variables', () => {
    expect(render()).not.toContain('Your manager has already warned you.');
  });

  it('escapes markup from scenario content', () => {
    const html = render();
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('says that progress is not saved when nothing records it', () => {
    expect(render()).toContain('Practice mode: your progress is not saved.');
    expect(render({ recordDecision: async () => ({ ok: false, code: 'INTERNAL', message: 'unused' }) })).not.toContain('Practice mode');
  });

  it('keeps the save status ("Saved", "Saving…") in a bar stuck to the top of the screen, opaque, with headings scrolling clear of it', () => {
    // On a 375 × 667 phone the learner decides scrolled down to the choices; the status at the top of
    // the page was out of sight (trial user). The browser check is tests/e2e/player/saved-on-a-phone.spec.ts.
    const html = render();
    expect(html).toMatch(/<div class="sticky top-0 z-10 [^"]*bg-slate-50[^"]*dark:bg-slate-950[^"]*"><div class="min-w-48 flex-1">.*?<p class="[^"]*">Practice mode: your progress is not saved.<\/p><\/div>/);
    expect(html).toMatch(/<h2[^>]*class="scroll-mt-24 [^"]*"[^>]*>A comment on the practice page<\/h2>/);
  });

  it('resumes a persisted snapshot at a compose scene with a labelled text box and word count', () => {
    const html = render({
      initialSnapshot: snapshotAfter([{ type: 'CHOOSE', choiceId: 'comment-seen.1' }]),
      initialSequence: 1,
      initialPath: [{ sceneId: 'comment-seen', event: { type: 'CHOOSE', choiceId: 'comment-seen.1' }, optionsShown: ['comment-seen.1', 'comment-seen.2', 'comment-seen.3'] }],
    });
    expect(html).toMatch(/<h2[^>]*>Scene 2<\/h2>/);
    expect(html).toContain('Write a public reply to Priya.');
    expect(html).toMatch(/<label for="([^"]+)"[^>]*>Your reply<\/label><textarea id="\1"/);
    expect(html).toContain('0 words (5–40)');
    expect(html).toContain('Submit reply');
    expect(html).toContain('Decision 2 of up to 2');
  });

  it('shows the feedback on the last decision again when the page reopens while it was pending (a reload)', () => {
    const initialPath = [{ sceneId: 'comment-seen', event: { type: 'CHOOSE', choiceId: 'comment-seen.1' } as const, optionsShown: ['comment-seen.1', 'comment-seen.2', 'comment-seen.3'] }];
    const reopened = { initialSnapshot: snapshotAfter([{ type: 'CHOOSE', choiceId: 'comment-seen.1' }]), initialSequence: 1, initialPath };
    const html = render({ ...reopened, feedbackPending: true });
    expect(html).toContain('Feedback on your choice');
    expect(html).toContain('A short public reply can help.');
    expect(html).toContain('Continue');
    expect(html).not.toContain('Write a public reply to Priya.');
    // The bar says where the learner is: on the feedback on decision 1, not yet at decision 2.
    expect(html).toContain('Feedback on decision 1 of up to 2');
    expect(html).not.toContain('Decision 2 of up to 2');
    // Without pending feedback the page opens on the next scene, as before.
    expect(render(reopened)).toContain('Write a public reply to Priya.');
  });

  it('shows the ending with its rating, debrief, the path taken, the reflection and Play again', () => {
    const text = 'Sorry Priya, please call us.';
    const html = render({
      initialSnapshot: snapshotAfter([
        { type: 'CHOOSE', choiceId: 'comment-seen.1' },
        { type: 'COMPOSE', text },
      ]),
      initialPath: [
        { sceneId: 'comment-seen', event: { type: 'CHOOSE', choiceId: 'comment-seen.1' }, optionsShown: ['comment-seen.1', 'comment-seen.2'] },
        {
          sceneId: 'reply-draft',
          event: { type: 'COMPOSE', text },
          optionsShown: [],
          checkResults: [
            { check: 'no-identifiers', passed: false, matches: ['Priya'], reason: 'Names identify people.' },
            { check: 'invite-contact', passed: true, matches: [], reason: 'Invite contact.' },
          ],
        },
      ],
    });
    expect(html).toMatch(/<h2[^>]*tabindex="-1"[^>]*>Serious outcome<\/h2>/);
    expect(html).toContain('You disclosed details.');
    expect(html).toContain('Your path');
    expect(html).toContain('Decision 1: A comment on the practice page');
    expect(html).toContain('Reply publicly<span> (your choice)</span>');
    expect(html).toContain('Ignore it');
    // The chosen option's feedback and its cited guidance.
    expect(html).toContain('A short public reply can help.');
    expect(html).toContain('<cite>Guidance on using social media</cite>');
    expect(html).toContain(', Paragraph 2 (General Dental Council)');
    // The compose reply with the failed check's match marked and the passed check listed.
    expect(html).toContain('Decision 2: Scene 2');
    expect(html).toMatch(/Sorry <mark[^>]*>Priya<\/mark>, please call us\./);
    expect(html).toContain('1 of 2 checks need work');
    expect(html).toContain('Needs work: No identifying details');
    expect(html).toContain('Passed: Invites private contact');
    expect(html).toContain('What will you do differently next time?');
    expect(html).toContain('Play again');
    expect(html).toContain('Complete: 2 decisions made');
  });
});
