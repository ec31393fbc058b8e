// A number as the plan file writes it: YAML reads `date: 12.2020` as 12.202, and a finding that quoted the number would
// show a value the user never wrote.
import { positionIn, type ParsedSource, type Path } from './parse.js';
import { lineStarts } from './line-breaks.js';

/** A YAML 1.2 core integer in hexadecimal or octal (`0x1F`, `0o17`), or a float or integer in decimal, as a plain
 * scalar writes it (`12.2020`, `-1.5e3`, `+7`). JavaScript's Number reads each of them as YAML does. */
const NUMBER = /^(?:0x[0-9a-fA-F]+|0o[0-7]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)/;
/** YAML 1.2 core's infinities and not-a-number (`.inf`, `-.Inf`, `.NaN`), which a message showed as Infinity and NaN. */
const SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))(?![^\s,\]}#])/;

/** A number's text as written, and, for one reached through an alias (`*n`), the anchor and line that write it. */
export interface WrittenAt {
  readonly text: string;
  /** The alias's name (`n` for `*n`) and the 1-based line where the anchored content writes the number. */
  readonly anchor?: { readonly name: string; readonly line: number };
}

/**
 * A function that gives the text of the number written at a path of `source` (the plain scalar there, `12.2020`),
 * `0x1F` for 31, `.inf` or `.nan` for an infinity or NaN (as written: `-.Inf`), or undefined when that text is not a
 * number equal to `value` (a flow value the locator places elsewhere): the caller then shows the number itself. A
 * number reached through an alias (`after: [*n]`) is read where its anchor writes it (`&n 0x5`), with that anchor
 * (tester round 89 F6: "put it in quotes" at `*n`). Line starts are found on the first call, for a source without
 * offsets (the full YAML parser's); no I/O.
 */
export function writtenNumbers(source: Pick<ParsedSource, 'text' | 'locate' | 'offsetOf' | 'aliasedAt'>): (path: Path, value: number) => WrittenAt | undefined {
  let starts: number[] | undefined;
  const offsetOf = (path: Path): number => {
    if (source.offsetOf !== undefined) return source.offsetOf(path);
    const { line, column } = source.locate(path);
    starts ??= lineStarts(source.text);
    return (starts[line - 1] ?? 0) + column - 1;
  };
  return (path, value) => {
    const aliased = source.aliasedAt?.(path);
    const text = numberAt(source.text, aliased?.offset ?? offsetOf(path), value);
    if (text === undefined || aliased === undefined) return text === undefined ? undefined : { text };
    return { text, anchor: { name: aliased.alias, line: positionIn(source.text, aliased.offset).line } };
  };
}

/** The number equal to `value` written at `at` in `text`, as written; undefined when none is. */
function numberAt(text: string, at: number, value: number): string | undefined {
  const written = text.slice(at, at + 64);
  const special = Number.isFinite(value) ? undefined : SPECIAL.exec(written)?.[0];
  if (special !== undefined) return /nan$/i.test(special) === Number.isNaN(value) && (Number.isNaN(value) || special.startsWith('-') === value < 0) ? special : undefined;
  const token = NUMBER.exec(written)?.[0];
  return token !== undefined && Number(token) === value ? token : undefined;
}
