// The language server's plan files: text and parse cached per file, analyses per group, recomputed only when dirty.
// A change re-parses only its own file; the pipeline then runs over the cached parses of the rest (SPEC §14).
import type { DayNumber } from '../calendar/index.js';
import { analyzeSources, type Analysis, type SchemaResult } from '../pipeline.js';
import { parsePlanText } from '../analyze.js';
import type { FragmentCache } from '../model/fragments.js';
import type { ParsedSource, SyntaxProblem } from '../source/parse.js';
import { nameFromRoot, uriKey } from './scope.js';
import { fileSymbols, type FileSymbol } from './symbols.js';
import { TextIndex } from './text-index.js';
import type { UnreadName } from './host.js';

/** The group of the workspace's files; a document outside it is a group of its own (its URI). */
export const MAIN_GROUP = '';

export interface PlanFile {
  /** The URI to publish under: the client's own spelling for a file it opened, else the one Node gives the path. */
  readonly uri: string;
  /** The name findings use: the path relative to the workspace root, or the URI for a file outside it. */
  readonly file: string;
  readonly group: string;
  /** The text as the client (or the disk) gave it, a byte order mark and all. */
  readonly text: string;
  readonly parsed: ParsedSource;
  /** The text's offsets and lines without the BOM, and the client's positions in it. */
  readonly index: TextIndex;
  /** Open in the editor (its text is the buffer's, not the disk's). */
  readonly isOpen: boolean;
  /** The latest parse of this file without syntax problems (this one when it has none): completion's fallback mid-typing. */
  readonly lastGood: ParsedSource | undefined;
  /**
   * Why the bytes on disk are not a faithful text (rule `encoding`), kept while the text is the one read from disk;
   * an edited buffer is the editor's own text (it saves it in its encoding).
   */
  readonly encodingProblem: SyntaxProblem | undefined;
  /** Grows with every new text of any file: a published diagnostic's range depends on the text it points into. */
  readonly generation: number;
}

export class PlanWorkspace {
  /** Keyed by uriKey: one file whatever percent-encoding a client gives its URI (tester round 12 #1). */
  private readonly byUri = new Map<string, PlanFile>();
  private readonly symbolCache = new WeakMap<PlanFile, FileSymbol[]>();
  private readonly analyses = new Map<string, Analysis>();
  private readonly dirty = new Set<string>();
  /** The schema check of each parse, so a change checks only its own file again. */
  private readonly schemaCache = new WeakMap<ParsedSource, SchemaResult>();
  /** The model's entities of each file's checked data (see model/fragments.ts). */
  private readonly fragments: FragmentCache = new WeakMap();
  private generation = 0;
  /** Each group's files and directories not read for their names (setUnread). */
  private readonly unread = new Map<string, readonly UnreadName[]>();
  today: DayNumber | undefined;

  constructor(private readonly clockToday: () => DayNumber) {}

  /**
   * Sets a file's text, published under `uri` from now on; parses it only when the text changed. Returns whether the
   * analysis must run again.
   */
  setText(uri: string, file: string, group: string, text: string, isOpen: boolean, encodingProblem?: SyntaxProblem): boolean {
    const key = uriKey(uri);
    const old = this.byUri.get(key);
    if (old !== undefined && old.text === text && old.group === group) {
      // The same text again: from the editor it keeps what the disk said; from the disk it says it anew.
      const problem = isOpen ? old.encodingProblem : encodingProblem;
      if (old.isOpen === isOpen && old.encodingProblem === problem && old.uri === uri) return false;
      // Another spelling of the URI: the other files' related places point at it, so they are published again too.
      const generation = old.uri === uri ? old.generation : ++this.generation;
      this.byUri.set(key, { ...old, uri, isOpen, encodingProblem: problem, generation });
      if (old.encodingProblem !== problem) this.dirty.add(group);
      return old.encodingProblem !== problem;
    }
    // Parsed without its byte order mark, as the CLI reads a file; the index turns the parser's places into the
    // client's positions, in the text it sent (TextIndex).
    const index = new TextIndex(text);
    if (old !== undefined && old.group === group && old.index.text === index.text) {
      // The same text with or without a byte order mark (the disk's is read without it; a client may send it): the
      // same parse, and from the editor what the disk said of its bytes (tester round 49 F1: the encoding finding
      // went when a client that keeps the BOM opened the file); only the positions on line 0 move.
      const problem = isOpen ? old.encodingProblem : encodingProblem;
      this.byUri.set(key, { ...old, uri, text, index, isOpen, encodingProblem: problem, generation: ++this.generation });
      this.dirty.add(group);
      return true;
    }
    const parsed = parsePlanText(file, index.text);
    const lastGood = parsed.problems.length === 0 ? parsed : old?.lastGood;
    this.byUri.set(key, { uri, file, group, text, parsed, index, isOpen, lastGood, encodingProblem, generation: ++this.generation });
    this.dirty.add(group);
    if (old !== undefined && old.group !== group) this.dirty.add(old.group);
    return true;
  }

