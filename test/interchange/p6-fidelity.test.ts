// SPEC §10's fidelity promise on three real P6 schedules: import, `critical-path`, then P6's own early finish and total float
// (stored in the TASK table) on every activity that no reported approximation touches.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/calendar/index.js';
import { decodeText } from '../../src/interchange/decode.js';
import { parseXerCalendar } from '../../src/interchange/xer/calendar.js';
import { importXer } from '../../src/interchange/xer/index.js';
import { finishDay, parseInstant } from '../../src/interchange/xer/instant.js';
import { cell, readXerTables } from '../../src/interchange/xer/tables.js';
import { writePlanYaml } from '../../src/interchange/yaml-writer.js';
import { runCli } from '../helpers/fake-io.js';
import { renderMessage } from '../../src/messages/index.js';
import { P6_DIR } from './p6-files.js';

/** Findings that leave P6's dates alone: resources and costs do not enter P6's CPM (no levelling), tables of codes neither. */
const DATE_NEUTRAL = new Set(['resource', 'cost', 'table', 'wbs']);
/** The topic of a finished activity's actual start that the plan's start of its work is not (actual-start.ts). */
const START_ONLY = 'actual start';

interface Expected {
  readonly code: string;
  readonly finish: string;
  /** Total float in working days; undefined for finished activities (P6 stores none). */
  readonly float: number | undefined;
}

/** P6's own early finish (as a day, the way the import dates finishes) and total float from the TASK table. */
function p6Results(text: string): Expected[] {
  const tables = readXerTables(text).tables;
  const calendars = new Map((() => {
    const t = tables.get('CALENDAR');
    return t === undefined ? [] : t.rows.map((r) => [cell(t, r, 'clndr_id'), parseXerCalendar(cell(t, r, 'clndr_id'), '', cell(t, r, 'clndr_data'), Number(cell(t, r, 'day_hr_cnt')))] as const);
  })());
  const tasks = tables.get('TASK');
  if (tasks === undefined) return [];
  return tasks.rows.map((row) => {
    const cal = calendars.get(cell(tasks, row, 'clndr_id'));
    const early = parseInstant(cell(tasks, row, 'act_end_date') || cell(tasks, row, 'early_end_date'));
    const floatHours = cell(tasks, row, 'total_float_hr_cnt');
    return {
      code: cell(tasks, row, 'task_code'),
      // An actual finish too: a start milestone done at 08:00 ended the working day before (SPEC §10 note).
      finish: early === undefined || cal === undefined ? '' : formatDay(finishDay(cal, early).day),
      // In whole working days, as milepel's floats are (SPEC §5): P6's 8,377 h on an 8-hour day, 1,047 days and an hour,
      // is 1,047 (tester round 93 F1; docs/spec.md §10).
      float: floatHours === '' || cal === undefined ? undefined : Math.floor((Number(floatHours) * 60) / cal.dayMinutes + 1e-9),
    };
  });
}

