// `milepel export --format mermaid`: a Mermaid gantt (bare, ready for a ```mermaid fence) — a section per plan and per body.
import { formatDay } from '../../calendar/index.js';
import { formatDate, word, type Locale } from '../locale.js';
import { escapeControl } from '../safe-text.js';
import { buildTimeline, type TimelineSource } from '../gantt/timeline.js';
import { joinChunks, lineChunks } from '../chunks.js';

/** Task text that a line-start keyword rule of Mermaid's gantt lexer would take for a statement. */
const KEYWORD_START = /^(gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|acctitle|accdescr|section|click|href|call|\d{4}-\d\d-\d\d)/i;

/**
 * Plan text made safe for Mermaid: line breaks and tabs become spaces, other control characters
 * are shown escaped, and the characters that end or reinterpret a gantt statement are replaced:
 * `:` → `∶` (ratio sign), `;` → `,`, `#` → `♯`, runs of `%` → one `%`.
 */
export function sanitizeMermaidText(text: string): string {
  const flat = escapeControl(text.replace(/[\r\n\t\u2028\u2029\u0085]+/g, ' '));
  return flat.replace(/:/g, '∶').replace(/;/g, ',').replace(/#/g, '♯').replace(/%+/g, '%').replace(/\s+/g, ' ').trim();
}

/** Task text: never empty and never starting like a statement or a comment. */
function taskText(text: string): string {
  const safe = sanitizeMermaidText(text);
  if (safe === '') return '–';
  return KEYWORD_START.test(safe) || /^[%}]/.test(safe) ? `› ${safe}` : safe;
}

/** A task id Mermaid accepts and can be referred to: letters, digits and underscores, unique in the diagram. */
function createIds(): (prefix: string, ref: string) => string {
  const used = new Set<string>();
  return (prefix, ref) => {
    const base = `${prefix}_${ref.replace(/[^A-Za-z0-9]/g, '_')}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
    used.add(id);
    return id;
  };
}

/** The diagram as one string (tests, small workspaces): the pieces of mermaidChunks joined. */
export function formatMermaid(source: TimelineSource, locale: Locale): string {
  return joinChunks(mermaidChunks(source, locale));
}

/** The diagram in pieces that end at line ends: a million milestones' diagram is never one string. */
export function mermaidChunks(source: TimelineSource, locale: Locale): Iterable<string> {
  return lineChunks(mermaidLines(source, locale));
}

function mermaidLines(source: TimelineSource, locale: Locale): string[] {
  const timeline = buildTimeline(source);
  const idOf = createIds();
  const plans = timeline.sections.map((s) => s.plan.title);
  const heading = plans.length === 1 ? plans[0]! : word(locale, 'Milestones and meetings', 'Milepæler og møter');
  const lines = [
    'gantt',
    `    title ${sanitizeMermaidText(`${heading}, ${word(locale, 'status', 'status')} ${formatDate(timeline.today, locale)}`)}`,
    '    dateFormat YYYY-MM-DD',
    '    axisFormat %Y-%m-%d',
    // Mermaid's own marker shows the viewer's clock, not the status date of the plans.
    '    todayMarker off',
  ];
  for (const section of timeline.sections) {
    // A milestone whose projected date is left out (date-range, SPEC §4) has no day to be drawn on: no task.
    const rows = section.groups.flatMap((g) => g.rows.filter((r) => r.projected !== null));
    if (rows.length === 0) continue;
    // Mermaid draws section names in a narrow left margin, over the tasks: ids keep them short.
    lines.push(`    section ${taskText(section.plan.id)}`);
    for (const r of rows) {
      const tags = [r.isCritical ? 'crit' : undefined, r.isDone ? 'done' : undefined, 'milestone'].filter((t) => t !== undefined);
      lines.push(`    ${taskText(`${r.isGate ? 'Gate ' : ''}${r.id} ${r.title}`)} :${tags.join(', ')}, ${idOf('m', r.ref)}, ${formatDay(r.projected!)}, 0d`);
    }
  }
  for (const b of timeline.bodies) {
    if (b.meetings.length === 0) continue;
    lines.push(`    section ${taskText(b.id)}`);
    for (const m of b.meetings) {
      // The section already names the body: an untitled meeting is told apart by its date.
      const text = `${m.body} ${m.title ?? formatDate(m.date, locale)}`;
      lines.push(`    ${taskText(text)} :milestone, ${idOf('mtg', m.ref)}, ${formatDay(m.date)}, 0d`);
    }
  }
  return lines;
}
