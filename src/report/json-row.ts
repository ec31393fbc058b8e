// Report rows written straight into JSON text (issue #18): a formatter names each field and its value in order,
// and no object is made per row (at 100,000 milestones the row objects and their walk cost about half a second).
import { formatDay, type DayNumber } from '../calendar/index.js';
import { hasNoJson, keyText, LazyJsonArray, pushPlain, pushString } from './json-text.js';

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
}

/**
 * An array of objects whose element i is the fields `write(i, fields)` names. json-stream.ts writes them as text;
 * anything else (and `at`) sees the objects they stand for.
 */
export class JsonRows extends LazyJsonArray {
  constructor(
    length: number,
    readonly write: (index: number, fields: JsonFields) => void,
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
}

/** The fields as JSON text, appended to `parts`; one instance serves every row of an array. */
export class TextFields implements JsonFields {
  private parts: string[] = [];
  /** The indentation of the fields' lines. */
  private indent = '';
  private first = true;

  /** Starts an object at `indent` (the indentation of the line it starts on). */
  begin(parts: string[], indent: string): void {
    this.parts = parts;
    this.indent = `${indent}  `;
    this.first = true;
  }

  /** Closes the object begun at `indent`. */
  end(indent: string): void {
    if (this.first) this.parts.push('{}');
    else this.parts.push('\n', indent, '}');
  }

  private key(key: string): void {
    this.parts.push(this.first ? '{\n' : ',\n', this.indent, keyText(key));
    this.first = false;
  }

  string(key: string, text: string | null): void {
    this.key(key);
    if (text === null) this.parts.push('null');
    else pushString(this.parts, text);
  }
  number(key: string, value: number | null): void {
    this.key(key);
    this.parts.push(value !== null && Number.isFinite(value) ? String(value) : 'null');
  }
  boolean(key: string, value: boolean): void {
    this.key(key);
    this.parts.push(value ? 'true' : 'false');
  }
  day(key: string, day: DayNumber | undefined): void {
    this.key(key);
    if (day === undefined) this.parts.push('null');
    else this.parts.push('"', formatDay(day), '"');
  }
  value(key: string, value: unknown): void {
    if (hasNoJson(value)) return;
    this.key(key);
    pushPlain(this.parts, value, this.indent, false);
  }
}
