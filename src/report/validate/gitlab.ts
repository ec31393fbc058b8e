// GitLab Code Quality output of `milepel validate` (SPEC §15): a JSON array, one issue per finding, each with a stable unique fingerprint.
import type { Diagnostic, FormatOptions, ValidateResult } from '../../diagnostics/types.js';
import { msg0, renderMessage, type Locale, type Message } from '../../messages/index.js';
import { annotationNotes } from './ci-notes.js';
import { fingerprint128 } from '../fingerprint.js';
import { LazyJsonArray, safeJsonChunks, safeJsonText } from '../json-stream.js';
import { escapeControl } from '../safe-text.js';
import { inCharacterColumns } from './character-columns.js';

/** GitLab's severities are info, minor, major, critical, blocker; linters map errors to major and warnings to minor. */
const SEVERITY = { error: 'major', warning: 'minor' } as const;

/**
 * What identifies a finding across runs: rule, file, entity and the message's kind with the names it holds — not the
 * line, so a finding keeps its fingerprint when lines above it are added or removed, and not its dates and counts, so
 * it keeps it when a date moves (tester round 110 F3: MP2 moved a day, and "listed meeting NEHS@2019-09-12 is after
 * akson/MP2" showed in the merge request as fixed and new). Never the locale's words: --locale changes nothing.
 */
function identity(diagnostic: Diagnostic): string {
  return [diagnostic.rule, diagnostic.file, diagnostic.ref ?? '', ...namesOf(diagnostic.message, [])].join('\u0000');
}

/** A message's id, then each text its data holds (refs, meetings, keys, bodies) by key, nested messages alike. */
function namesOf(message: Message, out: string[]): string[] {
  out.push(message.id);
  const data = message.data as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(data).sort()) addNames(key, data[key], out);
  return out;
}

function addNames(key: string, value: unknown, out: string[]): void {
  // A date as written (`2020-Q3`) is a date, whatever its form.
  if (key === 'written') return;
  if (typeof value === 'string') out.push(`${key}=${value}`);
  else if (Array.isArray(value)) for (const item of value) addNames(key, item, out);
  else if (typeof value === 'object' && value !== null) {
    const o = value as Readonly<Record<string, unknown>>;
    if (typeof o['id'] === 'string' && typeof o['data'] === 'object' && o['data'] !== null) namesOf(value as Message, out);
    else for (const k of Object.keys(o).sort()) addNames(`${key}.${k}`, o[k], out);
  }
}

/**
 * Fingerprints in report order; a repeated identity (or a hash collision) gets `#2`, `#3`, … mixed in, so each is
 * unique. Each identity's search starts after the number its last repeat took: 16,000 identical findings (duplicate
 * meetings) tried 2, 3, … again for each, 128 million hashes and two minutes (tester round 24); the numbers taken are
 * the same, since every number below the start is taken already.
 */
export function fingerprints(diagnostics: readonly Diagnostic[]): string[] {
  const used = new Set<string>();
  const nextOf = new Map<string, number>();
  return diagnostics.map((diagnostic) => {
    const base = identity(diagnostic);
    let n = nextOf.get(base) ?? 1;
    let print = fingerprint128(n === 1 ? base : `${base}\u0000#${n}`);
    while (used.has(print)) print = fingerprint128(`${base}\u0000#${++n}`);
    nextOf.set(base, n + 1);
    used.add(print);
    return print;
  });
}

/**
 * One line (GitLab shows it inline): the message, each note with its place and the hint, labelled as the text report
 * labels them (`note:` / `merknad:`, `hint:` / `tips:`), separated by `; `. A tester read "… it is a Saturday use
 * 2026-03-06 …" with only a space between message and hint; another found a dependency left out with no word of it in
 * the successor's file, where only the gate's finding's note said so (FINDINGS3 #3).
 */
function describe(diagnostic: Diagnostic, locale: Locale): string {
  const say = (m: Message): string => renderMessage(m, locale);
  const parts = [say(diagnostic.message), ...annotationNotes(diagnostic, locale)];
  if (diagnostic.hint !== undefined) parts.push(`${say(msg0('validate.hint'))}: ${say(diagnostic.hint)}`);
  // Text GitLab shows in its merge request widget: control characters from paths and plan text shown escaped, as
  // GitHub's annotations and JUnit's text show them (SPEC §15; a path's ESC and LF passed raw: tester round 5).
  return escapeControl(parts.join('; '));
}

/** The Code Quality report GitLab shows in merge requests (`artifacts: reports: codequality`). */
export function formatGitlab(result: ValidateResult, options: FormatOptions): string {
  return safeJsonText(gitlabIssues(result, options));
}

/**
 * formatGitlab in pieces (json-stream.ts), each issue made as it is written: at 1,000,000 findings the report as one
 * string passed V8's longest, exit 3 (tester round 24).
 */
export function gitlabChunks(result: ValidateResult, options: FormatOptions): Iterable<string> {
  return safeJsonChunks(gitlabIssues(result, options));
}

function gitlabIssues(result: ValidateResult, options: FormatOptions): LazyJsonArray {
  const { diagnostics } = result;
  const prints = fingerprints(diagnostics);
  // The notes' places in characters; the fingerprints as they were (they identify a finding across runs).
  const shown = inCharacterColumns(result).diagnostics;
  return new LazyJsonArray(diagnostics.length, (i) => {
    const diagnostic = diagnostics[i]!;
    return {
      description: describe(shown[i]!, options.locale),
      check_name: diagnostic.rule,
      fingerprint: prints[i],
      severity: SEVERITY[diagnostic.severity],
      location: { path: diagnostic.file, lines: { begin: diagnostic.line } },
    };
  });
}
