// Validate's diagnostics as JSON text in few string parts (issue #18): at 100,000 milestones the 35,000 findings were
// about 1.4 million appended parts, and V8 walks every one of them again when the piece is flattened for writing.
import type { Diagnostic, Related } from '../../diagnostics/types.js';
import { renderMessage, type Locale } from '../../messages/index.js';
import { escapedString, keyText, needsEscape } from '../json-text.js';
import { escapeControl } from '../safe-text.js';
import { hasInvisible, showInvisible } from '../../text/invisible.js';

/** A string's JSON text without its quotes, escaped as TextFields.string writes it. */
function body(text: string): string {
  return needsEscape(text) ? escapedString(text).slice(1, -1) : text;
}

/**
 * A message's JSON text without its quotes, its control and bidi characters shown as escapes first (shown-message.ts):
 * what needs neither is most messages, and the one check (needsEscape covers both) is all they cost.
 */
function messageBody(message: string): string {
  // Characters that do not show as escapes too, as shownMessage writes them (tester round 72 F7).
  const text = hasInvisible(message) ? showInvisible(message) : message;
  return needsEscape(text) ? escapedString(escapeControl(text)).slice(1, -1) : text;
}

/** A string's JSON text, quotes included. */
function quoted(text: string): string {
  return needsEscape(text) ? escapedString(text) : `"${text}"`;
}

/** A finite number as JSON writes it, anything else as null (TextFields.number). */
function numberText(value: number): string {
  return Number.isFinite(value) ? String(value) : 'null';
}

/**
 * The text of each diagnostic of `formatJson` as an object written at one indentation, byte for byte what
 * `writeDiagnostic` names through TextFields (the test holds them together). The text between two values is one
 * string made once: the keys, the quotes of the values around them, and the rule, severity and file, which repeat.
 */
export class DiagnosticRows {
  /** `{ "rule": …, "severity": …, "message": "` per rule, for an error and a warning. */
  private readonly heads = new Map<string, [string | undefined, string | undefined]>();
  /** `", "file": …, "line": ` per file (the message's closing quote first). */
  private readonly files = new Map<string, string>();
  /** `[ { "file": …, "line": ` (first) and `}, { "file": …, "line": ` (next) of a related place per file. */
  private readonly relatedFiles = new Map<string, readonly [string, string]>();
  /** The indentation of a diagnostic's fields (`indent` and two spaces), and that of a related place's fields. */
  private readonly field: string;
  private readonly relatedField: string;
  private readonly column: string;
  private readonly relatedColumn: string;
  private readonly relatedMessage: string;
  /** `, "ref": ` … `, "hint": ` for a null ref, and around a ref's text; each with the hint's opening quote or `null`. */
  private readonly refNull: readonly [string, string];
  private readonly refOpen: string;
  private readonly refClose: readonly [string, string];
  /** `, "related": ` after a hint (its closing quote first) or null, and with `[] }` for none. */
  private readonly relatedKey: readonly [string, string];
  private readonly noRelated: readonly [string, string];
  /** The end of the last related place, of the list and of the diagnostic. */
  private readonly relatedEnd: string;

  /** Diagnostics written as objects whose `{` is on a line indented by `indent`, texts in `locale`. */
  constructor(
    readonly locale: Locale,
    readonly indent: string,
  ) {
    const field = `${indent}  `;
    this.field = field;
    this.relatedField = `${indent}      `;
    this.column = `,\n${field}${keyText('column')}`;
    this.relatedColumn = `,\n${this.relatedField}${keyText('column')}`;
    this.relatedMessage = `,\n${this.relatedField}${keyText('message')}"`;
    const hint = `,\n${field}${keyText('hint')}`;
    this.refNull = [`,\n${field}${keyText('ref')}null${hint}"`, `,\n${field}${keyText('ref')}null${hint}null`];
    this.refOpen = `,\n${field}${keyText('ref')}"`;
    this.refClose = [`"${hint}"`, `"${hint}null`];
    const related = `,\n${field}${keyText('related')}`;
    this.relatedKey = [`"${related}`, related];
    this.noRelated = [`"${related}[]\n${indent}}`, `${related}[]\n${indent}}`];
    this.relatedEnd = `"\n${field}  }\n${field}]\n${indent}}`;
  }

  /** The JSON text of `d`, from its `{` to its `}`. */
  text(d: Diagnostic): string {
    // The variant of each part after the hint's place: 0 after a hint's opening quote, 1 after `null`.
    const afterHint = d.hint !== undefined ? 0 : 1;
    let text = `${this.head(d)}${messageBody(renderMessage(d.message, this.locale))}${this.file(d.file)}${numberText(d.line)}${this.column}${numberText(d.column)}`;
    text += d.ref === null ? this.refNull[afterHint] : `${this.refOpen}${body(d.ref)}${this.refClose[afterHint]}`;
    if (d.hint !== undefined) text += messageBody(renderMessage(d.hint, this.locale));
    return d.related.length === 0 ? text + this.noRelated[afterHint] : text + this.relatedKey[afterHint] + this.relatedText(d.related);
  }

  private head(d: Diagnostic): string {
    let heads = this.heads.get(d.rule);
    if (heads === undefined) {
      heads = [undefined, undefined];
      this.heads.set(d.rule, heads);
    }
    const slot = d.severity === 'error' ? 0 : 1;
    let head = heads[slot];
    if (head === undefined) {
      const field = this.field;
      head = `{\n${field}${keyText('rule')}${quoted(d.rule)},\n${field}${keyText('severity')}${quoted(d.severity)},\n${field}${keyText('message')}"`;
      heads[slot] = head;
    }
    return head;
  }

  private file(file: string): string {
    let text = this.files.get(file);
    if (text === undefined) {
      text = `",\n${this.field}${keyText('file')}${quoted(file)},\n${this.field}${keyText('line')}`;
      this.files.set(file, text);
    }
    return text;
  }

  /** `[ … ] }`: the related places, then the end of the diagnostic. */
  private relatedText(related: readonly Related[]): string {
    let text = '';
    for (let i = 0; i < related.length; i++) {
      const place = related[i]!;
      const message = messageBody(renderMessage(place.message, this.locale));
      text += `${this.relatedFile(place.file)[i === 0 ? 0 : 1]}${numberText(place.line)}${this.relatedColumn}${numberText(place.column)}${this.relatedMessage}${message}`;
    }
    return text + this.relatedEnd;
  }

  private relatedFile(file: string): readonly [string, string] {
    let texts = this.relatedFiles.get(file);
    if (texts === undefined) {
      const rest = `{\n${this.relatedField}${keyText('file')}${quoted(file)},\n${this.relatedField}${keyText('line')}`;
      texts = [`[\n${this.field}  ${rest}`, `"\n${this.field}  },\n${this.field}  ${rest}`];
      this.relatedFiles.set(file, texts);
    }
    return texts;
  }
}
