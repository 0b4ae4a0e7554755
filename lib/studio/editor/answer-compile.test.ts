import { describe, expect, it } from 'vitest';
import { blankScenarioSource } from '../blank-template';
import { answerCompile, unsendableReply } from './answer-compile';

describe('the compile worker’s answer', () => {
  it('answers a draft with its analysis', () => {
    const reply = answerCompile(4, blankScenarioSource('holiday-photos'), undefined);
    expect(reply.id).toBe(4);
    expect('analysis' in reply && reply.analysis.outline?.scenes.map((scene) => scene.id)).toEqual(['the-post']);
  });

  it('answers with the error’s message when the compiler throws, instead of dying without an answer', () => {
    const throwing = () => {
      throw new Error('outline broke');
    };
    const reply = answerCompile(5, blankScenarioSource('holiday-photos'), undefined, throwing);
    expect(reply).toMatchObject({ id: 5, crash: 'outline broke' });
  });

  it('turns a result the structured clone refuses into an answer naming why', () => {
    const reply = unsendableReply({ id: 6, analysis: { diagnostics: [] }, milliseconds: 3 }, new Error('could not be cloned'));
    expect(reply).toEqual({ id: 6, crash: 'the result could not be sent back: could not be cloned', milliseconds: 3 });
  });
});
