// Hand-built ValidateResult fixtures for the validate formatter tests.

import type { Diagnostic, FormatOptions, Related, ValidateResult } from '../../src/diagnostics/types.js';
import { msg, type Message } from '../../src/messages/index.js';

export const PLAIN: FormatOptions = { color: false, width: 100, locale: 'en' };
export const COLOR: FormatOptions = { color: true, width: 100, locale: 'en' };

/** Hostile plan text: an ANSI colour sequence, a line break, and characters every format must escape. */
export const HOSTILE = '\x1b[31mred\x1b[0m\nnext % a:b, <script> & "q"';

/** A result whose sourceLine serves `sources` (file → lines, 1-based line numbers). */
export function makeResult(
  files: readonly string[],
  diagnostics: readonly Diagnostic[],
  sources: ReadonlyMap<string, readonly string[]> = new Map(),
): ValidateResult {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  return {
    files,
    diagnostics,
    summary: { errors, warnings: diagnostics.length - errors },
    sourceLine: (file, line) => sources.get(file)?.[line - 1],
  };
}

/** A diagnostic with defaults for the fields a test does not care about. */
/** Test text as a message: the id whose English text is its data verbatim (the yaml library's own message). */
export function verbatim(text: string | Message): Message {
  return typeof text === 'string' ? msg('yaml-syntax.parser', { text, code: '' }) : text;
}

type Texts<T> = Omit<T, 'message' | 'hint' | 'related'> & {
  readonly message?: string | Message;
  readonly hint?: string | Message;
  readonly related?: readonly (Omit<Related, 'message'> & { readonly message: string | Message })[];
};

/** A diagnostic with defaults for the fields a test does not care about; texts may be plain strings. */
export function diag(partial: Texts<Partial<Diagnostic>> & Pick<Diagnostic, 'file' | 'line' | 'column'>): Diagnostic {
  const { message, hint, related, ...rest } = partial;
  return {
    rule: 'schema', severity: 'error', ref: null, ...rest,
    message: verbatim(message ?? 'message'),
    ...(hint === undefined ? {} : { hint: verbatim(hint) }),
    related: (related ?? []).map((r) => ({ ...r, message: verbatim(r.message) })),
  };
}

const AKSON = 'plans/akson.yaml';
const GRUNNMUR = 'plans/felles-grunnmur.yaml';
const GOVERNANCE = 'plans/governance.yaml';

function lines(count: number, at: ReadonlyMap<number, string>): string[] {
  return Array.from({ length: count }, (_, i) => at.get(i + 1) ?? `# line ${i + 1}`);
}

/**
 * Three files: akson with an error (with related) and a warning, grunnmur with hostile text
 * (the column points at the ESC character), governance clean.
 */
export function workspace(): ValidateResult {
  const sources = new Map<string, readonly string[]>([
    [
      AKSON,
      lines(
        40,
        new Map([
          [31, '    meetings: [KR@2019-09-13, NEHS@2019-09-12]'],
          [40, '    forecast: 2019-10-04 # slipped'],
        ]),
      ),
    ],
    [GRUNNMUR, lines(7, new Map([[7, '  - title: "\x1b[31mred\x1b[0m, <x>"']]))],
  ]);
  return makeResult(
    [AKSON, GRUNNMUR, GOVERNANCE],
    [
      diag({
        file: AKSON,
        line: 31,
        column: 16,
        rule: 'meeting-before-milestone',
        ref: 'akson/MP2',
        message: 'listed meeting KR@2019-09-13 is 9 working days after akson/MP2 (2019-08-31)',
        hint: 'move the meeting before 2019-08-31, or drop it from meetings',
        related: [{ file: GOVERNANCE, line: 12, column: 9, message: 'KR@2019-09-13 is defined here' }],
      }),
      diag({
        file: AKSON,
        line: 40,
        column: 15,
        rule: 'overdue',
        severity: 'warning',
        ref: 'akson/MP3',
        message: 'akson/MP3 is projected for 2019-10-04, before the status date 2019-10-07',
      }),
      diag({
        file: GRUNNMUR,
        line: 7,
        column: 13,
        rule: 'schema',
        ref: 'felles-grunnmur/RM1',
        message: `title ${HOSTILE}`,
        hint: `rename ${HOSTILE}`,
      }),
    ],
    sources,
  );
}
