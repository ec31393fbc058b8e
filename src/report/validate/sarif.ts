// SARIF 2.1.0 output of `milepel validate`, for GitHub code scanning and other static-analysis viewers.

import type { Diagnostic, FormatOptions, Related, RuleId, ValidateResult } from '../../diagnostics/types.js';
import type { HealthCheckId } from '../../health/ids.js';
import { msg, renderMessage, type Locale } from '../../messages/index.js';
import { shownMessage } from '../shown-message.js';
import { LazyJsonArray, safeJsonChunks, safeJsonText } from '../json-stream.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
// The repository package.json names: milepel is not published on the npm registry, where anyone could take the name.
export const MILEPEL_INFORMATION_URI = 'https://github.com/milepel/milepel';

/**
 * A rule's one line for `tool.driver.rules[].shortDescription` (SPEC §4), in the run's locale as its results' messages
 * are (they were English under --locale nb until tester round 20 #4; GitHub code scanning shows it as the rule's title).
 */
function describeRule(id: Diagnostic['rule'], locale: Locale): string {
  const message = id.startsWith('health/') ? msg('ci.sarif.health-rule', { check: id.slice('health/'.length) as HealthCheckId }) : msg('ci.sarif.rule', { rule: id as RuleId });
  return renderMessage(message, locale);
}

/**
 * The language of a run's texts (results) and of its driver's (rule descriptions), SARIF 2.1.0 §3.14.7 and §3.19.21
 * (an RFC 5646 language and country code), given when they are not English: absent, both are en-US, as an English
 * run's texts are, so its bytes stay as they were.
 */
const SARIF_LANGUAGE: Readonly<Record<Exclude<Locale, 'en'>, string>> = { nb: 'nb-NO' };

/**
 * A relative URI reference for a file path with forward slashes (cli/ci-root.ts relativeTo gives every path so, on
 * Windows too), each segment percent-encoded (so spaces, `%` and `:` survive); absolute Windows paths become
 * `file:///C:/…`. A backslash is an ordinary character of a name on Linux and macOS, `%5C`: until 5 Dec 2026 it was
 * taken for a separator, and `plans/a\b.yaml` named a directory `a`. `nameBytes`, given for a name that is not UTF-8
 * (Diagnostic.nameBytes), are the last segment's real bytes, percent-encoded as RFC 3986 encodes octets: `m%E6ler.yaml`,
 * not the escaped text `m\xe6ler.yaml` of `path`, whose `m%5Cxe6ler.yaml` is the uri of a file really named so (until
 * 5 Dec 2026 the two findings had one uri; tester round 17 #1).
 */
export function toArtifactUri(path: string, nameBytes?: Uint8Array): string {
  const drive = /^[A-Za-z]:\//.exec(path)?.[0];
  const rest = drive === undefined ? path : path.slice(drive.length);
  const segments = rest.split('/').map(encodeURIComponent);
  if (nameBytes !== undefined) segments[segments.length - 1] = percentEncodeBytes(nameBytes);
  const encoded = segments.join('/');
  return drive === undefined ? encoded : `file:///${drive}${encoded}`;
}

/** Bytes as a URI segment: ASCII as encodeURIComponent gives it (the same uri as the name's text would), others `%XX`. */
function percentEncodeBytes(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b < 0x80 ? encodeURIComponent(String.fromCharCode(b)) : `%${b.toString(16).toUpperCase()}`;
  return out;
}

/** The artifact location: a relative path is relative to `%SRCROOT%` (SPEC §15), which code-scanning services map to the checkout. */
function artifactLocation(file: string, nameBytes?: Uint8Array): object {
  const uri = toArtifactUri(file, nameBytes);
  const isRelative = !file.startsWith('/') && !uri.startsWith('file:');
  return isRelative ? { uri, uriBaseId: '%SRCROOT%' } : { uri: uri.startsWith('file:') ? uri : `file://${uri}` };
}

function physicalLocation(file: string, line: number, column: number, nameBytes?: Uint8Array): object {
  return {
    artifactLocation: artifactLocation(file, nameBytes),
    // SARIF counts columns in UTF-16 code units by default, as Position does.
    region: { startLine: line, startColumn: column },
  };
}

function toRelatedLocation(related: Related, id: number, locale: Locale): object {
  return {
    id,
    physicalLocation: physicalLocation(related.file, related.line, related.column),
    message: { text: shownMessage(related.message, locale) },
  };
}

function toResult(diagnostic: Diagnostic, ruleIndex: number, locale: Locale): object {
  const message = shownMessage(diagnostic.message, locale);
  const text = diagnostic.hint === undefined ? message : `${message}\n${shownMessage(diagnostic.hint, locale)}`;
  const result: Record<string, unknown> = {
    ruleId: diagnostic.rule,
    ruleIndex,
    level: diagnostic.severity,
    message: { text },
    locations: [{ physicalLocation: physicalLocation(diagnostic.file, diagnostic.line, diagnostic.column, diagnostic.nameBytes) }],
  };
  if (diagnostic.related.length > 0) result.relatedLocations = diagnostic.related.map((r, id) => toRelatedLocation(r, id, locale));
  return result;
}

/**
 * SARIF 2.1.0 log with one run; rules are the ids that occur, sorted.
 * @param srcRoot the absolute `file:` URI, ending in `/`, of the directory relative paths are relative to (SPEC §15:
 *   GITHUB_WORKSPACE, CI_PROJECT_DIR, the git top level or the working directory): given, the run says it in
 *   `originalUriBaseIds` (SARIF 2.1.0 §3.14.14), so a consumer resolves `%SRCROOT%` without guessing.
 */
export function formatSarif(result: ValidateResult, options: FormatOptions, toolVersion = '0.0.0', srcRoot?: string): string {
  return safeJsonText(sarifLog(result, options, toolVersion, srcRoot));
}

/**
 * formatSarif in pieces (json-stream.ts): its results are made one at a time as they are written. At 1,000,000
 * findings the log as one string passed V8's longest and the run ended in exit 3 (tester round 24).
 */
export function sarifChunks(result: ValidateResult, options: FormatOptions, toolVersion = '0.0.0', srcRoot?: string): Iterable<string> {
  return safeJsonChunks(sarifLog(result, options, toolVersion, srcRoot));
}

/** The SARIF log of formatSarif, its results a LazyJsonArray. */
function sarifLog(result: ValidateResult, options: FormatOptions, toolVersion: string, srcRoot: string | undefined): object {
  const ruleIds = [...new Set(result.diagnostics.map((diagnostic) => diagnostic.rule))].sort();
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const language = options.locale === 'en' ? {} : { language: SARIF_LANGUAGE[options.locale] };
  const { diagnostics } = result;
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'milepel',
            version: toolVersion,
            informationUri: MILEPEL_INFORMATION_URI,
            ...language,
            rules: ruleIds.map((id) => ({ id, shortDescription: { text: describeRule(id, options.locale) } })),
          },
        },
        ...(srcRoot === undefined ? {} : { originalUriBaseIds: { '%SRCROOT%': { uri: srcRoot } } }),
        ...language,
        columnKind: 'utf16CodeUnits',
        results: new LazyJsonArray(diagnostics.length, (i) => toResult(diagnostics[i]!, ruleIndex.get(diagnostics[i]!.rule) ?? -1, options.locale)),
      },
    ],
  };
}
