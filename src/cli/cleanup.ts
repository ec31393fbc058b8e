// Files to remove if the process is interrupted (temporary files, lock files): SIGINT, SIGTERM and SIGHUP included.
import { msg, renderMessage, type Locale } from '../messages/index.js';

const pending = new Set<string>();
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const EXIT_CODES: Readonly<Record<string, number>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
let remove: (path: string) => void = () => {};
let locale: Locale = 'en';

/** The locale of the line an interrupt writes (the run's: src/cli/node-io.ts sets it). */
export function setInterruptLocale(chosen: Locale): void {
  locale = chosen;
}

function onSignal(signal: NodeJS.Signals): void {
  removeAll();
  process.stderr.write(`milepel: ${renderMessage(msg('cli.interrupted', { signal }), locale)}\n`);
  process.exit(EXIT_CODES[signal] ?? 1);
}

function removeAll(): void {
  for (const path of pending) {
    try {
      remove(path);
    } catch {
      // Already gone.
    }
  }
  pending.clear();
}

/**
 * Registers a file to remove on an interrupt. While any is registered, SIGINT, SIGTERM and SIGHUP
 * remove them and exit 128 + signal. Node runs signal handlers between synchronous steps, so a
 * signal arriving during a write is handled right after it: a temporary file is renamed or removed,
 * never left behind.
 */
export function registerCleanup(path: string, unlink: (path: string) => void): void {
  remove = unlink;
  if (pending.size === 0) {
    for (const s of SIGNALS) process.on(s, onSignal);
    process.on('exit', removeAll);
  }
  pending.add(path);
}

export function unregisterCleanup(path: string): void {
  if (!pending.delete(path) || pending.size > 0) return;
  for (const s of SIGNALS) process.off(s, onSignal);
  process.off('exit', removeAll);
}
