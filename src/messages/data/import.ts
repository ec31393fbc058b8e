// The data of `milepel import`'s findings (SPEC §10): what could not be carried over exactly, and why a file cannot be
// imported at all. `id` is the activity's id in the written plan; `link` is `pred → succ` in those ids.
import type { DayNumber } from '../../calendar/index.js';
import type { DateProblem } from '../../interchange/xer/instant.js';
import type { LinkType } from '../../interchange/plan-model.js';
import type { Message } from '../types.js';

type Empty = Readonly<Record<never, never>>;

/**
 * A number as the source file writes it: its value and how many decimals the file gives it (P6's `100.00` is 100 with
 * 2), shown in the locale's form (`100.00`, nb `100,00`); the text as written when it is no plain decimal number
 * (`1e3`, `1,234.50`), which a finding quotes (interchange/written-number.ts).
 */
export type WrittenNumber = { readonly value: number; readonly decimals: number } | string;

/**
 * The short category of an import finding, for the count summary ("calendar 3, hours 2"); each has its Norwegian word
 * (nb/import.ts): `lag`, `title` and `external` showed in English there (tester round 93 F3).
 */
export type ImportTopic = 'activity type' | 'actual start' | 'calendar' | 'column' | 'constraint' | 'cost' | 'dates' | 'encoding' | 'external' | 'file'
  | 'formula' | 'header' | 'hours' | 'id' | 'inactive' | 'lag' | 'link' | 'manual' | 'progress' | 'project' | 'resource' | 'row' | 'sheet' | 'summary'
  | 'table' | 'title' | 'value' | 'wbs';

/** A task as the user knows it in a finding: its id in the plan written, or (a task left out) its name in the file. */
export interface TaskName {
  readonly kind: 'id' | 'name';
  readonly text: string;
}

export interface ImportTopicCount {
  readonly topic: ImportTopic;
  readonly count: number;
}

export interface ImportMessages {
  // The import's own lines on stderr: one per finding, and the count summary.
  'import.kind.approximated': Empty;
  'import.kind.dropped': Empty;
  'import.summary.exact': { file: string };
  /** Topics ("calendar", "link", …; see ImportFinding.topic) with their counts, most first. */
  'import.summary.counts': { file: string; approximated: readonly ImportTopicCount[]; dropped: readonly ImportTopicCount[] };
  /** `count` dates at the start of a day's work written as the end of the working day before, each with a comment beside it. */
  'import.days-before': { count: number };

