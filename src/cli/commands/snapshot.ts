// `milepel snapshot`: records {reported: T, forecast: current} in each open milestone's history when the forecast moved.
import { formatDay } from '../../calendar/index.js';
import { addHistoryEntries, type HistoryEntryEdit } from '../../edit/history.js';
import type { Milestone } from '../../model/types.js';
import { escapeControl } from '../../report/safe-text.js';
import type { Io } from '../io.js';
import type { CommonOptions } from '../options.js';
import { UsageError } from '../usage-error.js';
import { commitEdits, findIndexInFile, openSession, readRaw, reportIntroduced, lookupSourceLines, type EditSession, type FileEdit } from './edit-session.js';

type Decision = { kind: 'append' | 'replace'; entry: HistoryEntryEdit } | { kind: 'unchanged' | 'done' | 'ahead' };

/** What to record for one milestone at status date T. */
export function decideSnapshot(m: Milestone, today: number, readLastItemReported: string | undefined): Decision {
  if (m.actual) return { kind: 'done' };
  const current = m.forecast ?? m.date;
  const latest = m.history[m.history.length - 1];
  const entry = (replaceLast: boolean): HistoryEntryEdit => ({ milestone: findIndexInFile(m), reported: formatDay(today), forecast: current.written, replaceLast });
  if (latest === undefined) return { kind: 'append', entry: entry(false) };
  if (latest.reported > today) return { kind: 'ahead' };
  if (latest.forecast.day === current.day) return { kind: 'unchanged' };
  // Reported today already, and that entry is the file's last: correct it rather than add a second one for the same day.
  if (latest.reported === today && readLastItemReported === formatDay(today)) return { kind: 'replace', entry: entry(true) };
  return latest.reported === today ? { kind: 'unchanged' } : { kind: 'append', entry: entry(false) };
}

/** The `reported` text of the last item of `milestones[i].history` in the parsed file, if any. */
function readLastItemReported(session: EditSession, m: Milestone): string | undefined {
  const data = session.analysis.sources.find((s) => s.file === m.origin.file)?.data as { milestones?: unknown } | undefined;
  const item: unknown = Array.isArray(data?.milestones) ? data.milestones[findIndexInFile(m)] : undefined;
  const history = (item as { history?: unknown } | null | undefined)?.history;
  const last: unknown = Array.isArray(history) ? history[history.length - 1] : undefined;
  const reported = (last as { reported?: unknown } | null | undefined)?.reported;
  return typeof reported === 'string' ? reported : undefined;
}

export function runSnapshot(io: Io, paths: readonly string[], options: CommonOptions): number {
  const session = openSession(io, paths, options);
  const { workspace: ws, today } = session.analysis;
  const byFile = new Map<string, { m: Milestone; entry: HistoryEntryEdit; kind: 'append' | 'replace' }[]>();
  const skipped = { unchanged: 0, done: 0, ahead: [] as string[] };
  for (const m of ws.milestones) {
    // A gate's node has no history to append to: its decision is recorded as `decided`.
    if (m.gate !== undefined) continue;
    if (options.plan !== undefined && ws.plans[m.plan]!.id !== options.plan) continue;
    const d = decideSnapshot(m, today, readLastItemReported(session, m));
    if (d.kind === 'unchanged' || d.kind === 'done') skipped[d.kind]++;
    else if (d.kind === 'ahead') skipped.ahead.push(m.ref);
    else if (d.kind === 'append' || d.kind === 'replace') {
      const items = byFile.get(m.origin.file) ?? [];
      items.push({ m, entry: d.entry, kind: d.kind });
      byFile.set(m.origin.file, items);
    }
  }
  const T = formatDay(today);
  const notes = [
    skipped.unchanged > 0 ? `${skipped.unchanged} unchanged` : '',
    skipped.done > 0 ? `${skipped.done} done` : '',
    skipped.ahead.length > 0 ? `${skipped.ahead.length} with history after ${T} left alone (${skipped.ahead.map(escapeControl).join(', ')})` : '',
  ].filter(Boolean).join(', ');
  if (byFile.size === 0) {
    io.stdout(`snapshot ${T}: nothing to record${notes ? ` (${notes})` : ''}; no file written\n`);
    return 0;
  }
  const edits: FileEdit[] = [];
  const lines: string[] = [];
  for (const [file, items] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const before = readRaw(session, file);
    const outcome = addHistoryEntries(before, items.map((i) => i.entry));
    if (!outcome.ok) throw new UsageError(`${file}: cannot add history entries: ${outcome.message}`);
    edits.push({ file, before, after: outcome.text });
    items.forEach((item, k) => {
      const what = `{reported: ${T}, forecast: ${escapeControl(item.entry.forecast)}}`;
      const change = item.kind === 'replace' ? `history ${what} (today's entry updated)` : `history + ${what}`;
      lines.push(`${escapeControl(file)}:${outcome.lines[k]}: ${escapeControl(item.m.ref)} ${change}`);
    });
  }
  const added = commitEdits(session, edits);
  const count = lines.length;
  io.stdout(`${lines.join('\n')}\nsnapshot ${T}: ${count} ${count === 1 ? 'entry' : 'entries'} recorded in ${edits.length} ${edits.length === 1 ? 'file' : 'files'}${notes ? ` (${notes})` : ''}\n`);
  reportIntroduced(session, added, lookupSourceLines(session, edits));
  return 0;
}
