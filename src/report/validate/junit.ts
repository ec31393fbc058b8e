// JUnit XML output of `milepel validate`, as GitLab and Jenkins read it: a testsuite per file, a testcase per finding.

import type { Diagnostic, FormatOptions, ValidateResult } from '../../diagnostics/types.js';
import { msg, msg0, renderMessage, type Locale } from '../../messages/index.js';
import { PIECE_LENGTH } from '../json-stream.js';
import { escapeControl } from '../safe-text.js';
import { annotationNotes } from './ci-notes.js';
import { inCharacterColumns } from './character-columns.js';

const XML_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&apos;'],
]);

/**
 * Text safe for XML 1.0 content and attributes: characters XML forbids (and other
 * control or bidi characters) are shown escaped like `\x1b`, markup characters as entities.
 */
export function escapeXml(text: string): string {
  return escapeControl(text).replace(/[&<>"']/g, (ch) => XML_ENTITIES.get(ch) ?? ch);
}

function location(file: string, line: number, column: number): string {
  return `${file}:${line}:${column}`;
}

/**
 * Message, location, notes and hint, one per line (each line escaped on its own), in the text report's order and
 * worded in the run's locale as it words them (`at` / `i`, `note:` / `merknad:`, `hint:` / `tips:`; the place was
 * English between Norwegian lines until tester round 20 #4); at most 10 notes, then how many more, as GitHub's and
 * GitLab's (a 3,000-edge cycle wrote 3,000 note lines; a tester's round 4). Element and attribute names, the failure's
 * `type` (the rule) and test case names (which CI keeps a history by) are no words and never follow the locale.
 */
function describeFinding(diagnostic: Diagnostic, locale: Locale): string {
  const at = renderMessage(msg('ci.junit.at', { place: location(diagnostic.file, diagnostic.line, diagnostic.column) }), locale);
  const lines = [renderMessage(diagnostic.message, locale), at, ...annotationNotes(diagnostic, locale)];
  if (diagnostic.hint !== undefined) lines.push(`${renderMessage(msg0('validate.hint'), locale)}: ${renderMessage(diagnostic.hint, locale)}`);
  return lines.map(escapeXml).join('\n');
}

/** Test case names `<rule> <ref or -> line <l>:<c>`, made unique inside one suite with ` #2`, ` #3`. */
function nameTestCases(diagnostics: readonly Diagnostic[]): string[] {
  const seen = new Map<string, number>();
  return diagnostics.map((diagnostic) => {
    const base = `${diagnostic.rule} ${diagnostic.ref ?? '-'} line ${diagnostic.line}:${diagnostic.column}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    // A base name ends in `line l:c`, never in ` #n`, so a suffixed name cannot meet a base name.
    return count === 1 ? base : `${base} #${count}`;
  });
}

function formatTestCase(file: string, name: string, diagnostic: Diagnostic, locale: Locale): string {
  const open = `    <testcase classname="${escapeXml(file)}" name="${escapeXml(name)}">`;
  const body = describeFinding(diagnostic, locale);
  if (diagnostic.severity === 'error') {
    const failure =
      `      <failure type="${escapeXml(diagnostic.rule)}" message="${escapeXml(renderMessage(diagnostic.message, locale))}">` +
      `${body}</failure>`;
    return [open, failure, '    </testcase>'].join('\n');
  }
  // A warning is not a failure: it becomes a passing test case whose <system-out> carries the
  // finding, which GitLab shows as passed with output and Jenkins keeps in the test's log.
  return [open, `      <system-out>${body}</system-out>`, '    </testcase>'].join('\n');
}

/** The counts of a suite's opening tag: its test cases (one `valid` for a clean file) and failures (errors). */
function suiteCounts(diagnostics: readonly Diagnostic[]): { tests: number; failures: number } {
  let failures = 0;
  for (const diagnostic of diagnostics) if (diagnostic.severity === 'error') failures++;
  return { tests: Math.max(1, diagnostics.length), failures };
}

/** A suite's lines, its test cases made one at a time. */
function* suiteLines(file: string, diagnostics: readonly Diagnostic[], locale: Locale): Generator<string> {
  const { tests, failures } = suiteCounts(diagnostics);
  yield `  <testsuite name="${escapeXml(file)}" tests="${tests}" failures="${failures}">`;
  if (diagnostics.length === 0) yield `    <testcase classname="${escapeXml(file)}" name="valid"/>`;
  const names = nameTestCases(diagnostics);
  for (let i = 0; i < diagnostics.length; i++) yield formatTestCase(file, names[i] ?? '', diagnostics[i]!, locale);
  yield '  </testsuite>';
}

/** Files in workspace order, then any file only a diagnostic names (should not happen, never lost). */
function groupByFile(result: ValidateResult): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>(result.files.map((file) => [file, []]));
  for (const diagnostic of result.diagnostics) {
    const group = groups.get(diagnostic.file);
    if (group === undefined) groups.set(diagnostic.file, [diagnostic]);
    else group.push(diagnostic);
  }
  return groups;
}

/**
 * formatJunit in pieces of about PIECE_LENGTH (json-stream.ts), each a run of whole lines, the test cases made as they are written: at 1,000,000 findings
 * the report as one string passed V8's longest and the run ended in exit 3 (tester round 24).
 */
export function* junitChunks(result: ValidateResult, options: FormatOptions): Generator<string> {
  const groups = [...groupByFile(inCharacterColumns(result))];
  let tests = 0;
  let failures = 0;
  for (const [, diagnostics] of groups) {
    const counts = suiteCounts(diagnostics);
    tests += counts.tests;
    failures += counts.failures;
  }
  let piece = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="milepel" tests="${tests}" failures="${failures}">\n`;
  for (const [file, diagnostics] of groups) {
    for (const line of suiteLines(file, diagnostics, options.locale)) {
      piece += `${line}\n`;
      if (piece.length >= PIECE_LENGTH) {
        yield piece;
        piece = '';
      }
    }
  }
  yield `${piece}</testsuites>\n`;
}

/** JUnit XML: errors are failures, warnings pass with output, a clean file passes as `valid`. */
export function formatJunit(result: ValidateResult, options: FormatOptions): string {
  let out = '';
  for (const piece of junitChunks(result, options)) out += piece;
  return out;
}
