// `milepel import`'s pure core: bytes of a foreign schedule → plan file texts and findings (SPEC §10). Files are the CLI's job.
import { Buffer } from 'node:buffer';
import { msg, msg0, type Message } from '../messages/index.js';
import type { LeftOutTopic } from '../messages/data/import.js';
import { decodeHead, decodeText, decodeUtf8Bytes, refuseLargeTable, type DecodedText } from './decode.js';
import { UnreadableInput, type ImportFinding } from './finding.js';
import { dropUnschedulableLinks, type OutsidePlans } from './loops.js';
import type { ImportedLinkAt, ImportedPlan } from './plan-model.js';
import { writePlanYaml } from './yaml-writer.js';

export const IMPORT_FORMATS = ['xer', 'mspdi', 'csv', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportRequest {
  /** The file. An XER or MSPDI file is taken: importSchedule leaves an empty array here once it has read it. */
  readonly bytes: Uint8Array;
  /** The file's name as the user gave it, for the format guess and the plan file's comment. */
  readonly name: string;
  readonly from?: ImportFormat;
  readonly planId?: string;
  /** The schema's path from the written plan files, for editors (default `../schemas/plan.schema.json`). */
  readonly schemaPath?: string;
  /**
   * The plans of these ids (named by the file's links, held by none of its plans) and the plans they link with, as
   * they are where the import writes (the CLI's `--out`), or undefined when there are none.
   */
  readonly outside?: (plans: readonly string[]) => Promise<OutsidePlans | undefined>;
}

export interface ImportResult {
  readonly format: ImportFormat;
  readonly plans: readonly { readonly plan: ImportedPlan; readonly fileName: string; readonly text: string }[];
  readonly findings: readonly ImportFinding[];
  /**
   * How many dates of the plans are written as the working day before the day the source names, each with a comment
   * beside it (plan-model.ts dateNote): the same moment, not an approximation, but told once (tester round 57 F1).
   */
  readonly daysBefore: number;
  /** What was kept exactly but is said all the same, at its line: a link to a plan not there yet (loops.ts CheckedLinks). */
  readonly notes: readonly { readonly line?: number; readonly message: Message }[];
}

/**
 * Extensions of files that are no schedule import reads (a tester's `import j.json` was read as CSV, and tester round
 * 25 F8's `e.ics`, what `export --format ics` writes, was refused as a CSV whose header names no id column).
 */
const NOT_A_SCHEDULE: ReadonlySet<string> = new Set(['json', 'yaml', 'yml', 'ics', 'ical', 'ifb', 'vcs', 'mpp', 'xls', 'ods', 'pdf', 'docx', 'pptx', 'zip']);

/**
 * The format from the extension, else from the first bytes: `ERMHDR` (XER), `<` (XML), `PK` (a zip: XLSX), JSON,
 * YAML or iCalendar (`BEGIN:VCALENDAR`, its names case-insensitive by RFC 5545 §2.1: none), else CSV. Throws
 * UnreadableInput when the extension or the content names no format import reads; the message names the extension
 * only when that decided (a `.txt` file of JSON is refused for its content, not for being a .txt file).
 */
export function detectFormat(name: string, bytes: Uint8Array): ImportFormat {
  const ext = /\.([A-Za-z]+)$/.exec(name)?.[1]?.toLowerCase();
  if (ext === 'xer') return 'xer';
  if (ext === 'xml' || ext === 'mspdi') return 'mspdi';
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'csv') return 'csv';
  const head = decodeHead(bytes).trimStart();
  const isNamedOther = ext !== undefined && NOT_A_SCHEDULE.has(ext);
  if (head.startsWith('ERMHDR')) return 'xer';
  if (head.startsWith('<')) return 'mspdi';
  if (head.startsWith('PK') && !isNamedOther) return 'xlsx';
  if (isNamedOther || head.startsWith('{') || head.startsWith('[') || head.startsWith('---') || head.startsWith('%YAML') || /^BEGIN:VCALENDAR\b/i.test(head)) {
    throw new UnreadableInput(msg('import.unreadable.unknown-format', { ext: isNamedOther ? ext : null }));
  }
  return 'csv';
}

