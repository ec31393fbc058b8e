// `milepel export --format mermaid`: a Mermaid gantt (bare, ready for a ```mermaid fence) — a section per plan and per body.
import { formatDay } from '../../calendar/index.js';
import { formatDate, word, type Locale } from '../locale.js';
import { escapeControl } from '../safe-text.js';
import { buildTimeline, type TimelineSource } from '../gantt/timeline.js';
import { joinChunks, lineChunks } from '../chunks.js';

/** Task text that a line-start keyword rule of Mermaid's gantt lexer would take for a statement. */
const KEYWORD_START = /^(gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|acctitle|accdescr|section|click|href|call|\d{4}-\d\d-\d\d)/i;

/**
 * Text sanitizeMermaidText changes: escapeControl's unsafe units (safe-text.ts UNSAFE_UNIT: controls, line breaks and
 * tabs among them, bidi marks, surrogates, non-characters), the replaced `: ; # %`, whitespace other than a single space
 * (`\s+` becomes one space) and whitespace at either end (trimmed).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const MERMAID_CHANGED = /[\0-\x1f\x7f-\x9f:;#%\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]|\s\s|[^\S ]|^\s|\s$/;

/** Whitespace that `\s+` → ' ' changes: a run, or one character other than a space. */
const ODD_SPACE = /\s\s|[^\S ]/;

/**
 * Plan text made safe for Mermaid: line breaks and tabs become spaces, other control characters
 * are shown escaped, and the characters that end or reinterpret a gantt statement are replaced:
 * `:` → `∶` (ratio sign), `;` → `,`, `#` → `♯`, runs of `%` → one `%`.
 */
export function sanitizeMermaidText(text: string): string {
  // Most titles hold nothing any step below would change: returned as they are rather than passed through seven
  // regular expressions, one of which (`\s+` → ' ') makes a new string of every title with a space (issue #18).
  if (!MERMAID_CHANGED.test(text)) return text;
  const flat = escapeControl(text.replace(/[\r\n\t\u2028\u2029\u0085]+/g, ' ')).replace(/:/g, '∶').replace(/;/g, ',').replace(/#/g, '♯').replace(/%+/g, '%');
  // `\s+` → ' ' makes a new string of any text with a space: only when some whitespace is not one space.
  return (ODD_SPACE.test(flat) ? flat.replace(/\s+/g, ' ') : flat).trim();
}

/** Mermaid's own entities (`#name;`) for the characters DOMPurify changes in a diagram title. */
const TITLE_ENTITIES: ReadonlyMap<string, string> = new Map([['&', '#amp;'], ['<', '#lt;'], ['>', '#gt;']]);

/**
 * The diagram title: sanitizeMermaidText, then `&`, `<` and `>` as Mermaid's entities `#amp;`, `#lt;`, `#gt;`.
 * Mermaid passes the title, unlike task text, through DOMPurify, which showed `R&D` as `R&amp;D` and removed
 * `<utkast v2>` (a tester's finding); Mermaid turns its entities into characters only after that, so the title shows
 * as written. No entity comes from the text itself: sanitizeMermaidText has replaced its every `#` and `;`.
 */
export function mermaidTitleText(text: string): string {
  const safe = sanitizeMermaidText(text);
  return /[&<>]/.test(safe) ? safe.replace(/[&<>]/g, (ch) => TITLE_ENTITIES.get(ch) ?? ch) : safe;
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

/** The diagram's lines, made as they are written: 100,000 tasks' lines are not all held at once (issue #18). */
function* mermaidLines(source: TimelineSource, locale: Locale): Generator<string> {
  const timeline = buildTimeline(source);
  const idOf = createIds();
  const plans = timeline.sections.map((s) => s.plan.title);
  const heading = plans.length === 1 ? plans[0]! : word(locale, 'Milestones and meetings', 'Milepæler og møter');
  yield* [
    'gantt',
    `    title ${mermaidTitleText(`${heading}, ${word(locale, 'status', 'status')} ${formatDate(timeline.today, locale)}`)}`,
    '    dateFormat YYYY-MM-DD',
    // The axis's dates as the locale writes them (tester round 110 F4: ISO under a Norwegian title).
    `    axisFormat ${word(locale, '%Y-%m-%d', '%d.%m.%Y')}`,
    // Mermaid's own marker shows the viewer's clock, not the status date of the plans.
    '    todayMarker off',
  ];
  for (const section of timeline.sections) {
    // A milestone whose projected date is left out (date-range, SPEC §4) has no day to be drawn on: no task.
    const rows = section.groups.flatMap((g) => g.rows.filter((r) => r.projected !== null));
    if (rows.length === 0) continue;
    // Mermaid draws section names in a narrow left margin, over the tasks: ids keep them short.
    yield `    section ${taskText(section.plan.id)}`;
    for (const r of rows) {
      const tags = `${r.isCritical ? 'crit, ' : ''}${r.isDone ? 'done, ' : ''}milestone`;
      yield `    ${taskText(`${r.isGate ? `${word(locale, 'Gate', 'Beslutningspunkt')} ` : ''}${r.id} ${r.title}`)} :${tags}, ${idOf('m', r.ref)}, ${formatDay(r.projected!)}, 0d`;
    }
  }
  for (const b of timeline.bodies) {
    if (b.meetings.length === 0) continue;
    yield `    section ${taskText(b.id)}`;
    for (const m of b.meetings) {
      // The section already names the body: an untitled meeting is told apart by its date.
      const text = `${m.body} ${m.title ?? formatDate(m.date, locale)}`;
      yield `    ${taskText(text)} :milestone, ${idOf('mtg', m.ref)}, ${formatDay(m.date)}, 0d`;
    }
  }
}
