// The gantt chart's drawing and options: glyph positions, width limits, escaping, colour, --from/--to/--scale and errors.
import { describe, expect, it } from 'vitest';
import { parseDayDate } from '../../src/calendar/index.js';
import { createEmptyCells, drawMilestone } from '../../src/report/gantt/cells.js';
import { ASCII_GLYPHS, UNICODE_GLYPHS } from '../../src/report/gantt/glyphs.js';
import { createColumnMap } from '../../src/report/gantt/scale.js';
import type { MilestoneRow } from '../../src/report/gantt/timeline.js';
import { displayWidth } from '../../src/report/table.js';
import { runCli } from '../helpers/fake-io.js';
import { CONTROL } from '../helpers/control.js';

const d = (text: string): number => parseDayDate(text)!;
const HOSTILE = 'test/export/fixtures/hostile';
const STATES = 'test/gantt/fixtures/states';
// eslint-disable-next-line no-control-regex -- matching the SGR escape sequences is the point
const SGR = /\x1b\[[0-9;]*m/g;

function row(partial: Partial<MilestoneRow>): MilestoneRow {
  return {
    index: 0, ref: 'p/M', id: 'M', title: 'M', baseline: d('2019-09-10'), projected: d('2019-09-10'), latest: d('2019-09-10'),
    float: 0, isDone: false, isCritical: false, isLate: false, isPushed: false, driver: undefined, isGate: false, ...partial,
  };
}

describe('drawMilestone (one column per day of September 2019)', () => {
  const map = createColumnMap(d('2019-09-01'), d('2019-09-30'), 30);
  const text = (r: MilestoneRow, today = d('2019-09-25')): string => drawMilestone(r, map, today, UNICODE_GLYPHS).map((c) => c.ch).join('');

  it('puts the diamond at the projected date and the float tail up to the latest date', () => {
    expect(text(row({ projected: d('2019-09-10'), baseline: d('2019-09-10'), latest: d('2019-09-14') }))).toBe(`${' '.repeat(9)}◆┄┄┄┄${' '.repeat(10)}│${' '.repeat(5)}`);
  });

  it('marks the planned date and joins it to the projected one when they differ', () => {
    expect(text(row({ baseline: d('2019-09-05'), projected: d('2019-09-10'), latest: d('2019-09-10') })).trimEnd()).toBe(`${' '.repeat(4)}◇────◆${' '.repeat(14)}│`);
    expect(text(row({ baseline: d('2019-09-12'), projected: d('2019-09-10'), latest: d('2019-09-12') })).trimEnd()).toBe(`${' '.repeat(9)}◆─◇${' '.repeat(12)}│`);
  });

  it('draws the overrun from the latest date to a late projected date', () => {
    expect(text(row({ projected: d('2019-09-10'), latest: d('2019-09-07'), baseline: d('2019-09-10'), isLate: true })).trimEnd()).toBe(`${' '.repeat(6)}━━━◆${' '.repeat(14)}│`);
  });

  it('shows milestones outside the range as arrows at the edge', () => {
    expect(text(row({ projected: d('2019-08-20'), baseline: d('2019-08-20'), latest: d('2019-08-20') }))[0]).toBe('◂');
    expect(text(row({ projected: d('2019-10-20'), baseline: d('2019-10-20'), latest: d('2019-10-20') }))[29]).toBe('▸');
  });

  it('--ascii: << and >> at the edges (> alone is the pushed flag), a planned date next to the edge kept', () => {
    const ascii = (r: MilestoneRow): string => drawMilestone(r, map, d('2019-09-25'), ASCII_GLYPHS).map((c) => c.ch).join('');
    expect(ascii(row({ projected: d('2019-08-20'), baseline: d('2019-08-20'), latest: d('2019-08-20') })).slice(0, 3)).toBe('<< ');
    expect(ascii(row({ projected: d('2019-10-20'), baseline: d('2019-10-20'), latest: d('2019-10-20') })).slice(26)).toBe('  >>');
    expect(ascii(row({ baseline: d('2019-09-10'), projected: d('2019-10-20'), latest: d('2019-10-20') })).slice(9)).toBe(`o${'-'.repeat(18)}>>`);
    expect(ascii(row({ baseline: d('2019-09-29'), projected: d('2019-10-20'), latest: d('2019-10-20') })).slice(26)).toBe('  o>');
  });
});

describe('gantt output', () => {
  it.each([40, 57, 80, 120, 200])('never writes a line wider than --width %i, even for hostile plans', async (width) => {
    for (const ascii of [[], ['--ascii']]) {
      const r = await runCli(['gantt', HOSTILE, STATES, 'plans', '--width', String(width), ...ascii]);
      for (const line of r.stdout.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
    }
  });

  it('shows control characters from plan text escaped, never raw', async () => {
    const r = await runCli(['gantt', HOSTILE, '--width', '200', '--locale', 'nb']);
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stdout).toContain('\\x1b[31mRød\\x1b[0m tekst med ESC');
    expect(r.stdout).toContain('\\u202eomvendt\\u202c');
    // A line break in a title reads as a space on the one line of its label (tester round 22 F8), never as a raw break.
    expect(r.stdout).toContain('Milepæl med linjeskift section Hacked');
    expect(r.stdout).toContain('Særdeles langt norsk tittelfelt om samhandling på tvers');
  });

  it('with --color adds only SGR codes: removing them gives the uncoloured chart', async () => {
    const plain = await runCli(['gantt', HOSTILE, STATES, '--width', '100', '--no-color']);
    const color = await runCli(['gantt', HOSTILE, STATES, '--width', '100', '--color']);
    expect(color.stdout).not.toBe(plain.stdout);
    expect(color.stdout.replace(SGR, '')).toBe(plain.stdout);
    expect(color.stdout.replace(SGR, '')).not.toMatch(CONTROL);
  });

  it('marks done, late, critical and pushed milestones without colour', async () => {
    const lines = (await runCli(['gantt', STATES, '--width', '100'])).stdout.split('\n');
    const flagsOf = (id: string): string => {
      const line = lines.find((l) => l.startsWith(` ${id} `))!;
      // The label column is 35 of the 100 columns; a space and the three flag cells follow it.
      return line.slice(35, 39);
    };
    expect(flagsOf('DONE')).toBe(' ✓  ');
    // Overdue, but with float up to the plan's finish (END, SPEC §5 v2's end-milestone rule): not critical.
    expect(flagsOf('OVERDUE')).toBe(' !  ');
    expect(flagsOf('NEG')).toBe(' !* ');
    expect(flagsOf('PUSH')).toBe('   »');
    expect(flagsOf('END')).toBe('  * ');
    expect(flagsOf('FLOAT')).toBe('    ');
  });

  it('--from and --to accept periods and day dates in both forms', async () => {
    const r = await runCli(['gantt', 'plans', '--from', '2019-Q3', '--to', '30.09.2019', '--today', '2019-09-01']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toContain('2019-07-01–2019-09-30');
    expect(r.stdout).toContain('scale: week');
    const year = await runCli(['gantt', 'plans', '--from', '2020', '--to', '2020', '--today', '2019-09-01']);
    expect(year.stdout.split('\n')[0]).toContain('2020-01-01–2020-12-31');
  });

  it('a --to before everything charted ends the chart there, as a --from after everything starts it there', async () => {
    // A tester's finding: --to 2019-05-01 charted 2019-05-22, the first date of the plans, after the end asked for.
    const before = await runCli(['gantt', 'plans', '--to', '2019-05-01', '--today', '2019-09-01']);
    expect(before.code).toBe(0);
    expect(before.stdout.split('\n')[0]).toContain('2019-05-01–2019-05-01');
    const after = await runCli(['gantt', 'plans', '--from', '2031-01-01', '--today', '2019-09-01']);
    expect(after.stdout.split('\n')[0]).toContain('2031-01-01–2031-01-01');
  });

  it('--scale overrides the fitted scale; --plan keeps one plan', async () => {
    const r = await runCli(['gantt', 'plans', '--plan', 'akson', '--scale', 'quarter', '--today', '2019-09-01']);
    expect(r.stdout).toContain('scale: quarter');
    expect(r.stdout).toContain('(akson)');
    expect(r.stdout).not.toContain('felles-grunnmur');
  });

  it.each([
    [['--from', '2019-10-01', '--to', '2019-09-01'], '--from 2019-10-01 is after --to 2019-09-01'],
    [['--from', '2019-02-30'], '--from 2019-02-30 does not exist: February 2019 has 28 days'],
    [['--from', '2019-02-3'], '--from "2019-02-3" is not a date'],
    [['--scale', 'decade'], '--scale decade is not a scale: use day, week, month, quarter, year'],
    [['--width', '20'], '--width 20 is not a width'],
    // Not bare digits: quoted, so that blanks show (tester round 60 F6).
    [['--width', ' 30 '], '--width " 30 " is not a width: use a whole number of columns from 40 to 1000'],
    [['--format', 'json'], '--format json: gantt has no format json'],
  ])('refuses bad options %j with exit 2 and one line', async (args, message) => {
    const r = await runCli(['gantt', 'plans', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`milepel: ${message}`);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('says so when there is nothing to chart', async () => {
    const r = await runCli(['gantt', 'empty'], { files: { 'empty/plan.yaml': 'plan:\n  id: empty\n  title: Empty\n' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Nothing to chart: the workspace has no milestones or meetings.\n');
  });

  it('still draws the chart with a structural error, which goes to stderr with exit 1', async () => {
    const plan = 'plan:\n  id: p\n  title: P\nmilestones:\n  - id: A\n    title: A\n    date: 2019-09-02\n    after: [NOPE]\n';
    const r = await runCli(['gantt', 'ws', '--today', '2019-09-01'], { files: { 'ws/p.yaml': plan } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(' A A');
    expect(r.stderr).toContain('unknown-reference');
  });
});

describe('createEmptyCells', () => {
  it('makes a row of independent-looking empty cells, and none for a width without room', () => {
    const cells = createEmptyCells(5);
    expect(cells).toHaveLength(5);
    expect(cells.every((c) => c.ch === ' ' && c.kind === 'empty')).toBe(true);
    cells[2] = { ch: 'x', kind: 'text' };
    expect(createEmptyCells(5)[2]!.kind).toBe('empty');
    // A label column wider than the terminal leaves no chart columns (or fewer than none): an empty row, no RangeError.
    expect(createEmptyCells(0)).toEqual([]);
    expect(createEmptyCells(-3)).toEqual([]);
  });
});

// A tester's findings on a chart of part of a plan (milestones and meetings after --to): how the ASCII title names the
// range, and what the markers of dates off the chart say.
describe('gantt over part of a plan (--from/--to)', () => {
  const files = {
    'ws/p.yaml': [
      'plan: {id: p, title: P}',
      'bodies: [{id: B, name: Board}]',
      'meetings: [{body: B, date: 2026-04-10}, {body: B, date: 2026-06-10}, {body: B, date: 2026-09-01}]',
      'milestones:',
      '  - {id: IN, title: Inside, date: 2026-06-01}',
      '  - {id: PUSH, title: Pushed, date: 2026-06-01, after: [{id: IN, lag: 10d}]}',
      '  - {id: LATER, title: Later, date: 2026-10-01}',
      '',
    ].join('\n'),
  };
  const gantt = async (...args: string[]): Promise<string[]> => {
    // The range's ends unless `args` give their own (an option given twice is refused).
    const from = args.includes('--from') ? [] : ['--from', '2026-05-01'];
    const to = args.includes('--to') ? [] : ['--to', '2026-07-31'];
    const r = await runCli(['gantt', 'ws', '--width', '80', '--today', '2026-05-15', ...from, ...to, ...args], { files, diskRoots: [] });
    expect(r.code, r.stderr).toBe(0);
    return r.stdout.trimEnd().split('\n');
  };

  it('the ASCII title joins its dates with a word, not a hyphen (en and nb); Unicode with an en dash', async () => {
    expect((await gantt('--ascii', '--locale', 'en'))[0]).toMatch(/^Gantt chart 2026-05-01 to 2026-07-31 \| scale: /);
    expect((await gantt('--ascii', '--locale', 'nb'))[0]).toMatch(/^Gantt-diagram 01\.05\.2026 til 31\.07\.2026 \| skala: /);
    expect((await gantt('--locale', 'en'))[0]).toMatch(/^Gantt chart 2026-05-01–2026-07-31 · scale: /);
    expect((await gantt('--locale', 'nb'))[0]).toMatch(/^Gantt-diagram 01\.05\.2026–31\.07\.2026 · skala: /);
  });

  const rowOf = (lines: readonly string[], start: string): string => lines.find((l) => l.startsWith(start))!;
  // The legend: the lines after the last blank one, its entries three spaces apart.
  const legendOf = (lines: readonly string[]): string => lines.slice(lines.lastIndexOf('') + 1).join('   ');

  it('--ascii marks dates off the chart with << and >>, which the legend explains apart from the pushed flag >', async () => {
    for (const [locale, text, pushed] of [['en', 'dated before / after the chart', 'pushed by a predecessor'], ['nb', 'datert før / etter diagrammet', 'skjøvet av en forgjenger']] as const) {
      const lines = await gantt('--ascii', '--locale', locale);
      // LATER (1 October) after --to, at the right edge; PUSH pushed by IN, flagged > and drawn inside the chart.
      expect(rowOf(lines, ' LATER Later')).toMatch(/ {2}>>$/);
      expect(rowOf(lines, ' PUSH Pushed')).toMatch(/^ PUSH Pushed +>/);
      expect(rowOf(lines, ' PUSH Pushed')).not.toMatch(/>>/);
      // The board met before --from (10 April) and meets after --to (1 September): both edges.
      expect(rowOf(lines, ' B Board')).toMatch(/^ B Board +<< .*\^ +>>$/);
      const legend = legendOf(lines);
      expect(legend).toContain(`<< >> ${text}`);
      expect(legend).toContain(`> ${pushed}`);
      // No glyph of the legend stands for two things.
      const glyphs = legend.split(/ {3}/).map((e) => e.split(' ')[0]);
      expect(new Set(glyphs).size, legend).toBe(glyphs.length);
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    }
  });

  it('the legend explains the Unicode edge markers ◂ ▸, for the edges drawn only (en and nb)', async () => {
    const both = legendOf(await gantt('--locale', 'en'));
    expect(both).toContain('◂ ▸ dated before / after the chart');
    expect(legendOf(await gantt('--locale', 'nb'))).toContain('◂ ▸ datert før / etter diagrammet');
    // From April on, the April meeting is on the chart: only later dates are off it.
    const after = legendOf(await gantt('--locale', 'en', '--from', '2026-04-01'));
    expect(after).toContain('▸ dated after the chart');
    expect(after).not.toContain('◂');
    expect(legendOf(await gantt('--locale', 'nb', '--from', '2026-04-01'))).toContain('▸ datert etter diagrammet');
    const before = legendOf(await gantt('--locale', 'en', '--to', '2026-12-31', '--from', '2026-05-01'));
    expect(before).toContain('◂ dated before the chart');
    expect(before).not.toContain('▸');
    expect(legendOf(await gantt('--ascii', '--locale', 'nb', '--to', '2026-12-31'))).toContain('<< datert før diagrammet');
    // Everything on the chart: no entry.
    const all = legendOf(await gantt('--locale', 'en', '--from', '2026-04-01', '--to', '2026-12-31'));
    expect(all).not.toMatch(/[◂▸]|the chart/);
  });
});

// Tester round 22 F5: a done milestone on the critical path was ✓ alone in the chart and ✓ * in critical-path. SPEC §5
// calls a milestone critical when its float is within the threshold, done or not: both reports mark it now.
describe('a done milestone on the critical path', () => {
  const PLAN = [
    'plan: {id: p, title: P, status_date: 2026-05-15}',
    'milestones:',
    '  - {id: A, title: Alpha, date: 2026-03-02, actual: 2026-03-02}',
    '  - {id: B, title: Beta, date: 2026-06-01, actual: 2026-06-01, after: [A]}',
    '',
  ].join('\n');

  it('is marked critical (*) beside its ✓, as critical-path marks it', async () => {
    const cp = await runCli(['critical-path', 'ws', '--width', '100', '--format', 'json'], { files: { 'ws/p.yaml': PLAN } });
    const critical = (JSON.parse(cp.stdout) as { milestones: { ref: string; critical: boolean }[] }).milestones.filter((m) => m.critical).map((m) => m.ref);
    expect(critical).toContain('p/B');
    const gantt = await runCli(['gantt', 'ws', '--width', '100'], { files: { 'ws/p.yaml': PLAN } });
    const line = gantt.stdout.split('\n').find((l) => l.includes(' B Beta'))!;
    expect(line).toMatch(/B Beta\s+✓\*/);
  });
});