/**
 * The request's bytes, taken out of it (XER and MSPDI are read in one pass): from then on nothing holds a large file
 * while its plans are built (177 MB of a 100,000-task MSPDI file beside them).
 */
function takeBytes(request: ImportRequest): Uint8Array {
  const bytes = request.bytes;
  (request as { bytes: Uint8Array }).bytes = new Uint8Array(0);
  return bytes;
}

/**
 * The encodings XML files name that Windows-1252 reads exactly for every character a name holds: Latin-1 under its
 * IANA names (WHATWG reads each of them as Windows-1252, which differs from it only in 0x80–0x9F, C1 controls there).
 */
const LATIN1_LABELS: ReadonlySet<string> = new Set(['iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'l1', 'windows-1252', 'cp1252', 'us-ascii', 'ascii']);

/** The encoding an XML declaration at the start of `bytes` names (`<?xml version="1.0" encoding="ISO-8859-1"?>`), if any. */
function declaredXmlEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 256)).toString('latin1');
  return /^<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/.exec(head)?.[1];
}

/** What `read` makes of the file as UTF-8 bytes (decode.ts), and the encoding the file was in; the bytes stay here. */
function readUtf8<T>(bytes: Uint8Array, read: (utf8: Uint8Array) => T): { readonly value: T; readonly encoding: DecodedText['encoding'] } {
  const decoded = decodeUtf8Bytes(bytes);
  return { value: read(decoded.bytes), encoding: decoded.encoding };
}

/**
 * Imports one foreign schedule (SPEC §10): the format from `request.from`, else detectFormat; the plans it holds, each
 * with the YAML text to write (made when first asked for), and the findings of what could not be carried over exactly,
 * each with its source line where the format has lines (a workbook's row number for xlsx). Whatever the format, links
 * no plan can be scheduled with (a task after itself, a link repeated, those closing dependency cycles) are left out
 * and among the findings (loops.ts). Takes an XER or MSPDI file's bytes out of `request` (takeBytes). Throws
 * UnreadableInput when the file cannot be imported at all (exit 2: not the format, truncated, no activities).
 */
