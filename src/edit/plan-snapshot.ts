// `snapshot` as a pure function: texts and the status date in; new file texts and the lines to print out.
import { formatDay } from '../calendar/index.js';
import type { Milestone } from '../model/types.js';
import { msg, renderMessage, type Message } from '../messages/index.js';
import { escapeControl } from '../report/safe-text.js';
import { addHistoryEntries, type HistoryEntryEdit } from './history.js';
import { addHistoryEntriesFast } from './history-fast.js';
import { mayHaveAnchor } from './shared-node.js';
import { type EditInput, type EditPlan, type EditText } from './plan-set.js';
import { findIndexInFile } from './resolve-ref.js';
import { findBadDateRefusal, findBadStatusDateRefusal, findDuplicateRefusal, findSyntaxRefusal } from './refusal.js';

type Decision = { kind: 'append' | 'replace'; entry: HistoryEntryEdit } | { kind: 'unchanged' | 'done' | 'ahead' };

/** What to record for one milestone at status date T (a day number). */
/**
 * What to record for one milestone at status date T (a day number). `todayItem`: the index of the file's `history`
 * item reported on T (the last one, as the model's latest entry is), when there is one (readTodayItem).
 */
export function decideSnapshot(m: Milestone, today: number, todayItem: number | undefined): Decision {
  if (m.actual) return { kind: 'done' };
  const current = m.forecast ?? m.date;
  // The entries sorted by report date (model/read-milestone-dates.ts): the latest, whatever order the file lists them in.
  const latest = m.history[m.history.length - 1];
  const entry = (replace: number | null): HistoryEntryEdit => ({ milestone: findIndexInFile(m), reported: formatDay(today), forecast: current.written, replace });
  if (latest === undefined) return { kind: 'append', entry: entry(null) };
  if (latest.reported > today) return { kind: 'ahead' };
  if (latest.forecast.day === current.day) return { kind: 'unchanged' };
  if (latest.reported !== today) return { kind: 'append', entry: entry(null) };
  // Reported today already: correct that entry rather than add a second one for the same day, wherever the list has
  // it (newest first, or an older report added after it: a tester's newest-first list was "unchanged", tester round 9 #4).
  return todayItem === undefined ? { kind: 'unchanged' } : { kind: 'replace', entry: entry(todayItem) };
}

/**
 * The index of the last item of `milestones[i].history` in the parsed file whose `reported` is `today` as written
 * (YYYY-MM-DD), if any; `sourceIndex` gives the index of each file's source (a search of the sources per milestone
 * was 10^9 comparisons for 100,000 milestones in 10,000 files, issue #18).
 */
function readTodayItem(input: EditInput, sourceIndex: ReadonlyMap<string, number>, m: Milestone, today: string): number | undefined {
  const data = input.analysis.sources[sourceIndex.get(m.origin.file) ?? -1]?.data as { milestones?: unknown } | undefined;
  const item: unknown = Array.isArray(data?.milestones) ? data.milestones[findIndexInFile(m)] : undefined;
  const history = (item as { history?: unknown } | null | undefined)?.history;
  if (!Array.isArray(history)) return undefined;
  for (let i = history.length - 1; i >= 0; i--) {
    const reported = (history[i] as { reported?: unknown } | null | undefined)?.reported;
    if (reported === today) return i;
  }
  return undefined;
}

/**
 * Records `{reported: T, forecast: current}` for each open milestone (of `planId`, when given) whose forecast moved.
 * `isTodayGiven`: T is --today, not read from the plans' status dates (a bad one is then no reason to refuse).
 */
