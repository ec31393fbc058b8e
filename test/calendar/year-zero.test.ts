// There is no year 0: 0000-… is refused everywhere a date is read, never accepted and printed as -0001 later.
import { describe, expect, it } from 'vitest';
import { parseCliDate, parseDateValue, parseDayDate } from '../../src/calendar/index.js';
import { renderMessage } from '../../src/messages/index.js';

describe('year 0', () => {
  it('is not a date in a plan, as a day, a month, a quarter, a year or the number 0', () => {
    for (const raw of ['0000-01-01', '0000-05', '0000-Q2', '0000', 0]) {
      const r = parseDateValue(raw, true);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(renderMessage(r.message, 'en')).toBe(`${String(raw)} does not exist: the years run from 0001 (there is no year 0)`);
    }
    expect(parseDateValue('0001-01-01', false).ok).toBe(true);
    expect(parseDateValue(1, true).ok).toBe(true);
  });

  it('is not a date on the command line (--today, set)', () => {
    expect(parseDayDate('0000-01-01')).toBeUndefined();
    expect(parseCliDate('01.01.0000')).toBeUndefined();
    expect(parseCliDate('01.01.0001')).toBeDefined();
  });
});
