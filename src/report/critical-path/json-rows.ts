// The critical-path report's rows as JSON text in few string parts (issue #18): the 1,000,000-long chain's rows were
// 36 appends each through TextFields, a keyed look-up for most of them, and V8 walks every part again when the piece
// is flattened for writing.
import { formatDay, type DayNumber } from '../../calendar/index.js';
import { escapedString, keyText, needsEscape } from '../json-text.js';
import type { ScheduleRow } from './model.js';

/** A string's JSON text without its quotes, escaped as TextFields.string writes it. */
function body(text: string): string {
  return needsEscape(text) ? escapedString(text).slice(1, -1) : text;
}

/** A finite number as JSON writes it, anything else as null (TextFields.number). */
function numberText(value: number | null): string {
  return value !== null && Number.isFinite(value) ? String(value) : 'null';
}

/** 0 for a value, 1 for null: the index of the texts around a nullable value (after its opening quote or `null`). */
function slot(value: DayNumber | null | undefined): 0 | 1 {
  return value === null || value === undefined ? 1 : 0;
}

/**
 * The text of each row of `critical-path --format json` as an object written at one indentation, byte for byte what
 * json.ts's `writeRow` names through TextFields (the test holds them together). The text between two values is one
 * string made once: the keys, and the quotes or `null` of the values on each side; the plan's part once per plan.
 */
export class ScheduleRowTexts {
  private readonly head: string;
  /** `", "plan": "<plan>", "id": "` per plan (the ref's closing quote first). */
  private readonly plans = new Map<string, string>();
  private readonly title: string;
  private readonly date: string;
  private readonly dateWritten: string;
  private readonly current: string;
  private readonly currentWritten: string;
  /** `", "projected": ` and its opening quote or null, by the projected date's slot. */
  private readonly projected: readonly [string, string];
  /** Between two nullable days: [slot before][slot after]. */
  private readonly start: readonly (readonly [string, string])[];
  private readonly latest: readonly (readonly [string, string])[];
  /** After the latest date (its closing quote or nothing), `, "float": `. */
  private readonly float: readonly [string, string];
  /** `, "critical": <bool>, "driver": ` and the driver's opening quote or null: [critical ? 0 : 1][driver's slot]. */
  private readonly criticalDriver: readonly (readonly [string, string])[];
  /** The driver's closing quote or nothing, and the row's `}`. */
  private readonly end: readonly [string, string];
  private readonly field: string;

  /** Rows written as objects whose `{` is on a line indented by `indent`. */
  constructor(readonly indent: string) {
    const field = `${indent}  `;
    this.field = field;
    const key = (name: string): string => `,\n${field}${keyText(name)}`;
    this.head = `{\n${field}${keyText('ref')}"`;
    this.title = `"${key('title')}"`;
    this.date = `"${key('date')}"`;
    this.dateWritten = `"${key('date_as_written')}"`;
    this.current = `"${key('current')}"`;
    this.currentWritten = `"${key('current_as_written')}"`;
    const open = ['"', 'null'] as const;
    const close = ['"', ''] as const;
    this.projected = [`"${key('projected')}"`, `"${key('projected')}null`];
    const between = (name: string): (readonly [string, string])[] => close.map((c) => [`${c}${key(name)}${open[0]}`, `${c}${key(name)}${open[1]}`] as const);
    this.start = between('start');
    this.latest = between('latest');
    this.float = [`"${key('float')}`, key('float')];
    this.criticalDriver = ['true', 'false'].map((b) => [`${key('critical')}${b}${key('driver')}"`, `${key('critical')}${b}${key('driver')}null`] as const);
    this.end = [`"\n${indent}}`, `\n${indent}}`];
  }

  /** The JSON text of `r`, from its `{` to its `}`. */
  text(r: ScheduleRow): string {
    let text = `${this.head}${body(r.ref)}${this.plan(r.plan)}${body(r.id)}${this.title}${body(r.title)}${this.date}${formatDay(r.date.day)}`;
    if (r.date.isPeriod) text += this.dateWritten + body(r.date.written);
    text += this.current + formatDay(r.current.day);
    if (r.current.isPeriod) text += this.currentWritten + body(r.current.written);
    const p = slot(r.projected);
    const s = slot(r.start);
    const l = slot(r.latest);
    const driver = r.driver?.ref;
    const d = driver === undefined ? 1 : 0;
    text += `${this.projected[p]}${day(r.projected)}${this.start[p]![s]}${day(r.start)}${this.latest[s]![l]}${day(r.latest)}${this.float[l]}${numberText(r.float)}`;
    text += this.criticalDriver[r.isCritical ? 0 : 1]![d];
    return driver === undefined ? text + this.end[1] : text + body(driver) + this.end[0];
  }

  private plan(plan: string): string {
    let text = this.plans.get(plan);
    if (text === undefined) {
      text = `",\n${this.field}${keyText('plan')}"${body(plan)}",\n${this.field}${keyText('id')}"`;
      this.plans.set(plan, text);
    }
    return text;
  }
}

/** A day's text, or nothing for null (its `null` is in the text around it). */
function day(value: DayNumber | null): string {
  return value === null ? '' : formatDay(value);
}
