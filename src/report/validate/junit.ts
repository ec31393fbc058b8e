// JUnit XML output of `milepel validate`, as GitLab and Jenkins read it: a testsuite per file, a testcase per finding.

import type { Diagnostic, FormatOptions, ValidateResult } from '../../diagnostics/types.js';
import { msg, msg0, renderMessage, type Locale } from '../../messages/index.js';
import { escapeControl } from '../safe-text.js';
import { annotationNotes } from './ci-notes.js';

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

interface Suite {
  readonly xml: string;
  readonly tests: number;
  readonly failures: number;
}

function formatSuite(file: string, diagnostics: readonly Diagnostic[], locale: Locale): Suite {
  const failures = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const names = nameTestCases(diagnostics);
  const cases =
    diagnostics.length === 0
      ? [`    <testcase classname="${escapeXml(file)}" name="valid"/>`]
      : diagnostics.map((diagnostic, i) => formatTestCase(file, names[i] ?? '', diagnostic, locale));
  const tests = cases.length;
  const open = `  <testsuite name="${escapeXml(file)}" tests="${tests}" failures="${failures}">`;
  return { xml: [open, ...cases, '  </testsuite>'].join('\n'), tests, failures };
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

/** JUnit XML: errors are failures, warnings pass with output, a clean file passes as `valid`. */
export function formatJunit(result: ValidateResult, options: FormatOptions): string {
  const suites = [...groupByFile(result)].map(([file, diagnostics]) => formatSuite(file, diagnostics, options.locale));
  const tests = suites.reduce((sum, suite) => sum + suite.tests, 0);
  const failures = suites.reduce((sum, suite) => sum + suite.failures, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="milepel" tests="${tests}" failures="${failures}">`,
    ...suites.map((suite) => suite.xml),
    '</testsuites>',
    '',
  ].join('\n');
}