  // A spreadsheet (CSV, XLSX).
  /** The known columns are listed by the catalogue (interchange/sheet/columns.ts). */
  'import.sheet.unknown-column': { name: string; column: number };
  'import.sheet.repeated-column': { name: string; column: number; key: string };
  'import.sheet.missing-column': { column: 'id' | 'date' };
  'import.sheet.extra-values': { id: string; count: number; columns: number };
  'import.sheet.no-id': Empty;
  'import.sheet.no-date': { id: string };
  'import.sheet.no-title': { id: string };
  /**
   * `repeated`: the written id is a valid one that an earlier row has. `taken`: the written id is none (it is cleaned, or
   * has blanks around it), and the id it was cleaned or trimmed to is another row's (so `id` is numbered), else null.
   */
  'import.sheet.id-changed': { written: string; id: string; repeated: boolean; taken: string | null };
  /** `problem`: why a value of a date's form names no day (`31.02.2026`: February has 28 days), null for another form. */
  'import.sheet.bad-date': { id: string; value: string; problem: Message | null };
  'import.sheet.bad-value-date': { id: string; key: string; value: string; allowPeriod: boolean; problem: Message | null };
  'import.sheet.bad-duration': { id: string; value: string };
  /** A duration with a fraction: `exact` days (calendar days when `elapsed`), rounded to `days`. */
  'import.sheet.duration-rounded': { id: string; value: string; exact: number; elapsed: boolean; days: number };
  'import.sheet.bad-status': { id: string; value: string };
  // The findings of a sheet's links column name it as the sheet's header does (`column`: `after`, `Etter`), whatever
  // the locale (tester round 21 #7: a Norwegian sheet's column `Etter` was called `after` in Norwegian lines).
  'import.sheet.bad-after-entry': { id: string; column: string; entry: string };
  /** `M1-5` read as M1 with a lead of 5 working days (`days` -5): a '-' and a number without a unit after a row's id. */
  /**
   * `numbered`: the entry is the id the import gave the row at `line` (a row number of a workbook when `isRowNumber`),
   * as `base`, the id it would have had, is another row's: no id the sheet writes.
   */
  'import.sheet.after-bare-lead': { id: string; column: string; entry: string; ref: string; days: number; numbered?: { line: number; base: string; isRowNumber: boolean } };
  'import.sheet.after-renamed-id': { id: string; column: string; entry: string; raw: string };
  /** `A+1,5d`: a lag of `exact` working days (calendar days when `elapsed`; a lead when negative) rounded to `days`. */
  'import.sheet.after-lag-rounded': { id: string; column: string; entry: string; exact: number; elapsed: boolean; days: number };
  'import.sheet.self-after': { id: string; column: string };
  'import.sheet.unknown-after': { id: string; column: string; ref: string };
  /** `ref` is only the id the import gave the row at `line` (as import.sheet.after-bare-lead's `numbered`). */
  'import.sheet.after-numbered-id': { id: string; column: string; ref: string; line: number; base: string; isRowNumber: boolean };
  /**
   * `ref` is the id of a row that was left out (the first such row, at `line`; a row number of a workbook when
   * `isRowNumber`), and why: it has no date (`no-date`), its date `value` gives no day (`bad-date`), or its date cell
   * `value` (B3) holds a serial that is no day (`date-cell`).
   */
  'import.sheet.after-left-out': { id: string; column: string; ref: string; line: number; isRowNumber: boolean; why: 'no-date' | 'bad-date' | 'date-cell'; value: string };
  'import.xlsx.formula': { cell: string; formula: string; hasResult: boolean };
  'import.xlsx.error-value': { cell: string; error: string };
  'import.xlsx.not-a-number': { cell: string };
  'import.xlsx.merged-header': { cell: string; master: string; column: number };
  'import.xlsx.other-sheets': { sheet: string; skipped: readonly string[] };
  /** A date cell whose serial is no day from 0001-01-01 to 9999-12-31; `serial` null when it is no finite number. */
  'import.xlsx.serial-not-day': { id: string; key: string; cell: string; serial: number | null; isRow: boolean };

