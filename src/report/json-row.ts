// Report rows written straight into JSON text (issue #18): a formatter names each field and its value in order,
// and no object is made per row (at 100,000 milestones the row objects and their walk cost about half a second).
import { formatDay, type DayNumber } from '../calendar/index.js';
import { escapedString, hasNoJson, keyText, LazyJsonArray, needsEscape, pushPlain, type JsonText } from './json-text.js';

/** The fields of one JSON object, in the order they are written. */
export interface JsonFields {
  string(key: string, text: string | null): void;
  /** A finite number as JSON.stringify writes it (-0 as 0); null, NaN and ±Infinity as null. */
  number(key: string, value: number | null): void;
  boolean(key: string, value: boolean): void;
  /** A day as `YYYY-MM-DD`; null when undefined. */
  day(key: string, day: DayNumber | undefined): void;
  /** Any plain data (objects, arrays, primitives) as JSON.stringify writes it; undefined leaves the key out. */
  value(key: string, value: unknown): void;
  /** An array of `count` objects, object i's fields named by `write(i, fields)` (no object made for them). */
  objects(key: string, count: number, write: (index: number, fields: JsonFields) => void): void;
}

/** The four fields that name a milestone in a report's rows (SPEC §8), in their order: ref, plan, id, title. */
export function writeMilestoneName(fields: JsonFields, ref: string, plan: string | null, id: string, title: string): void {
  fields.string('ref', ref);
  fields.string('plan', plan);
  fields.string('id', id);
  fields.string('title', title);
}

/**
 * An array of objects whose element i is the fields `write(i, fields)` names. json-stream.ts writes them as text;
 * anything else (and `at`) sees the objects they stand for. `text`, when given, is a formatter's faster way to the
 * same text: element i's JSON from its `{` to its `}`, written with its `{` on a line indented by `indent`.
 */
export class JsonRows extends LazyJsonArray {
  constructor(
    length: number,
    readonly write: (index: number, fields: JsonFields) => void,
    readonly text?: (index: number, indent: string) => string,
  ) {
    super(length, (index) => {
      const object = new ObjectFields();
      write(index, object);
      return object.object;
    });
  }
}

/** The fields as an object (what JSON.stringify would be given). */
class ObjectFields implements JsonFields {
  readonly object: Record<string, unknown> = {};
  /** As an own property, whatever the key (`__proto__` included), as the text has it. */
  private set(key: string, value: unknown): void {
    Object.defineProperty(this.object, key, { value, enumerable: true, writable: true, configurable: true });
  }
  string(key: string, text: string | null): void {
    this.set(key, text);
  }
  number(key: string, value: number | null): void {
    this.set(key, value);
  }
  boolean(key: string, value: boolean): void {
    this.set(key, value);
  }
  day(key: string, day: DayNumber | undefined): void {
    this.set(key, day === undefined ? null : formatDay(day));
  }
  value(key: string, value: unknown): void {
    this.set(key, value);
  }
  objects(key: string, count: number, write: (index: number, fields: JsonFields) => void): void {
    const list: Record<string, unknown>[] = [];
    for (let i = 0; i < count; i++) {
      const fields = new ObjectFields();
      write(i, fields);
      list.push(fields.object);
    }
    this.set(key, list);
  }
}

/** The fields as JSON text, appended to the piece being written; one instance serves every row of an array. */
export class TextFields implements JsonFields {
  private out: JsonText = { text: '' };
  /** The indentation of the fields' lines. */
  private indent = '';
  private first = true;
  /**
   * `,\n<indent>"key": ` of each key at `indent`, and the same with the opening quote of a string value: made once
   * per key rather than appended in three or four parts per field (the rows of one array share an indentation).
   */
  private prefixes = new Map<string, string>();
  private quoted = new Map<string, string>();

  /** Starts an object at `indent` (the indentation of the line it starts on), its text appended to `out`. */
  begin(out: JsonText, indent: string): void {
    this.out = out;
    const inner = `${indent}  `;
    if (inner !== this.indent) {
      this.indent = inner;
      this.prefixes = new Map();
      this.quoted = new Map();
    }
    this.first = true;
  }

  /** Closes the object begun at `indent`. */
  end(indent: string): void {
    this.out.text += this.first ? '{}' : `\n${indent}}`;
  }

  /** The text before a field's value: `{` and the first key, or a comma and the next key. */
  private key(key: string): string {
    if (this.first) {
      this.first = false;
      return `{\n${this.indent}${keyText(key)}`;
    }
    let prefix = this.prefixes.get(key);
    if (prefix === undefined) {
      prefix = `,\n${this.indent}${keyText(key)}`;
      this.prefixes.set(key, prefix);
    }
    return prefix;
  }

  /** key(key) followed by the opening quote of a string value. */
  private keyQuote(key: string): string {
    if (this.first) return `${this.key(key)}"`;
    let prefix = this.quoted.get(key);
    if (prefix === undefined) {
      prefix = `${this.key(key)}"`;
      this.quoted.set(key, prefix);
    }
    return prefix;
  }

  string(key: string, text: string | null): void {
    if (text === null) this.out.text += `${this.key(key)}null`;
    else if (needsEscape(text)) this.out.text += this.key(key) + escapedString(text);
    else this.out.text += `${this.keyQuote(key)}${text}"`;
  }
  number(key: string, value: number | null): void {
    this.out.text += this.key(key) + (value !== null && Number.isFinite(value) ? String(value) : 'null');
  }
  boolean(key: string, value: boolean): void {
    this.out.text += this.key(key) + (value ? 'true' : 'false');
  }
  day(key: string, day: DayNumber | undefined): void {
    if (day === undefined) this.out.text += `${this.key(key)}null`;
    else this.out.text += `${this.keyQuote(key)}${formatDay(day)}"`;
  }
  value(key: string, value: unknown): void {
    if (hasNoJson(value)) return;
    this.out.text += this.key(key);
    pushPlain(this.out, value, this.indent, false);
  }

  /** The fields of the objects of `objects`, one level deeper (made on first use, then reused). */
  private nested: TextFields | undefined;

  objects(key: string, count: number, write: (index: number, fields: JsonFields) => void): void {
    const out = this.out;
    out.text += this.key(key);
    if (count === 0) {
      out.text += '[]';
      return;
    }
    // The array's elements one level below the key's line, as JSON.stringify(value, null, 2) indents them.
    const element = `${this.indent}  `;
    const nested = (this.nested ??= new TextFields());
    out.text += '[';
    for (let i = 0; i < count; i++) {
      out.text += i === 0 ? `\n${element}` : `,\n${element}`;
      nested.begin(out, element);
      write(i, nested);
      nested.end(element);
    }
    out.text += `\n${this.indent}]`;
  }
}
