import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { scenarioAction, ScenarioStatusLabel } from './scenario-status';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('ScenarioStatusLabel on /learn', () => {
  it.each(['UTC', 'America/New_York'])('dates a completion at 00:30 BST on 1 August as 1 August on a server set to %s', (zone) => {
    process.env.TZ = zone;
    const html = renderToStaticMarkup(
      createElement(ScenarioStatusLabel, { status: { kind: 'completed', completedAt: new Date('2026-07-31T23:30:00Z'), rating: 'best' } as never }),
    );
    expect(html).toContain('Completed 1 August 2026');
  });
});

describe('a completed scenario played again, on /learn', () => {
  const completed = { kind: 'completed', completedAt: new Date('2026-03-03T12:00:00Z'), rating: 'best' } as const;

  it('says both: completed with its date, and the replay in progress with its decisions; the link continues it', () => {
    process.env.TZ = 'UTC';
    const status = { ...completed, replay: { decisionsMade: 1 } };
    const html = renderToStaticMarkup(createElement(ScenarioStatusLabel, { status }));
    expect(html).toContain('Completed 3 March 2026 — best outcome');
    expect(html).toContain('Playing again · 1 decision made');
    expect(scenarioAction(status)).toBe('Continue');
  });

  it('says completed only, with Review, when no replay is open', () => {
    const status = { ...completed, replay: null };
    expect(renderToStaticMarkup(createElement(ScenarioStatusLabel, { status }))).not.toContain('Playing again');
    expect(scenarioAction(status)).toBe('Review');
    expect(scenarioAction({ kind: 'in-progress', decisionsMade: 0 })).toBe('Continue');
    expect(scenarioAction({ kind: 'not-started' })).toBe('Start');
  });
});
