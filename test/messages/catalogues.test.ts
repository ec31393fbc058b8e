// Every message id has a text in every locale's catalogue, and no catalogue has an id the others lack.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR, parseDayDate } from '../../src/calendar/index.js';
import { en as enCatalogue, EN_PARTS } from '../../src/messages/en/index.js';
import { formatLocaleDate, isLocale, LOCALES, msg, renderMessage, textOf, type MessageId } from '../../src/messages/index.js';
import { nb as nbCatalogue, nbParts } from '../../src/messages/nb/index.js';

const en = enCatalogue();
const nb = nbCatalogue();
const day = (text: string): number => parseDayDate(text)!;

describe('message catalogues', () => {
  it('have the same ids in every locale', () => {
    const ids = Object.keys(en).sort();
    expect(ids.length).toBeGreaterThan(50);
    const missing = ids.filter((id) => !Object.hasOwn(nb, id));
    const extra = Object.keys(nb).filter((id) => !Object.hasOwn(en, id));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('are looked up in their parts exactly as the merged catalogue has them (the later part wins)', () => {
    for (const [locale, catalogue] of [['en', en], ['nb', nb]] as const) {
      for (const id of Object.keys(catalogue) as MessageId[]) expect(textOf(locale, id), `${locale} ${id}`).toBe(catalogue[id]);
    }
  });

  it('are parts without a prototype (dictionary objects in V8, made without a hidden class per id)', () => {
    for (const part of [...EN_PARTS, ...nbParts()]) expect(Object.getPrototypeOf(part)).toBeNull();
  });

  it('know exactly the locales en and nb', () => {
    expect(LOCALES).toEqual(['en', 'nb']);
    expect(isLocale('nb')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale('toString')).toBe(false);
  });

  it('render dates ISO in en and DD.MM.YYYY in nb, but values to write into a plan stay ISO', () => {
    expect(formatLocaleDate(day('2019-09-01'), 'en')).toBe('2019-09-01');
    expect(formatLocaleDate(day('2019-09-01'), 'nb')).toBe('01.09.2019');
    const overdue = msg('overdue', { ref: 'akson/MP3', projected: day('2019-08-30'), days: 2, today: day('2019-09-01') });
    expect(renderMessage(overdue, 'en')).toBe('akson/MP3 is overdue: projected 2019-08-30, 2 days before the status date 2019-09-01, and no actual date');
    expect(renderMessage(overdue, 'nb')).toBe('akson/MP3 er forsinket: beregnet til 30.08.2019, 2 dager før statusdatoen 01.09.2019, og uten faktisk dato');
    const hint = msg('actual-in-future.hint', { id: 'MP3', actual: day('2019-10-01') });
    expect(renderMessage(hint, 'nb')).toBe('er MP3 ikke nådd ennå, fjern actual og sett forecast: 2019-10-01');
  });

  it('count in the locale: 1 day, 2 days; 1 dag, 2 dager', () => {
    const one = msg('meeting-before-milestone.after', { meeting: { ref: 'KR-1', date: day('2019-09-13') }, ref: 'akson/MP2', current: { day: day('2019-09-12') }, days: 1 });
    expect(renderMessage(one, 'en')).toBe('listed meeting KR-1 (2019-09-13) is 1 day after akson/MP2 (2019-09-12)');
    expect(renderMessage(one, 'nb')).toBe('det oppgitte møtet KR-1 (13.09.2019) er 1 dag etter akson/MP2 (12.09.2019)');
  });

  it('show a period with its last day inside a parenthesis without nesting a second one', () => {
    // A tester's finding (session 11): `a/A (2024-Q1 (2024-03-31))`.
    const q1 = { day: day('2024-03-31'), written: '2024-Q1' };
    const june = { day: day('2024-06-30'), written: '2024-06' };
    const order = msg('dependency-order', { ref: 'a/A', current: q1, predecessor: 'a/P', predecessorCurrent: june, lag: null, duration: null, earliest: day('2024-06-30'), type: 'FS', predecessorStart: null });
    expect(renderMessage(order, 'en')).toBe('a/A (2024-Q1, i.e. 2024-03-31) is before its predecessor a/P (2024-06, i.e. 2024-06-30): it can be on 2024-06-30 at the earliest');
    expect(renderMessage(order, 'nb')).toBe('a/A (1. kv. 2024, dvs. 31.03.2024) ligger før forgjengeren a/P (juni 2024, dvs. 30.06.2024): den kan tidligst være 30.06.2024');
    const after = msg('meeting-before-milestone.after', { meeting: { ref: 'PS-1', date: day('2024-05-02') }, ref: 'a/A', current: q1, days: 32 });
    expect(renderMessage(after, 'en')).toBe('listed meeting PS-1 (2024-05-02) is 32 days after a/A (2024-Q1, i.e. 2024-03-31)');
    expect(renderMessage(after, 'nb')).toBe('det oppgitte møtet PS-1 (02.05.2024) er 32 dager etter a/A (1. kv. 2024, dvs. 31.03.2024)');
    const finish = msg('explain.latest.plan-finish', { plan: 'a', finish: { day: day('2024-06-30'), written: '2024-Q2' } });
    expect(renderMessage(finish, 'en')).toBe('the finish of plan a (plan.finish 2024-Q2, i.e. 2024-06-30); no successor or deadline');
    expect(renderMessage(finish, 'nb')).toBe('sluttdatoen til planen a (plan.finish 2. kv. 2024, dvs. 30.06.2024); ingen etterfølger eller frist');
    // Outside a parenthesis the period keeps its day in one: `held by its planned date 2024-Q1 (2024-03-31)`.
    const held = msg('explain.latest.deadline', { deadline: q1 });
    expect(renderMessage(held, 'en')).toBe('its deadline 2024-Q1 (2024-03-31)');
    // Norwegian says a period in words beside its DD.MM.YYYY day (tester round 65 F4): `2024-Q1 (31.03.2024)` read as two
    // date notations in one line.
    expect(renderMessage(held, 'nb')).toBe('fristen 1. kv. 2024 (31.03.2024)');
    expect(renderMessage(msg('explain.latest.deadline', { deadline: { day: day('2024-12-31'), written: '2024' } }), 'nb')).toBe('fristen 2024 (31.12.2024)');
    // No message of these ids nests parentheses, in either locale.
    for (const m of [order, after, finish, msg('meeting-before-milestone.missing', { body: 'PS', ref: 'a/A', current: q1, amongListed: true, window: null, lead: null, earlier: null, before: null, after: null })]) {
      for (const locale of LOCALES) expect(renderMessage(m, locale)).not.toMatch(/\([^()]*\(/);
    }
  });

  it('name holidays in the locale', () => {
    const names = (text: string): [string, string] => {
      const reason = DEFAULT_CALENDAR.nonWorkdayReason(day(text))!;
      return [renderMessage(reason, 'en'), renderMessage(reason, 'nb')];
    };
    expect(names('2019-04-19')).toEqual(['Good Friday', 'langfredag']);
    expect(names('2019-05-30')).toEqual(['Ascension Day', 'Kristi himmelfartsdag']);
    expect(names('2019-06-10')).toEqual(['Whit Monday', '2. pinsedag']);
    expect(names('2019-09-07')).toEqual(['a Saturday', 'en lørdag']);
  });

  it('render a nested message in the same locale', () => {
    const problem = msg('date.days-in-month', { text: '2019-02-30', month: 2, year: '2019', days: 28 });
    const m = msg('invalid-date', { problem, holder: 'akson/MP1' });
    expect(renderMessage(m, 'en')).toBe('2019-02-30 does not exist: February 2019 has 28 days (in akson/MP1)');
    expect(renderMessage(m, 'nb')).toBe('2019-02-30 finnes ikke: februar 2019 har 28 dager (i akson/MP1)');
  });
});
