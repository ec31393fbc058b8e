// An imported plan → the text of a plan file: the schema comment, then YAML that YAML 1.1 and 1.2 readers read alike.
import type { ImportedLink, ImportedMilestone, ImportedPlan } from './plan-model.js';
import { escapeCodePoint, isUnsafeCodePoint } from '../report/safe-text.js';
import { onFirstUse } from '../text/on-first-use.js';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Plain words YAML 1.1 readers turn into booleans or null (PyYAML, SnakeYAML, older editors): always quoted. */
const YAML11_WORDS = /^(?:y|yes|n|no|true|false|on|off|null|none|~)$/i;
/** Safe as a plain scalar in block and flow context: starts with a letter or _, no `:`, `#`, `,`, brackets, quotes or controls. */
const plain = onFirstUse(() => /^[A-Za-z_\u00C0-\u024F][\p{L}\p{N} _.()/&+'-]*$/u);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const RANGE = /^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/;

/** ASCII characters `plain` allows after the first (letters, digits, ` _.()/&+'-`), by code. */
const PLAIN_ASCII = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 _.()/&+'-") PLAIN_ASCII[ch.charCodeAt(0)] = 1;

/** A scalar as YAML: plain when every reader reads it back as the same string, else double-quoted with escapes. */
export function yamlString(text: string): string {
  // ASCII text is decided a character at a time (the Unicode-aware `plain` was a third of writing 100,000 titles); the
  // same rules: a letter or _ first, then `plain`'s characters, no two spaces together, no space at the end.
  const n = text.length;
  const first = n === 0 ? 0 : text.charCodeAt(0);
  if ((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first === 95) {
    let isPlain = true;
    let i = 1;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128) break;
      if (PLAIN_ASCII[c] === 0 || (c === 32 && text.charCodeAt(i - 1) === 32)) isPlain = false;
    }
    if (i === n) return isPlain && text.charCodeAt(n - 1) !== 32 && !(n <= 5 && YAML11_WORDS.test(text)) ? text : quote(text);
  }
  if (plain().test(text) && !YAML11_WORDS.test(text) && !text.endsWith(' ') && !/ {2}/.test(text)) return text;
  return quote(text);
}

/**
 * What quote escapes besides `"` and `\`: what no report writes raw (report/safe-text.ts: controls, line separators,
 * bidi marks, embeddings, overrides and isolates, non-characters) and a byte order mark, and surrogates (a pair stays
 * whole, a lone one is escaped): text without them is copied. A raw U+202E in a committed plan file showed `cat` and a
 * review the title reordered (tester round 36 F2).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ESCAPED = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff\ud800-\udfff\ufffe\uffff]/;

function quote(text: string): string {
  // A character at a time took 1.7 s of CPU for the 100,000 titles of a P6 file (issue #18); most need no escape.
  if (!ESCAPED.test(text)) return text.includes('"') || text.includes('\\') ? `"${text.replace(/["\\]/g, '\\$&')}"` : `"${text}"`;
  let out = '"';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    // YAML 1.2's escapes (§5.7) as every report writes them: `\n` by name, which reads as a line break to a person
    // where `\x0a` read as garbage (tester round 22 F8); `\x85`, `\u202e`. Both load as the same text.
    else if (isUnsafeCodePoint(cp) || cp === 0xfeff) out += escapeCodePoint(cp);
    else out += ch;
  }
  return `${out}"`;
}

/** A day date or `from..to` range stays plain (it is what the shipped plans do); anything else is a string. */
function dateValue(text: string): string {
  if (text.length === 10 && isDay(text, 0)) return text;
  return DAY.test(text) || RANGE.test(text) ? text : quote(text);
}

/** `YYYY-MM-DD` at `at`, by character codes. */
function isDay(text: string, at: number): boolean {
  for (let i = 0; i < 10; i++) {
    const c = text.charCodeAt(at + i);
    if (i === 4 || i === 7 ? c !== 45 : c < 48 || c > 57) return false;
  }
  return true;
}

function link(l: ImportedLink): string {
  const id = yamlString(l.id);
  if (l.type === 'FS' && l.lagDays === 0) return id;
  const parts = [`id: ${id}`];
  if (l.type !== 'FS') parts.push(`type: ${l.type}`);
  if (l.lagDays !== 0) parts.push(`lag: ${l.lagDays}${l.lagUnit ?? 'd'}`);
  return `{${parts.join(', ')}}`;
}

/** A milestone's lines, each ending with a line feed. */
function milestoneText(m: ImportedMilestone): string {
  let out = `  - id: ${yamlString(m.id)}\n    title: ${yamlString(m.title)}\n    date: ${dateValue(m.date)}${noted(m.dateNote)}\n`;
  if (m.forecast !== undefined) out += `    forecast: ${dateValue(m.forecast)}${noted(m.forecastNote)}\n`;
  if (m.actual !== undefined) out += `    actual: ${dateValue(m.actual)}${noted(m.actualNote)}\n`;
  if (m.deadline !== undefined) out += `    deadline: ${dateValue(m.deadline)}\n`;
  if (m.durationDays !== undefined && m.durationDays > 0) out += `    duration: ${m.durationDays}${m.durationUnit ?? 'd'}\n`;
  if (m.after.length > 0) out += `    after: [${m.after.map(link).join(', ')}]\n`;
  if (m.responsible !== undefined) out += `    responsible: ${yamlString(m.responsible)}\n`;
  if (m.status !== undefined) out += `    status: ${m.status}\n`;
  if (m.wbs !== undefined && m.wbs.length > 0) out += `    x-wbs: [${m.wbs.map(yamlString).join(', ')}]\n`;
  return out;
}

/** A comment after a value on its line, as status_date's: nothing for none. */
function noted(note: string | undefined): string {
  return note === undefined ? '' : ` ${comment(note)}`;
}

/** One line of comment: no line breaks or controls can escape it. */
function comment(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    // A line break would end the comment; a bidi override would show the rest of the line reversed (tester round 39
    // F9): escaped as the values are.
    out += cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp === 0x2028 || cp === 0x2029 ? ' ' : isUnsafeCodePoint(cp) || cp === 0xfeff ? escapeCodePoint(cp) : ch;
  }
  return `# ${out}`;
}

