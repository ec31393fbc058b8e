// The full yaml parser: every YAML construct and every syntax error, at about 1 MB/s; loaded only when needed
// (src/analyze-texts.ts decides when). The yaml library comes through its one adapter, ./yaml.ts.
import { newLineCounter, parsePlanDocument } from './yaml.js';
import { documentPaths } from './document-paths.js';
import { msg, msg0 } from '../messages/index.js';
import { parseText } from '../analyze-texts.js';
import { failed, positionIn, type LineColumn, type ParsedSource, type Path, type SyntaxProblem } from './parse.js';
import { tooLargeForFullParse } from './syntax-problem.js';
import { aliasOffsets, firstUnresolvedAlias } from './document-nodes.js';
import { describeErrors } from './yaml-errors.js';
import { blank, normalizeLoneCr } from './line-breaks.js';
import { findExplicitTags } from './yaml-tags.js';
import { findCollectionKeys } from './collection-keys.js';
import { nestingTooDeepAt } from './flow-depth.js';
import { MIN_ENTRY_PARSE_CHARS, parseBrokenEntry } from './entry-parse.js';
import { quoteText } from '../text/quote.js';
import { expandIndentTabs, findIndentTabs, type IndentTab } from './indent-tabs.js';

/** Aliases a file may expand before it counts as an alias bomb (yaml's `maxAliasCount`). */
const MAX_ALIAS_COUNT = 1000;

/**
 * Aliases a file may hold at all. The yaml library resolves each alias by a walk over the anchors and aliases before
 * it: 10,000 distinct anchors each used once took 14 s, 40,000 took 114 s (tester round 38), where a plan file uses a
 * handful. Past this many the file is refused with one finding, as one past MAX_BYTES is.
 */
const MAX_ALIASES = 1000;

/**
 * How many times parseFull blanks the lines of tabs it found and parses again (a tab found after another): each time
 * is a full parse of the file, so a file of 30,000 milestones with one tab took 6.9 s at 8 (tester round 45 F4).
 */
const MAX_TAB_ROUNDS = 4;

/** parseFull's round: the text as read, and the tab findings whose lines are blank in the text parsed now. */
interface TabRound {
  readonly original: string;
  readonly blanked: readonly SyntaxProblem[];
  readonly rounds: number;
}

/** The full parser needs about 50 bytes of memory per byte of YAML: larger files it would read are refused, not crashed on. */
export const MAX_FULL_PARSE_CHARS = 16 * 1024 * 1024;

/** The fast path when it applies, else the full parser: the choice of the analysis entry point (analyze-texts.ts). */
export function parseSource(file: string, text: string): ParsedSource {
  return parseText(parseFullChecked, file, text);
}

/**
 * The full parser, refusing (with a finding) texts too large for it; a large text broken in one list entry is read
 * from that entry on when that tells the whole text's problems (entry-parse.ts).
 */
export function parseFullChecked(file: string, text: string): ParsedSource {
  // Lines indented with a tab: each is one finding, and the text is read with the indentation meant (indent-tabs.ts),
  // by the fast path when it can, so one tab costs no more than the file without it (tester round 45 F1–F4).
  const tabs = text.includes('\0') ? [] : findIndentTabs(normalizeLoneCr(text));
  if (tabs.length === 0) return parseChecked(file, text);
  const expanded = expandIndentTabs(text, tabs);
  // A refusal for size gives the file's, not that of the text read with spaces (tester round 46 F6).
  return withIndentTabs(file, text, tabs, expanded.column, parseText((f, t) => parseChecked(f, t, text.length), file, expanded.text));
}

/**
 * `inner`, the reading of the text with its tab lines indented as meant, as the reading of `text`: a finding at each
 * tab, the other problems of the lines after them, no data (the file does not parse as written).
 */
