// A candidate that extends the word or that the word extends (src/text/extension-index.ts) is the suggestion over
// one a substitution away, however near (a tester's `after: [MP4]` with MP4 renamed MP4-revised was told "did you
// mean MP1?"); ExtensionIndex gives what a pass over every candidate gives, walked or bisected.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidates as prepared, closestWord } from '../../src/text/closest.js';
import { ExtensionIndex, nearestExtension } from '../../src/text/extension-index.js';
import { SlashIndex } from '../../src/text/slash-index.js';
import { runCli } from '../helpers/fake-io.js';

describe('closestWord with a renamed id among the candidates', () => {
  it('suggests the id that extends the unknown one, or that it extends, over a substitution as near or nearer', () => {
    for (const among of [['MP1', 'MP4-revised', 'MP5'], ['MP1', 'MP4x', 'MP5'], ['MP1', 'MP5', 'MP4_2']]) {
      const renamed = among.find((c) => c.startsWith('MP4'));
      expect(closestWord('MP4', among)).toBe(renamed);
      expect(closestWord('MP4', prepared(among))).toBe(renamed);
    }
    expect(closestWord('MP4x', ['MP1x', 'MP4', 'MP4y'])).toBe('MP4');
    // The nearest extension, the first of equals; an equal candidate, case aside, before any.
    expect(closestWord('MP4', ['MP4-revised', 'MP4-b', 'MP4-a'])).toBe('MP4-b');
    expect(closestWord('mp4', ['MP4x', 'MP4'])).toBe('MP4');
    // A character inserted or left out is a typo, not a rename, when it is nearer than the extension.
    expect(closestWord('plan-3/M1x7', ['plan-3/M1', 'plan-3/M17'])).toBe('plan-3/M17');
    // No extension across a '/' (another plan's ref), nor of fewer than two characters of an id.
    expect(closestWord('akson', ['akson/MP1', 'aksen'])).toBe('aksen');
    expect(closestWord('M', ['M-revised', 'N'])).toBe('N');
  });

  it('tells the rename in a workspace: unknown-reference\'s hint', async () => {
    const plan = (renamed: string): string => `plan: {id: p, title: dym, status_date: 2019-06-01}
milestones:
  - {id: MP1, title: a, date: 2019-06-03}
  - {id: ${renamed}, title: b, date: 2019-06-04}
  - {id: MP5, title: c, date: 2019-06-05, after: [MP4]}
`;
    for (const renamed of ['MP4-revised', 'MP4x']) {
      const r = await runCli(['validate', 'ws'], { files: { 'ws/p.yaml': plan(renamed) }, diskRoots: [] });
      expect(r.stdout).toContain(`p/MP5 refers to milestone "MP4", which does not exist`);
      expect(r.stdout).toContain(`= hint: did you mean "${renamed}"?`);
    }
  });
});

describe('ExtensionIndex', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'b', '/', '1', '-'), maxLength: 8 });
  it('gives what a pass over every candidate gives, for words asked once and many times (walked, then sorted)', () => {
    fc.assert(fc.property(fc.array(text, { maxLength: 40 }), fc.array(text, { minLength: 1, maxLength: 30 }), (lower, words) => {
      const index = new ExtensionIndex(lower, new SlashIndex(lower).groups);
      for (const w of [...words, ...words, ...words]) expect(index.nearest(w), w).toBe(nearestExtension(w, lower));
    }), { numRuns: 2000 });
  });

  it('finds a plan\'s renamed milestone among thousands of refs, in a bucket walked and then sorted', () => {
    const refs = Array.from({ length: 5000 }, (_, i) => `prosjekt-${i % 50}/p${i % 50}-m${Math.floor(i / 50)}`).concat(['prosjekt-7/p7-m4-revidert']);
    const index = new ExtensionIndex(refs, new SlashIndex(refs).groups);
    for (let round = 0; round < 3; round++) {
      for (const w of ['prosjekt-7/p7-m4', 'prosjekt-7/p7-m1000', 'prosjekt-7/p7-m99x', 'prosjekt-70/p7-m4', 'prosjekt-7/p']) {
        expect(index.nearest(w), w).toBe(nearestExtension(w, refs));
      }
    }
    expect(refs[index.nearest('prosjekt-7/p7-m4x')]).toBe('prosjekt-7/p7-m4');
    expect(refs[index.nearest('prosjekt-7/p7-m100')]).toBe('prosjekt-7/p7-m10');
  });
});
