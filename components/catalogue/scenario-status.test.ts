import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { ScenarioStatusLabel } from './scenario-status';

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
