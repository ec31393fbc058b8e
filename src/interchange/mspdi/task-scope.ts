// What each part of reading one MSPDI task (tasks.ts) works with: the task's id and calendar, where its findings go,
// and its date-time fields as instants.
import type { Message } from '../../messages/index.js';
import type { ImportFinding } from '../finding.js';
import type { XerCalendar } from '../xer/calendar.js';
import { parseInstant, type Instant } from '../xer/instant.js';

/** Says one finding of the task, with its line and id: the import lists them in the order said. */
export type TaskNote = (kind: ImportFinding['kind'], topic: ImportFinding['topic'], message: Message) => void;

/** One task as the parts that read it see it. */
export interface TaskScope {
  /** The milestone id the task got (IdAllocator). */
  readonly id: string;
  /** The calendar its dates and duration are read in: its own, else the plan's. */
  readonly calendar: XerCalendar;
  readonly note: TaskNote;
}

/** An MSPDI date-time (`2019-09-30T08:00:00`) as an instant (day, minutes after midnight); undefined for '' or another text. */
export function xmlInstant(value: string): Instant | undefined {
  return parseInstant(value.replace('T', ' '));
}