export async function importSchedule(request: ImportRequest): Promise<ImportResult> {
  const format = request.from ?? detectFormat(request.name, request.bytes);
  // MS Project XML is read from its bytes (its other shapes are refused in mspdi/index.ts as tables are), and a
  // workbook's parts have their own limits (sheet/zip-sizes.ts).
  if (format === 'csv' || format === 'xer') refuseLargeTable(request.bytes.byteLength);
  const options = request.planId === undefined ? {} : { planId: request.planId };
  let imported: { plans: ImportedPlan[]; findings: ImportFinding[]; links: readonly ImportedLinkAt[] };
  if (format === 'xer') {
    const xer = await import('./xer/index.js');
    imported = xer.importXerFile(readUtf8(takeBytes(request), xer.readXerFile).value, options);
  } else if (format === 'mspdi') {
    const mspdi = await import('./mspdi/index.js');
    const declared = declaredXmlEncoding(request.bytes);
    const read = readUtf8(takeBytes(request), mspdi.readMspdiParts);
    imported = mspdi.importMspdiParts(read.value, options);
    // XML is UTF-8 or UTF-16 unless it says otherwise; MS Project writes UTF-8. Bytes that are neither were read as
    // Windows-1252: exactly what a file declared Latin-1 or Windows-1252 says (a tester's ISO-8859-1 file was told it
    // did not say otherwise), a guess for any other.
    if (read.encoding === 'windows-1252' && (declared === undefined || !LATIN1_LABELS.has(declared.toLowerCase()))) {
      // A declared encoding is said at its line, the declaration's (the file's first).
      const isUtf8 = declared === undefined || /^utf-?8$/i.test(declared);
      imported.findings.unshift(isUtf8
        ? { kind: 'approximated', topic: 'encoding', message: msg0('import.mspdi.not-utf8') }
        : { kind: 'approximated', topic: 'encoding', line: 1, message: msg('import.mspdi.other-encoding', { encoding: declared }) });
    }
  } else if (format === 'csv') {
    imported = (await import('./sheet/csv.js')).importCsv(decodeText(request.bytes).text, { ...options, name: request.name });
  } else {
    imported = await (await import('./sheet/xlsx.js')).importXlsx(request.bytes, { ...options, name: request.name });
  }
  if (imported.plans.length === 0) throw new UnreadableInput(noActivities(imported.findings));
  // Whatever the format, no plan is written that validate refuses for a dependency cycle: a link from a task to
  // itself, one repeated, and those that close cycles are left out and said (tester round 20 #3: an MS Project file
  // with a loop was "imported exactly", exit 0, and every report on the plan then failed).
  // A sheet's `p/M` may name a plan already where the plans are written: its links count, so that the plans written
  // make no cycle with it either (tester round 21 #9). Asked only when a link names a plan the file does not hold.
  const named = plansNamedOutside(imported.plans, imported.links);
  const outside = named.length > 0 && request.outside !== undefined ? await request.outside(named) : undefined;
  const checked = dropUnschedulableLinks(imported.plans, imported.links, { isRowNumber: format === 'xlsx', ...(outside !== undefined ? { outside } : {}) });
  // A link left out is said once, as left out: what was said of its lag is moot (tester round 21 #12).
  const kept = checked.dropped.size === 0 ? imported.findings : imported.findings.filter((f) => f.link === undefined || !checked.dropped.has(f.link));
  const findings = checked.findings.length === 0 ? kept : kept.concat(checked.findings);
  const base = request.name.split(/[\\/]/).pop() ?? request.name;
  const schemaPath = request.schemaPath;
  // Each plan file's text is written when first asked for: by then the caller can have let the file's bytes go.
  return {
    format,
    plans: checked.plans.map((plan) => {
      let text: string | undefined;
      return { plan, fileName: `${plan.id}.yaml`, get text() { return (text ??= writePlanYaml(plan, base, schemaPath)); } };
    }),
    findings,
    daysBefore: countDaysBefore(checked.plans),
    notes: checked.notes,
  };
}

/** The milestone dates written with a comment that they are the working day before the source's day. */
function countDaysBefore(plans: readonly ImportedPlan[]): number {
  let n = 0;
  for (const p of plans) for (const m of p.milestones) n += (m.dateNote === undefined ? 0 : 1) + (m.forecastNote === undefined ? 0 : 1) + (m.actualNote === undefined ? 0 : 1);
  return n;
}

/** The ids of the plans that links name (`p/M`) and no plan of the file is, sorted. */
function plansNamedOutside(plans: readonly ImportedPlan[], links: readonly ImportedLinkAt[]): string[] {
  const own = new Set(plans.map((p) => p.id));
  const named = new Set<string>();
  for (const { link } of links) {
    const slash = link.id.indexOf('/');
    if (slash > 0 && !own.has(link.id.slice(0, slash))) named.add(link.id.slice(0, slash));
  }
  return [...named].sort();
}

/**
 * Why a file gives no plan: no activities, or every one left out (inactive, another project's, no finish), said with
 * how many of each, since the lines that said each one are not printed for a file refused (tester round 53 F9).
 */
function noActivities(findings: readonly ImportFinding[]): Message {
  const left = new Map<LeftOutTopic, number>();
  for (const f of findings) if (f.kind === 'dropped' && f.activity !== undefined && isLeftOutTopic(f.topic)) left.set(f.topic, (left.get(f.topic) ?? 0) + 1);
  return left.size === 0 ? msg0('import.unreadable.no-activities') : msg('import.unreadable.all-left-out', { topics: [...left].map(([topic, count]) => ({ topic, count })) });
}

/** Whether a finding's topic is that of a task or activity left out whole: inactive, another project's, no finish. */
function isLeftOutTopic(topic: string): topic is LeftOutTopic {
  return topic === 'inactive' || topic === 'external' || topic === 'dates';
}