/** Every activity reachable from `from` along `next` (iterative breadth-first walk), `from` included. */
function reach(next: ReadonlyMap<string, readonly string[]>, from: ReadonlySet<string>): Set<string> {
  const seen = new Set<string>(from);
  const queue = [...from];
  for (let i = 0; i < queue.length; i++) {
    for (const n of next.get(queue[i] ?? '') ?? []) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return seen;
}

/**
 * What the approximations on a set of activities can move: their early finishes and every successor's
 * (forward pass), and the late dates, hence the floats, of them and every predecessor (backward pass). An actual start
 * the plan cannot hold (`startMoved`) moves only the start of the activity's work: in the forward pass, what follows
 * that start by SS or SF (its finish is its actual finish).
 */
function touchedBy(milestones: readonly { id: string; after: readonly { id: string; type: string }[] }[], direct: ReadonlySet<string>, startMoved: ReadonlySet<string>): { early: Set<string>; float: Set<string> } {
  const succs = new Map<string, string[]>();
  const preds = new Map<string, string[]>();
  const fromStart = new Set<string>();
  for (const m of milestones) {
    for (const l of m.after) {
      succs.set(l.id, [...(succs.get(l.id) ?? []), m.id]);
      preds.set(m.id, [...(preds.get(m.id) ?? []), l.id]);
      if (startMoved.has(l.id) && (l.type === 'SS' || l.type === 'SF')) fromStart.add(m.id);
    }
  }
  const early = reach(succs, new Set([...direct, ...fromStart]));
  return { early, float: new Set([...early, ...reach(preds, new Set([...direct, ...startMoved]))]) };
}

interface Fidelity {
  readonly total: number;
  /** Activities an approximation is reported on. */
  readonly direct: number;
  readonly finishes: { compared: number; matching: number };
  /** Early finishes of every activity, approximated or not, that match P6's. */
  readonly allFinishes: number;
  /** Total floats of every activity that has one in P6, approximated or not, that match P6's. */
  readonly allFloats: number;
  readonly floats: { compared: number; matching: number };
  readonly misses: string[];
}

async function fidelity(file: string, edit: (text: string) => string = (text) => text): Promise<Fidelity> {
  // P6's own results are read from the file as P6 wrote it; the import reads it after `edit`.
  const original = decodeText(readFileSync(join(P6_DIR, file))).text;
  const text = edit(original);
  const imported = importXer(text, { planId: 'p6' });
  const plan = imported.plans[0];
  if (plan === undefined) throw new Error('no plan');
  const dated = imported.findings.filter((f) => f.activity !== undefined && !DATE_NEUTRAL.has(f.topic));
  const direct = new Set(dated.map((f) => f.activity ?? ''));
  const whole = new Set(dated.filter((f) => f.topic !== START_ONLY).map((f) => f.activity ?? ''));
  const touched = touchedBy(plan.milestones, whole, new Set(dated.filter((f) => f.topic === START_ONLY).map((f) => f.activity ?? '')));
  const cp = await runCli(['critical-path', 'ws', '--format', 'json'], { files: { 'ws/p6.yaml': writePlanYaml(plan, file) }, diskRoots: [] });
  const ours = new Map((JSON.parse(cp.stdout) as { milestones: { id: string; projected: string; float: number }[] }).milestones.map((m) => [m.id, m]));
  const finishes = { compared: 0, matching: 0 };
  const floats = { compared: 0, matching: 0 };
  const misses: string[] = [];
  const expected = p6Results(original);
  let allFinishes = 0;
  let allFloats = 0;
  for (const e of expected) {
    const m = ours.get(e.code);
    if (m?.projected === e.finish) allFinishes++;
    if (e.float !== undefined && m?.float === e.float) allFloats++;
    if (!touched.early.has(e.code)) {
      finishes.compared++;
      if (m?.projected === e.finish) finishes.matching++;
      else misses.push(`${e.code}: early finish ${e.finish} in P6, ${m?.projected} in milepel`);
    }
    if (!touched.float.has(e.code) && e.float !== undefined) {
      floats.compared++;
      if (m?.float === e.float) floats.matching++;
      else misses.push(`${e.code}: total float ${e.float} in P6, ${m?.float} in milepel`);
    }
  }
  return { total: expected.length, direct: direct.size, finishes, allFinishes, allFloats, floats, misses };
}

describe('fidelity with Primavera P6 (SPEC §10)', () => {
  it.each([
    ['takt-building.xer', 1, 25, 25, 1],
    ['shell-and-core.xer', 0.99, 1, 0, 0.2],
    // 659 of its activities are on a calendar that works every day: their durations and lags in `ed` keep P6's dates.
    // An activity under way is written with its remaining duration (tester round 26 F1: its planned one pushed it, and
    // its successors, past P6's early finish): 3,903 → 3,927 of its 3,994 early finishes match. 2 of the 117 untouched
    // follow by SS an activity whose actual start the plan cannot hold (tester round 57 F4), now said: 115.
    ['infrastructure-programme.xer', 0.99, 115, 8, 0.98],
  ])('%s: early finish and total float as P6 computed them', async (file, share, minFinishes, minFloats, allShare) => {
    const r = await fidelity(file);
    const pct = (x: { compared: number; matching: number }): string => (x.compared === 0 ? '–' : `${Math.floor((1000 * x.matching) / x.compared) / 10} %`);
    console.log(`${file}: ${r.total} activities, ${r.direct} with a reported approximation; early finish ${r.allFinishes}/${r.total} of all, ${r.finishes.matching}/${r.finishes.compared} (${pct(r.finishes)}), total float ${r.floats.matching}/${r.floats.compared} (${pct(r.floats)}) of the untouched activities match P6`);
    if (r.misses.length > 0) console.log(r.misses.slice(0, 10).join('\n'));
    // The untouched set is what the file allows (shell-and-core is scheduled in hours: nearly every activity finishes mid-day).
    expect(r.finishes.compared).toBeGreaterThanOrEqual(minFinishes);
    expect(r.floats.compared).toBeGreaterThanOrEqual(minFloats);
    if (r.finishes.compared > 0) expect(r.finishes.matching / r.finishes.compared).toBeGreaterThanOrEqual(share);
    if (r.floats.compared > 0) expect(r.floats.matching / r.floats.compared).toBeGreaterThanOrEqual(share);
    // Beyond the promise: an approximation reported is no licence to be further off than the source allows.
    expect(r.allFinishes / r.total).toBeGreaterThanOrEqual(allShare);
  }, 120_000);
});

/** The XER text with every TASK row's clndr_id `to` (empty by default). */
function withoutActivityCalendars(text: string, to = ''): string {
  let at = -1;
  let table = '';
  return text.split('\n').map((line) => {
    const cells = line.split('\t');
    if (cells[0] === '%T') table = cells[1]?.trim() ?? '';
    else if (cells[0] === '%F' && table === 'TASK') at = cells.indexOf('clndr_id');
    else if (cells[0] === '%R' && table === 'TASK' && at > 0) cells[at] = to;
    return cells.join('\t');
  }).join('\n');
}

describe('an activity without a calendar is on the project\'s, as P6 schedules it (tester round 66 F5)', () => {
  it('takt-building with no clndr_id on any activity: every early finish and total float still as P6 computed them', async () => {
    const r = await fidelity('takt-building.xer', withoutActivityCalendars);
    expect(r.misses).toEqual([]);
    expect([r.allFinishes, r.floats.matching]).toEqual([25, 25]);
    expect(importXer(withoutActivityCalendars(decodeText(readFileSync(join(P6_DIR, 'takt-building.xer'))).text), {}).findings.filter((f) => f.topic === 'calendar')).toEqual([]);
  }, 120_000);

  /** `text` with `field` of every row of `table` set to `to`. */
  const withCells = (text: string, table: string, field: string, to: string): string => {
    let at = -1;
    let current = '';
    return text.split('\n').map((line) => {
      const cells = line.split('\t');
      if (cells[0] === '%T') current = cells[1]?.trim() ?? '';
      else if (cells[0] === '%F' && current === table) at = cells.indexOf(field);
      else if (cells[0] === '%R' && current === table && at > 0) cells[at] = to;
      return cells.join('\t');
    }).join('\n');
  };
  const takt = (): string => decodeText(readFileSync(join(P6_DIR, 'takt-building.xer'))).text;

  it('a project calendar the file does not have is said, with the default one used instead (tester round 68 F7)', () => {
    const found = importXer(withCells(takt(), 'PROJECT', 'clndr_id', '999'), {}).findings.filter((f) => f.topic === 'calendar');
    expect(found.map((f) => renderMessage(f.message))).toEqual(['the project\'s calendar 999 is not in the CALENDAR table; "Standard 5 Day Workweek", marked as default, is used']);
    // None marked: the file's one activity calendar, said as such (tester round 71 F6: "marked as default").
    const unmarked = importXer(withCells(withCells(takt(), 'PROJECT', 'clndr_id', '999'), 'CALENDAR', 'default_flag', 'N'), {}).findings.filter((f) => f.topic === 'calendar');
    expect(unmarked.map((f) => renderMessage(f.message))).toEqual(['the project\'s calendar 999 is not in the CALENDAR table; "Standard 5 Day Workweek", the file\'s one activity calendar, is used']);
    expect(renderMessage(unmarked[0]!.message, 'nb')).toBe('prosjektets kalender 999 finnes ikke i CALENDAR-tabellen; «Standard 5 Day Workweek», filens eneste aktivitetskalender, brukes');
  });

  it('no project calendar, none marked as default, no activity calendar: the file\'s one activity calendar, as P6 computed (round 68 F7)', async () => {
    const bare = (text: string): string => withCells(withCells(withoutActivityCalendars(text), 'PROJECT', 'clndr_id', ''), 'CALENDAR', 'default_flag', 'N');
    const r = await fidelity('takt-building.xer', bare);
    expect(r.misses).toEqual([]);
    expect([r.allFinishes, r.floats.matching]).toEqual([25, 25]);
    expect(importXer(bare(takt()), {}).findings.filter((f) => f.topic === 'calendar')).toEqual([]);
  }, 120_000);

  it('no calendar the project or its activities can be on: the stand-in is said as such, not as a calendar of the file (round 68 F7)', () => {
    // Two activity calendars, neither the project's nor marked: which one P6 would use cannot be told.
    const text = withCells(withCells(withoutActivityCalendars(takt()), 'PROJECT', 'clndr_id', ''), 'CALENDAR', 'default_flag', 'N').replace('\tCA_Rsrc\t', '\tCA_Base\t');
    const said = importXer(text, {}).findings.filter((f) => f.topic === 'calendar').map((f) => renderMessage(f.message));
    expect(said[0]).toBe('no calendar of the file is the project\'s, marked as default or named by its activities: Monday–Friday of 8 hours assumed, with no holidays');
    expect(said.slice(1).every((m) => m.endsWith('names no calendar, and the project has none in the file; the plan\'s calendar is used'))).toBe(true);
    expect(said.some((m) => m.includes('clndr_data'))).toBe(false);
  });

  it('takt-building with every activity on a calendar the file does not have: the plan on the project\'s, as P6 computed (tester round 68 F7)', async () => {
    const r = await fidelity('takt-building.xer', (text) => withoutActivityCalendars(text, '999'));
    // Every activity's calendar is said as not in the file, so none is untouched: all of them compared.
    expect([r.allFinishes, r.allFloats]).toEqual([25, 25]);
  }, 120_000);
});
