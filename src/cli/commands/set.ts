// `milepel set <ref> --forecast|--actual <date> | --status <rag>`: edits the milestone's file in place, byte for byte.
import { formatDay, parseDateValue, parseNorwegianDay } from '../../calendar/index.js';
import { planSet } from '../../edit/plan-set.js';
import type { SettableKey } from '../../edit/set-field.js';
import { msg, msg0 } from '../../messages/index.js';
import type { Io } from '../io.js';
import type { CommonOptions } from '../options.js';
import { UsageError } from '../usage-error.js';
import { runEdit } from './edit-session.js';
import { refInPlan } from '../plan-option.js';
import { STATUS_WORDS } from '../../model/status-words.js';

export interface SetOptions extends CommonOptions {
  readonly forecast?: string;
  readonly actual?: string;
  readonly status?: string;
}

/** The value to write for each requested field, validated before anything is read. */
export function readRequestedValues(options: SetOptions): [SettableKey, string][] {
  const values: [SettableKey, string][] = [];
  if (options.forecast !== undefined) values.push(['forecast', checkDate('--forecast', options.forecast, true)]);
  if (options.actual !== undefined) values.push(['actual', checkDate('--actual', options.actual, false)]);
  if (options.status !== undefined) {
    const status = STATUS_WORDS.get(options.status.trim().toLowerCase());
    if (status === undefined) throw new UsageError(msg('cli.set.bad-status', { status: options.status }));
    values.push(['status', status]);
  }
  if (values.length === 0) throw new UsageError(msg0('cli.set.nothing-to-set'));
  return values;
}

/** A day date (also DD.MM.YYYY, written as YYYY-MM-DD) or, for --forecast, a period YYYY, YYYY-Qn, YYYY-MM. */
function checkDate(flag: string, text: string, allowPeriod: boolean): string {
  const parsed = parseDateValue(text, allowPeriod);
  if (parsed.ok) return parsed.value.written;
  const norwegian = parseNorwegianDay(text);
  if (norwegian?.ok === true) return formatDay(norwegian.value.day);
  // The forms the option takes, DD.MM.YYYY among them, as its help lists them (tester round 106 F7: the message gave the
  // plan file's forms alone).
  const problem = norwegian?.message ?? parsed.message;
  const said = problem.id === 'date.not-a-date' ? msg('date.not-a-date', { ...problem.data, dotted: true }) : problem;
  throw new UsageError(msg('cli.set.bad-date', { flag, problem: said }));
}

export async function runSet(io: Io, ref: string, paths: readonly string[], options: SetOptions): Promise<number> {
  const values = readRequestedValues(options);
  const planned = refInPlan(ref, options.plan, 'set');
  // The file of the ref's plan keeps its bytes as read: set compares and splices them (edit-session.ts).
  const slash = planned.indexOf('/');
  return runEdit(io, paths, options, (input) => planSet(input, planned, values), 'all', slash < 0 ? undefined : planned.slice(0, slash));
}
