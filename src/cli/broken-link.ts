// A link named like a plan file that leads nowhere or round in a loop: a plan file that cannot be read. Found while
// walking a folder, validate and the reports refuse it (exit 2, SPEC §4 and §7: "paths that cannot be read"); the
// language server shows it on the link itself (SPEC §14), where the editor lists it beside the plans' findings.
import { basename, dirname } from 'node:path';
import { msg, type Message } from '../messages/index.js';
import { escapeControl } from '../report/safe-text.js';
import type { Io } from './io.js';

/** A broken link as walk found it. */
export interface BrokenLink {
  /** The path as shown in messages (control characters and bytes that are not UTF-8 escaped). */
  readonly path: string;
  /** The path to open, or undefined when its name is not UTF-8 (then only `path` names it). */
  readonly file: string | undefined;
  readonly target: string | undefined;
  /** EntryLook.missingEnd: what the last link of a chain names. */
  readonly end: string | undefined;
  readonly loop: boolean;
}

/** One broken link for the language server: the file to publish on and what to say there. */
export interface BrokenLinkFound {
  readonly file: string | undefined;
  readonly message: Message;
}

/** What is said of `link` (and of `more` others like it, counted after it). */
export function brokenLinkMessage(link: BrokenLink, more: number): Message {
  return msg('cli.walk.broken-link', { path: link.path, target: link.target === undefined ? null : escapeControl(link.target), end: link.end === undefined ? null : escapeControl(link.end), loop: link.loop, more });
}

/**
 * What is said of a link named on the command line whose name is not a plan file's (`plans` → a folder gone) that leads
 * nowhere or round in a loop: where it points, and that it should point at a plan file or a folder of them.
 */
export function brokenNamedLinkMessage(link: BrokenLink): Message {
  return msg('cli.path.broken-link', { path: link.path, target: link.target === undefined ? null : escapeControl(link.target), end: link.end === undefined ? null : escapeControl(link.end), loop: link.loop });
}

/**
 * What is said of the file at `path` when it is a link named like a plan file that leads nowhere or round in a loop;
 * undefined for anything else (a plan file, a file gone, a link that now leads to a file). The language server asks it
 * of a file the client says was created or changed. `plan`: whether the name is one of a plan file (*.yaml, *.yml).
 */
export function brokenLinkAt(io: Io, path: string, plan: boolean): Message | undefined {
  if (!plan || io.lookAt === undefined) return undefined;
  const look = io.lookAt(dirname(path), basename(path));
  if (look.stat !== undefined || look.linkTarget === undefined) return undefined;
  return brokenLinkMessage({ path: escapeControl(path), file: path, target: look.linkTarget, end: look.missingEnd, loop: look.failure === 'ELOOP' }, 0);
}
