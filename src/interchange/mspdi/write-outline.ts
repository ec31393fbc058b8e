// The outline of an MSPDI export: milestones under summary tasks made from their `x-wbs` (the summary tasks an import
// read them from), so that P6 → milepel → MS Project → milepel keeps the work breakdown (tester round 99 F7).
import type { Milestone } from '../../model/types.js';
import { MAX_TEXT } from './write-texts.js';
import { cutToXmlLength, escapeXml } from './xml-text.js';

/** A task's place in the file: its row (ID), outline number (`1.2.3`) and level (1 at the top). */
export interface OutlinePlace {
  readonly row: number;
  readonly number: string;
  readonly level: number;
}

/** A summary task: the `x-wbs` entry it stands for, its UID and place, and the first start and last finish below it. */
export interface SummaryTask {
  readonly name: string;
  readonly uid: number;
  place: OutlinePlace;
  start: string;
  finish: string;
  /** Its rows in order: tasks (milestone index) and summary tasks, each where the first of it came in task order. */
  readonly children: OutlineRow[];
  /** Its summary tasks by name. */
  readonly byName: Map<string, SummaryTask>;
}

/** A row of the file: a milestone's task, or a summary task with its rows after it. */
export type OutlineRow = { readonly task: number; place: OutlinePlace } | { readonly summary: SummaryTask };

/** What a summary task's Notes hold: an import reads such a summary task back as the `x-wbs` it was, exactly. */
export const SUMMARY_NOTE = 'x-wbs';

/**
 * The rows of the file for the tasks `uid` (milestone index → UID, in task order), each under the summary tasks its
 * `x-wbs` names (outermost first), a summary task where the first task below it comes; undefined when no task has an
 * `x-wbs` (the file is then the tasks alone, each at level 1, its row and outline number its UID). Summary tasks take
 * the UIDs after the tasks'; rows and outline numbers count in file order. `start`/`finish` give a task's Start and
 * Finish as written (ISO texts, compared as texts): a summary task spans the tasks below it.
 */
export function outlineRows(milestones: readonly Milestone[], uid: ReadonlyMap<number, number>, start: (v: number) => string, finish: (v: number) => string): OutlineRow[] | undefined {
  let any = false;
  for (const [v] of uid) if (milestones[v]!.wbs !== undefined) any = true;
  if (!any) return undefined;
  const top: SummaryTask = summaryTask('', 0);
  let next = uid.size;
  for (const [v] of uid) {
    let parent = top;
    for (const name of (milestones[v]!.wbs ?? []).slice(0, MAX_OUTLINE_DEPTH)) {
      let child = parent.byName.get(name);
      if (child === undefined) {
        child = summaryTask(name, ++next);
        parent.byName.set(name, child);
        parent.children.push({ summary: child });
      }
      parent = child;
    }
    parent.children.push({ task: v, place: NOWHERE });
  }
  let row = 0;
  /** Places the rows of `s` below outline number `prefix`, depth first; its span is that of what it holds. */
  const place = (s: SummaryTask, prefix: string, level: number): void => {
    for (const [i, r] of s.children.entries()) {
      const here = { row: ++row, number: `${prefix}${i + 1}`, level };
      if ('task' in r) {
        r.place = here;
        widen(s, start(r.task), finish(r.task));
      } else {
        r.summary.place = here;
        place(r.summary, `${here.number}.`, level + 1);
        widen(s, r.summary.start, r.summary.finish);
      }
    }
  };
  place(top, '', 1);
  return top.children;
}

/**
 * The summary tasks written above a task at most: an `x-wbs` deeper than that (no import writes one) is cut there, and
 * said as an x- key the file does not hold (round-trip-notes.ts).
 */
export const MAX_OUTLINE_DEPTH = 100;

const NOWHERE: OutlinePlace = { row: 0, number: '', level: 0 };

function summaryTask(name: string, uid: number): SummaryTask {
  return { name, uid, place: NOWHERE, start: '', finish: '', children: [], byName: new Map() };
}

function widen(s: SummaryTask, start: string, finish: string): void {
  if (s.start === '' || start < s.start) s.start = start;
  if (finish > s.finish) s.finish = finish;
}

/** A summary task's <Task> element, as taskText writes a task's: no links, no dates of its own but the span. */
export function summaryText(s: SummaryTask): string {
  return `    <Task>
      <UID>${s.uid}</UID>
      <ID>${s.place.row}</ID>
      <Name>${escapeXml(cutToXmlLength(s.name, MAX_TEXT))}</Name>
      <Type>1</Type>
      <IsNull>0</IsNull>
      <OutlineNumber>${s.place.number}</OutlineNumber>
      <OutlineLevel>${s.place.level}</OutlineLevel>
      <Start>${s.start}</Start>
      <Finish>${s.finish}</Finish>
      <Milestone>0</Milestone>
      <Summary>1</Summary>
      <Notes>${SUMMARY_NOTE}</Notes>
    </Task>`;
}

/** The rows in file order, depth first: a summary task before its rows. */
export function* rowsInOrder(rows: readonly OutlineRow[]): Generator<OutlineRow> {
  for (const r of rows) {
    yield r;
    if ('summary' in r) yield* rowsInOrder(r.summary.children);
  }
}
