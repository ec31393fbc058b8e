// `gates` as text: one row per decision point — date, deciding body and the meeting that serves it, readiness margin.
import type { FormatOptions } from '../../diagnostics/types.js';
import { ABSENT, formatDate, formatShownDate } from '../locale.js';
import { displayWidth, maxOf, renderTable, type Column } from '../table.js';
import { escapeControl } from '../safe-text.js';
import type { GatesReport } from './model.js';

const WORDS = {
  en: { none: 'No gates (decision points) in the plans.', gate: 'Gate', title: 'Decision', date: 'Date', body: 'Body', meeting: 'Meeting', ready: 'Ready', margin: 'Margin', status: 'Status', ok: 'ok', late: 'LATE', noMeeting: 'NO MEETING', decided: 'decided', undated: 'not dated', days: 'wd', next: 'next' },
  nb: { none: 'Ingen beslutningspunkter i planene.', gate: 'Punkt', title: 'Beslutning', date: 'Dato', body: 'Organ', meeting: 'Møte', ready: 'Klar', margin: 'Margin', status: 'Status', ok: 'ok', late: 'FOR SENT', noMeeting: 'INGEN MØTE', decided: 'besluttet', undated: 'ikke datert', days: 'ad', next: 'neste' },
} as const;

export function formatGatesText(report: GatesReport, options: FormatOptions): string {
  const w = WORDS[options.locale];
  if (report.rows.length === 0) return `${w.none}\n`;
  const date = (d: number): string => formatDate(d, options.locale);
  const columns: Column[] = [
    { header: w.gate }, { header: w.title, flex: true, min: 10 }, { header: w.date }, { header: w.body }, { header: w.meeting },
    { header: w.ready }, { header: w.margin, align: 'right' }, { header: w.status },
  ];
  const rows = report.rows.map((r) => {
    const when = r.decided !== undefined ? `${date(r.decided)} ${w.decided}` : r.current !== undefined ? date(r.current) : w.undated;
    const meeting = r.meeting ?? (r.body === undefined || r.current === undefined ? '' : r.nextMeeting !== undefined ? `– (${w.next} ${r.nextMeeting})` : '–');
    const ready = r.ready === undefined ? '' : `${r.ready.milestone.slice(r.ready.milestone.indexOf('/') + 1)} ${formatShownDate(r.ready.projected, options.locale)}`;
    const margin = r.ready === undefined ? '' : r.ready.margin === null ? ABSENT : `${r.ready.margin > 0 ? '+' : ''}${r.ready.margin} ${w.days}`;
    const status = r.ok ? w.ok : r.body !== undefined && r.meeting === undefined && r.current !== undefined ? w.noMeeting : w.late;
    return [r.ref, r.title, when, r.body ?? '', meeting, ready, margin, r.current === undefined ? '' : status];
  });
  // Too narrow even with the decision cut short: give up the ready milestone, the body, then the meeting.
  const need = (k: readonly boolean[]): number => columns.reduce((sum, c, i) => (k[i] ? sum + 2 + (c.flex ? c.min ?? 8 : maxOf(rows.map((r) => displayWidth(escapeControl(r[i] ?? ''))), displayWidth(c.header))) : sum), -2);
  let keep = columns.map(() => true);
  for (const drop of [5, 3, 4]) if (need(keep) > options.width) keep = keep.map((k, i) => k && i !== drop);
  const pick = <T>(list: readonly T[]): T[] => list.filter((_, i) => keep[i]);
  return `${renderTable(pick(columns), rows.map(pick), options.width).join('\n')}\n`;
}
