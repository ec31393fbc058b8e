// The TASKPRED table → `after` entries: type kept, lag hours → working days of the lag's calendar (SCHEDOPTIONS says which).
import { msg } from '../../messages/index.js';
import type { ImportFinding } from '../finding.js';
import type { ImportedLinkAt, LinkType } from '../plan-model.js';
import type { Activity, LeftOutActivity } from './activities.js';
import type { XerCalendar } from './calendar.js';
import { isEveryDay, isSameCalendar } from './plan-calendar.js';
import { cell, type XerTable } from './tables.js';
import { MAX_DURATION_N } from '../../calendar/index.js';
import { roundLagDays } from '../round-lag.js';

const TYPES: ReadonlyMap<string, LinkType> = new Map([['PR_FS', 'FS'], ['PR_SS', 'SS'], ['PR_FF', 'FF'], ['PR_SF', 'SF']]);

export interface LinkContext {
  readonly activities: ReadonlyMap<string, Activity>;
  /** The ids of the activities of each task_id several TASK rows have, in the file's order: a link naming one is left out. */
  readonly ambiguous: ReadonlyMap<string, readonly string[]>;
  readonly planCalendar: (planId: string) => XerCalendar;
  /** SCHEDOPTIONS.sched_calendar_on_relationship_lag of the successor's project. */
  readonly lagCalendarRule: (planId: string) => string;
  readonly findings: ImportFinding[];
  /** Activities left out of the plans (no usable finish, no data date) by task_id. */
  readonly leftOut: ReadonlyMap<string, LeftOutActivity>;
  /** Every link kept, in TASKPRED's order with its line, for the checks every import makes (loops.ts). */
  readonly links: ImportedLinkAt[];
  /** Whether a TASK row was skipped for coming before the table's %F line: a task not found may be that one. */
  readonly taskRowSkipped?: boolean;
}

/** Adds each TASKPRED row to its successor's `after`, reporting what does not map exactly. Returns the number of links kept. */
export function readLinks(table: XerTable | undefined, ctx: LinkContext): number {
  if (table === undefined) return 0;
  let kept = 0;
  for (const row of table.rows) {
    const get = (field: string): string => cell(table, row, field);
    const line = row.line;
    // A task_id two activities have names neither for sure: the link is left out, not given to the later one (as
    // it was, silently) nor to either; each ambiguous end is named with its activities.
    const names = ctx.ambiguous.size === 0 ? undefined : ambiguousEnds(get('pred_task_id'), get('task_id'), ctx.ambiguous);
    if (names !== undefined) {
      const known = ctx.activities.get(get('task_id'));
      ctx.findings.push({ kind: 'dropped', topic: 'link', line, ...(known !== undefined ? { activity: known.id } : {}), message: msg('import.xer.link-ambiguous', { pred: get('pred_task_id'), succ: get('task_id'), names }) });
      continue;
    }
    // A row that holds no id at one end (cut short, or its cell empty) names no task: said as such, not as a link "from
    // task  to task :" with the ids blank (tester round 99 F6).
    const empty = get('pred_task_id') === '' ? (get('task_id') === '' ? 'both' : 'pred_task_id') : get('task_id') === '' ? 'task_id' : undefined;
    if (empty !== undefined) {
      ctx.findings.push({ kind: 'dropped', topic: 'link', line, message: msg('import.xer.link-no-id', { missing: empty, cells: row.count, columns: table.fields.size }) });
      continue;
    }
    const succ = ctx.activities.get(get('task_id'));
    const pred = ctx.activities.get(get('pred_task_id'));
    if (succ === undefined || pred === undefined) {
      const missing = succ === undefined ? get('task_id') : get('pred_task_id');
      // An activity left out is named with its id and line, and why, as its own line says (it was "was left out" alone).
      const gone = ctx.leftOut.get(missing);
      const leftOut = gone === undefined ? null : { id: gone.id, line: gone.line };
      ctx.findings.push({ kind: 'dropped', topic: 'link', line, ...(succ !== undefined ? { activity: succ.id } : {}), message: msg('import.xer.link-missing-task', { pred: get('pred_task_id'), succ: get('task_id'), predName: pred?.id ?? null, succName: succ?.id ?? null, missing, leftOut, ...(ctx.taskRowSkipped === true ? { skipped: true } : {}) }) });
      continue;
    }
    const where = { line, activity: succ.id };
    const label = `${pred.id} → ${succ.id}`;
    const type = TYPES.get(get('pred_type'));
    if (type === undefined) {
      ctx.findings.push({ kind: 'dropped', topic: 'link', ...where, message: msg('import.xer.link-type', { link: label, type: get('pred_type') }) });
      continue;
    }
    const lagText = get('lag_hr_cnt') || '0';
    const lagHours = Number(lagText);
    if (!Number.isFinite(lagHours) || !/^\s*-?\d+(\.\d+)?\s*$/.test(lagText)) {
      ctx.findings.push({ kind: 'dropped', topic: 'link', ...where, message: msg('import.xer.lag-not-number', { link: label, lag: lagText }) });
      continue;
    }
    // What convertLag says of the lag is about this link: it goes with the link when the link is left out, here or
    // by loops.ts (tester round 21 #12: a rounded link left out as a repeat was said and counted twice).
    const said = ctx.findings.length;
    const { days: lagDays, unit: lagUnit } = lagHours === 0 ? NO_LAG : convertLag(lagHours, pred, succ, ctx, where, label);
    // A plan file holds at most five digits of lag (schemas/plan.schema.json): a longer one is left out, and said.
    if (Math.abs(lagDays) > MAX_DURATION_N) {
      ctx.findings.length = said;
      ctx.findings.push({ kind: 'dropped', topic: 'link', ...where, message: msg('import.lag-too-long', { link: label, days: lagDays, unit: lagUnit, max: MAX_DURATION_N }) });
      continue;
    }
    const id = pred.planId === succ.planId ? pred.id : `${pred.planId}/${pred.id}`;
    const link = { id, type, lagDays, ...(lagUnit === 'ed' ? { lagUnit } : {}) };
    for (let k = said; k < ctx.findings.length; k++) ctx.findings[k] = { ...ctx.findings[k]!, link };
    succ.milestone.after.push(link);
    ctx.links.push({ milestone: succ.milestone, link, line });
    kept += 1;
  }
  return kept;
}

