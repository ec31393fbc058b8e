// Diagnostic types shared by rules, the pipeline and every formatter.
import type { HealthCheckId } from '../health/ids.js';
import { renderMessage, type Locale, type Message } from '../messages/index.js';

export type Severity = 'error' | 'warning';
export type SeveritySetting = Severity | 'off';

export type RuleId =
  | 'yaml-syntax'
  | 'schema'
  | 'invalid-date'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'dependency-cycle'
  | 'dependency-order'
  | 'gate-decision'
  | 'gate-readiness'
  | 'meeting-before-milestone'
  | 'actual-in-future'
  | 'overdue'
  | 'negative-float'
  | 'non-working-day'
  | 'unassigned'
  | 'progress-range'
  | 'lead'
  | 'encoding'
  | 'date-range';

/** A failing check of `milepel health` (SPEC §13), reported through validate's machine formats (github, sarif). */
export type HealthRuleId = `health/${HealthCheckId}`;

/** A 1-based position in a source file. */
export interface Position {
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, counted in UTF-16 code units of the line. */
  readonly column: number;
}

/** Another place involved in a finding: each hop of a cycle, the meeting that comes too late. */
export interface Related extends Position {
  readonly message: Message;
}

export interface Diagnostic extends Position {
  readonly rule: RuleId | HealthRuleId;
  readonly severity: Severity;
  /** The fact, naming the entities and dates involved: an id and data, rendered with `renderMessage(m, locale)`. */
  readonly message: Message;
  /** Entity reference: `plan/ID` for milestones, goals, measures; a meeting reference; a body id; or null. */
  readonly ref: string | null;
  /** How to fix it. */
  readonly hint?: Message;
  readonly related: readonly Related[];
  /**
   * The bytes of the last segment of `file` when they are not UTF-8 (a plan file or directory found but not read,
   * cli/unread-name.ts). `file` shows them escaped (`m\xe6ler.yaml`), a text that is also another file's possible
   * real name; a format that can name bytes (SARIF's percent-encoded `uri`, `m%E6ler.yaml`) names them.
   */
  readonly nameBytes?: Uint8Array;
}

/** What validate formatters receive. */
export interface ValidateResult {
  /** Every file of the workspace, in load order (sorted paths). */
  readonly files: readonly string[];
  /** Sorted by file, line, column, rule. */
  readonly diagnostics: readonly Diagnostic[];
  /**
   * `errorsOnly`: the diagnostics are the errors a report or export shows beside itself (SPEC §7), its other rules
   * not run: the summary counts no warnings and says so, rather than "0 warnings" (a tester's finding).
   */
  readonly summary: { readonly errors: number; readonly warnings: number; readonly errorsOnly?: boolean };
  /** The source line (without its line break) for the text formatter's excerpt; undefined when unknown. */
  readonly sourceLine: (file: string, line: number) => string | undefined;
  /**
   * The files whose text holds a character outside the Basic Multilingual Plane. Findings hold columns in UTF-16
   * units (as parsers, LSP and SARIF count them); the text, JSON, GitHub, JUnit and summary formats show them in
   * characters, as SPEC §15 counts an `encoding` finding's, which differ only on such a file's lines
   * (report/validate/character-columns.ts). Absent: not known, so every file's lines are looked at.
   */
  readonly astralFiles?: ReadonlySet<string>;
}

/** Options every formatter receives; decided in cli/. */
export interface FormatOptions {
  readonly color: boolean;
  /** Terminal width in columns. */
  readonly width: number;
  readonly locale: Locale;
  /** validate text: wrap messages, notes and hints at `width` (set by an explicit `--width`). */
  readonly wrap?: boolean;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return compareDiagnosticsBy(a, b, renderMessage);
}

/**
 * compareDiagnostics with the English text of a message from `render` (the pipeline's sort renders each message
 * once rather than at every comparison of a tie: at 100,000 milestones a milestone with several late predecessors
 * has as many dependency-order findings at one place).
 */
export function compareDiagnosticsBy(a: Diagnostic, b: Diagnostic, render: (m: Message) => string): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  if (a.message === b.message) return 0;
  // Ties are rare (same place, same rule): order them by their English text, which is stable across locales.
  const x = render(a.message);
  const y = render(b.message);
  return x === y ? 0 : x < y ? -1 : 1;
}
