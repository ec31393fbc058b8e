// What an edit lock file records of its holder (one line of JSON), and this process as a lock records it.
import { readFileSync, readlinkSync } from 'node:fs';
import type * as Os from 'node:os';
import { builtinModule } from './builtin-module.js';

/**
 * What a lock file holds, one line of JSON: the holder's process id, host name and, on Linux, its pid namespace (two
 * containers may share a host name) and start time (field 22 of /proc/<pid>/stat, clock ticks since boot), which
 * tells the holder from a later process given the same id.
 */
export interface LockRecord {
  readonly pid: number;
  readonly host: string;
  readonly pidns?: string;
  readonly start?: string;
}

/** A lock file's record, or undefined when the text is none (empty, a bare pid, other JSON). */
export function parseRecord(text: string): LockRecord | undefined {
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v !== 'object' || v === null) return undefined;
    const o = v as Record<string, unknown>;
    if (typeof o['pid'] !== 'number' || !Number.isSafeInteger(o['pid']) || o['pid'] <= 0 || typeof o['host'] !== 'string') return undefined;
    const pidns = typeof o['pidns'] === 'string' && o['pidns'] !== '' ? o['pidns'] : undefined;
    const start = typeof o['start'] === 'string' && o['start'] !== '' ? o['start'] : undefined;
    return { pid: o['pid'], host: o['host'], ...(pidns === undefined ? {} : { pidns }), ...(start === undefined ? {} : { start }) };
  } catch {
    return undefined;
  }
}

let self: LockRecord | undefined;

/** This process as a lock records it. */
export function ownRecord(): LockRecord {
  if (self === undefined) {
    const pidns = pidNamespace();
    const start = startOf('self');
    self = { pid: process.pid, host: builtinModule<typeof Os>('node:os').hostname(), ...(pidns === undefined ? {} : { pidns }), ...(start === undefined ? {} : { start }) };
  }
  return self;
}

/** Whether the record's holder runs on this machine (its host and, on Linux, its pid namespace). */
export function sameMachine(r: LockRecord): boolean {
  const me = ownRecord();
  return r.host === me.host && r.pidns === me.pidns;
}

/** The pid namespace's inode on Linux (`pid:[4026531836]`), undefined elsewhere. */
function pidNamespace(): string | undefined {
  try {
    return /\[(\d+)\]/.exec(readlinkSync('/proc/self/ns/pid'))?.[1];
  } catch {
    return undefined;
  }
}

/** When the process started, in clock ticks since boot (Linux: /proc/<pid>/stat field 22); undefined elsewhere or when gone. */
export function startOf(pid: string): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (in parentheses, which may itself hold spaces and parentheses) start at field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const start = fields[22 - 3];
    return start !== undefined && /^\d+$/.test(start) ? start : undefined;
  } catch {
    return undefined;
  }
}
