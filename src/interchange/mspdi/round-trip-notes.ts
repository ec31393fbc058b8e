// What importing the exported file gives back otherwise than the plan has it (SPEC §10), said as export notes.
import { msg, type Message } from '../../messages/index.js';
import { named } from './left-out.js';
import type { DayNumber } from '../../calendar/index.js';
import type { YearSpans } from './write-calendar.js';
import { MAX_OUTLINE_DEPTH } from './write-outline.js';
import type { MspdiSource } from './write-source.js';

/**
 * The notes on what the file holds exactly for MS Project but a later `import` of it reads otherwise (tester round 57
 * F3: the round trip gave the same dates and floats and changed the plan silently): the milestones pushed by a
 * predecessor (`uid`: the tasks written), whose Finish is their projected date and comes back as their forecast
 * (SPEC §10's mapping), so no predecessor pushes them any more; a holiday rule, written as the holidays of the years
 * the file spans (`years`) and read back as those closed days; and the `x-` keys of milestones the file does not hold
 * (all but an `x-wbs` of texts, written as summary tasks: write-outline.ts); and `first`, the first day of the tasks'
 * work, written as the project's StartDate when it is before `plan.start` (MS Project starts no task before it), which
 * an import reads back as the plan's start (tester round 93 F5).
 */
export function roundTripNotes(source: MspdiSource, uid: ReadonlyMap<number, number>, years: YearSpans, first: DayNumber): Message[] {
  const { workspace: ws, schedule: s } = source;
  const plan = ws.plans[source.plan]!;
  const notes: Message[] = [];
  const pushed: string[] = [];
  for (const [v] of uid) if (s.driver[v]! >= 0) pushed.push(ws.milestones[v]!.ref);
  if (pushed.length > 0) notes.push(msg('export.mspdi.pushed', named(pushed)));
  if (plan.start !== undefined && first < plan.start) notes.push(msg('export.mspdi.start-earlier', { start: plan.start, first }));
  if (plan.calendar.spec.holidays === 'NO') notes.push(msg('export.mspdi.holiday-rule', { years }));
  const keys = new Set<string>();
  const withKeys: string[] = [];
  for (const m of ws.milestones) {
    if (m.plan !== plan.index || m.gate !== undefined || m.extensionKeys === undefined) continue;
    // An x-wbs of texts is written as the summary tasks above the task (write-outline.ts), and read back so.
    const outlined = m.wbs !== undefined && m.wbs.length <= MAX_OUTLINE_DEPTH;
    const left = outlined ? m.extensionKeys.filter((key) => key !== 'x-wbs') : m.extensionKeys;
    if (left.length === 0) continue;
    for (const key of left) keys.add(key);
    withKeys.push(m.ref);
  }
  if (withKeys.length > 0) notes.push(msg('export.mspdi.extension-keys', { keys: [...keys].sort(), ...named(withKeys) }));
  return notes;
}
