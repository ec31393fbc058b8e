// `milepel import <file>`: reads a P6 / MS Project / CSV / XLSX schedule, writes plan files, reports what is approximated (SPEC §10).
import { Buffer } from 'node:buffer';
import { posix } from 'node:path';
import { shownArgument, shownPath } from '../../text/quote.js';
import type { Io } from '../io.js';
import { describeFsError, fsErrorCode } from '../fs-error.js';
import { linkedDirOnTheWay, refusedPlace, writeNewFiles } from '../new-files.js';
import { msg, msg0, renderMessage, type Locale, type Message } from '../../messages/index.js';
import type { ImportTopicCount } from '../../messages/data/import.js';
import { clockToday, decideLocale } from '../options.js';
import { packageFile } from '../package.js';
import { UsageError } from '../usage-error.js';
import { escapeControl } from '../../report/safe-text.js';
import { UnreadableInput, type ImportFinding } from '../../interchange/finding.js';
import { megabytesUp } from '../../interchange/decode.js';
import { PLAN_ID } from '../../interchange/ids.js';
import { IMPORT_FORMATS, importSchedule, type ImportFormat, type ImportResult } from '../../interchange/import.js';
import type { OutsidePlans } from '../../interchange/loops.js';
import { findTakenPlanIds } from '../../interchange/taken-plan-ids.js';
import { analyzeTexts, type SourceText } from '../../analyze-texts.js';
import { findPlanFiles, readPlanFiles, wholeMegabytes } from '../load.js';
import { shownMessage } from '../../report/shown-message.js';

export interface ImportOptions {
  readonly out?: string;
  readonly planId?: string;
  readonly from?: string;
  readonly locale?: string;
}