function withIndentTabs(file: string, text: string, tabs: readonly IndentTab[], column: (line: number, column: number) => number, inner: ParsedSource): ParsedSource {
  const tabLines = new Set(tabs.map((t) => t.line));
  const own: SyntaxProblem[] = tabs.map((t) => ({
    line: t.line,
    column: t.tab - t.start + 1,
    message: msg('yaml-syntax.tab-indent', { list: t.list, id: t.id }),
    hint: t.kind === 'blank' ? msg0('yaml-syntax.tab-blank.hint') : t.kind === 'after-dash' ? msg('yaml-syntax.tab-after-dash.hint', { spaces: t.spaces }) : msg('yaml-syntax.tab-indent.hint', { spaces: t.spaces }),
  }));
  const others = inner.problems
    .filter((p) => !tabLines.has(p.line))
    .map((p) => (p.related === undefined ? p : { ...p, related: p.related.map((r) => ({ ...r, column: column(r.line, r.column) })) }));
  const problems = [...own, ...others].sort((a, b) => a.line - b.line || a.column - b.column);
  const locate = (path: Path, key?: boolean): LineColumn => {
    const at = inner.locate(path, key);
    return { line: at.line, column: column(at.line, at.column) };
  };
  return { file, text, data: undefined, problems, locate };
}

/** parseFullChecked for a text without tab-indented lines it knows of; `size`, the file's length in UTF-16 units. */
function parseChecked(file: string, text: string, size = text.length): ParsedSource {
  const hasNul = text.includes('\0');
  // Nesting the parser would read by recursing to the stack's end is refused before it starts (flow-depth.ts), and
  // said before the size: a 16 MB file nested 400 levels deep was told its YAML held anchors, tags or tabs (tester
  // round 102 F2), which it did not.
  const deep = hasNul ? -1 : nestingTooDeepAt(text);
  if (deep >= 0) return failed(file, text, [{ ...positionIn(normalizeLoneCr(text), deep), message: msg0('yaml-syntax.too-deep'), hint: msg0('yaml-syntax.too-deep.hint') }]);
  if (text.length > MAX_FULL_PARSE_CHARS && !hasNul) return failed(file, text, [tooLargeForFullParse(size, MAX_FULL_PARSE_CHARS)]);
  // A large file broken in one list entry: that entry read alone, when it tells the whole file's problems (entry-parse.ts).
  const broken = text.length >= MIN_ENTRY_PARSE_CHARS && !hasNul ? parseBrokenEntry(file, text) : undefined;
  return broken ?? parseFull(file, text);
}

