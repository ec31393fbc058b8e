// The plan an import produces, before it is written as YAML: plain values in the plan file's own terms.

export type LinkType = 'FS' | 'SS' | 'FF' | 'SF';

export interface ImportedLink {
  /** Id of the predecessor in the same plan. */
  readonly id: string;
  readonly type: LinkType;
  /** Lag in whole units (negative for a lead), 0 for none. */
  readonly lagDays: number;
  /** Unit of the lag; working days (`d`) when absent. */
  readonly lagUnit?: 'd' | 'w' | 'ed' | 'ew';
}

/**
 * A link as an importer read it, in the order it read it: the milestone whose `after` holds it (the very object the
 * importer put in its plan), and the 1-based line of the source (a workbook's row number), when the format has lines.
 * What loops.ts needs to leave out links no plan can be scheduled with, and to say where they were.
 */
export interface ImportedLinkAt {
  readonly milestone: ImportedMilestone;
  readonly link: ImportedLink;
  readonly line?: number;
}

export interface ImportedMilestone {
  readonly id: string;
  readonly title: string;
  /** Day dates YYYY-MM-DD. */
  readonly date: string;
  readonly forecast?: string;
  readonly actual?: string;
  /**
   * Why `date`, `forecast` or `actual` is not the day the source names (a finish at the start of a day's work, the end
   * of the working day before: xer/instant.ts dayBeforeNote), written as a comment beside it.
   */
  readonly dateNote?: string;
  readonly forecastNote?: string;
  readonly actualNote?: string;
  readonly deadline?: string;
  /** The duration in `durationUnit` (working days when that is absent); undefined or 0 for none. */
  readonly durationDays?: number;
  /** Unit of the duration; working days (`d`) when absent. */
  readonly durationUnit?: 'd' | 'w' | 'ed' | 'ew';
  readonly after: readonly ImportedLink[];
  readonly responsible?: string;
  readonly status?: 'green' | 'yellow' | 'red';
  /** Path of summary tasks (WBS) above the activity, outermost first. */
  readonly wbs?: readonly string[];
}

export interface ImportedCalendar {
  /** 1 (Monday) … 7 (Sunday). */
  readonly workdays: readonly number[];
  /** Day dates or ranges `from..to`, sorted. */
  readonly closed: readonly string[];
}

export interface ImportedPlan {
  readonly id: string;
  readonly title: string;
  /** The responsible organisation (MS Project's Company, which milepel's export writes from `owner`). */
  readonly owner?: string;
  readonly start?: string;
  readonly statusDate?: string;
  /** Why statusDate is not the day the source's data or status date names, written as a comment beside it. */
  readonly statusDateNote?: string;
  readonly finish?: string;
  /** A comment line written where `finish` would be: the finish the source scheduled, when it committed to none. */
  readonly finishNote?: string;
  /** The float threshold for "critical" in working days (MS Project's CriticalSlackLimit); absent for 0. */
  readonly critical?: number;
  readonly calendar?: ImportedCalendar;
  readonly milestones: readonly ImportedMilestone[];
  /** Where it came from, for the plan file's opening comment ("P6 XER project TAKT"). */
  readonly source: string;
}
