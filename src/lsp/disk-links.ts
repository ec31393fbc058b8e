// What the language server knows of the workspace's links on disk (SPEC §14): the links named like plan files that
// lead nowhere or round in a loop, and the files whose text is read through a link. Kept apart from document-sync.ts,
// which wires the client's events: this part decides which files a watched-file event makes it read again, and is
// pure but for the host's two look-ups (realPath, brokenLink), which the tests replace.
import { basename, dirname, join, sep } from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { renderMessage, type Locale, type Message } from '../messages/index.js';
import { sameData } from '../source/same-data.js';
import { pathOfUri } from './params.js';
import { uriKey } from './scope.js';

/** The host's look-ups this part needs (LspHost's). */
export interface LinkLookups {
  /** What is said of the file at `path` when it is a link named like a plan file that cannot be read, else undefined. */
  readonly brokenLink: (path: string) => Message | undefined;
  /** The path a file's text is read from once every link on the way is followed; undefined when it cannot be. */
  readonly realPath: (path: string) => string | undefined;
}

/** A file to read again from disk: its URI, its path, and whether it was reported deleted (then it is not read). */
export interface ReadAgain {
  readonly uri: string;
  readonly path: string;
  readonly gone: boolean;
}

/** `path` is `dir` or lies below it. */
export function isAtOrUnder(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

export class DiskLinks {
  /**
   * Links named like plan files that lead nowhere or round in a loop, by uriKey: validate stops on them (exit 2), so
   * each gets one error on its first line, where the editor lists it beside the plans' findings (the workspace's
   * other files are analysed without it, as ever). Looked at again when the client says such a file changed.
   */
  private readonly broken = new Map<string, { readonly uri: string; readonly message: Message }>();
  /**
   * The workspace's files read through a link (a link themselves, or in a linked folder), by uriKey: the path their
   * text comes from. A client's watcher reports that path when the text changes, never the link's.
   */
  private readonly realPaths = new Map<string, { readonly uri: string; readonly real: string }>();

  constructor(private readonly lookups: LinkLookups) {}

  /** The URIs of the broken links, for publishing their errors. */
  brokenUris(): string[] {
    return [...this.broken.values()].map((b) => b.uri);
  }

  /** Whether `uri` is a broken link's. */
  isBroken(uri: string): boolean {
    return this.broken.has(uriKey(uri));
  }

  /** Records a broken link found when the workspace was first walked. */
  addBroken(uri: string, message: Message): void {
    this.broken.set(uriKey(uri), { uri, message });
  }

  /** Notes where the text of the file `uri` at `path` is read from (its real path, when a link is on the way). */
  noteRealPath(uri: string, path: string): void {
    const real = this.lookups.realPath(path);
    if (real !== undefined && real !== path) this.realPaths.set(uriKey(uri), { uri, real });
    else this.realPaths.delete(uriKey(uri));
  }

  /** Forgets where the text of `uri` came from: the file is gone from the workspace. */
  forgetRealPath(uri: string): void {
    this.realPaths.delete(uriKey(uri));
  }

  /**
   * Looks at the file `uri` at `path` again (`gone`: reported deleted): a link that leads nowhere now, or no longer,
   * or whose error now reads otherwise. Returns whether what is published for it outside any analysis changed.
   */
  lookAgain(uri: string, path: string, gone: boolean): boolean {
    const message = gone ? undefined : this.lookups.brokenLink(path);
    const key = uriKey(uri);
    if (message === undefined) return this.broken.delete(key);
    const before = this.broken.get(key);
    this.broken.set(key, { uri, message });
    return before === undefined || !sameData(before.message, message);
  }

  /** What is published for `uri` when no plan's analysis publishes anything there: its broken link's error, or nothing. */
  diagnosticsOutsideAnalysis(uri: string, locale: Locale): Diagnostic[] {
    const link = this.broken.get(uriKey(uri));
    if (link === undefined) return [];
    const start = { line: 0, character: 0 };
    return [{ range: { start, end: start }, severity: DiagnosticSeverity.Error, source: 'milepel', message: renderMessage(link.message, locale) }];
  }

  /**
   * The files a watched-file event for `path` (`uri`) makes the server read again, each once: the workspace file at
   * that path (`inWorkspace`); every one whose text comes through it (a link to it, or in a linked folder below it:
   * their real path is it or under it); and the broken links, whose target may be what was made (they are few, and a
   * link's target is only known once it exists). A folder reported deleted (`gone`, and no file of the workspace nor
   * broken link itself) takes every file under it, and its broken links, with it, as if each were reported.
   * @param workspaceUris the URIs of the workspace's files (the main group's), walked only for a deleted folder
   */
  toReadAgain(uri: string, path: string, gone: boolean, inWorkspace: boolean, isWorkspaceFile: boolean, workspaceUris: () => Iterable<string>): ReadAgain[] {
    const again = new Map<string, ReadAgain>();
    const add = (u: string, at: string, deleted: boolean): void => {
      const key = uriKey(u);
      if (!again.has(key)) again.set(key, { uri: u, path: at, gone: deleted });
    };
    if (inWorkspace) add(uri, path, gone);
    // (A path that was a file of the workspace has nothing under it: no walk over the workspace for each file deleted.)
    if (gone && !isWorkspaceFile && !this.isBroken(uri)) {
      for (const u of [...workspaceUris(), ...this.brokenUris()]) {
        const at = pathOfUri(u);
        if (at !== undefined && isAtOrUnder(at, path)) add(u, at, true);
      }
    }
    // The path as the links resolve it: a folder on the way may itself be a link (its parent, when it is gone).
    const real = this.lookups.realPath(path) ?? join(this.lookups.realPath(dirname(path)) ?? dirname(path), basename(path));
    for (const { uri: u, real: from } of this.realPaths.values()) {
      if (isAtOrUnder(from, path) || isAtOrUnder(from, real)) add(u, pathOfUri(u) ?? from, false);
    }
    for (const u of this.brokenUris()) {
      const at = pathOfUri(u);
      if (at !== undefined) add(u, at, false);
    }
    return [...again.values()];
  }
}