export async function runImport(io: Io, file: string, options: ImportOptions): Promise<number> {
  const locale = decideLocale(options.locale, io);
  const from = options.from;
  if (from !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(from)) throw new UsageError(msg('cli.import.bad-from', { from: shownArgument(from), formats: IMPORT_FORMATS }));
  if (options.planId !== undefined && !PLAN_ID.test(options.planId)) throw new UsageError(msg('cli.import.bad-plan-id', { id: shownArgument(options.planId) }));
  const out = options.out ?? 'plans';
  if (out === '') throw new UsageError(msg('cli.option-missing-argument', { name: '--out <dir>' }));
  // An empty name (a script's unset variable) is no file: say which argument is missing rather than ' does not exist'.
  if (file === '') throw new UsageError(msg('cli.missing-argument', { name: 'file' }));
  const stat = io.stat(file);
  if (stat === undefined) throw new UsageError(msg('cli.import.missing', { file: shownPath(file) }));
  if (!stat.isFile) throw new UsageError(msg('cli.import.not-file', { file: shownPath(file) }));
  const schema = schemaFor(io, out);
  // Read once, when first asked: by the cycle check (a link naming a plan the file does not hold), else for the ids.
  let there: Promise<PlansInOut | undefined> | undefined;
  const plansThere = (): Promise<PlansInOut | undefined> => (there ??= plansIn(io, out));
  const result = await readAndImport(io, file, plansThere, schema.path, from as ImportFormat | undefined, options.planId, locale);
  const targets = result.plans.map((p) => ({ path: posix.join(out, p.fileName), text: p.text }));
  // A directory in a file's place is not "already exists": writeNewFiles refuses it by name.
  const existing = targets.filter((t) => io.exists(t.path) && io.stat(t.path)?.isDirectory !== true);
  if (existing.length > 0) throw new UsageError(msg('cli.import.exists', { paths: existing.map((t) => shown(t.path)) }));
  // A plan id a plan in --out has, in another file (tester round 25 F11: written, "imported exactly", and validate then
  // refused both plans for duplicate-id, the imported links bound to the other plan's milestones).
  const taken = findTakenPlanIds(result.plans.map((p) => p.plan.id), (await plansThere())?.planFiles ?? new Map<string, string>(), (id) => io.exists(posix.join(out, `${id}.yaml`)));
  if (taken !== undefined) throw new UsageError(msg('cli.import.plan-exists', { plans: taken.taken.map((t) => ({ id: t.id, file: shown(t.file) })), free: taken.free }));
  // As init: nothing written outside --out through a directory in it linked elsewhere (`out/schemas` → /elsewhere).
  const linked = linkedDirOnTheWay(io, out, [...targets.map((t) => t.path), ...(schema.copyTo === undefined ? [] : [schema.copyTo])]);
  if (linked !== undefined) throw new UsageError(msg('cli.write.through-link', { command: 'import', dir: shown(out), path: shown(linked.path), target: shown(linked.target) }));
  // In pieces of many lines: a write per finding was 33,000 writes for a 100,000-activity XER file.
  let pending = '';
  // In the file's order (a tester's CSV findings came line 8, then 6): those without a line first; the sort is stable.
  // The notes of what was kept exactly among them, at their lines (tester round 100 F9: they came after the rest).
  const said = [
    ...result.findings.map((f) => ({ line: f.line, text: findingLine(file, f, locale) })),
    ...result.notes.map((n) => ({ line: n.line, text: noteLine(file, n, out, locale) })),
  ];
  const ordered = said.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  for (const f of ordered) {
    pending += `${f.text}\n`;
    if (pending.length >= 1 << 16) {
      io.stderr(pending);
      pending = '';
    }
  }
  if (pending !== '') io.stderr(pending);
  // All or nothing (a tester's `o1/schemas` file: exit 2, yet `o1/takt.yaml` was left): cli/new-files.ts.
  try {
    const copy = schema.copyTo === undefined ? [] : [{ path: schema.copyTo, text: io.readText(packageFile('schemas/plan.schema.json')) }];
    writeNewFiles(io, [out, ...copy.map((c) => posix.dirname(c.path))], [...targets, ...copy]);
  } catch (error) {
    const code = fsErrorCode(error);
    if (code === undefined) throw error;
    const place = refusedPlace(error, out, io.cwd());
    // Paths as a refusal shows a path named on the command line: quoted unless every character shows (round 80 F7).
    throw new UsageError(msg('cli.import.cannot-write', { dir: shownPath(place.dir), target: place.target === null ? null : shownPath(place.target), reason: describeFsError(error), code }));
  }
  // Not an approximation (the same moment, exit 0 when nothing else is), yet not the day P6 or MS Project shows: once.
  if (result.daysBefore > 0) io.stderr(`${shown(file)}: ${renderMessage(msg('cli.note', { text: renderMessage(msg('import.days-before', { count: result.daysBefore }), locale) }), locale)}\n`);
  io.stderr(`${renderMessage(summary(shown(file), result.findings), locale)}\n`);
  for (const [i, p] of result.plans.entries()) {
    const links = p.plan.milestones.reduce((n, m) => n + m.after.length, 0);
    io.stdout(`${renderMessage(msg('cli.import.wrote', { file: shown(targets[i]?.path ?? p.fileName), plan: p.plan.id, milestones: p.plan.milestones.length, links }), locale)}\n`);
  }
  if (schema.copyTo !== undefined) io.stdout(`${renderMessage(msg('cli.import.wrote-schema', { file: shown(schema.copyTo) }), locale)}\n`);
  const kept = schema.copyTo === undefined && result.plans.length > 0 ? foreignSchema(io, posix.join(out, schema.path), schema.path) : undefined;
  if (kept !== undefined) io.stderr(`milepel: ${renderMessage(msg('cli.note', { text: renderMessage(kept, locale) }), locale)}\n`);
  return result.findings.length > 0 ? 1 : 0;
}

/**
 * The file read and imported. Its bytes are the request's only, which importSchedule empties once it has read an XER
 * or MSPDI file: a 177 MB MSPDI file was held while its plan was built and written.
 */
async function readAndImport(io: Io, file: string, plansThere: () => Promise<PlansInOut | undefined>, schemaPath: string, from: ImportFormat | undefined, planId: string | undefined, locale: Locale): Promise<ImportResult> {
  // The request alone holds the bytes, and importSchedule takes them from it (ImportRequest.bytes).
  const outside = async (): Promise<OutsidePlans | undefined> => (await plansThere())?.outside;
  const request = { bytes: readFile(io, file), name: file, schemaPath, outside, ...(from !== undefined ? { from } : {}), ...(planId !== undefined ? { planId } : {}) };
  try {
    return await importSchedule(request);
  } catch (error) {
    if (error instanceof UnreadableInput) throw new UsageError(msg('cli.import.cannot-import', { file: shown(file), reason: shownMessage(error.reason, locale) }));
    throw error;
  }
}

