import { describe, expect, it } from 'vitest';
import { withoutApostrophes } from '../../eval/perturb.js';

describe('withoutApostrophes (the eval\'s casual-typing variant)', () => {
  it('drops the apostrophes of contractions and keeps possessives', () => {
    expect(withoutApostrophes("I'm sure we'll ship, and it's the team's call; don't worry, that's fine, let's go")).toBe("Im sure well ship, and its the team's call; dont worry, thats fine, lets go");
    expect(withoutApostrophes('I\u2019ve done it, you\u2019re right, I\u2019d say')).toBe('Ive done it, youre right, Id say');
    expect(withoutApostrophes("Sarah's team, the client's budget")).toBe("Sarah's team, the client's budget");
  });
});