  // Primavera P6 XER.
  'import.xer.bad-line': { line: number };
  /** A %R line of `table` before the table's %F line: no field names to read it by. */
  'import.xer.row-before-fields': { table: string };
  /** `lines` lines that are not blank after the %E line at `endLine`; `exportAt`: the first `ERMHDR` line among them, else null. */
  'import.xer.past-end': { endLine: number; lines: number; exportAt: number | null };
  /** Table `table` given again (first at `firstLine`) with `rows` rows: read as the first's rows when `isRead` (the same fields), else left out. */
  'import.xer.table-repeated': { table: string; firstLine: number; rows: number; isRead: boolean };
  'import.xer.no-project': Empty;
  /** `count` activities (the first `id`) name proj_id `projId`, which no PROJECT row has: written to plan `planId`. */
  'import.xer.project-missing': { id: string; projId: string; planId: string; count: number };
  'import.xer.wbs-cycle': { name: string };
  /**
   * `leftOut`: the task is in the TASK table but was left out (no usable finish and no data date), with the id it was
   * said as and its line; null when the table does not have it.
   */
  /** `skipped`: a TASK row was skipped for coming before the table's %F line. */
  /**
   * `pred` and `succ` are P6's task_ids (internal: P6 shows neither); `predName` and `succName` the activity ids written
   * for them (task_code), null for the end that is no activity read.
   */
  'import.xer.link-missing-task': { pred: string; succ: string; predName: string | null; succName: string | null; missing: string; leftOut: { readonly id: string; readonly line: number } | null; skipped?: boolean };
  /** A TASKPRED row with no task id at `missing`'s end; it holds `cells` cells where the %F line names `columns`. */
  'import.xer.link-no-id': { missing: 'task_id' | 'pred_task_id' | 'both'; cells: number; columns: number };
  /**
   * A key two rows of one table have (files joined from two P6 databases): `id` is the later row's (an activity's id,
   * a project's short name, a WBS node's or calendar's name), `first` the earlier row's, which is the one kept.
   */
  'import.xer.duplicate-task-id': { id: string; taskId: string; first: string; firstLine: number };
  'import.xer.duplicate-project': { name: string; projId: string; first: string; firstLine: number };
  'import.xer.duplicate-wbs': { name: string; wbsId: string; first: string; firstLine: number };
  'import.xer.duplicate-calendar': { name: string; clndrId: string; first: string; firstLine: number };
  /** A TASKPRED row naming a task_id several activities have (`names`: each such end, with those activities' ids). */
  'import.xer.link-ambiguous': { pred: string; succ: string; names: readonly { readonly taskId: string; readonly tasks: readonly string[] }[] };
  'import.xer.link-type': { link: string; type: string };
  'import.xer.lag-not-number': { link: string; lag: string };
  'import.xer.lag-calendar': { link: string; lead: boolean; hours: number; calendar: string | null; days: number; everyDay: boolean };
  'import.xer.lag-hours': { link: string; lead: boolean; hours: number; exact: number; dayHours: number; days: number };
  'import.xer.calendar-uneven': { name: string; odd: readonly { readonly weekday: number; readonly hours: number }[]; dayHours: number };
  'import.xer.calendar-no-week': { name: string };
  'import.xer.calendar-extra-workday': { name: string; day: DayNumber; weekday: number };
  'import.xer.calendar-short-day': { name: string; day: DayNumber; hours: number; dayHours: number };
  /**
   * As import.sheet.id-changed's, for a P6 activity code. `noCode`: the activity has none, and `code` is its task_id,
   * P6's internal number; `taken` is then `code` itself when another activity has that id (tester round 13 #5).
   */
  'import.xer.id-changed': { code: string; noCode: boolean; id: string; repeated: boolean; taken: string | null };
  /** The activity has no activity code, and its task_id, P6's internal number, is written as its id unchanged. */
  'import.xer.no-code': { id: string };
  'import.xer.calendar-unknown': { id: string; calendar: string };
  'import.calendar-other': { id: string; name: string; plan: string; everyDay?: boolean };
  'import.xer.activity-type': { id: string; type: 'TT_LOE' | 'TT_WBS' | 'TT_Rsrc' };
  /** A value P6 does not write in `field`, of the activity or project `subject` (xer/values.ts says what it is read as). */
  'import.xer.unknown-value': { subject: string; field: 'task_type' | 'status_code' | 'sched_calendar_on_relationship_lag'; value: string };
  /** The TASK table has no target_drtn_hr_cnt column: `count` activities that are no milestones have no duration. */
  'import.xer.no-duration-column': { count: number };
  'import.xer.duration-not-number': { id: string; value: string };
  /** `elapsed`: the duration is calendar time (MSPDI's elapsed formats), cut to `max` elapsed days. */
  'import.duration-too-long': { id: string; hours: number; max: number; elapsed?: boolean };
  /**
   * A date field (by its name in the file: Finish, target_end_date, …) that gives no day (see DateProblem), and what
   * is used instead: the field `fallback` with its day, or nothing (null: left out).
   */
  'import.date-unusable': { id: string; field: string; value: string; problem: DateProblem; fallback: string | null; day: DayNumber | null };
  /**
   * A project date field (P6 `last_recalc_date`, MS Project `StatusDate`, …) that gives no day: the plan has no `lost`.
   * `project`: the P6 project's short name, null for MS Project's one project.
   */
  'import.project-date-unusable': { project: string | null; field: string; value: string; problem: DateProblem; lost: 'status_date' | 'start' | 'finish' };
  'import.xer.no-data-date': { project: string };
  /** A lag of more than the plan file's 99999 units (schemas/plan.schema.json): the link is left out. `days`: the lag in `unit`. */
  'import.lag-too-long': { link: string; days: number; unit: 'd' | 'w' | 'ed' | 'ew'; max: number };
  // Links of any format that no plan can be scheduled with (interchange/loops.ts): each is left out. `link` is `pred →
  // succ`, with plan ids (`p/A → q/B`) when the file holds several plans.
  /** A link from the milestone `id` to itself. */
  'import.link-self': { id: string; link: string };
  /** A link to `plan/id` where the plan is already in the output folder (`file`) without that milestone. */
  'import.link-unknown-outside': { link: string; plan: string; id: string; file: string };
  /** A sheet's link `plan/ID → succ` (`link`) to a plan neither in the file nor yet where the plans are written: kept. */
  /** `folder`: where the plans are written (--out, as shown), which the CLI knows and the importer does not (null). */
  'import.link-plan-not-there': { link: string; plan: string; folder: string | null };
  /**
   * A link of the same type between the same two milestones as another, which is kept (interchange/loops.ts): at
   * `otherLine` (null when the format has no lines), a workbook's row number when `isRowNumber`; `isSameLine` when that
   * is this link's own line (a sheet's after cell); `isOtherFirst` when it was read before this one. `lag`, `otherLag`:
   * as a plan writes them (`0d`, `-2d`, `3ed`). `kept`: why that one: it requires a `later` date of the successor
   * whatever the dates, or one `not-earlier` (equal on some dates: `2d` against `2ed`); or, read first, because both
   * require the `same` date, or their order is `undecided` (depends on the dates: `2d` against `3ed`).
   */
  'import.link-repeated': { link: string; type: LinkType; lag: string; otherLag: string; otherLine: number | null; isOtherFirst: boolean; kept: 'later' | 'not-earlier' | 'same' | 'undecided'; isSameLine: boolean; isRowNumber: boolean };
  /**
   * A link that closes a dependency cycle (graph/closing-edges.ts). `cycle`: its milestones from the link's successor
   * along the cycle to its predecessor, all of them when `count` (how many the cycle has) is at most 6, else the first
   * five and the predecessor. `outside`: the files already in the output directory whose plans the cycle passes
   * through (none when it is the import's alone).
   */
  'import.link-loop': { link: string; cycle: readonly string[]; count: number; outside: readonly string[] };
  /**
   * `hours` from XER; else `written` as the source wrote it (MSPDI's `PT16H0M0S`). `elapsed`: the duration is calendar
   * time (MSPDI's elapsed formats), `exact` in days of 24 h, rounded to `days` elapsed days.
   */
  'import.duration-rounded': { id: string; hours: number | null; written: string; exact: number; dayHours: number; days: number; elapsed?: boolean };
  /**
   * A finish instant inside a working day: on day `at`, `minute` minutes after midnight; dated `day`. `form`: how the
   * English text writes the instant, as the source does (P6 `2013-10-10 14:00`, XML `2013-10-10T14:00:00`); other
   * locales write their date and the time.
   */
  'import.finish-inside-day': { id: string; at: DayNumber; minute: number; form: 'p6' | 'xml'; day: DayNumber };
  /**
   * A finished activity whose actual start (on day `at`, `minute` minutes after midnight; `form` as
   * import.finish-inside-day's) is not where the plan puts the start of its work: `derived`, the first day of work after
   * sub(`finish`, `duration`) (SPEC §5), `isEarlier` when that is before the day its work began. `actualDuration`: the
   * duration (`5d`, `5ed`) that would put it there, null when none would (an actual start after the actual finish).
   */
  'import.actual-start': { id: string; at: DayNumber; minute: number; form: 'p6' | 'xml'; finish: DayNumber; duration: string; derived: DayNumber; isEarlier: boolean; actualDuration: string | null };
  /** `started`: the day act_start_date names, or its date part as written when it names none. */
  /** `written`: the whole working days of `remaining` written as its duration; `original`: its planned duration's. */
  'import.xer.in-progress': { id: string; started: DayNumber | string; remaining: number | null; written: number; original: number };
  'import.xer.no-finish': { id: string };
  'import.xer.no-title': { id: string };
  /** An activity without a usable finish in a file with no data date (no PROJECT row or no last_recalc_date): left out. */
  'import.xer.no-finish-no-data-date': { id: string };
  /** `name` is the source tool's own name of the constraint type (English, as P6 and MS Project show it). */
  'import.constraint-kept-as-deadline': { id: string; name: string; day: DayNumber | null };
  /**
   * `heldBy`: a finish-no-earlier-than bound on or before the milestone's current date (its actual, else forecast, else
   * date), which milepel's floor c(M) holds for now: not kept as a constraint all the same (tester round 57 F2).
   */
  'import.constraint-dropped': { id: string; name: string; day: DayNumber | null; asap: boolean; heldBy?: DayNumber; badDate?: string };
  'import.xer.resource': { id: string | null; task: string; resource: string; units: WrittenNumber; cost: number | null };
  'import.xer.expense': { id: string | null; task: string; item: string; cost: WrittenNumber };
  'import.xer.table': { table: string; rows: number };

