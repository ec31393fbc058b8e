// The analysis entry point: plan texts in, Analysis out (pure: no file system, no process, no clock). Every command
// (through src/cli/workspace.ts, which only reads the files), the edit planning's re-analysis (src/analyze.ts) and the
// language server call it, so the parser choice is made here and nowhere else:
//
// - the fast path (source/fast-yaml.ts) for the plain YAML that plan files are written in — it exists for scale and
//   startup, with the figures in its module doc;
// - the full yaml parser (source/full-parse.ts, through the one adapter source/yaml.ts) for every text the fast path
//   declines (anchors, tags, block scalars, syntax errors …), and for all texts under `fullParse`, which the parity
//   tests use to show both paths give the same analysis (test/source/fast-yaml-contract.test.ts).
//
// The full parser's module, and with it the yaml library, is loaded only when a text needs it: most runs never do.
import { SourceAnalysis, type Analysis, type AnalyzeOptions } from './pipeline.js';
import { parseFastSource, type ParsedSource, type Reread, type SyntaxProblem } from './source/parse.js';
import { ByteLines } from './source/byte-lines.js';
import { decodePlanBytes } from './source/decode.js';
import { bytesHoldAstral, textHoldsAstral } from './source/astral.js';

export { analyzeSources, type Analysis, type AnalyzeOptions } from './pipeline.js';
export { locateOrigin } from './pipeline-diagnostics.js';
export { REPORT_EXIT_RULES, REFUSAL_RULES, STRUCTURAL_RULES } from './pipeline-rules.js';

export interface SourceText {
  /** The path as shown to the user. */
  readonly file: string;
  readonly text: string;
  /** Set when the file's bytes did not decode cleanly (source/decode.ts): the rule `encoding` reports it. */
  readonly encodingProblem?: SyntaxProblem | undefined;
}

export interface AnalyzeTextsOptions extends AnalyzeOptions {
  /** Skip the fast YAML path: every text goes through the full parser (the parity tests compare both). */
  readonly fullParse?: boolean;
}

/** The full yaml parser as the analysis uses it: source/full-parse.ts's parseFullChecked (size-limited). */
export type FullParser = (file: string, text: string) => ParsedSource;

/** Loads the full parser's module (and the yaml library) on first use. */
export async function loadFullParser(): Promise<FullParser> {
  return (await import('./source/full-parse.js')).parseFullChecked;
}

/**
 * Texts → analysis, loading the full parser only when some text needs it. The entry point for commands. Each text is
 * parsed and read into the model before the next (pipeline.ts SourceAnalysis), so only one parse tree is alive at a time.
 */
export async function analyzeTexts(texts: readonly SourceText[], options: AnalyzeTextsOptions): Promise<Analysis> {
  const analysis = new SourceAnalysis({ ...options, encodingProblems: collectEncodingProblems(texts) });
  const fullParse = options.fullParse === true;
  let full: FullParser | undefined;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    analysis.add(fastParse(t.file, t.text, fullParse) ?? (full ??= await loadFullParser())(t.file, t.text));
  }
  return analysis.finish();
}

/** A plan file as read: its name as shown and its bytes, decoded by analyzeFiles. */
export interface SourceBytes {
  readonly file: string;
  readonly bytes: Uint8Array;
  /**
   * For a file whose bytes the analysis would keep (see analyzeFiles), called while they are still at hand: how to
   * read the same bytes again when a line of it is quoted, which gives undefined when the file no longer holds them
   * (changed or gone since). Given, the analysis keeps neither the bytes nor the text. The command line gives it for
   * large files (cli/load.ts), the only I/O this module sees, and only through the caller's function.
   */
  readonly reread?: () => () => Uint8Array | undefined;
}

/** A text past U+00FF somewhere: V8 keeps such a string at two bytes a character. */
const WIDE = /[\u0100-\uffff]/;

/**
 * Files as read → analysis, as analyzeTexts gives for their decoded texts (source/decode.ts decodePlanBytes). Each file
 * is decoded, parsed and read into the model before the next is taken from `files`, which may read them one at a time:
 * no more than one file's text is alive beside what the analysis keeps. A text the fast path reads that V8 holds at
 * two bytes a character keeps its bytes instead (UTF-8, valid: half the size or less), decoded again when a line is
 * quoted (source/parse.ts RereadSource): a 100 MB workspace with an em dash in its titles held 200 MB of text through
 * its whole analysis, and 100 MB of bytes beside all its texts while they were decoded (issue #18). A file that can be
 * read again (SourceBytes.reread) keeps not even its bytes: a quoted line of it is read from the file, or not quoted
 * when the file has changed since (the finding keeps its place and message).
 */
