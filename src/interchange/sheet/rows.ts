// Rows of a milestone sheet (CSV or XLSX) → one plan: each row a milestone, `after` as `MP1; MP2+5d`, findings with the row's line.
import { msg, msg0, type Message } from '../../messages/index.js';
import { formatDay, isWorkingUnit, MAX_DURATION_N, parseDateValue, parseDuration, UNIT_DAYS, type DayNumber, type DurationUnit } from '../../calendar/index.js';
import type { ImportFinding } from '../finding.js';
import { IdAllocator, toPlanId } from '../ids.js';
import type { ImportedLink, ImportedLinkAt, ImportedMilestone, ImportedPlan } from '../plan-model.js';
import { parseAfter } from './after.js';
import { columnKey, type ColumnKey } from './columns.js';
import { STATUS_WORDS } from '../../model/status-words.js';

/**
 * A cell: text, a day number from a spreadsheet date cell, or a date cell whose serial is no day from 0001-01-01 to
 * 9999-12-31 (`notDay`: the serial, null when it is no finite number), which no column takes as a date.
 */
export type SheetValue = string | { readonly day: DayNumber } | { readonly notDay: number | null; readonly cell: string };

/** A cell as text: a date cell's day as YYYY-MM-DD, an unusable date cell's serial (nothing when it has none). */
function cellText(v: SheetValue): string {
  if (typeof v === 'string') return v.trim();
  if ('day' in v) return formatDay(v.day);
  return v.notDay === null ? '' : String(v.notDay);
}

export interface SheetRow {
  /** 1-based line (CSV) or row number (XLSX). */
  readonly line: number;
  readonly cells: readonly SheetValue[];
}

export interface Sheet {
  readonly headerLine: number;
  readonly header: readonly string[];
  readonly rows: readonly SheetRow[];
  /** Whether each row's `line` is a workbook's row number (XLSX), not a line of text (CSV). */
  readonly isRowNumber?: boolean;
}

export interface SheetOptions {
  readonly name: string;
  readonly planId?: string;
}

/**
 * A duration cell with a fraction (`1,5d` with a decimal comma, `2.5w`, `1.5`), as whole days of its kind rounded half
 * up (a duration is never negative), and the exact days; undefined for a cell that is no such number.
 */
function fractionalDuration(text: string): { duration: { n: number; unit: 'd' | 'ed' }; exact: number } | undefined {
  const m = /^(\d+[.,]\d+)\s*(d|w|ed|ew)?$/i.exec(text.trim());
  if (m === null) return undefined;
  const unit = (m[2] ?? 'd').toLowerCase() as DurationUnit;
  const exact = Number(m[1]!.replace(',', '.')) * UNIT_DAYS[unit];
  const n = Math.round(exact);
  return n > MAX_DURATION_N ? undefined : { duration: { n, unit: isWorkingUnit(unit) ? 'd' : 'ed' }, exact };
}

const DMY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * The plan of a sheet's rows, with what it could not carry over in `findings` (SPEC §10), and every link it kept in
 * `links`, in row order with the row's line, for the checks every import makes (loops.ts, called by importSchedule).
 */
