// The calendar modules load. Everything in src/calendar that runs while the modules load (the name tables, the
// index's range, DEFAULT_CALENDAR) is imported here inside a test, so that a throw while loading fails a test and not
// only the other files' imports: Stryker's vitest runner counts failed tests, and a file that cannot be imported
// runs none (test/MUTATION.md, the static mutants that "survived" by breaking the import).
import { describe, expect, it } from 'vitest';

describe('src/calendar', () => {
  it('loads, and its default calendar works on a plain Monday', async () => {
    const calendar = await import('../../src/calendar/index.js');
    const monday = calendar.dayFromYmd(2019, 5, 20);
    expect(calendar.DEFAULT_CALENDAR.isWorkday(monday)).toBe(true);
    expect(calendar.DEFAULT_CALENDAR.isWorkday(monday - 3)).toBe(false); // 17 May, Constitution Day
    expect(calendar.formatDay(calendar.DEFAULT_CALENDAR.add(monday - 4, 1))).toBe('2019-05-20');
  });
});
