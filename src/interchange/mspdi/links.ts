// MSPDI <PredecessorLink> → `after` entries: Type 0 FF, 1 FS, 2 SF, 3 SS; LinkLag in tenths of minutes, LagFormat says
// working or elapsed, or a percentage of the predecessor's duration (percent-lag.ts).
import { msg, type Message } from '../../messages/index.js';
import type { TaskName } from '../../messages/data/import.js';
import type { ImportFinding } from '../finding.js';
import type { ImportedLinkAt, LinkType } from '../plan-model.js';
import type { XerCalendar } from '../xer/calendar.js';
import type { MspdiTask, MspdiTasks } from './tasks.js';
import type { MspdiTaskFields } from './parts.js';
import { MAX_DURATION_N } from '../../calendar/index.js';
import { importedUnit, inWholeWeeks, isElapsedFormat, isElapsedPercentFormat, isPercentFormat } from './formats.js';
import { roundLagDays } from '../round-lag.js';
import { durationInDays, percentLagDays } from './percent-lag.js';

const TYPES: readonly LinkType[] = ['FF', 'FS', 'SF', 'SS'];

export interface LinkContext {
  readonly planCalendar: XerCalendar;
  readonly minutesPerDay: number;
  /** As TaskContext's. */
  readonly daysPerWeek: number;
  readonly findings: ImportFinding[];
  /** Every link kept, in the file's order with its line, for the checks every import makes (loops.ts). */
  readonly links: ImportedLinkAt[];
}