/** What the import reads of the plans already in `--out`: see plansIn. */
interface PlansInOut {
  /** Their milestones and links, for the cycle check. */
  readonly outside: OutsidePlans;
  /** Plan id → the file that declares it (the first, as validate reads them), for findTakenPlanIds. */
  readonly planFiles: ReadonlyMap<string, string>;
}

/**
 * The plans already in `out`, which validate reads with those the import writes there. Their milestones and dated
 * gates, and their `after` links, those naming a plan not there yet included (x.yaml's `y/B` before y.csv is
 * imported), for the import's cycle check (loops.ts; tester round 21 #9: two sheets imported one after the other, each
 * "imported exactly", made a cycle that validate then refused); their plan ids, for the plan id check (tester round 25 F11). Undefined when `out` holds no plan file, or none that
 * can be read: the import is not refused for what is beside its files (validate says that).
 */
async function plansIn(io: Io, out: string): Promise<PlansInOut | undefined> {
  if (io.stat(out)?.isDirectory !== true) return undefined;
  let texts: SourceText[];
  try {
    texts = readPlanFiles(io, findPlanFiles(io, [out])).map((t) => ({ file: t.file, text: t.text, encodingProblem: t.encodingProblem }));
  } catch (error) {
    if (error instanceof UsageError) return undefined;
    throw error;
  }
  if (texts.length === 0) return undefined;
  const { workspace: ws } = await analyzeTexts(texts, { clockToday: clockToday(io), findings: 'refusals', keepData: false });
  const links = [...ws.dependencies].map((d) => ({ from: ws.milestones[d.from]!.ref, to: ws.milestones[d.to]!.ref }));
  for (const u of ws.unresolved) if (u.kind === 'after' && u.holder !== undefined && u.target.includes('/')) links.push({ from: u.target, to: u.holder });
  const planFiles = new Map(ws.plans.map((p) => [p.id, p.file]));
  // Every milestone and gate there, dated or not: a link to one without a date is no unknown reference.
  const refs = new Set([...ws.milestones.map((m) => m.ref), ...(ws.undated ?? []).map((u) => u.ref), ...(ws.gates ?? []).map((g) => g.ref)]);
  return { outside: { nodes: ws.milestones.map((m) => ({ ref: m.ref, file: m.origin.file })), links, planFiles, refs }, planFiles };
}

/**
 * The largest file import reads: 1 GiB, the bound it always read files to, now said rather than cut silently (tester
 * round 85: a 1.26 GB MSPDI file was imported from its first GiB, whose cut broke a character, and Node then aborted
 * reading it as Latin-1 text: exit 134, a native stack trace). UTF-8 MS Project XML in the shape MS Project and
 * milepel write is read from its bytes, about three bytes of memory per byte (a 542 MB export of 450,000 milestones
 * peaks at 1.5 GB); any other file is read as one text, which decode.ts refuses past V8's longest string (512 MB).
 */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

/** The bytes of `file`; a UsageError when it cannot be read or is larger than MAX_IMPORT_BYTES. */
function readFile(io: Io, file: string): Uint8Array {
  // Told before reading a byte, when the size is known; a file that grows meanwhile is stopped at the limit.
  const tooLarge = (size: number): UsageError => new UsageError(msg('cli.import.too-large', { file: shown(file), megabytes: megabytesUp(size), limit: wholeMegabytes(MAX_IMPORT_BYTES) }));
  const stat = io.stat(file);
  if (stat?.isFile === true && stat.size > MAX_IMPORT_BYTES) throw tooLarge(stat.size);
  let bytes: Uint8Array;
  try {
    bytes = io.readBytes(file, MAX_IMPORT_BYTES);
  } catch (error) {
    if (fsErrorCode(error) === undefined) throw error;
    throw new UsageError(msg('cli.import.unreadable', { file: shown(file), reason: describeFsError(error) }));
  }
  if (bytes.byteLength <= MAX_IMPORT_BYTES) return bytes;
  throw tooLarge(Math.max(io.stat(file)?.size ?? 0, bytes.byteLength));
}

