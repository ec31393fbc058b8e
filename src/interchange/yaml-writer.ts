// An imported plan → the text of a plan file: the schema comment, then YAML that YAML 1.1 and 1.2 readers read alike.
import type { ImportedLink, ImportedMilestone, ImportedPlan } from './plan-model.js';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Plain words YAML 1.1 readers turn into booleans or null (PyYAML, SnakeYAML, older editors): always quoted. */
const YAML11_WORDS = /^(?:y|yes|n|no|true|false|on|off|null|none|~)$/i;
/** Safe as a plain scalar in block and flow context: starts with a letter or _, no `:`, `#`, `,`, brackets, quotes or controls. */
const PLAIN = /^[A-Za-z_\u00C0-\u024F][\p{L}\p{N} _.()/&+'-]*$/u;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const RANGE = /^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/;

/** A scalar as YAML: plain when every reader reads it back as the same string, else double-quoted with escapes. */
export function yamlString(text: string): string {
  if (PLAIN.test(text) && !YAML11_WORDS.test(text) && !text.endsWith(' ') && !/ {2}/.test(text)) return text;
  return quote(text);
}

/** What quote escapes besides `"` and `\`, and surrogates (a pair stays whole, a lone one is escaped): text without them is copied. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ESCAPED = /[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]/;

function quote(text: string): string {
  // A character at a time took 1.7 s of CPU for the 100,000 titles of a P6 file (issue #18); most need no escape.
  if (!ESCAPED.test(text)) return `"${text.replace(/["\\]/g, '\\$&')}"`;
  let out = '"';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp === 0x2028 || cp === 0x2029 || cp === 0xfeff || (cp >= 0xd800 && cp <= 0xdfff)) {
      out += cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}"`;
}

/** A day date or `from..to` range stays plain (it is what the shipped plans do); anything else is a string. */
function dateValue(text: string): string {
  return DAY.test(text) || RANGE.test(text) ? text : quote(text);
}

function link(l: ImportedLink): string {
  const id = yamlString(l.id);
  if (l.type === 'FS' && l.lagDays === 0) return id;
  const parts = [`id: ${id}`];
  if (l.type !== 'FS') parts.push(`type: ${l.type}`);
  if (l.lagDays !== 0) parts.push(`lag: ${l.lagDays}${l.lagUnit ?? 'd'}`);
  return `{${parts.join(', ')}}`;
}

function milestoneLines(m: ImportedMilestone): string[] {
  const lines = [`  - id: ${yamlString(m.id)}`, `    title: ${yamlString(m.title)}`, `    date: ${dateValue(m.date)}`];
  if (m.forecast !== undefined) lines.push(`    forecast: ${dateValue(m.forecast)}`);
  if (m.actual !== undefined) lines.push(`    actual: ${dateValue(m.actual)}`);
  if (m.deadline !== undefined) lines.push(`    deadline: ${dateValue(m.deadline)}`);
  if (m.durationDays !== undefined && m.durationDays > 0) lines.push(`    duration: ${m.durationDays}${m.durationUnit ?? 'd'}`);
  if (m.after.length > 0) lines.push(`    after: [${m.after.map(link).join(', ')}]`);
  if (m.responsible !== undefined) lines.push(`    responsible: ${yamlString(m.responsible)}`);
  if (m.status !== undefined) lines.push(`    status: ${m.status}`);
  if (m.wbs !== undefined && m.wbs.length > 0) lines.push(`    x-wbs: [${m.wbs.map(yamlString).join(', ')}]`);
  return lines;
}

/** One line of comment: no line breaks or controls can escape it. */
function comment(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    out += cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp === 0x2028 || cp === 0x2029 ? ' ' : ch;
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
  if (plan.start !== undefined) lines.push(`  start: ${dateValue(plan.start)}`);
  if (plan.statusDate !== undefined) lines.push(`  status_date: ${dateValue(plan.statusDate)}`);
  if (plan.finish !== undefined) lines.push(`  finish: ${dateValue(plan.finish)}`);
  if (plan.calendar !== undefined) {
    lines.push('  calendar:', '    holidays: "none"', `    workdays: [${plan.calendar.workdays.map((wd) => WEEKDAYS[wd - 1]).join(', ')}]`);
    if (plan.calendar.closed.length > 0) {
      lines.push('    closed:');
      for (const c of plan.calendar.closed) lines.push(`      - ${dateValue(c)}`);
    }
  }
  if (plan.milestones.length > 0) {
    lines.push('milestones:');
    for (const m of plan.milestones) for (const l of milestoneLines(m)) lines.push(l);
  } else lines.push('milestones: []');
  return `${lines.join('\n')}\n`;
}
