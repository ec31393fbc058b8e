// The language server's state that its parts share (server.ts wires them): the plan workspace, the links on disk, the
// client's settings from initialize, and where a URI belongs — a workspace folder's group or a group of its own.
import { ResponseError, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { Locale } from '../messages/index.js';
import { DiskLinks } from './disk-links.js';
import type { LspHost } from './host.js';
import { pathOfUri } from './params.js';
import { isWalkedFrom, looksLikePlan, nameFromRoot, uriKey } from './scope.js';
import { PlanWorkspace } from './workspace.js';

/**
 * One workspace the server analyses as `validate` in its folder would: the files under `dirs` and `files`, named from
 * `root`, analysed together as `group`.
 */
export interface WorkspaceSetting {
  readonly group: string;
  readonly root: string;
  readonly dirs: readonly string[];
  readonly files: ReadonlySet<string>;
}

export interface Settings {
  /** One per workspace folder, none inside what another walks (onInitialize). */
  readonly workspaces: readonly WorkspaceSetting[];
  readonly locale: Locale;
  /** The client shows a code action that is not offered, with why (LSP 3.16 codeAction.disabledSupport). */
  readonly disabledActions?: boolean;
}

/** What the server's parts (initialize.ts, document-sync.ts, publish.ts, handlers.ts) share. */
export interface ServerState {
  readonly connection: Connection;
  readonly host: LspHost;
  readonly ws: PlanWorkspace;
  readonly links: DiskLinks;
  /** The client's settings: no workspace and the host's locale until initialize (initialize.ts) sets them. */
  settings: Settings;
  /** Whether initialize was answered: a request before it is an LSP error (handlers.ts). */
  initialized: boolean;
  /** URIs whose diagnostics are published after the next analysis even when unchanged: just changed or opened. */
  readonly touched: Set<string>;
  /** Writes a line to the client's log (its stderr channel), prefixed `milepel: `. */
  readonly log: (text: string) => void;
  /** `fn`'s result; when it throws anything but an LSP error, the failure is logged and `fallback` returned. */
  readonly guard: <T>(what: string, fallback: T, fn: () => T) => T;
  /** The group and file name of a URI, and its path (undefined when the URI is no file). */
  readonly place: (uri: string) => { group: string; file: string; path: string | undefined };
  /** Whether `group` is a workspace's (a folder's plans), not a file analysed on its own. */
  readonly isWorkspace: (group: string) => boolean;
  /** Whether a document of `group` with this text is analysed: a workspace's file, or one that looks like a plan. */
  readonly isAnalysed: (group: string, text: string) => boolean;
  /** The diagnostics of a URI that the analysis does not give: a broken link's error, else none (disk-links.ts). */
  readonly outsideAnalysis: (uri: string) => Diagnostic[];
}

/**
 * The state of a server on `connection` reading through `host`: an empty workspace, no settings yet (the host's
 * locale), not initialized. Throws nothing.
 */
export function createServerState(connection: Connection, host: LspHost): ServerState {
  const ws = new PlanWorkspace(host.clockToday);
  const links = new DiskLinks(host);

  const log = (text: string): void => connection.console.error(`milepel: ${text}`);
  function guard<T>(what: string, fallback: T, fn: () => T): T {
    try {
      return fn();
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      log(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  }

  /**
   * The group and file name of a URI: the files `validate` would read in the workspace by their path from the root
   * (not a hidden or node_modules one under its folders), others on their own, by their key (scope.ts).
   */
  const place = (uri: string): { group: string; file: string; path: string | undefined } => {
    const path = pathOfUri(uri);
    if (path === undefined) return { group: uri, file: uri, path };
    const w = /\.ya?ml$/i.test(path) ? state.settings.workspaces.find((x) => x.files.has(path) || x.dirs.some((d) => isWalkedFrom(d, path))) : undefined;
    if (w === undefined) return { group: uriKey(uri), file: path, path };
    return { group: w.group, file: nameFromRoot(w.root, path), path };
  };
  /** Whether `group` is a workspace's (a folder's plans), not a file analysed on its own. */
  const isWorkspace = (group: string): boolean => state.settings.workspaces.some((w) => w.group === group);
  // A YAML document validate would not read (a CI workflow, .gitlab-ci.yml, any YAML outside the workspace) is
  // analysed only when it looks like a plan: flagging a CI file as a broken plan is noise (tester round 12 #2).
  const isAnalysed = (group: string, text: string): boolean => isWorkspace(group) || looksLikePlan(text);

  const state: ServerState = {
    connection, host, ws, links,
    settings: { workspaces: [], locale: host.locale },
    initialized: false,
    touched: new Set<string>(),
    log, guard, place, isWorkspace, isAnalysed,
    outsideAnalysis: (uri: string): Diagnostic[] => links.diagnosticsOutsideAnalysis(uri, state.settings.locale),
  };
  return state;
}
