// `milepel set <ref> --forecast|--actual <date> | --status <rag>`: edits the milestone's file in place, byte for byte.
import { formatDay, parseCliDate, parseDateValue } from '../../calendar/index.js';
import { setMilestoneFields, type SettableKey } from '../../edit/set-field.js';
import { msg, msg0, renderMessage, type Message } from '../../messages/index.js';
import type { Milestone } from '../../model/types.js';
import { escapeControl } from '../../report/safe-text.js';
import type { Io } from '../io.js';
import { decideLocale, type CommonOptions } from '../options.js';
import { UsageError } from '../usage-error.js';
import { commitEdits, findIndexInFile, openSession, readRaw, reportIntroduced, resolveMilestone, lookupSourceLines } from './edit-session.js';

export interface SetOptions extends CommonOptions {
  readonly forecast?: string;
  readonly actual?: string;
  readonly status?: string;
}

const STATUSES = ['green', 'yellow', 'red'];

/** The value to write for each requested field, validated before anything is read. */
export function readRequestedValues(options: SetOptions): [SettableKey, string][] {
  const values: [SettableKey, string][] = [];
  if (options.forecast !== undefined) values.push(['forecast', checkDate('--forecast', options.forecast, true)]);
  if (options.actual !== undefined) values.push(['actual', checkDate('--actual', options.actual, false)]);
  if (options.status !== undefined) {
    if (!STATUSES.includes(options.status)) throw new UsageError(`--status ${JSON.stringify(options.status)} is not a status: use green, yellow or red (nothing written)`);
    values.push(['status', options.status]);
  }
  if (values.length === 0) throw new UsageError('set needs --forecast <date>, --actual <date> or --status green|yellow|red');
  return values;
}

/** A day date (also DD.MM.YYYY, written as YYYY-MM-DD) or, for --forecast, a period YYYY, YYYY-Qn, YYYY-MM. */
function checkDate(flag: string, text: string, allowPeriod: boolean): string {
  const parsed = parseDateValue(text, allowPeriod);
  if (parsed.ok) return parsed.value.written;
  const norwegian = parseCliDate(text);
  if (norwegian !== undefined) return formatDay(norwegian);
  throw new UsageError(msg('cli.set.bad-date', { flag, problem: parsed.message }));
}

/** How the field reads before the edit: a forecast falls back to the planned date; undefined when it has none. */
function describePrevious(m: Milestone, key: SettableKey): string | undefined {
  if (key === 'forecast') return (m.forecast ?? m.date).written;
  if (key === 'actual') return m.actual?.written;
  return m.status;
}

export function runSet(io: Io, ref: string, paths: readonly string[], options: SetOptions): number {
  const values = readRequestedValues(options);
  const session = openSession(io, paths, options);
  const m = resolveMilestone(session, ref);
  const file = m.origin.file;
  const before = readRaw(session, file);
  const index = findIndexInFile(m);
  const locale = decideLocale(options.locale, io);
  const say = (m: Message): string => renderMessage(m, locale);
  const lines: string[] = [];
  const changes: [SettableKey, string][] = [];
  for (const [key, value] of values) {
    const current = key === 'status' ? m.status : key === 'forecast' ? m.forecast?.written : m.actual?.written;
    if (current === value) lines.push(say(msg('cli.set.already', { file: escapeControl(file), field: key, ref: m.ref, value })));
    else changes.push([key, value]);
  }
  let text = before;
  if (changes.length > 0) {
    const outcome = setMilestoneFields(before, index, changes);
    if (!outcome.ok) throw new UsageError(`${file}: cannot set ${changes.map(([k]) => k).join(', ')} of ${m.ref}: ${outcome.message}`);
    text = outcome.text;
    outcome.changes.forEach((c, i) => {
      const [key, value] = changes[i]!;
      const previous = describePrevious(m, key);
      lines.push(say(msg('cli.set.changed', { file: escapeControl(file), line: c.line, field: key, before: previous === undefined ? null : escapeControl(previous), after: value })));
    });
  }
  if (text === before) {
    io.stdout(`${lines.join('\n')}; ${say(msg0('cli.set.nothing-written'))}\n`);
    return 0;
  }
  const edits = [{ file, before, after: text }];
  const added = commitEdits(session, edits);
  io.stdout(`${lines.join('\n')}\n`);
  reportIntroduced(session, added, lookupSourceLines(session, edits));
  return 0;
}
