// shortenQuoted: long texts in messages (an unknown reference's target) are shortened, pairs kept whole.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { renderMessage } from '../../src/messages/index.js';
import { shortenQuoted } from '../../src/text/shorten.js';

describe('shortenQuoted', () => {
  it('keeps up to 60 units, else 56 and an ellipsis, never half a surrogate pair', () => {
    expect(shortenQuoted('x'.repeat(60))).toBe('x'.repeat(60));
    expect(shortenQuoted('x'.repeat(61))).toBe(`${'x'.repeat(56)}…`);
    expect(shortenQuoted(`${'x'.repeat(55)}😀${'y'.repeat(10)}`)).toBe(`${'x'.repeat(55)}…`);
  });

  it('shortens an unknown reference of 3,000 characters in its message', () => {
    const long = 'Q'.repeat(3000);
    const plan = `plan: {id: p, title: P}\nmilestones:\n  - {id: A, title: A, date: 2024-01-10, after: [${long}]}\n`;
    const a = analyze([{ file: 'p.yaml', text: plan }], { today: 0, clockToday: 0 });
    const d = a.diagnostics.find((x) => x.rule === 'unknown-reference')!;
    const text = renderMessage(d.message);
    expect(text).toContain(`"${'Q'.repeat(56)}…"`);
    expect(text.length).toBeLessThan(200);
  });
});