export async function analyzeFiles(files: Iterable<SourceBytes>, options: AnalyzeTextsOptions): Promise<Analysis> {
  const encodingProblems: { file: string; problem: SyntaxProblem }[] = [];
  // Filled as the files are decoded; the rules read it when the analysis finishes.
  const analysis = new SourceAnalysis({ ...options, encodingProblems });
  // In a function of its own, whose frame holds the last file's bytes and text: gone before the analysis finishes. As a
  // loop here, the frame kept them alive through the rules (a heap snapshot at the end: the 20 MB text of a 100 MB
  // workspace's last file, held by the stack).
  await addFiles(analysis, files, options.fullParse === true, encodingProblems);
  return analysis.finish();
}

/** analyzeFiles's reading: each file decoded, parsed and added to `analysis` in turn. */
async function addFiles(analysis: SourceAnalysis, files: Iterable<SourceBytes>, fullParse: boolean, encodingProblems: { file: string; problem: SyntaxProblem }[]): Promise<void> {
  const memo = new DecodedMemo();
  let full: FullParser | undefined;
  for (const source of files) {
    const { file, bytes } = source;
    const decoded = decodePlanBytes(bytes);
    if (decoded.problem !== undefined) encodingProblems.push({ file, problem: decoded.problem });
    const text = decoded.text;
    const wide = WIDE.test(text);
    const reread = decoded.problem === undefined && wide ? memo.reader(source.reread?.() ?? (() => bytes), bytes, text) : undefined;
    // From the bytes when they are the text's UTF-8 (a memchr a lead byte), else from the text.
    const astral = wide && (decoded.encoding === 'UTF-8' && decoded.problem === undefined ? bytesHoldAstral(bytes) : textHoldsAstral(text));
    const parsed = fullParse ? undefined : parseFastSource(file, text, reread, astral);
    analysis.add(parsed ?? (full ??= await loadFullParser())(file, text));
  }
  // The last file's text too: the rules and reports that follow need none, and a quoted line of it is read again.
  memo.forget();
}

/**
 * The file last read again: findings are quoted file by file (sorted), so each file's bytes are had at most once more,
 * and at most one file's are held for it. A quoted line is decoded from its own bytes (source/byte-lines.ts); the
 * whole text only when it is asked for (a language-server request).
 */
class DecodedMemo {
  private read: (() => Uint8Array | undefined) | undefined;
  /** What `read` gave: undefined when the file changed since it was read. */
  private bytes: Uint8Array | undefined;
  /** The decoding of `bytes` and their lines, each made when first asked for. */
  private text: string | undefined;
  private lines: ByteLines | undefined;

  /**
   * `text`, the decoding of `bytes` (valid UTF-8), as a rereading source gives it, whole or a line: from here while it
   * is the last one asked for, else from what `read` gives again.
   */
  reader(read: () => Uint8Array | undefined, bytes: Uint8Array, text: string): Reread {
    this.read = read;
    this.bytes = bytes;
    this.text = text;
    this.lines = undefined;
    return {
      text: () => {
        const again = this.bytesOf(read);
        return again === undefined ? undefined : (this.text ??= decodePlanBytes(again).text);
      },
      line: (line) => {
        const again = this.bytesOf(read);
        return again === undefined ? undefined : (this.lines ??= new ByteLines(again)).lineAt(line);
      },
    };
  }

  /** The bytes of `read`: those held, or read again (and held, in place of another file's). */
  private bytesOf(read: () => Uint8Array | undefined): Uint8Array | undefined {
    if (this.read !== read) {
      this.read = read;
      this.bytes = read();
      this.text = undefined;
      this.lines = undefined;
    }
    return this.bytes;
  }

  /** Lets go of what is held: the next reader asked reads again. */
  forget(): void {
    this.read = undefined;
    this.bytes = undefined;
    this.text = undefined;
    this.lines = undefined;
  }
}

/** Texts → analysis, synchronously, with the full parser already at hand (src/analyze.ts links it in). */
export function analyzeTextsWith(full: FullParser, texts: readonly SourceText[], options: AnalyzeTextsOptions): Analysis {
  const analysis = new SourceAnalysis({ ...options, encodingProblems: collectEncodingProblems(texts) });
  for (let i = 0; i < texts.length; i++) analysis.add(parseText(full, texts[i]!.file, texts[i]!.text, options.fullParse === true));
  return analysis.finish();
}

/** One text → its parse: the fast path when it accepts the text (and `fullParse` is not set), else `full`. */
export function parseText(full: FullParser, file: string, text: string, fullParse = false): ParsedSource {
  return fastParse(file, text, fullParse) ?? full(file, text);
}

/** The `encoding` problems of the texts, for AnalyzeOptions. */
export function collectEncodingProblems(texts: readonly SourceText[]): { file: string; problem: SyntaxProblem }[] {
  const out: { file: string; problem: SyntaxProblem }[] = [];
  for (const t of texts) if (t.encodingProblem !== undefined) out.push({ file: t.file, problem: t.encodingProblem });
  return out;
}

/** The choice itself: undefined when the text is left to the full parser. */
function fastParse(file: string, text: string, fullParse: boolean): ParsedSource | undefined {
  return fullParse ? undefined : parseFastSource(file, text);
}