/** `file:line: approximated: message` (no line part when the format has none); never starts with `::`. */
function findingLine(file: string, f: ImportFinding, locale: Locale): string {
  return placedLine(file, f.line, `${renderMessage(msg0(`import.kind.${f.kind}`), locale)}: ${shownMessage(f.message, locale)}`);
}

/** A note of what was kept exactly (ImportResult.notes), at its line, as a finding's is. */
function noteLine(file: string, note: ImportResult['notes'][number], out: string, locale: Locale): string {
  // The folder the plan is to be imported into, which the importer does not know (tester round 100 F9).
  const m = note.message;
  const message = m.id === 'import.link-plan-not-there' ? msg('import.link-plan-not-there', { ...m.data, folder: shown(out) }) : m;
  return placedLine(file, note.line, renderMessage(msg('cli.note', { text: shownMessage(message, locale) }), locale));
}

/** `file:line: text`, or `file: text` without a line; one starting `::` (a workflow command to GitHub) as `./::…`. */
function placedLine(file: string, line: number | undefined, text: string): string {
  const said = `${line === undefined ? shown(file) : `${shown(file)}:${line}`}: ${text}`;
  return /^\s*::/.test(said) ? `./${said.trimStart()}` : said;
}

/** The count summary: per kind, the topics by count (most first, then by name). */
function summary(file: string, findings: readonly ImportFinding[]): Message {
  if (findings.length === 0) return msg('import.summary.exact', { file });
  const topics = (kind: ImportFinding['kind']): ImportTopicCount[] => {
    const counts = new Map<ImportFinding['topic'], number>();
    for (const f of findings) if (f.kind === kind) counts.set(f.topic, (counts.get(f.topic) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([topic, count]) => ({ topic, count }));
  };
  return msg('import.summary.counts', { file, approximated: topics('approximated'), dropped: topics('dropped') });
}

function shown(text: string): string {
  const safe = escapeControl(text);
  return /^\s*::/.test(safe) ? `./${safe.trimStart()}` : safe;
}

/**
 * The note on a schema file the written plans name that was there already and is not this milepel's plan schema byte
 * for byte (tester round 57 F9: `{"mine":1}` was kept, rightly, and silently, and the plans pointed editors at it);
 * undefined for milepel's own. `path`: as the plans' `$schema=` line writes it. The exit code is the import's.
 */
function foreignSchema(io: Io, file: string, path: string): Message | undefined {
  const read = (at: string, maxBytes?: number): Uint8Array | Message => {
    try {
      return io.readBytes(at, maxBytes);
    } catch (error) {
      if (fsErrorCode(error) === undefined) throw error;
      return describeFsError(error);
    }
  };
  // The plans are written: a package without its schema (which nothing else here needed) is no reason to fail now.
  const own = read(packageFile('schemas/plan.schema.json'));
  if (!(own instanceof Uint8Array)) return undefined;
  // At most one byte more than milepel's schema: enough to tell a larger file apart without reading all of it.
  const there = read(file, own.byteLength);
  if (!(there instanceof Uint8Array)) return msg('cli.import.kept-schema', { file: shown(file), path, reason: there });
  return Buffer.from(there).equals(own) ? undefined : msg('cli.import.kept-schema', { file: shown(file), path, reason: null });
}

/**
 * Where the written plans find the schema (their `# yaml-language-server: $schema=` line, relative to them): the
 * copy in `schemas/` inside the target directory (what `milepel init` makes), else `../schemas/` beside it when
 * that holds one (this repository's layout, the shipped plans' line), else a copy written into the target's
 * `schemas/` as `milepel init` writes it — never a path that names nothing (a tester's finding: `--out` a new
 * directory got `../schemas/plan.schema.json`, which did not exist, so editors validated nothing).
 */
function schemaFor(io: Io, out: string): { readonly path: string; readonly copyTo?: string } {
  // A directory named plan.schema.json is no schema: the plans must not name it (writing a copy there is refused).
  const isSchema = (path: string): boolean => io.exists(path) && io.stat(path)?.isDirectory !== true;
  const inside = posix.join(out, 'schemas', 'plan.schema.json');
  if (isSchema(inside)) return { path: 'schemas/plan.schema.json' };
  if (isSchema(posix.join(out, '..', 'schemas', 'plan.schema.json'))) return { path: '../schemas/plan.schema.json' };
  return { path: 'schemas/plan.schema.json', copyTo: inside };
}