/** The full yaml parser: every construct, every syntax error, at about 1 MB/s. */
export function parseFull(file: string, raw: string, round: TabRound = { original: raw, blanked: [], rounds: 0 }): ParsedSource {
  // A lone CR is a line break (YAML 1.2): read as LF, same offsets, as the fast path does (source/line-breaks.ts). The
  // source keeps the text as read.
  const text = normalizeLoneCr(raw);
  const lineCounter = newLineCounter();
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const lc = positionIn(text, nul);
    return failed(file, raw, [{ ...lc, message: msg0('yaml-syntax.binary'), hint: msg0('yaml-syntax.binary.hint') }]);
  }
  const doc = parsePlanDocument(text, lineCounter);
  const problems: SyntaxProblem[] = [];
  for (const { offset, message, hint, related } of describeErrors(text, doc, lineCounter)) {
    const at = lineCounter.linePos(offset);
    const places = related?.map((r) => {
      const place = lineCounter.linePos(r.offset);
      return { line: place.line, column: place.col, message: r.message };
    });
    problems.push({ line: at.line, column: at.col, message, hint, ...(places === undefined ? {} : { related: places }) });
  }
  const paths = documentPaths(doc);
  const locate = (path: Path, key = false): LineColumn => {
    const offset = paths.offsetOf(path, key);
    const at = lineCounter.linePos(offset);
    return { line: at.line, column: at.col };
  };
  // A line indented with a tab leaves the parser lost for every line after it: one tab in a file of 1,000 milestones
  // was 935 findings in the parser's words, and a real error further on was lost among them (tester round 44 F3).
  // parseFullChecked reads the tab lines it finds (indent-tabs.ts) as meant before the parse; a tab the parser still
  // reports (one that scan leaves to it) keeps its finding, and the file's other problems are those of the same text
  // with the tab's lines blanked (the same length, so every place stays), where the lines after them read as they were
  // written. A tab found only then (the lines after the first were lost) is blanked in turn, up to MAX_TAB_ROUNDS parses.
  const tabbed = round.rounds >= MAX_TAB_ROUNDS ? [] : problems.filter((p) => p.message.id === 'yaml-syntax.tab-indent');
  if (tabbed.length > 0) {
    const blanked = [...round.blanked, ...tabbed];
    return parseFull(file, blankLines(text, new Set(blanked.map((p) => p.line))), { original: round.original, blanked, rounds: round.rounds + 1 });
  }
  for (const use of findExplicitTags(text, doc)) {
    const at = lineCounter.linePos(use.offset);
    problems.push({ line: at.line, column: at.col, message: msg('yaml-syntax.tag', { tag: use.tag }), hint: msg0('yaml-syntax.tag.hint') });
  }
  for (const offset of findCollectionKeys(doc)) {
    const at = lineCounter.linePos(offset);
    problems.push({ line: at.line, column: at.col, message: msg0('yaml-syntax.collection-key'), hint: msg0('yaml-syntax.collection-key.hint') });
  }
  if (round.blanked.length > 0) {
    // The tabs' findings and the other problems of the text without their lines: broken, whatever those are.
    const tabLines = new Set(round.blanked.map((p) => p.line));
    const merged = [...round.blanked, ...problems.filter((p) => !tabLines.has(p.line))].sort((a, b) => a.line - b.line || a.column - b.column);
    return { file, text: round.original, data: undefined, problems: merged, locate };
  }
  if (problems.length > 0) return { file, text: raw, data: undefined, problems, locate };
  const aliases = aliasOffsets(doc);
  if (aliases.length > MAX_ALIASES) {
    const at = lineCounter.linePos(aliases[MAX_ALIASES]!);
    const problem = { message: msg('yaml-syntax.too-many-aliases', { count: aliases.length, limit: MAX_ALIASES }), hint: msg0('yaml-syntax.too-many-aliases.hint') };
    return { file, text: raw, data: undefined, locate, problems: [{ line: at.line, column: at.col, ...problem }] };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    // toJS throws a ReferenceError for an alias without an anchor before it, and for too many aliases.
    const unresolved = firstUnresolvedAlias(doc);
    const at = lineCounter.linePos(unresolved?.offset ?? aliases[0] ?? 0);
    const problem = unresolved !== undefined
      // `*Viktig*` is emphasis, not an alias of the anchor `Viktig*`: quoted, it is the text meant (tester round 35 N4).
      ? { message: msg('yaml-syntax.unknown-alias', { name: unresolved.name }), hint: unresolved.name.endsWith('*') ? msg('yaml-syntax.quote-value.hint', { value: quoteText(`*${unresolved.name}`), entry: false }) : msg('yaml-syntax.unknown-alias.hint', { name: unresolved.name }) }
      : { message: msg('yaml-syntax.alias-bomb', { limit: MAX_ALIAS_COUNT }), hint: msg0('yaml-syntax.alias-bomb.hint') };
    return { file, text: raw, data: undefined, locate, problems: [{ line: at.line, column: at.col, ...problem }] };
  }
  return { file, text: raw, data, problems, locate, aliasedAt: paths.aliasedAt };
}

/** `text` with the 1-based lines in `lines` made blank (line-breaks.ts blank), so offsets stay. */
function blankLines(text: string, lines: ReadonlySet<number>): string {
  const out: string[] = [];
  let line = 1;
  for (let from = 0; from < text.length; line++) {
    const nl = text.indexOf('\n', from);
    const next = nl < 0 ? text.length : nl + 1;
    out.push(lines.has(line) ? blank(text.slice(from, next)) : text.slice(from, next));
    from = next;
  }
  return out.join('');
}