export function readMspdiLinks(nodes: readonly MspdiTaskFields[], tasks: MspdiTasks, ctx: LinkContext): void {
  const byNode = new Map<MspdiTaskFields, MspdiTask>();
  for (const t of tasks.list) byNode.set(t.fields, t);
  // Findings are made only when there is one to say (an object spread per link was a third of reading 300,000 links).
  const note = (kind: ImportFinding['kind'], topic: ImportFinding['topic'], line: number | undefined, activity: string | undefined, message: Message): void => {
    const at = line === undefined ? {} : { line };
    ctx.findings.push(activity === undefined ? { kind, topic, ...at, message } : { kind, topic, ...at, activity, message });
  };
  // A task as the user knows it, for a link said as left out: its id in the plan, else its name (tasks.ts leaves out
  // summaries, blank rows and tasks without a finish); null for a UID no task has (tester round 99 F6: only UIDs,
  // which MS Project hides, were named).
  let nodeByUid: Map<string, MspdiTaskFields> | undefined;
  const taskName = (uid: string): TaskName | null => {
    const kept = tasks.byUid.get(uid);
    if (kept?.length === 1) return { kind: 'id', text: kept[0]!.milestone.id };
    const gone = tasks.leftOut.get(uid);
    if (gone?.why === 'no-finish') return { kind: 'id', text: gone.id };
    nodeByUid ??= new Map(nodes.map((n) => [n.uid, n]));
    const name = nodeByUid.get(uid)?.name.trim() ?? '';
    return name === '' ? null : { kind: 'name', text: name };
  };
  for (const node of nodes) {
    const succ = byNode.get(node);
    for (const link of node.links) {
      const line = link.line;
      const named = tasks.byUid.get(link.predecessorUid);
      // A UID two tasks have names neither for sure: the link is left out, not given to one of them (a task after
      // another with its own UID was a link to itself).
      if (succ !== undefined && named !== undefined && named.length > 1) {
        note('dropped', 'link', line, succ.milestone.id, msg('import.mspdi.link-ambiguous', { succ: succ.milestone.id, uid: link.predecessorUid, tasks: named.map((t) => t.milestone.id) }));
        continue;
      }
      const pred = named?.[0];
      if (succ === undefined || pred === undefined) {
        // Said as what the task is (a task left out for no finish was said to be "a summary task or not in the file").
        const gone = tasks.leftOut.get(succ === undefined ? node.uid : link.predecessorUid);
        // An inactive or another project's task's links were said with it (import.mspdi.inactive, .external).
        if (gone?.why === 'inactive' || gone?.why === 'external') continue;
        const task = gone?.why === 'no-finish' ? { id: gone.id, line: gone.line ?? null } : null;
        note('dropped', 'link', line, undefined, msg('import.mspdi.link-missing-task', { pred: link.predecessorUid, succ: node.uid, predName: taskName(link.predecessorUid), succName: taskName(node.uid), successorMissing: succ === undefined, why: gone?.why ?? 'missing', task }));
        continue;
      }
      const id = succ.milestone.id;
      const label = (): string => `${pred.milestone.id} → ${id}`;
      if (link.crossProject === '1') {
        note('dropped', 'link', line, id, msg('import.mspdi.link-other-project', { link: label() }));
        continue;
      }
      const type = TYPES[Number(link.type || '1')];
      if (type === undefined || !/^\d$/.test(link.type || '1')) {
        note('dropped', 'link', line, id, msg('import.mspdi.link-type', { link: label(), type: link.type }));
        continue;
      }
      // Tenths of minutes, or for a percentage of the predecessor's duration the percentage (percent-lag.ts).
      const written = Number(link.linkLag || '0');
      const format = Number(link.lagFormat || '7');
      if (!Number.isFinite(written)) {
        note('dropped', 'link', line, id, msg('import.mspdi.lag-form', { link: label(), lag: link.linkLag }));
        continue;
      }
      const isPercent = isPercentFormat(format);
      const predDuration = isPercent ? durationInDays(pred.milestone, ctx.daysPerWeek) : undefined;
      const { exact, elapsed } = predDuration !== undefined
        ? percentLagDays(written, predDuration, isElapsedPercentFormat(format), ctx.minutesPerDay)
        : { exact: written / 10 / (isElapsedFormat(format) ? 24 * 60 : ctx.minutesPerDay), elapsed: isElapsedFormat(format) };
      const n = roundLagDays(exact);
      // Past 99,999 days, whole weeks that fit are written in weeks (formats.ts inWholeWeeks).
      const weeks = Math.abs(exact - n) <= 1e-9 ? inWholeWeeks(n, elapsed, ctx.daysPerWeek) : undefined;
      if (weeks === undefined && Math.abs(n) > MAX_DURATION_N) {
        note('dropped', 'link', line, id, msg('import.lag-too-long', { link: label(), days: n, unit: elapsed ? 'ed' : 'd', max: MAX_DURATION_N }));
        continue;
      }
      const isRounded = Math.abs(exact - n) > 1e-9;
      // A lead of whole weeks shown in weeks stays weeks, as a duration does (formats.ts importedUnit).
      // A percentage's days are in the unit the predecessor's duration gives them (percent-lag.ts), not its LagFormat's
      // (tester round 53 F7: 60 e% of a day written as 1d).
      const lag = weeks ?? (isRounded || isPercent ? { n: Math.abs(n), unit: elapsed ? 'ed' as const : 'd' as const } : importedUnit(format, Math.abs(n), ctx.daysPerWeek));
      const lagDays = n < 0 ? -lag.n : lag.n;
      const entry = lag.unit !== 'd' && n !== 0 ? { id: pred.milestone.id, type, lagDays, lagUnit: lag.unit } : { id: pred.milestone.id, type, lagDays: n };
      // With the link it is about: one loops.ts leaves out takes it along (tester round 21 #12). A percentage is always
      // approximated: the days written no longer follow the predecessor's duration (tester round 52 F2: the link was
      // left out, and its successor lost its only predecessor).
      const at = line === undefined ? {} : { line };
      if (predDuration !== undefined) {
        const message = msg('import.mspdi.lag-percent', { link: label(), percent: written, elapsedPercent: isElapsedPercentFormat(format), pred: pred.milestone.id, duration: predDuration.days, durationElapsed: predDuration.elapsed, exact, elapsed, days: n });
        ctx.findings.push({ kind: 'approximated', topic: 'lag', ...at, activity: id, message, link: entry });
      } else if (isRounded) {
        ctx.findings.push({ kind: 'approximated', topic: 'hours', ...at, activity: id, message: msg('import.mspdi.lag-rounded', { link: label(), hours: written / 600, exact, elapsed, days: n }), link: entry });
      }
      succ.milestone.after.push(entry);
      ctx.links.push(line === undefined ? { milestone: succ.milestone, link: entry } : { milestone: succ.milestone, link: entry, line });
    }
  }
}