const NO_LAG = { days: 0, unit: 'd' } as const;

/** The ends of a link (predecessor first, a task_id once) that several activities have, with their ids; undefined when none. */
function ambiguousEnds(pred: string, succ: string, ambiguous: ReadonlyMap<string, readonly string[]>): { taskId: string; tasks: readonly string[] }[] | undefined {
  const names = (pred === succ ? [pred] : [pred, succ]).flatMap((taskId) => {
    const tasks = ambiguous.get(taskId);
    return tasks === undefined ? [] : [{ taskId, tasks }];
  });
  return names.length > 0 ? names : undefined;
}

/**
 * A lag of `hours` in days of the calendar SCHEDOPTIONS names: working days (`d`) of the plan's calendar; on another
 * calendar that works every day (a 24-hour one included) calendar days (`ed`, SPEC §2), which count as P6 counts
 * them there. On another calendar the link is reported as approximated either way: the successor's own calendar
 * still decides where its work starts.
 */
function convertLag(hours: number, pred: Activity, succ: Activity, ctx: LinkContext, where: { line: number; activity: string }, label: string): { days: number; unit: 'd' | 'ed' } {
  const rule = ctx.lagCalendarRule(succ.planId);
  const planCal = ctx.planCalendar(succ.planId);
  const lagCal = rule === 'rcal_Successor' ? succ.calendar : rule === 'rcal_ProjDefault' ? planCal : rule === 'rcal_24Hour' ? undefined : pred.calendar;
  const dayMinutes = lagCal?.dayMinutes ?? 24 * 60;
  const exact = (hours * 60) / dayMinutes;
  const days = roundLagDays(exact);
  const isPlanCalendar = lagCal !== undefined && isSameCalendar(lagCal, planCal);
  const everyDay = !isPlanCalendar && (lagCal === undefined || isEveryDay(lagCal));
  if (!isPlanCalendar) {
    ctx.findings.push({ kind: 'approximated', topic: 'link', ...where, message: msg('import.xer.lag-calendar', { link: label, lead: hours < 0, hours, calendar: lagCal?.name ?? null, days, everyDay }) });
  } else if (Math.abs(exact - days) > 1e-9) {
    ctx.findings.push({ kind: 'approximated', topic: 'hours', ...where, message: msg('import.xer.lag-hours', { link: label, lead: hours < 0, hours, exact, dayHours: dayMinutes / 60, days }) });
  }
  return { days, unit: everyDay ? 'ed' : 'd' };
}