export function planSnapshot(input: EditInput, planId: string | undefined, isTodayGiven = false): EditPlan {
  const refused = findSyntaxRefusal(input.analysis, planId) ?? findDuplicateRefusal(input.analysis) ?? findBadDateRefusal(input.analysis, planId)
    ?? (isTodayGiven ? undefined : findBadStatusDateRefusal(input.analysis));
  if (refused !== undefined) return { ok: false, message: refused };
  const { workspace: ws, today } = input.analysis;
  // A workspace reads each file once (cli/load.ts findPlanFiles), so each file has one source.
  const sourceIndex = new Map(input.analysis.sources.map((s, i) => [s.file, i]));
  const byFile = new Map<string, { m: Milestone; entry: HistoryEntryEdit; kind: 'append' | 'replace' }[]>();
  const skipped = { unchanged: 0, done: 0, ahead: [] as string[] };
  const T = formatDay(today);
  for (const m of ws.milestones) {
    // A gate's node has no history to append to: its decision is recorded as `decided`.
    if (m.gate !== undefined) continue;
    if (planId !== undefined && ws.plans[m.plan]!.id !== planId) continue;
    const d = decideSnapshot(m, today, readTodayItem(input, sourceIndex, m, T));
    if (d.kind === 'unchanged' || d.kind === 'done') skipped[d.kind]++;
    else if (d.kind === 'ahead') skipped.ahead.push(m.ref);
    else if (d.kind === 'append' || d.kind === 'replace') {
      const items = byFile.get(m.origin.file) ?? [];
      items.push({ m, entry: d.entry, kind: d.kind });
      byFile.set(m.origin.file, items);
    }
  }
  // A milestone without a date, forecast or actual has no schedule node and nothing to record: named, not dropped
  // silently from the counts (tester round 46 F8).
  const undated = (ws.undated ?? []).filter((u) => planId === undefined || ws.plans[u.plan]!.id === planId).map((u) => escapeControl(u.ref));
  const left = { today, unchanged: skipped.unchanged, done: skipped.done, ahead: skipped.ahead.map(escapeControl), undated };
  const say = (m: Message): string => renderMessage(m, input.locale);
  if (byFile.size === 0) return { ok: true, edits: [], lines: [say(msg('cli.snapshot.nothing', left))], introduced: [] };
  const edits: EditText[] = [];
  const lines: string[] = [];
  const files = [...byFile.keys()].sort((a, b) => (sourceIndex.get(a) ?? 0) - (sourceIndex.get(b) ?? 0) || (a < b ? -1 : 1));
  for (const file of files) {
    const items = byFile.get(file)!;
    const before = input.texts.get(file);
    if (before === undefined) return { ok: false, message: msg('edit.snapshot.not-read', { file: escapeControl(file) }) };
    const entries = items.map((i) => i.entry);
    const parsed = input.analysis.sources[sourceIndex.get(file) ?? -1];
    // A text that may hold an anchor is edited through the whole document, which sees them (shared-node.ts).
    const outcome = (parsed === undefined || mayHaveAnchor(before) ? undefined : addHistoryEntriesFast(before, parsed, entries)) ?? addHistoryEntries(before, entries);
    if (!outcome.ok) return { ok: false, message: msg('edit.snapshot.refused', { file: escapeControl(file), reason: outcome.message }) };
    edits.push({ file, before, after: outcome.text, ...(outcome.splices === undefined ? {} : { splices: outcome.splices }) });
    items.forEach((item, k) => {
      const at = `${escapeControl(file)}:${outcome.lines[k]}`;
      lines.push(say(msg('cli.snapshot.entry', { at, ref: escapeControl(item.m.ref), reported: T, forecast: escapeControl(item.entry.forecast), replaced: item.kind === 'replace' })));
    });
  }
  lines.push(say(msg('cli.snapshot.recorded', { ...left, entries: lines.length, files: edits.length })));
  return { ok: true, edits, lines, introduced: NOTHING_INTRODUCED };
}

/**
 * What a snapshot introduces: nothing. The edits (checked by history.ts / history-check.ts) change only the history
 * lists of the milestones they name, appending `{reported: T, forecast: <the current forecast as written>}` or
 * correcting the forecast of the entry reported on T. No rule and not the schedule reads `history` (it feeds the slippage and
 * trend reports only: src/schedule/slippage.ts, trend.ts); the entry is valid for the schema and for invalid-date (T is a
 * day; the forecast was read as a valid date or period from the milestone, and reads back as it, or the edit is
 * refused). So a second analysis of the whole workspace, which cost as much as the first, is not run
 * (test/edit/snapshot-introduced.test.ts compares with that analysis on every fixture).
 */
const NOTHING_INTRODUCED: readonly [] = [];
