import { describe, expect, it } from 'vitest';
import { declaredScenarioId, withVersion } from './source-version';

describe('withVersion', () => {
  it('replaces the version in the frontmatter only, leaving every other byte alone', () => {
    const source = '---\nid: a\nversion: 3\n---\n\nversion: 9 in the body stays\n';
    expect(withVersion(source, 4, { frontmatter: true })).toBe('---\nid: a\nversion: 4\n---\n\nversion: 9 in the body stays\n');
  });

  it('adds a version to frontmatter that has none', () => {
    expect(withVersion('---\nid: a\n---\nbody\n', 2, { frontmatter: true })).toBe('---\nid: a\nversion: 2\n---\nbody\n');
  });

  it('sets the top-level version of a module.yaml', () => {
    expect(withVersion('id: m\nversion: 1\nhours: 2\n', 5, { frontmatter: false })).toBe('id: m\nversion: 5\nhours: 2\n');
    expect(withVersion('id: m\n', 2, { frontmatter: false })).toBe('id: m\nversion: 2\n');
  });
});

describe('declaredScenarioId', () => {
  it('reads the id from the frontmatter', () => {
    expect(declaredScenarioId('---\nid: "friend-request"\n---\n')).toBe('friend-request');
    expect(declaredScenarioId('no frontmatter')).toBeUndefined();
  });
});