  // MS Project XML (MSPDI).
  /**
   * As import.sheet.id-changed's, for a task's WBS code or ID. `field`: where `written` is from: the WBS code when it is
   * an id, else the task's ID (its UID when it has none), and then `wbs` is the WBS code as written ('' when it has
   * none). `taken` is `written` itself when that ID is another task's id (tester round 13 #5).
   */
  'import.mspdi.id-changed': { written: string; field: 'WBS' | 'ID' | 'UID'; wbs: string; id: string; repeated: boolean; taken: string | null };
  'import.mspdi.no-finish': { id: string };
  /** `days`: the working days from the task's Start to its Finish, written instead; null when it has not both (0 written). */
  'import.mspdi.duration-negative': { id: string; written: string; days: number | null };
  /** An inactive task (<Active>0), left out with the `links` naming it, as MS Project leaves them out of the schedule. */
  'import.mspdi.inactive': { id: string; title: string; links: number };
  /** `project`: <ExternalTaskProject> as written, or null when the file names none. */
  'import.mspdi.external': { id: string; title: string; project: string | null; links: number };
  /** A manually scheduled task (<Manual>1), kept with its finish `day` as written, which links may move in milepel. */
  'import.mspdi.manual': { id: string; day: DayNumber };
  /** A task whose UID an earlier task has (`first`, at `firstLine`): links naming the UID cannot tell them apart. */
  'import.mspdi.duplicate-uid': { id: string; uid: string; first: string; firstLine: number | null };
  /** A link naming a UID that two or more tasks have: left out rather than guessed. */
  'import.mspdi.link-ambiguous': { succ: string; uid: string; tasks: readonly string[] };
  /** `written`/`original` as import.xer.in-progress's; null when the task gives no remaining duration (kept as planned). */
  /** `started`: the day of the <ActualStart> of a task at 0 % (what makes it under way then). */
  'import.mspdi.progress': { id: string; percent: number; written: number | null; original: number; started?: number };
  'import.mspdi.cost': { id: string; cost: WrittenNumber };
  /** `field`: what the task's id is then taken from, its ID or (without one) its UID. */
  'import.mspdi.wbs-not-id': { wbs: string; id: string; field: 'ID' | 'UID' };
  'import.mspdi.name-elements': { id: string; kept: string };
  'import.mspdi.no-title': { id: string };
  'import.mspdi.summary': { name: string };
  'import.mspdi.resource': { id: string; resource: string };
  'import.mspdi.no-calendar': Empty;
  'import.mspdi.calendar-dangling': { uid: string; name: string; standIn: string };
  /** A task's <CalendarUID> `uid` names no calendar of the file: read on the project's calendar `name`. */
  'import.mspdi.task-calendar-dangling': { id: string; uid: string; name: string };
  /**
   * A calendar <Exception> of the plan's calendar whose days are not exactly the file's (`problem`, recurrence.ts
   * RecurrenceProblem), `type` its <Type> as written, `name` its <Name> ('' when none); `days` the days used, from
   * `first` to `last` (null when none); with `ends`, `toDateDays` the days its ToDate gives instead.
   */
  /** A date range of a calendar past LIMIT_DAYS (recurrence.ts): read from `from` up to `until`. */
  'import.mspdi.range-cut': { calendar: string; kind: 'exception' | 'work-week'; from: DayNumber; to: DayNumber; until: DayNumber };
  'import.mspdi.exception-recurring': {
    calendar: string; name: string; type: string; problem: 'type' | 'pattern' | 'missing-day' | 'too-long' | 'ends'; days: number; first: DayNumber | null; last: DayNumber | null; toDateDays: number | null;
  };
  /** A critical_drtn_hr_cnt (hours, as written) no plan file can hold, and the threshold used instead (`days`). */
  'import.xer.critical-limit': { value: WrittenNumber; days: number; max: number };
  /** A project whose critical activities P6 takes from its longest path; `days`: the float threshold used. */
  'import.xer.longest-path': { days: number };
  /** An XER file without a CALENDAR table (or no readable row in it). */
  'import.xer.no-calendar': Empty;
  /** A PROJECT table none of whose rows could be read. */
  'import.xer.no-project-row': Empty;
  /** Calendars in the file, none of them the project's or named by its activities. */
  'import.xer.no-project-calendar': Empty;
  /** PROJECT.clndr_id names no calendar of the file; `used`: the calendar taken instead (null: the stand-in). */
  'import.xer.project-calendar-unknown': { calendar: string; used: string | null; only?: boolean };
  'import.mspdi.not-utf8': Empty;
  /** A CriticalSlackLimit no plan file can hold (`value` as written), and the threshold used instead (`days`). */
  'import.mspdi.critical-limit': { value: WrittenNumber; days: number; max: number };
  /** An XML declaration naming an encoding other than UTF-8, UTF-16 or Latin-1 (read as Windows-1252). */
  'import.mspdi.other-encoding': { encoding: string };
  'import.mspdi.from-finish': Empty;
  /**
   * The project's FinishDate (`finish`, as a plan date) is not where the tasks' late dates end: `latest` is the latest
   * LateFinish of its tasks (`lateDates`), or without late dates in the file the latest Finish. Not written as
   * plan.finish.
   */
  'import.mspdi.finish-unused': { finish: string; latest: string; lateDates: boolean };
  /**
   * A link whose predecessor (or successor, `successorMissing`) is no milestone: a summary task, a blank row (IsNull),
   * a task left out for having no finish (`task`: the id it was said as, and its line), or no task in the file.
   */
  /**
   * `pred` and `succ` are the tasks' UIDs; `predName` and `succName` how the user knows them (TaskName), null for a UID
   * no task has.
   */
  'import.mspdi.link-missing-task': { pred: string; succ: string; predName: TaskName | null; succName: TaskName | null; successorMissing: boolean; why: 'summary' | 'blank' | 'no-finish' | 'missing'; task: { readonly id: string; readonly line: number | null } | null };
  'import.mspdi.link-other-project': { link: string };
  'import.mspdi.link-type': { link: string; type: string };
  'import.mspdi.lag-form': { link: string; lag: string };
  /** `percent` % (`e%` when elapsedPercent) of pred's `duration` days (calendar days when durationElapsed) is `exact` days, written as `days`. */
  'import.mspdi.lag-percent': { link: string; percent: number; elapsedPercent: boolean; pred: string; duration: number; durationElapsed: boolean; exact: number; elapsed: boolean; days: number };
  'import.mspdi.lag-rounded': { link: string; hours: number; exact: number; elapsed: boolean; days: number };

