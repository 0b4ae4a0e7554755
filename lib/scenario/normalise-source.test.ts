import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileModule } from './compile-module';
import { compileScenario } from './compiler/compile-scenario';
import { normaliseSource } from './normalise-source';

const scenario = readFileSync('tests/fixtures/scenarios/valid/night-out-photo.mdx', 'utf8').replace('title: The night-out photo', 'title: The café night-out photo');
const moduleYaml = readFileSync('tests/fixtures/scenarios/module-demo/module.yaml', 'utf8').replace('  - nigth-out-photo\n', '').replace('title: Social media', 'title: Café social media');

const hashOf = (source: string) => compileScenario({ source, file: 'night-out-photo.mdx' }).definition?.contentHash;
const moduleOf = (source: string) => compileModule({ source, file: 'module-demo/module.yaml' }).definition;

/** The same text as saved by other editors. */
const variants = {
  'Windows line endings': (text: string) => text.replace(/\n/g, '\r\n'),
  'a byte-order mark': (text: string) => `\uFEFF${text}`,
  'decomposed Unicode (NFD)': (text: string) => text.normalize('NFD'),
  'all three at once': (text: string) => `\uFEFF${text.normalize('NFD').replace(/\n/g, '\r\n')}`,
};

describe('normaliseSource', () => {
  it('removes a byte-order mark, turns CRLF and CR into LF and composes to NFC', () => {
    expect(normaliseSource('\uFEFFa\r\nb\rc\ne\u0301')).toBe('a\nb\nc\n\u00e9');
  });

  for (const [name, variant] of Object.entries(variants)) {
    it(`a scenario saved with ${name} keeps its content hash`, () => {
      const original = hashOf(scenario);
      expect(original).toMatch(/^[0-9a-f]{64}$/);
      expect(variant(scenario)).not.toBe(scenario);
      expect(hashOf(variant(scenario))).toBe(original);
    });

    it(`a module saved with ${name} compiles to the same definition`, () => {
      const original = moduleOf(moduleYaml);
      expect(original?.title).toBe('Café social media and confidentiality');
      expect(moduleOf(variant(moduleYaml))).toEqual(original);
    });
  }
});