  remove(uri: string): PlanFile | undefined {
    const key = uriKey(uri);
    const old = this.byUri.get(key);
    if (old === undefined) return undefined;
    this.byUri.delete(key);
    this.dirty.add(old.group);
    return old;
  }

  /** The file a URI names, in any percent-encoding. */
  get(uri: string): PlanFile | undefined {
    return this.byUri.get(uriKey(uri));
  }

  /** The file a finding names, in a group. */
  byFile(group: string, file: string): PlanFile | undefined {
    for (const f of this.byUri.values()) if (f.group === group && f.file === file) return f;
    return undefined;
  }

  files(group: string): PlanFile[] {
    return [...this.byUri.values()].filter((f) => f.group === group).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  }

  groups(): string[] {
    return [...new Set([...this.byUri.values()].map((f) => f.group))];
  }

  isDirty(group: string): boolean {
    return this.dirty.has(group) || !this.analyses.has(group);
  }

  /**
   * The plan files and directories of `group`, the workspace at `root`, not read for their names (absolute paths, as
   * the host finds them), named as the group names its files (by their path from the root): analysed as validate
   * analyses them (AnalyzeOptions.unreadFiles), their findings published nowhere (they have no URI the server reads),
   * the references into a plan such a file declares left unchecked. Returns them as named.
   */
  setUnread(group: string, root: string, found: readonly UnreadName[]): readonly UnreadName[] {
    const unread = found.map((u) => ({ ...u, file: nameFromRoot(root, u.file) }));
    if (unread.length === 0 && !this.unread.has(group)) return unread;
    this.unread.set(group, unread);
    this.dirty.add(group);
    return unread;
  }

  /** The analysis of a group: the cached one, or the pipeline over the cached parses when something changed. */
  analysis(group: string): Analysis {
    const cached = this.analyses.get(group);
    if (cached !== undefined && !this.dirty.has(group)) return cached;
    const files = this.files(group);
    const encodingProblems = files.flatMap((f) => (f.encodingProblem === undefined ? [] : [{ file: f.file, problem: f.encodingProblem }]));
    const unreadFiles = this.unread.get(group);
    const analysis = analyzeSources(files.map((f) => f.parsed), { today: this.today, clockToday: this.clockToday(), schemaCache: this.schemaCache, fragments: this.fragments, encodingProblems, previous: cached, ...(unreadFiles !== undefined && unreadFiles.length > 0 ? { unreadFiles } : {}) });
    this.analyses.set(group, analysis);
    this.dirty.delete(group);
    return analysis;
  }

  symbols(f: PlanFile): FileSymbol[] {
    let s = this.symbolCache.get(f);
    if (s === undefined) {
      s = fileSymbols(f.parsed);
      this.symbolCache.set(f, s);
    }
    return s;
  }

  /** Drops the analyses of groups that lost all their files. */
  forget(group: string): void {
    this.analyses.delete(group);
    this.dirty.delete(group);
  }
}
