// Tester round 98 F8: a bare number where a duration goes got the value (`10` → `10d`) and its quick fix only under
// `lag`, `duration` and `impact`. Every duration field now does (plan.critical, governance.window and .lead, a gate's
// ready.lead), as does a quoted number (`lag: "10"`) and a three-point estimate of bare numbers, `5..10..20` or
// `{min: 5, likely: 10, max: 20}` (each point edited, quoted where the mapping is written as JSON). A negative number
// where no lead goes still gets no value.
import { describe, expect, it } from 'vitest';
import { at, oneFileSession, TWO_MILESTONES, type Edit } from './action-session.js';

const { session, uri: fileUri } = oneFileSession('milepel-lsp-duration-number-', TWO_MILESTONES, { initializationOptions: { today: '2026-06-01', locale: 'en' } });

/** The plan with `header` lines added to its `plan:` mapping and `tail` after its milestones. */
const plan = (header: string, tail = ''): string => TWO_MILESTONES.replace('  status_date: 2026-06-01\n', `  status_date: 2026-06-01\n${header}`) + tail;

/** The edit replacing `old`, the `nth` occurrence on `line` of the text, by `newText`. */
const editOf = (text: string, line: number, old: string, newText: string, nth = 0): Edit => {
  const row = text.split('\n')[line]!;
  let from = row.indexOf(old);
  for (let k = 0; k < nth; k++) from = row.indexOf(old, from + 1);
  return { range: at(line, from, from + old.length), newText };
};

const breaks = (d: { code?: string | number }): boolean => d.code === 'schema' || d.code === 'yaml-syntax';

describe('a bare number where a duration goes', () => {
  const single: { what: string; text: string; line: number; old: string; value: string; written?: string }[] = [
    { what: 'plan.critical', text: plan('  critical: 5\n'), line: 4, old: '5', value: '5d' },
    { what: 'governance.window', text: plan('  governance: {window: 30}\n'), line: 4, old: '30', value: '30d' },
    { what: 'governance.lead', text: plan('  governance:\n    lead: 2\n'), line: 5, old: '2', value: '2d' },
    { what: 'a gate\'s ready.lead', text: plan('', 'gates:\n  - {id: G1, title: g, date: 2026-07-20, body: PS, ready: {milestone: M1, lead: 10}}\nbodies: [{id: PS, name: P}]\n'), line: 12, old: '10', value: '10d' },
    { what: 'a quoted lag', text: plan('', '    after: [{id: M0, lag: "10"}]\n'), line: 11, old: '"10"', value: '10d', written: '"10d"' },
    { what: 'a three-point lag', text: plan('', '    after: [{id: M0, lag: 0..1..2}]\n'), line: 11, old: '0..1..2', value: '0d..1d..2d' },
    { what: 'a three-point lag with one point in weeks', text: plan('', '    after: [{id: M0, lag: 0..1w..2}]\n'), line: 11, old: '0..1w..2', value: '0w..1w..2w' },
  ];
  for (const c of single) {
    it(`in ${c.what} is offered in days, and its fix clears the finding`, async () => {
      const edit = editOf(c.text, c.line, c.old, c.written ?? c.value);
      await session.expectOnlyFix(fileUri(), c.text, { code: 'schema', line: c.line, character: edit.range.start.character, title: `Change to ${c.value}`, edits: [edit] }, breaks);
    });
  }

  // Each point edited where it is written, to {min: 0d, likely: 1d, max: 2d}: `points` are [line, written, new text]
  // and the finding is at `line`:`character`. Tester round 100 F2: a block mapping had the hint but no fix; F3: with
  // one point quoted (`likely: "1"`), only that point was reported and fixed, and the bare `min` and `max` were a new
  // finding once it was.
  const mappings: { what: string; duration: string; line: number; character: number; points: readonly (readonly [number, string, string])[] }[] = [
    { what: 'a flow mapping', duration: ' {min: 0, likely: 1, max: 2}', line: 11, character: 14, points: [[11, '0', '0d'], [11, '1', '1d'], [11, '2', '2d']] },
    { what: 'a mapping written as JSON, which stays JSON', duration: ' {"min": 0, "likely": 1, "max": 2}', line: 11, character: 14, points: [[11, '0', '"0d"'], [11, '1', '"1d"'], [11, '2', '"2d"']] },
    { what: 'a block mapping, a point a line', duration: '\n      min: 0\n      likely: 1 # best guess\n      max: 2', line: 12, character: 6, points: [[12, '0', '0d'], [13, '1', '1d'], [14, '2', '2d']] },
    { what: 'a block mapping with one point quoted', duration: '\n      min: 0\n      likely: "1"\n      max: 2', line: 13, character: 14, points: [[12, '0', '0d'], [13, '"1"', '"1d"'], [14, '2', '2d']] },
    { what: 'a flow mapping with one point quoted', duration: ' {min: 0, likely: "1", max: 2}', line: 11, character: 31, points: [[11, '0', '0d'], [11, '"1"', '"1d"'], [11, '2', '2d']] },
    // Beside a point with its unit, the bare ones take that unit; the point written so is left as it is (round 100).
    { what: 'a flow mapping with one point in days', duration: ' {min: 0, likely: 1d, max: 2}', line: 11, character: 14, points: [[11, '0', '0d'], [11, '2', '2d']] },
    { what: 'a block mapping with one point in days', duration: '\n      min: 0\n      likely: 1d\n      max: 2', line: 12, character: 6, points: [[12, '0', '0d'], [14, '2', '2d']] },
  ];
  for (const c of mappings) {
    it(`in a three-point estimate as ${c.what} is offered in days for the whole mapping`, async () => {
      const text = plan('', `    duration:${c.duration}\n`);
      const edits = c.points.map(([line, old, newText]) => editOf(text, line, old, newText));
      await session.expectOnlyFix(fileUri(), text, { code: 'schema', line: c.line, character: c.character, title: 'Change to {min: 0d, likely: 1d, max: 2d}', edits }, breaks);
    });
  }

  it('negative where no lead goes, or three points out of order, gets no value', async () => {
    const uri = fileUri();
    for (const [text, line, character] of [[plan('  governance: {window: -5}\n'), 4, 23], [plan('', '    after: [{id: M0, lag: 5..1..2}]\n'), 11, 26]] as const) {
      const published = await session.setText(uri, text);
      expect(published.filter((d) => d.code === 'schema').map((d) => d.range.start)).toEqual([{ line, character }]);
      expect(await session.actionsAt(uri, line, character)).toEqual([]);
    }
  });
});
