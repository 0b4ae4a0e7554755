import { describe, expect, it } from 'vitest';
import { illustrationSubject, isBeforeAfter } from './illustration';

describe('photo illustrations', () => {
  it.each([
    ['A smile with a chipped tooth', 'smile'],
    ['Five friends around a pub table holding up a quiz answer sheet', 'night-out'],
    ['A young dental nurse dancing in a surgery; behind her a monitor shows a list of names and times', 'screenshot'],
    ["A meme of a cartoon patient with a gaping mouth, captioned 'When they say they floss every day'", 'cartoon'],
    ['A smiling woman beside a glass vial with a visible medicine brand label and a syringe', 'medicine'],
    ['A girl of about five in a school uniform', 'child'],
    ['Our team at the practice summer barbecue', 'team'],
    ['The new treatment room with its chair', 'clinic'],
    ['Crowns on the lab bench', 'lab'],
    ['A sunset over the bay', 'scene'],
  ])('draws "%s" as %s', (alt, subject) => {
    expect(illustrationSubject(alt)).toBe(subject);
  });

  it('draws before-and-after descriptions as a pair', () => {
    expect(isBeforeAfter("Before and after photos of a young woman's smile")).toBe(true);
    expect(isBeforeAfter('A smile')).toBe(false);
  });
});
