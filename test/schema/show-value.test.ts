// How a schema message quotes a value (src/schema/check.ts show): JSON, shortened past 60 characters, a long text
// keeping its closing quote (a tester saw `is "界界…, which is not`).
import { describe, expect, it } from 'vitest';
import { show } from '../../src/schema/value-display.js';

describe('show', () => {
  it('quotes a short text whole, and a long one shortened inside its quotes', () => {
    expect(show('MP2')).toBe('"MP2"');
    expect(show('x'.repeat(58))).toBe(`"${'x'.repeat(58)}"`);
    expect(show('界'.repeat(70))).toBe(`"${'界'.repeat(56)}…"`);
  });

  it('never cuts a surrogate pair in two', () => {
    const text = `${'a'.repeat(55)}😀${'b'.repeat(10)}`;
    expect(show(text)).toBe(`"${'a'.repeat(55)}…"`);
    expect(show(text)).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('shows other values as JSON, shortened past 60 characters', () => {
    expect(show(12)).toBe('12');
    expect(show(true)).toBe('true');
    expect(show(Array.from({ length: 40 }, (_, i) => i))).toMatch(/^\[0,1,2,.{50}…$/);
  });
});
