// One milestone as an MSPDI <Task>: its dates, duration, float, progress, constraint, deadline, links and baseline.
import type { DayNumber } from '../../calendar/index.js';
import type { Message } from '../../messages/index.js';
import { shownFloat } from '../../schedule/date-range.js';
import type { EdgeEnd } from '../../schedule/edge-constraint.js';
import { predecessorLinksText } from './write-links.js';
import type { MspdiSource } from './write-source.js';
import type { OutlinePlace } from './write-outline.js';
import { MAX_TEXT } from './write-texts.js';
import { finishAt, FORMAT_CODE, isoDuration, latestOf, MINUTES_PER_DAY, startAt, startDayOf, startsInWorkingTime } from './write-time.js';
import { cutToXmlLength, escapeXml, xmlCannotHold } from './xml-text.js';

/** A task's Start: the first day of its work, at the start of the day's work (at its end for an elapsed duration). */
export function taskStart(source: MspdiSource, ends: readonly EdgeEnd[], v: number): string {
  const m = source.workspace.milestones[v]!;
  const startDay = startDayOf(source, ends, v);
  return startsInWorkingTime(m.duration) ? startAt(startDay) : finishAt(startDay);
}

/** MSPDI ConstraintType 6: finish no earlier than. */
const FINISH_NO_EARLIER_THAN = 6;

/** What the task pass needs: the source, each milestone's edge end, the tasks' UIDs and constraint dates. */
export interface TaskContext {
  readonly source: MspdiSource;
  readonly ends: readonly EdgeEnd[];
  /** Milestone index → task UID, in task order. */
  readonly uid: ReadonlyMap<number, number>;
  /** Each task's finish-no-earlier-than day, in task order. */
  readonly constraints: Float64Array;
  /** The plan's id (for its title) and the refs of the tasks written so far whose title XML 1.0 cannot hold. */
  readonly unholdable: string[];
  /** The plan's texts (`<id> (title)`) and the refs of the tasks written so far whose title was cut to MAX_TEXT. */
  readonly overlong: string[];
  /** MspdiResult.notes, where the notes on those titles go once the tasks are written. */
  readonly notes: Message[];
}

/**
 * One <Task> element's lines (joined by line feeds, none after the last), as xmlLines writes them at depth 2, for
 * milestone `v` as task `id` (SPEC §10): a milestone when its duration is 0, finishing on its projected date and
 * starting on the first day of its work, with a finish-no-earlier-than constraint at `constraint`, its deadline, its
 * actual finish, its links (write-links.ts) and its planned date as baseline 0. Its title is cut to MAX_TEXT; a cut
 * title or one XML cannot hold adds M's ref to `ctx.overlong` or `ctx.unholdable`.
 */
export function taskText(ctx: TaskContext, v: number, id: number, constraint: DayNumber, place: OutlinePlace = { row: id, number: String(id), level: 1 }): string {
  const { workspace: ws, schedule: s } = ctx.source;
  const m = ws.milestones[v]!;
  const projected = s.projected[v]!;
  const start = taskStart(ctx.source, ctx.ends, v);
  const latest = latestOf(s, v);
  const duration = isoDuration(m.duration);
  const format = FORMAT_CODE[m.duration.unit];
  const full = m.title;
  const title = cutToXmlLength(full, MAX_TEXT);
  if (xmlCannotHold(title)) ctx.unholdable.push(m.ref);
  if (title !== full) ctx.overlong.push(m.ref);
  let text = `    <Task>
      <UID>${id}</UID>
      <ID>${place.row}</ID>
      <Name>${escapeXml(title)}</Name>
      <Type>1</Type>
      <IsNull>0</IsNull>
      <WBS>${escapeXml(m.id)}</WBS>
      <OutlineNumber>${place.number}</OutlineNumber>
      <OutlineLevel>${place.level}</OutlineLevel>
      <Start>${start}</Start>
      <Finish>${finishAt(projected)}</Finish>
      <Duration>${duration}</Duration>
      <DurationFormat>${format}</DurationFormat>
      <Work>PT0H0M0S</Work>
      <Milestone>${m.duration.n === 0 ? 1 : 0}</Milestone>
      <Summary>0</Summary>
      <Critical>${s.critical[v] ? 1 : 0}</Critical>
      <EarlyFinish>${finishAt(projected)}</EarlyFinish>
`;
  if (latest !== undefined) text += `      <LateFinish>${finishAt(latest)}</LateFinish>\n`;
  // A float left out (date-range: its latest date is) is not written either: optional, as LateFinish is.
  const float = shownFloat(s, v);
  if (float !== null) text += `      <TotalSlack>${float * MINUTES_PER_DAY * 10}</TotalSlack>\n`;
  text += `      <PercentComplete>${m.actual ? 100 : 0}</PercentComplete>
`;
  if (m.actual) text += `      <ActualStart>${start}</ActualStart>\n      <ActualFinish>${finishAt(m.actual.day)}</ActualFinish>\n`;
  text += `      <ConstraintType>${FINISH_NO_EARLIER_THAN}</ConstraintType>
      <ConstraintDate>${finishAt(constraint)}</ConstraintDate>
`;
  if (m.deadline) text += `      <Deadline>${finishAt(m.deadline.day)}</Deadline>\n`;
  text += `      <Notes>${escapeXml(m.ref)}</Notes>\n`;
  text += predecessorLinksText(ctx.source, ctx.ends, ctx.uid, v);
  return `${text}      <Baseline>
        <Number>0</Number>
        <Finish>${finishAt(m.date.day)}</Finish>
        <Duration>${duration}</Duration>
        <DurationFormat>${format}</DurationFormat>
      </Baseline>
    </Task>`;
}