  // Files that cannot be imported at all (the reason in `milepel: cannot import …`).
  'import.unreadable.no-activities': Empty;
  /** Every activity was left out, so many for each reason. */
  'import.unreadable.all-left-out': { topics: readonly { topic: LeftOutTopic; count: number }[] };
  'import.unreadable.unknown-format': { ext: string | null };
  'import.unreadable.csv-nul': Empty;
  'import.unreadable.csv-parse': { line: number | null; reason: string };
  /**
   * A quote csv-parse cannot read (RFC 4180 §2.5–2.7): `unclosed`, a quoted field never closed (where its quote opens,
   * 1-based line and column); `opening`, a quote inside a field that does not start with one; `closing`, text after a
   * field's closing quote (`field`: the field's 1-based number on the line).
   */
  'import.unreadable.csv-quote': { kind: 'unclosed' | 'opening' | 'closing'; line: number; column: number | null; field: number | null };
  'import.unreadable.csv-empty': Empty;
  /**
   * A CSV whose header, the first line that is not blank (at `line`), has no `column` column: no row can become a
   * milestone. `text`: the line as written (up to 80 characters).
   */
  /** `separatorLine`: the file's first line is Excel's `sep=;` (csv.ts declaredSeparator), which is no header. */
  'import.unreadable.csv-no-header': { line: number; column: 'id' | 'date'; text: string; separatorLine: boolean };
  /**
   * A workbook whose header, the first row with a value of sheet `sheet` (at 1-based `row`), has no `column` column:
   * no row can become a milestone. `cells`: the row's cells that are not blank, the first six, each up to 40
   * characters; `more`: how many more it has.
   */
  'import.unreadable.xlsx-no-header': { row: number; column: 'id' | 'date'; sheet: string; cells: readonly string[]; more: number };
  'import.unreadable.xlsx': { reason: string };
  'import.unreadable.xlsx-not-zip': { looksText: boolean };
  'import.unreadable.xlsx-too-large': Empty;
  /** A file read as one text (not UTF-8, UTF-16, or XML that only the full reader reads) past V8's longest string. */
  'import.unreadable.text-too-large': { megabytes: number; limit: number };
  /** A CSV or XER file, or MS Project XML outside the common shape, larger than MAX_TABLE_IMPORT_BYTES. */
  'import.unreadable.table-too-large': { megabytes: number; limit: number };
  /**
   * A workbook refused before it is unpacked (src/interchange/sheet/zip-sizes.ts): a part over `partLimit` MB, all
   * parts over `totalLimit` MB, or a part that unpacks to more than its zip entry declares (`megabytes` is then that
   * declaration, in bytes as `bytes`). `atLeast`: found while inflating, stopped at the limit (`megabytes` is it).
   */
  'import.unreadable.xlsx-oversized': { kind: 'part' | 'total' | 'mislabelled'; part: string | null; megabytes: number; bytes: number; partLimit: number; totalLimit: number; atLeast: boolean };
  'import.unreadable.xlsx-no-sheet': Empty;
  'import.unreadable.sheet-empty': Empty;
  'import.unreadable.xer-header': Empty;
  /** The tables the file has (names as written, escaped), and the last line read when it ends without `%E`. */
  'import.unreadable.xer-no-tasks': { readonly tables: readonly string[]; readonly endsAt: number | null };
  /**
   * A file without `%E`, ending at `line` in table `table` (null: before any), inside its last row when `isRowCut`:
   * P6 ends every export with `%E`, so the file was cut off and what followed is missing.
   */
  'import.unreadable.xer-truncated': { readonly line: number; readonly table: string | null; readonly isRowCut: boolean };
  /** `projects`: the first five short names; `count`: how many projects the file holds. */
  'import.unreadable.xer-plan-id-many': { readonly planId: string; readonly projects: readonly string[]; readonly count: number };
  'import.unreadable.not-xml': Empty;
  'import.unreadable.xml-entities': Empty;
  'import.unreadable.xml-truncated': { open: readonly string[] };
  'import.unreadable.xml-ampersand': { line: number; column: number };
  'import.unreadable.xml-malformed': { line: number; column: number; reason: string };
  /** Elements nested more than `limit` deep (xml-tree.ts MAX_XML_DEPTH); line and column of the start tag past it. */
  'import.unreadable.xml-too-deep': { line: number; column: number; limit: number };
  'import.unreadable.not-project': Empty;
  'import.unreadable.not-project-namespace': Empty;
}

/** Why a whole activity was left out: inactive, another project's task, no finish (src/interchange/import.ts). */
export type LeftOutTopic = 'inactive' | 'external' | 'dates';