export function sheetToPlan(sheet: Sheet, options: SheetOptions, findings: ImportFinding[], links: ImportedLinkAt[] = []): ImportedPlan {
  const columns = new Map<ColumnKey, number>();
  sheet.header.forEach((name, i) => {
    const key = columnKey(name);
    if (name.trim() === '') return;
    if (key === undefined) findings.push({ kind: 'dropped', topic: 'column', line: sheet.headerLine, message: msg('import.sheet.unknown-column', { name, column: i + 1 }) });
    else if (columns.has(key)) findings.push({ kind: 'dropped', topic: 'column', line: sheet.headerLine, message: msg('import.sheet.repeated-column', { name, column: i + 1, key }) });
    else columns.set(key, i);
  });
  if (!columns.has('id') || !columns.has('date')) findings.push({ kind: 'dropped', topic: 'column', line: sheet.headerLine, message: msg('import.sheet.missing-column', { column: !columns.has('id') ? 'id' : 'date' }) });
  // Every id the sheet writes is held for its own row, rows left out included, as the cell has it: one with blanks
  // around it yields to the same id written without (IdAllocator).
  const written = (row: SheetRow): string => {
    const v = row.cells[columns.get('id') ?? -1] ?? '';
    return typeof v === 'string' ? v : cellText(v);
  };
  const ids = new IdAllocator(sheet.rows.map(written));
  /** Each kept row's id as written and the id it got, in row order (see parseAfter's `known`). */
  const kept: { raw: string; id: string }[] = [];
  /**
   * Each id the import numbered (`MP1-2` for a second row `MP1`, or for a row whose cleaned id another row has), with
   * its row and the id it would have had: no id the sheet writes, so no `after` entry names it (tester round 79 F3).
   */
  const numbered = new Map<string, { line: number; base: string }>();
  const drafts: { row: SheetRow; id: string; after: string }[] = [];
  const milestones: (ImportedMilestone & { after: ImportedLink[] })[] = [];
  /** The first row left out per id it writes (trimmed) and why, for the `after` entries that name it (afterUnknown). */
  const leftOut = new Map<string, { line: number; why: 'no-date' | 'bad-date' | 'date-cell'; value: string }>();
  for (const row of sheet.rows) {
    const get = (key: ColumnKey): SheetValue => row.cells[columns.get(key) ?? -1] ?? '';
    const text = (key: ColumnKey): string => cellText(get(key));
    if (row.cells.every((c) => typeof c === 'string' && c.trim() === '')) continue;
    const raw = text('id');
    const note = (kind: ImportFinding['kind'], topic: ImportFinding['topic'], message: Message): void => void findings.push({ kind, topic, line: row.line, ...(raw !== '' ? { activity: raw } : {}), message });
    if (raw === '') { note('dropped', 'row', msg0('import.sheet.no-id')); continue; }
    // The row's id as written until the row is kept: a row left out takes no id, so a later row with the same one keeps
    // it (a tester's later A became A-2, and the rows after A named no row).
    let id = raw;
    // A date cell whose serial is no day is said as such (not as text that is no date), as a missing date would be.
    const notDay = (key: ColumnKey, isRow: boolean): boolean => {
      const v = get(key);
      if (typeof v === 'string' || !('notDay' in v)) return false;
      note('dropped', isRow ? 'row' : 'value', msg('import.xlsx.serial-not-day', { id, key, cell: v.cell, serial: v.notDay, isRow }));
      if (isRow && !leftOut.has(raw)) leftOut.set(raw, { line: row.line, why: 'date-cell', value: v.cell });
      return true;
    };
    if (notDay('date', true)) continue;
    const read = readDate(get('date'), true);
    if (typeof read !== 'string') {
      // An empty date cell (or a short row) says so, not that "" is not a date (a tester's finding).
      const isEmpty = text('date') === '' && typeof get('date') === 'string';
      note('dropped', 'row', isEmpty ? msg('import.sheet.no-date', { id }) : msg('import.sheet.bad-date', { id, value: text('date'), problem: read }));
      if (!leftOut.has(raw)) leftOut.set(raw, { line: row.line, why: isEmpty ? 'no-date' : 'bad-date', value: text('date') });
      continue;
    }
    const date = read;
    const allocated = ids.allocate(written(row));
    id = allocated.id;
    if (allocated.isRepeated || allocated.taken !== null) numbered.set(id, { line: row.line, base: allocated.taken ?? raw });
    // A sheet's cells are read without the blanks around them, silently; the blanks are said only when they are why
    // the id changed (` A-100` when a row is `A-100`: the cell as written is no milepel id).
    if (id !== raw) note('approximated', 'id', msg('import.sheet.id-changed', { written: allocated.taken === raw ? written(row) : raw, id, repeated: allocated.isRepeated, taken: allocated.taken }));
    // Values past the header's last column have no column to go to: say so rather than lose them quietly.
    const beyond = row.cells.slice(sheet.header.length).filter((c) => typeof c !== 'string' || c.trim() !== '').length;
    if (beyond > 0) note('dropped', 'value', msg('import.sheet.extra-values', { id, count: beyond, columns: sheet.header.length }));
    const optional = (key: ColumnKey, allowPeriod: boolean): string | undefined => {
      if (notDay(key, false) || text(key) === '') return undefined;
      const value = readDate(get(key), allowPeriod);
      if (typeof value !== 'string') note('dropped', 'value', msg('import.sheet.bad-value-date', { id, key, value: text(key), allowPeriod, problem: value }));
      return typeof value === 'string' ? value : undefined;
    };
    const forecast = optional('forecast', true);
    const actual = optional('actual', false);
    const deadline = optional('deadline', true);
    const durationText = text('duration');
    const whole = durationText === '' ? undefined : parseDuration(/^\d+$/.test(durationText) ? `${durationText}d` : durationText.replace(/\s+/g, ''));
    // A fraction (`1,5d`, `2.5w`) is rounded to whole days as a lag's is (after.ts), and said (tester round 27 F6: it
    // was left out while the same sheet's `A+1,5d` was rounded).
    const fraction = whole === undefined && durationText !== '' ? fractionalDuration(durationText) : undefined;
    const duration = whole ?? fraction?.duration;
    // A fraction that is whole (`1,0d`, which Norwegian Excel writes for a number cell with a decimal) is exact: not said
    // (tester round 99 F5: "1 working days … rounded to 1d", exit 1), as a lag's is not (after.ts).
    if (fraction !== undefined && Math.abs(fraction.exact - fraction.duration.n) > 1e-9) note('approximated', 'value', msg('import.sheet.duration-rounded', { id, value: durationText, exact: fraction.exact, elapsed: fraction.duration.unit === 'ed', days: fraction.duration.n }));
    else if (durationText !== '' && duration === undefined) note('dropped', 'value', msg('import.sheet.bad-duration', { id, value: durationText }));
    const statusText = text('status').toLowerCase();
    const status = STATUS_WORDS.get(statusText);
    if (statusText !== '' && status === undefined) note('dropped', 'value', msg('import.sheet.bad-status', { id, value: text('status') }));
    const responsible = text('responsible');
    kept.push({ raw: raw.trim(), id });
    // SPEC §10: what is not carried over exactly is said; a row with an empty title cell gets its id as the title (a
    // sheet without a title column says nothing of titles at all).
    if (columns.has('title') && text('title') === '') note('approximated', 'title', msg('import.sheet.no-title', { id }));
    drafts.push({ row, id, after: text('after') });
    milestones.push({
      id, title: text('title') || id, date,
      ...(forecast !== undefined ? { forecast } : {}), ...(actual !== undefined ? { actual } : {}), ...(deadline !== undefined ? { deadline } : {}),
      ...(duration !== undefined ? { durationDays: duration.n, durationUnit: duration.unit } : {}),
      ...(responsible !== '' ? { responsible } : {}), ...(status !== undefined ? { status } : {}),
      after: [],
    });
  }
  // An id as the sheet writes it names its row first (a tester's `after: Øst` was dropped when the row became Ost);
  // then the ids written, for a sheet that names a row by the id it got.
  // A row that kept the id it writes goes first: ` A-100` (numbered) does not take `A-100` from the row A-100.
  // A number the import added names no row: the sheet never wrote it, and `MP1-2` with a second row `MP1` is still MP1
  // with a lead of 2 days, not that row (tester round 79 F3); only a cleaned id (`MP1 2` → `MP1-2`) is the sheet's text.
  const known = new Map<string, string>();
  for (const k of kept) if (k.raw === k.id) known.set(k.raw, k.id);
  for (const k of kept) if (!known.has(k.raw)) known.set(k.raw, k.id);
  for (const k of kept) if (!known.has(k.id) && !numbered.has(k.id)) known.set(k.id, k.id);
  /** The id as written of each kept row whose id had to change, by the id it got (parseAfter's `isWritten`). */
  const rawIds = new Set(kept.map((k) => k.raw));
  const writtenAs = new Map<string, string>();
  for (const k of kept) if (k.raw !== k.id && !rawIds.has(k.id) && !numbered.has(k.id)) writtenAs.set(k.id, k.raw);
  /** The id every row writes, kept or left out (SPEC §10: ids are kept whether or not the row is left out). */
  const writtenIds = new Set(sheet.rows.map((row) => cellText(row.cells[columns.get('id') ?? -1] ?? '')).filter((raw) => raw !== ''));
  // A row that was left out is still a row (`after: 3` with row 3 left out for having no date was said to name "no
  // row's id", though the comma rule counts it as one): the link names it, where it is, and why it is not in the plan.
  const afterUnknown = (id: string, ref: string, column: string): Message => {
    const given = numbered.get(ref);
    if (given !== undefined) return msg('import.sheet.after-numbered-id', { id, column, ref, ...given, isRowNumber: sheet.isRowNumber === true });
    const gone = leftOut.get(ref);
    return gone === undefined ? msg('import.sheet.unknown-after', { id, column, ref }) : msg('import.sheet.after-left-out', { id, column, ref, ...gone, isRowNumber: sheet.isRowNumber === true });
  };
  // The links column as the sheet's header names it (`Etter`), in every finding of it (tester round 21 #7).
  const column = sheet.header[columns.get('after') ?? -1]?.trim() ?? 'after';
  milestones.forEach((m, i) => {
    const draft = drafts[i];
    if (draft === undefined) return;
    const note = (kind: ImportFinding['kind'], message: Message, topic: ImportFinding['topic'] = 'link', link?: ImportedLink): void => void findings.push({ kind, topic, line: draft.row.line, activity: m.id, message, ...(link !== undefined ? { link } : {}) });
    const drop = (message: Message): void => note('dropped', message);
    const said = findings.length;
    /** Leaves `a` out, said by `message` alone: what was said of its entry (a lag rounded) is moot (tester round 21 #12). */
    const dropLink = (a: ImportedLink, message: Message): void => {
      for (let k = findings.length - 1; k >= said; k--) if (findings[k]!.link === a) findings.splice(k, 1);
      drop(message);
    };
    // Where a comma may be a decimal comma, a row's id is any other row's, those left out included (splitAfter).
    const isRow = (ref: string): boolean => (known.has(ref) ? known.get(ref) !== m.id : writtenIds.has(ref));
    for (const a of parseAfter(draft.after, known, (problem) => {
      if ('renamed' in problem) note('approximated', msg('import.sheet.after-renamed-id', { id: m.id, column, entry: problem.renamed, raw: writtenAs.get(problem.renamed) ?? problem.renamed }), 'link', problem.link);
      else if ('guessed' in problem) {
        const given = numbered.get(problem.guessed);
        note('approximated', msg('import.sheet.after-bare-lead', { id: m.id, column, entry: problem.guessed, ref: problem.ref, days: problem.days, ...(given !== undefined ? { numbered: { ...given, isRowNumber: sheet.isRowNumber === true } } : {}) }), 'link', problem.link);
      }
      // A lag that is no whole number of days is under `hours`, as P6's and MS Project's are (README's topics).
      else if ('rounded' in problem) note('approximated', msg('import.sheet.after-lag-rounded', { id: m.id, column, entry: problem.rounded, exact: problem.exact, elapsed: problem.elapsed, days: problem.days }), problem.hours === true ? 'hours' : 'value', problem.link);
      else if ('entry' in problem) drop(msg('import.sheet.bad-after-entry', { id: m.id, column, entry: problem.entry }));
      else drop(afterUnknown(m.id, problem.ref, column));
    }, isRow, (ref) => !writtenAs.has(ref))) {
      // A row after itself would be a dependency cycle of one (an error of validate's): left out and said.
      if (a.id === m.id) dropLink(a, msg('import.sheet.self-after', { id: m.id, column }));
      // A plan file holds at most five digits of lag (schemas/plan.schema.json), as the P6 and MS Project importers
      // say: a longer one was written, and the plan failed validate's schema after an import said "exactly".
      else if (Math.abs(a.lagDays) > MAX_DURATION_N) dropLink(a, msg('import.lag-too-long', { link: `${a.id} → ${m.id}`, days: a.lagDays, unit: a.lagUnit ?? 'd', max: MAX_DURATION_N }));
      else {
        m.after.push(a);
        links.push({ milestone: m, link: a, line: draft.row.line });
      }
    }
  });
  const base = (options.name.split(/[\\/]/).pop() ?? options.name).replace(/\.[^.]*$/, '');
  return { id: options.planId ?? toPlanId(base, 'imported'), title: base || 'Imported plan', milestones, source: 'milestone sheet' };
}

/**
 * The value as a date's text, or why it is none: a Message when it has a date's form but names no day (`31.02.2026`,
 * said with the text as written: a tester read "is not a date (YYYY-MM-DD, DD.MM.YYYY, …)" for it), else null.
 */
function readDate(value: SheetValue, allowPeriod: boolean): string | Message | null {
  if (typeof value !== 'string') return 'day' in value ? formatDay(value.day) : null;
  const text = value.trim();
  const dmy = DMY.exec(text);
  const iso = dmy === null ? text : `${dmy[3]}-${(dmy[2] ?? '').padStart(2, '0')}-${(dmy[1] ?? '').padStart(2, '0')}`;
  const parsed = parseDateValue(iso, allowPeriod);
  if (parsed.ok) return parsed.value.isPeriod ? parsed.value.written : formatDay(parsed.value.day);
  if (parsed.reason !== 'nonexistent') return null;
  const data = parsed.message.data as Record<string, unknown>;
  return 'text' in data ? ({ ...parsed.message, data: { ...data, text } } as Message) : parsed.message;
}
