// The one home of the current date and of "overdue": the boundary (projected exactly on T) in the helper, the rule, slippage and the Gantt.
import { describe, expect, it } from 'vitest';
import { parseDateValue, parseDayDate, type DateValue } from '../../src/calendar/index.js';
import { currentField, currentValue } from '../../src/model/current.js';
import { isOverdue } from '../../src/schedule/overdue.js';
import { runCli } from '../helpers/fake-io.js';

const day = (text: string): number => parseDayDate(text)!;
const value = (text: string): DateValue => {
  const parsed = parseDateValue(text, true);
  if (!parsed.ok) throw new Error(text);
  return parsed.value;
};

describe('the current date', () => {
  it('is actual, else forecast, else date, as written', () => {
    const date = value('2020-Q3');
    expect(currentField({ date, forecast: undefined, actual: undefined })).toBe('date');
    expect(currentValue({ date, forecast: undefined, actual: undefined })).toEqual({ day: day('2020-09-30'), isPeriod: true, written: '2020-Q3' });
    expect(currentField({ date, forecast: value('2020-10-02'), actual: undefined })).toBe('forecast');
    expect(currentValue({ date, forecast: value('2020-10-02'), actual: value('2020-10-05') }).written).toBe('2020-10-05');
    expect(currentField({ date, forecast: value('2020-10-02'), actual: value('2020-10-05') })).toBe('actual');
  });
});

describe('overdue', () => {
  const T = day('2019-09-02');
  it('is a projected date before T without an actual date; projected on T is not overdue', () => {
    expect(isOverdue({ actual: undefined }, T - 1, T)).toBe(true);
    expect(isOverdue({ actual: undefined }, T, T)).toBe(false);
    expect(isOverdue({ actual: undefined }, T + 1, T)).toBe(false);
    expect(isOverdue({ actual: value('2019-08-30') }, T - 3, T)).toBe(false);
  });

  const plan = (date: string): Record<string, string> => ({
    'ws/p.yaml': ['plan: {id: p, title: P}', 'milestones:', `  - {id: A, title: A, date: ${date}}`, ''].join('\n'),
  });

  it('holds at the boundary in the rule, the slippage status and the Gantt mark alike', async () => {
    for (const [date, overdue] of [['2019-08-30', true], ['2019-09-02', false]] as const) {
      const validate = await runCli(['validate', 'ws', '--format', 'json', '--today', '2019-09-02'], { files: plan(date) });
      const rules = (JSON.parse(validate.stdout) as { diagnostics: { rule: string }[] }).diagnostics.map((d) => d.rule);
      expect(rules.includes('overdue'), `rule at ${date}`).toBe(overdue);
      const slippage = await runCli(['slippage', 'ws', '--format', 'json', '--today', '2019-09-02'], { files: plan(date) });
      const rows = (JSON.parse(slippage.stdout) as { milestones: { status: string }[] }).milestones;
      expect(rows[0]!.status === 'overdue', `slippage at ${date}`).toBe(overdue);
      const gantt = await runCli(['gantt', 'ws', '--ascii', '--no-color', '--width', '80', '--today', '2019-09-02'], { files: plan(date) });
      const row = gantt.stdout.split('\n').find((l) => l.startsWith(' A A '));
      expect(row, 'the milestone row').toBeDefined();
      expect(row!.includes('!'), `gantt at ${date}`).toBe(overdue);
    }
  });
});