/** The plan file's text; `schemaPath` is where editors find the schema, relative to the file. */
export function writePlanYaml(plan: ImportedPlan, sourceName: string, schemaPath = '../schemas/plan.schema.json'): string {
  const lines = [
    comment(`yaml-language-server: $schema=${schemaPath}`),
    comment(`Imported by milepel from ${sourceName} (${plan.source}).`),
    'plan:',
    `  id: ${yamlString(plan.id)}`,
    `  title: ${yamlString(plan.title)}`,
  ];
  if (plan.owner !== undefined) lines.push(`  owner: ${yamlString(plan.owner)}`);
  if (plan.start !== undefined) lines.push(`  start: ${dateValue(plan.start)}`);
  if (plan.statusDate !== undefined) lines.push(`  status_date: ${dateValue(plan.statusDate)}${noted(plan.statusDateNote)}`);
  if (plan.finish !== undefined) lines.push(`  finish: ${dateValue(plan.finish)}`);
  else if (plan.finishNote !== undefined) lines.push(`  ${comment(plan.finishNote)}`);
  if (plan.critical !== undefined) lines.push(`  critical: ${plan.critical}d`);
  if (plan.calendar !== undefined) {
    lines.push('  calendar:', '    holidays: "none"', `    workdays: [${plan.calendar.workdays.map((wd) => WEEKDAYS[wd - 1]).join(', ')}]`);
    if (plan.calendar.closed.length > 0) {
      lines.push('    closed:');
      for (const c of plan.calendar.closed) lines.push(`      - ${dateValue(c)}`);
    }
  }
  // A string per milestone, joined once: a line each was 700,000 strings and an array of them for 100,000 milestones.
  const parts = [`${lines.join('\n')}\n`];
  if (plan.milestones.length > 0) {
    parts.push('milestones:\n');
    for (const m of plan.milestones) parts.push(milestoneText(m));
  } else parts.push('milestones: []\n');
  return parts.join('');
}
