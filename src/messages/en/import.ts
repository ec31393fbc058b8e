// English texts of `milepel import`'s findings (SPEC §10).
import { weekdayName } from '../../calendar/index.js';
import { quoteText } from '../../text/quote.js';
import { COLUMNS_EN, COLUMNS_NB } from '../../interchange/sheet/columns.js';
import type { ImportMessages, ImportTopicCount, LeftOutTopic, TaskName, WrittenNumber } from '../data/import.js';
import type { CataloguePart, Fmt } from '../types.js';

/** A task of a link left out: its id or name, with the UID that MS Project's link holds; the UID alone for none. */
function taskCalled(uid: string, name: TaskName | null): string {
  return name === null ? `task UID ${uid}` : `${name.kind === 'id' ? name.text : quoteText(name.text)} (UID ${uid})`;
}

/** `5 approximated (calendar 3, hours 2)`; `0 dropped`. */
function counted(topics: readonly ImportTopicCount[], kind: string, name: (topic: string) => string): string {
  const total = topics.reduce((n, t) => n + t.count, 0);
  return total === 0 ? `0 ${kind}` : `${total} ${kind} (${topics.map((t) => `${name(t.topic)} ${t.count}`).join(', ')})`;
}

/** `a`, `a and b`, `a, b and c`. */
const listed = (items: readonly string[], and: string): string => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]!}`);
const round2 = (n: number): number => Math.round(n * 100) / 100;
/** A sheet's row by its line, or by its row number in a workbook. */
const rowAt = (d: { line: number; isRowNumber: boolean }): string => (d.isRowNumber ? `row ${d.line}` : `the row at line ${d.line}`);
const LEFT_OUT_EN: Readonly<Record<LeftOutTopic, string>> = { inactive: 'inactive', external: "another project's", dates: 'no finish' };
const onDay = (day: number | null, f: Fmt): string => (day === null ? '' : ` ${f.date(day)}`);
const who = (id: string | null, task: string): string => id ?? `task ${task}`;
/** A number as the file writes it (`100.00`), or the text it is when no plain number. */
const asWritten = (n: WrittenNumber, f: Fmt): string => (typeof n === 'string' ? n : f.decimal(n.value, n.decimals));
const ACTIVITY_TYPES = {
  TT_LOE: 'a level-of-effort activity: P6 stretches it between its links; kept with its planned duration',
  TT_WBS: 'a WBS summary activity: P6 spans it over its WBS; kept as an activity with its planned duration',
  TT_Rsrc: 'resource dependent: P6 schedules it on its resources\' calendars; kept on the activity calendar',
} as const;

const DATE_PROBLEMS = {
  form: 'is not a date',
  'no-day': 'is a date that does not exist',
  range: 'is outside 0001-01-01 to 9999-12-31',
  'before-first': 'finishes before 0001-01-01 (a finish at the start of a day ends the working day before it)',
} as const;

/** Why a sheet's row was left out, as a clause of import.sheet.after-left-out. */
const LEFT_OUT_WHY = {
  'no-date': () => 'it has no date',
  'bad-date': (value: string) => `its date "${value}" gives no day`,
  'date-cell': (cell: string) => `its date cell ${cell} holds no day`,
} as const;

const COLUMNS = `${COLUMNS_EN.join(', ')} (or ${COLUMNS_NB.join(', ')})`;

/** `A → B → … → J → A`: the milestones of import.link-loop's cycle round to the first again, `…` for those not listed. */
const cyclePath = (cycle: readonly string[], count: number): string =>
  [...cycle.slice(0, -1), ...(count > cycle.length ? ['…'] : []), ...cycle.slice(-1), ...cycle.slice(0, 1)].join(' → ');

export const importEn: CataloguePart<keyof ImportMessages> = {
  __proto__: null,
  'import.kind.approximated': () => 'approximated',
  'import.kind.dropped': () => 'dropped',
  'import.summary.exact': (d) => `${d.file}: imported exactly (nothing approximated or dropped)`,
  'import.summary.counts': (d) => `${d.file}: ${counted(d.approximated, 'approximated', (t) => t)}, ${counted(d.dropped, 'dropped', (t) => t)}`,
  'import.days-before': (d) => d.count === 1
    ? "1 date at the start of a day's work or in non-working time is written as the end of the working day before (the same point in working time; see the comment beside it)"
    : `${d.count} dates at the start of a day's work or in non-working time are written as the end of the working day before (the same point in working time; see the comments beside them)`,

  'import.sheet.unknown-column': (d) => `unknown column "${d.name}" (column ${d.column}) was not imported; the columns are ${COLUMNS}`,
  'import.sheet.repeated-column': (d) => `column "${d.name}" (column ${d.column}) repeats the ${d.key} column; only the first is read`,
  'import.sheet.missing-column': (d) => `the header has no ${d.column === 'id' ? 'id' : 'date (dato)'} column: no row can become a milestone; the columns are ${COLUMNS}`,
  'import.sheet.extra-values': (d) => `${d.id}: ${d.count} ${d.count === 1 ? 'value' : 'values'} after the header's ${d.columns} columns ${d.count === 1 ? 'was' : 'were'} not imported (no column names ${d.count === 1 ? 'it' : 'them'}); add a column heading or remove the extra separator`,
  'import.sheet.no-id': () => 'a row without an id was left out',
  'import.sheet.no-date': (d) => `${d.id}: the row has no date; it was left out`,
  'import.sheet.no-title': (d) => `${d.id}: the row has no title; its id is the title`,
  'import.sheet.id-changed': (d) => `"${d.written}" ${d.repeated ? 'is the id of an earlier row' : "is not a milepel id (letters, digits, '_', '.', '-')"}; written as ${d.id}${d.taken !== null ? `, as ${d.taken} is the id of another row` : ''}`,
  'import.sheet.bad-date': (d, f) => `${d.id}: date ${d.problem !== null ? f.render(d.problem) : `"${d.value}" is not a date (YYYY-MM-DD, DD.MM.YYYY, YYYY-MM, YYYY-Qn or YYYY)`}; the row was left out`,
  'import.sheet.bad-value-date': (d, f) => `${d.id}: ${d.key} ${d.problem !== null ? f.render(d.problem) : `"${d.value}" is not a ${d.allowPeriod ? 'date' : 'day date'}`}; left out`,
  'import.sheet.bad-duration': (d) => `${d.id}: duration "${d.value}" is not a duration such as 5d, 2w or 10ed; left out`,
  'import.sheet.duration-rounded': (d) => `${d.id}: duration "${d.value}" is ${round2(d.exact)} ${d.elapsed ? 'calendar' : 'working'} days, and a plan's durations are whole days; rounded to ${d.days}${d.elapsed ? 'ed' : 'd'}`,
  'import.sheet.bad-status': (d) => `${d.id}: status "${d.value}" is not green, yellow or red (grønn, gul, rød); left out`,
  'import.sheet.bad-after-entry': (d) => `${d.id}: ${d.column} entry "${d.entry}" is not "<id>", "<plan-id>/<id>", "<id>+5d" or "<id> SS-2d"; left out`,
  'import.sheet.after-bare-lead': (d) => `${d.id}: ${d.column} entry "${d.entry}" is ${d.numbered !== undefined ? `no id the sheet writes (the import gave it to ${rowAt(d.numbered)}, as ${d.numbered.base} is the id of another row)` : "no row's id"}; read as ${d.ref} ${d.days === 0 ? 'with no lag' : `with a lead of ${-d.days} working ${d.days === -1 ? 'day' : 'days'}`} (write "${d.ref}-${-d.days}d" to say so, or ${d.numbered !== undefined ? 'give that row an id of its own and write it' : 'the id as it is'})`,
  'import.sheet.after-renamed-id': (d) => `${d.id}: ${d.column} entry "${d.entry}" is no id the sheet writes; read as the row whose id "${d.raw}" was written as ${d.entry} (write "${d.raw}" to name that row as the sheet does)`,
  'import.sheet.after-lag-rounded': (d) => `${d.id}: ${d.column} entry "${d.entry}" has a ${d.exact < 0 ? 'lead' : 'lag'} of ${round2(Math.abs(d.exact))} ${d.elapsed ? 'calendar' : 'working'} days, and a plan's lags are whole days; rounded to ${d.days}${d.elapsed ? 'ed' : 'd'}`,
  'import.sheet.self-after': (d) => `${d.id}: ${d.column} names the row itself, a dependency cycle; left out`,
  'import.sheet.unknown-after': (d) => `${d.id}: ${d.column} names "${d.ref}", which is no row's id; left out`,
  'import.sheet.after-numbered-id': (d) => `${d.id}: ${d.column} names "${d.ref}", which is no id the sheet writes but the one the import gave ${rowAt(d)}, as ${d.base} is the id of another row; left out (give that row an id of its own and write it)`,
  'import.sheet.after-left-out': (d) => `${d.id}: ${d.column} names "${d.ref}", ${d.isRowNumber ? `row ${d.line}` : `the row at line ${d.line}`}, which was left out (${LEFT_OUT_WHY[d.why](d.value)}); ${d.why === 'no-date' ? 'give that row a date' : "correct that row's date"} to keep the link`,
  'import.xlsx.formula': (d) => `cell ${d.cell} holds the formula =${d.formula}: ${d.hasResult ? 'its saved result is imported as a value' : 'it has no saved result, so the cell is read as empty'}`,
  'import.xlsx.error-value': (d) => `cell ${d.cell} holds the error ${d.error}; read as empty`,
  'import.xlsx.not-a-number': (d) => `cell ${d.cell} is a number cell whose value is no number; read as empty`,
  'import.xlsx.merged-header': (d) => `header cell ${d.cell} is merged into ${d.master}: a merged header names one column only; column ${d.column} is read as having no header`,
  'import.xlsx.serial-not-day': (d) => `${d.id}: ${d.key} cell ${d.cell} is a date cell whose serial ${d.serial === null ? 'is no finite number' : `${d.serial} is no day`} from 0001-01-01 to 9999-12-31 (Excel's serials 1 to 2958465)${d.serial !== null && d.serial > 0 && d.serial < 1 ? ', but a time of day without a date' : ''}; ${d.isRow ? 'the row was left out' : 'left out'}`,
  'import.xlsx.other-sheets': (d) => (d.skipped.length === 0
    ? `only the first sheet with rows ("${d.sheet}") was read; the workbook has others`
    : `only sheet "${d.sheet}" was read, the first visible one whose header names an id and a date column (passed over: ${d.skipped.map((s) => `"${s}"`).join(', ')}); the workbook has others`),

  'import.xer.bad-line': (d) => `line ${d.line} is not a %T, %F, %R or %E line of an XER file; it was skipped`,
  'import.xer.row-before-fields': (d) => `a row of table ${d.table} before its field list (the %F line): it has no field names to be read by, and was skipped`,
  'import.xer.past-end': (d) => `the file goes on after its %E line (line ${d.endLine}): ${d.lines} more ${d.lines === 1 ? 'line was' : 'lines were'} not read${d.exportAt !== null ? `, a second export from its ERMHDR line ${d.exportAt} on; P6 writes one export per file: export the projects together from P6, or import each file on its own` : '; P6 ends an export with %E: export it again from P6'}`,
  'import.xer.table-repeated': (d) => `table ${d.table} is given again (first at line ${d.firstLine}), as P6 never writes it: ${d.isRead ? `its ${d.rows} ${d.rows === 1 ? 'row was' : 'rows were'} read as rows of the first` : `with other fields than the first: its ${d.rows} ${d.rows === 1 ? 'row was' : 'rows were'} not read`}`,
  'import.xer.no-project': () => 'the XER file has no PROJECT table: no data date, start or finish could be read',
  'import.xer.no-project-row': () => 'no row of the PROJECT table could be read: no data date, start or finish could be read',
  'import.xer.project-missing': (d) => `${d.id}${d.count > 1 ? ` and ${d.count - 1} more ${d.count === 2 ? 'activity' : 'activities'}` : ''}: proj_id ${d.projId} names no project of the PROJECT table; written to plan ${d.planId}, without a data date, start or finish`,
  'import.xer.wbs-cycle': (d) => `the WBS node "${d.name}" is its own ancestor; its path was cut there`,
  'import.xer.link-no-id': (d) => `a TASKPRED row without ${d.missing === 'both' ? 'task_id and pred_task_id' : d.missing}${d.cells < d.columns ? ` (it has ${d.cells} of the ${d.columns} cells its %F line names: cut short?)` : ''} names no link; left out`,
  'import.xer.link-missing-task': (d) => `link from ${d.predName ?? `task_id ${d.pred}`}${d.predName !== null ? ` (task_id ${d.pred})` : ''} to ${d.succName ?? `task_id ${d.succ}`}${d.succName !== null ? ` (task_id ${d.succ})` : ''}: task_id ${d.missing} ${d.leftOut !== null ? `(${d.leftOut.id}, line ${d.leftOut.line}) was left out: it has no usable planned, early or actual finish, and the file has no data date to date it at` : d.skipped === true ? 'is not among the TASK rows read (a row before the table\'s %F line was skipped: it may be that one)' : "is not in the TASK table (another project's?)"}; the link was left out`,
  'import.xer.duplicate-task-id': (d) => `${d.id}: has task_id ${d.taskId}, as ${d.first} (line ${d.firstLine}) has: a task_id names one activity, so links naming task_id ${d.taskId} are left out; export the projects from one P6 database, where each activity has its own task_id`,
  'import.xer.duplicate-project': (d) => `project ${d.name}: has proj_id ${d.projId}, as project ${d.first} (line ${d.firstLine}) has: the row is left out, and the activities of proj_id ${d.projId} are written in ${d.first}'s plan`,
  'import.xer.duplicate-wbs': (d) => `WBS node "${d.name}": has wbs_id ${d.wbsId}, as "${d.first}" (line ${d.firstLine}) has: the row is left out, and activities and nodes under wbs_id ${d.wbsId} are placed under "${d.first}"`,
  'import.xer.duplicate-calendar': (d) => `calendar "${d.name}": has clndr_id ${d.clndrId}, as calendar "${d.first}" (line ${d.firstLine}) has: the row is left out, and activities on clndr_id ${d.clndrId} are scheduled on "${d.first}"`,
  'import.xer.link-ambiguous': (d) => `link from task ${d.pred} to task ${d.succ}: ${d.names.map((n) => `task_id ${n.taskId} names ${n.tasks.join(' and ')}`).join(', and ')}; the link was left out`,
  'import.xer.link-type': (d) => `link ${d.link}: unknown link type "${d.type}" (P6 has PR_FS, PR_SS, PR_FF, PR_SF); the link was left out`,
  'import.xer.lag-not-number': (d) => `link ${d.link}: lag "${d.lag}" is not a number of hours; the link was left out`,
  'import.xer.lag-calendar': (d) => `link ${d.link}: ${d.lead ? 'lead' : 'lag'} of ${d.hours} h runs on ${d.calendar === null ? 'a 24-hour calendar' : `calendar "${d.calendar}"`} in P6; written as ${d.everyDay ? `${d.days}ed, calendar days, as every day of that calendar works` : `${d.days}d of the plan's calendar`}`,
  'import.xer.lag-hours': (d) => `link ${d.link}: ${d.lead ? 'lead' : 'lag'} of ${d.hours} h is ${round2(d.exact)} working days of ${d.dayHours} h; rounded to ${d.days}d`,
  'import.xer.calendar-uneven': (d) => `calendar "${d.name}" works ${d.odd.map((o) => `${o.hours} h on ${weekdayName(o.weekday, 'en')}`).join(', ')} but ${d.dayHours} h on its other days: every working day counts as one day`,
  'import.xer.calendar-no-week': (d) => `calendar "${d.name}" has no week in its clndr_data: Monday–Friday assumed`,
  'import.xer.calendar-extra-workday': (d, f) => `calendar "${d.name}" makes ${f.date(d.day)} (a ${weekdayName(d.weekday, 'en')}) a working day; a plan calendar cannot add working days, so it stays non-working`,
  'import.xer.calendar-short-day': (d, f) => `calendar "${d.name}" works ${d.hours} h on ${f.date(d.day)} instead of ${d.dayHours} h: counted as a whole working day`,
  'import.xer.id-changed': (d) => `${d.id}: ${d.noCode ? `the activity has no activity code, and its task_id "${d.code}"` : `activity code "${d.code}"`} ${d.repeated ? 'is the code of an earlier activity' : d.taken === d.code ? 'is the id of another activity' : 'is not a milepel id'}; written as ${d.id}${d.taken !== null && d.taken !== d.code ? `, as ${d.taken} is the id of another activity` : ''}`,
  'import.xer.no-code': (d) => `${d.id}: the activity has no activity code; its task_id, P6's internal number, is written as its id`,
  'import.xer.calendar-unknown': (d) => (d.calendar === '' ? `${d.id} names no calendar, and the project has none in the file; the plan's calendar is used` : `${d.id}: calendar ${d.calendar} is not in the CALENDAR table; the plan's calendar is used`),
  'import.calendar-other': (d) => `${d.id}: on calendar "${d.name}", not the plan's "${d.plan}": ${d.everyDay === true ? 'a calendar that works every day, so its duration is written in calendar days (ed); its float is counted in the plan\'s working days' : 'its dates are counted in the plan\'s working days'}`,
  'import.xer.activity-type': (d) => `${d.id}: ${ACTIVITY_TYPES[d.type]}`,
  'import.xer.unknown-value': (d) => d.field === 'task_type' ? `${d.subject}: task_type ${d.value === '' ? 'is empty' : `"${d.value}" is no P6 activity type`}; read as a task (TT_Task)`
    : d.field === 'status_code' ? `${d.subject}: status_code ${d.value === '' ? 'is empty' : `"${d.value}" is no P6 activity status`}; read as not in progress (an actual finish still makes it finished)`
      : `project ${d.subject}: sched_calendar_on_relationship_lag "${d.value}" is no P6 lag calendar; lags are counted on the predecessor's calendar, P6's default`,
  'import.xer.no-duration-column': (d) => `the TASK table has no target_drtn_hr_cnt column: ${d.count === 1 ? 'the activity that is no milestone has' : `the ${d.count} activities that are no milestones have`} no duration (0 used)`,
  'import.xer.duration-not-number': (d) => `${d.id}: duration "${d.value}" is not a number of hours; 0 used`,
  'import.date-unusable': (d, f) => `${d.id}: ${d.field} "${d.value}" ${DATE_PROBLEMS[d.problem]}; ${d.fallback === null ? 'left out' : `its ${d.fallback}${onDay(d.day, f)} is used instead`}`,
  'import.xer.no-data-date': (d) => `project ${d.project}: the PROJECT row has no data date (last_recalc_date); the plan has no status_date (its reports then count from the day they run)`,
  'import.project-date-unusable': (d) => `${d.project !== null ? `project ${d.project}: ` : ''}${d.field} "${d.value}" ${DATE_PROBLEMS[d.problem]}; the plan has no ${d.lost}${d.lost === 'status_date' ? ' (its reports then count from the day they run)' : d.lost === 'finish' ? ' (latest dates then run from the projected finish)' : ''}`,
  'import.lag-too-long': (d) => `link ${d.link}: lag ${d.days}${d.unit} is longer than milepel's ${d.max} ${d.unit === 'w' || d.unit === 'ew' ? 'weeks' : 'days'}; the link was left out`,
  'import.link-plan-not-there': (d) => `link ${d.link}: there is no plan ${d.plan} ${d.folder === null ? 'where the plans are written' : `in ${d.folder}`} yet; kept for plan ${d.plan} to be imported there, and validate refuses the link until it is`,
  'import.link-unknown-outside': (d) => `link ${d.link}: plan ${d.plan}, in ${d.file}, has no milestone ${d.id}; the link was left out`,
  'import.link-self': (d) => `link ${d.link}: ${d.id} comes after itself, a dependency cycle no schedule can hold; the link was left out`,
  'import.link-repeated': (d) => {
    const which = d.isOtherFirst ? 'first' : 'other';
    const where = d.isSameLine ? `${d.isOtherFirst ? 'earlier' : 'later'} in the same ${d.isRowNumber ? 'row' : 'line'}` : d.otherLine === null ? (d.isOtherFirst ? 'before it' : 'after it') : d.isRowNumber ? `in row ${d.otherLine}` : `at line ${d.otherLine}`;
    const lags = d.lag === d.otherLag ? '' : `, with a lag of ${d.otherLag} where this one has ${d.lag}`;
    const why = d.kept === 'later' ? ', as it requires the later date' : d.kept === 'not-earlier' ? ', as it never requires an earlier date' : d.kept === 'same' && d.lag !== d.otherLag ? ' (both require the same date)' : '';
    const open = d.kept === 'undecided' ? ' (which of the two requires the later date depends on the dates: one lag is in working days, the other in calendar days)' : '';
    return `link ${d.link}: ${d.isOtherFirst ? 'a second' : 'another'} ${d.type} link between the same two milestones (the ${which} ${where}${lags}); the ${which} is kept${why}, this one was left out${open}`;
  },
  'import.link-loop': (d) => `link ${d.link} closes the dependency cycle ${cyclePath(d.cycle, d.count)} (${d.count} milestones)${d.outside.length === 0 ? '' : `, through ${listed(d.outside, 'and')} already in the output directory`}; the link was left out, so that the plan can be scheduled`,
  'import.duration-too-long': (d) => `${d.id}: duration ${d.hours} h is longer than milepel's ${d.max} days; cut to ${d.max}${d.elapsed === true ? 'ed' : 'd'}`,
  'import.duration-rounded': (d) => `${d.id}: duration ${d.hours === null ? d.written : `${d.hours} h`} is ${round2(d.exact)} ${d.elapsed === true ? 'calendar days; rounded to ' : `working days of ${d.dayHours} h; rounded to `}${d.days}${d.elapsed === true ? 'ed' : ''}`,
  'import.finish-inside-day': (d, f) => `${d.id}: finishes inside a working day (${d.form === 'xml' ? `${f.iso(d.at)}T${f.time(d.minute)}:00` : `${f.iso(d.at)} ${f.time(d.minute)}`}); dated ${f.date(d.day)}`,
  'import.actual-start': (d, f) => `${d.id}: started ${d.form === 'xml' ? `${f.iso(d.at)}T${f.time(d.minute)}:00` : `${f.iso(d.at)} ${f.time(d.minute)}`}, but a plan has no actual start: its actual finish ${f.date(d.finish)} less its planned duration ${d.duration} puts the start of its work on ${f.date(d.derived)}, ${d.isEarlier ? 'before' : 'after'} it began; SS and SF links from it count from that day, and so does dependency-order on the links into it${d.actualDuration === null ? '' : ` (its actual duration, ${d.actualDuration}, would put it where it began)`}`,
  'import.xer.in-progress': (d, f) => `${d.id}: in progress (started ${typeof d.started === 'string' ? d.started : f.date(d.started)}, ${d.remaining === null ? 'no remaining duration given' : `${round2(d.remaining)} working days remaining`}): kept with its forecast finish and ${d.written === d.original ? `its duration ${d.original}d, all of it left` : `written with its remaining duration ${d.written}d (planned ${d.original}d), so that its predecessors push only the work left, as P6 schedules it`}; SS and SF links from it count from that work's start, not from its actual start`,
  'import.xer.no-finish-no-data-date': (d) => `${d.id}: has no usable planned, early or actual finish, and the file has no data date to date it at; left out`,
  'import.xer.no-finish': (d) => `${d.id}: has no planned, early or actual finish; dated at the data date`,
  'import.xer.no-title': (d) => `${d.id}: the activity has no name; its id is the title`,
  'import.constraint-kept-as-deadline': (d, f) => `${d.id}: constraint "${d.name}"${onDay(d.day, f)}: kept as deadline; its earliest-finish half is held only by the forecast`,
  'import.constraint-dropped': (d, f) => d.badDate !== undefined ? `${d.id}: constraint "${d.name}": its date ${d.badDate === '' ? 'is missing' : `${quoteText(d.badDate)} is not a date`}; not kept` : `${d.id}: constraint "${d.name}"${onDay(d.day, f)}: ${d.asap ? 'scheduled as early as possible instead' : 'not kept: milepel holds only finish-no-later-than (deadline)'}${d.heldBy === undefined ? '' : `; the milestone's current date ${f.date(d.heldBy)} holds it for now, but not once that date is moved earlier`}`,
  'import.xer.resource': (d, f) => `${who(d.id, d.task)}: resource assignment (resource ${d.resource}, ${asWritten(d.units, f)} units${d.cost === null ? '' : `, planned cost ${d.cost}`}) not imported`,
  'import.xer.expense': (d, f) => `${who(d.id, d.task)}: expense "${d.item}" (${asWritten(d.cost, f)}) not imported`,
  'import.xer.table': (d) => `table ${d.table} (${d.rows} ${TABLES_EN.get(d.table) ?? 'rows'}) not imported`,

  'import.mspdi.id-changed': (d) => d.field !== 'WBS' && d.taken === d.written
    ? `${d.id}: ${d.wbs === '' ? 'the task has no WBS code, and its' : `WBS code "${d.wbs}" is not an id a plan can keep, and the task's`} ${d.field} ${d.written} is the id of another task; written as ${d.id}`
    : `${d.id}: the task's ${d.field === 'WBS' ? 'WBS code' : d.field} "${d.written}" ${d.repeated ? 'is the id of an earlier task' : 'is not a milepel id'}; written as ${d.id}${d.taken !== null ? `, as ${d.taken} is the id of another task` : ''}`,
  'import.mspdi.no-finish': (d) => `${d.id}: has no finish date; left out`,
  'import.mspdi.duration-negative': (d, f) => `${d.id}: duration ${d.written} is negative, which no task has; ${d.days === null ? 'written as 0d' : `written as ${f.count(d.days, 'working day', 'working days')}, from its start to its finish`}`,
  'import.mspdi.external': (d, f) => `${d.id}: "${d.title}" is a task of another project${d.project === null ? '' : ` (${d.project})`}, shown here as the end of a cross-project link: left out${d.links === 0 ? '' : `, with ${f.count(d.links, 'link', 'links')}`}; import that project too and write the link as plan-id/ID`,
  'import.mspdi.inactive': (d, f) => `${d.id}: "${d.title}" is inactive, and MS Project leaves it out of the schedule with its links: left out${d.links === 0 ? '' : `, with ${f.count(d.links, 'link', 'links')}`}`,
  'import.mspdi.manual': (d, f) => `${d.id}: manually scheduled, so MS Project does not move it by its links; kept with its finish ${f.date(d.day)}, but milepel schedules it from its links, which can move it later`,
  'import.mspdi.duplicate-uid': (d) => `${d.id}: has UID ${d.uid}, as ${d.first}${d.firstLine === null ? '' : ` (line ${d.firstLine})`} has: a UID names one task, so links naming UID ${d.uid} are left out; give each task its own UID`,
  'import.mspdi.link-ambiguous': (d) => `${d.succ}: the link from UID ${d.uid} is left out: ${d.tasks.join(' and ')} have that UID`,
  'import.mspdi.progress': (d, f) => (d.written === null
    ? `${d.id}: ${d.started === undefined ? '' : `started ${f.date(d.started)}, `}${d.percent} % complete: kept with its forecast finish, its progress is not modelled (it gives no remaining duration)`
    : `${d.id}: ${d.started === undefined ? '' : `started ${f.date(d.started)}, `}${d.percent} % complete: kept with its forecast finish and ${d.written === d.original ? `its duration ${d.original}d, all of it left` : `written with its remaining duration ${d.written}d (planned ${d.original}d), so that its predecessors push only the work left, as MS Project schedules it`}; SS and SF links from it count from that work's start, not from its actual start`),
  'import.mspdi.cost': (d, f) => `${d.id}: cost ${asWritten(d.cost, f)} not imported`,
  'import.mspdi.wbs-not-id': (d) => `${d.id}: WBS code "${d.wbs}" is not an id a plan can keep: the task's ${d.field} is used, ${d.id}`,
  'import.mspdi.name-elements': (d) => `${d.id}: the task's <Name> holds XML elements: only the text beside them is kept as its title, "${d.kept}"`,
  'import.mspdi.no-title': (d) => `${d.id}: the task has no name; its id is the title`,
  'import.mspdi.summary': (d) => `summary task "${d.name}" is not a milestone: kept as x-wbs on the tasks below it (links to or from it are left out)`,
  'import.mspdi.resource': (d) => `${d.id}: resource assignment (resource ${d.resource}) not imported`,
  'import.mspdi.other-encoding': (d) => `the file says its encoding is ${d.encoding}, which milepel does not read: read as Windows-1252; check the names`,
  'import.mspdi.critical-limit': (d, f) => `CriticalSlackLimit ${asWritten(d.value, f)} is no plan's critical threshold (0 to ${d.max} working days): ${d.days}d used`,
  'import.mspdi.not-utf8': () => 'the file is not valid UTF-8 (as XML must be unless it says otherwise): read as Windows-1252; check the names',
  'import.xer.critical-limit': (d, f) => `critical_drtn_hr_cnt ${asWritten(d.value, f)} is no plan's critical threshold (0 to ${d.max} working days): ${d.days}d used`,
  'import.xer.longest-path': (d) => `P6 marks this project's longest path critical (critical_path_type CT_LongPath); milepel marks milestones critical by total float (at most ${d.days}d), so critical-path may name other activities than P6's longest path`,
  'import.xer.no-calendar': () => 'the file has no CALENDAR table: Monday–Friday of 8 hours assumed, with no holidays',
  'import.xer.no-project-calendar': () => 'no calendar of the file is the project\'s, marked as default or named by its activities: Monday–Friday of 8 hours assumed, with no holidays',
  'import.xer.project-calendar-unknown': (d) => `the project's calendar ${d.calendar} is not in the CALENDAR table; ${d.used === null ? 'no other is marked as default' : `"${d.used}", ${d.only === true ? 'the file\'s one activity calendar' : 'marked as default'}, is used`}`,
  'import.mspdi.no-calendar': () => 'the file has no calendar: Monday–Friday assumed, with no holidays',
  'import.mspdi.task-calendar-dangling': (d) => `${d.id}: its CalendarUID ${d.uid} names no calendar of the file; read on the project's calendar ${quoteText(d.name)}, as MS Project reads it`,
  'import.mspdi.calendar-dangling': (d) => `the project's CalendarUID ${d.uid === '' ? '(none)' : d.uid} names no calendar of the file; its calendar ${quoteText(d.name)} (UID ${d.standIn}) is used`,
  'import.mspdi.range-cut': (d, f) => `calendar "${d.calendar}": ${d.kind === 'work-week' ? 'a work week' : 'an exception'} from ${f.date(d.from)} to ${f.date(d.to)} runs for more than 40000 days: read up to ${f.date(d.until)}, its later days follow the calendar's week`,
  'import.mspdi.exception-recurring': (d, f) => {
    const what = `calendar "${d.calendar}": ${d.name === '' ? 'an exception' : `exception "${d.name}"`} (Type ${d.type === '' ? '1' : d.type})`;
    const span = d.first === null || d.last === null ? '' : d.first === d.last ? `, ${f.date(d.first)}` : `, ${f.date(d.first)} to ${f.date(d.last)}`;
    if (d.problem === 'type') return `${what} recurs in a form milepel does not expand; left out: its days follow the calendar's week`;
    if (d.problem === 'pattern') return `${what} names no day it recurs on (its DaysOfWeek, Month, MonthDay, MonthItem, MonthPosition or Period is missing or out of range); left out: its days follow the calendar's week`;
    if (d.problem === 'missing-day') return `${what} falls on a day of the month that some of its months do not have: read as the ${f.count(d.days, 'day', 'days')} it names that exist${span}`;
    if (d.problem === 'ends') return `${what} ends after ${f.count(d.days, 'occurrence', 'occurrences')}, but its ToDate after ${d.toDateDays ?? 0}: read as the ${f.count(d.days, 'day', 'days')} of its occurrences${span}`;
    return `${what} recurs for more than 40000 days or past 9999-12-31: read as its first ${f.count(d.days, 'day', 'days')}${span}`;
  },
  'import.mspdi.from-finish': () => 'the project is scheduled from its finish date; milepel schedules forward from the start',
  'import.mspdi.finish-unused': (d) => `the project's finish date ${d.finish} is not where its late dates run from (${d.latest}, the latest ${d.lateDates ? 'late finish' : 'finish'} of its tasks${d.lateDates ? '' : '; the file has no late dates'}): not written as plan.finish, so that late dates run from the plan's latest date, as MS Project schedules a project from its start`,
  'import.mspdi.link-missing-task': (d) => `link from ${taskCalled(d.pred, d.predName)} to ${taskCalled(d.succ, d.succName)}: ${d.successorMissing ? 'the successor' : 'the predecessor'}${d.task !== null
    ? `, ${d.task.id}${d.task.line === null ? '' : ` (line ${d.task.line})`}, was left out: it has no finish date; the link was left out`
    : ` ${d.why === 'summary' ? 'is a summary task' : d.why === 'blank' ? 'is a blank row (IsNull)' : 'is not in the file'}; left out`}`,
  'import.mspdi.link-other-project': (d) => `link ${d.link}: a link to another project; left out`,
  'import.mspdi.link-type': (d) => `link ${d.link}: unknown link type "${d.type}" (MS Project has 0 FF, 1 FS, 2 SF, 3 SS); left out`,
  'import.mspdi.lag-form': (d) => `link ${d.link}: lag "${d.lag}" in an unknown form cannot be written; the link was left out`,
  'import.mspdi.lag-percent': (d) => `link ${d.link}: lag of ${d.percent} ${d.elapsedPercent ? 'e%' : '%'} of ${d.pred}'s duration (${d.duration}${d.durationElapsed ? 'ed' : 'd'}) is ${round2(d.exact)} ${d.elapsed ? 'calendar' : 'working'} ${Math.abs(round2(d.exact)) === 1 ? 'day' : 'days'}, written as ${d.days}${d.elapsed ? 'ed' : 'd'}; it no longer follows a change of that duration`,
  'import.mspdi.lag-rounded': (d) => `link ${d.link}: lag of ${d.hours} h is ${round2(d.exact)} ${d.elapsed ? 'calendar' : 'working'} days; rounded to ${d.days}${d.elapsed ? 'ed' : 'd'}`,

  'import.unreadable.no-activities': () => 'the file holds no activities or milestones to import',
  'import.unreadable.all-left-out': (d) => `every activity of the file was left out (${d.topics.map((t) => `${LEFT_OUT_EN[t.topic]}: ${t.count}`).join(', ')}), so there is nothing to import`,
  'import.unreadable.unknown-format': (d) => `${d.ext !== null ? `a .${d.ext} file` : 'its content'} is no format import reads (P6 XER, MS Project XML, CSV or XLSX); export the schedule in one of them, or give --from if the file is one`,
  'import.unreadable.csv-nul': () => 'not a CSV text file (it holds NUL bytes)',
  'import.unreadable.csv-parse': (d) => `the CSV cannot be read${d.line === null ? '' : ` at line ${d.line}`}: ${d.reason}`,
  'import.unreadable.csv-empty': () => 'the CSV is empty',
  'import.unreadable.csv-no-header': (d) => `line ${d.line}, the first line that is not blank${d.separatorLine ? ' after the sep= line' : ''}, is the header, but it names no ${d.column === 'id' ? 'id' : 'date (dato)'} column (it reads ${quoteText(d.text)}): write the column headings on the first line that is not blank${d.separatorLine ? ' after it' : ''}: ${COLUMNS}`,
  'import.unreadable.csv-quote': (d) =>
    d.kind === 'unclosed' ? `the quote at line ${d.line}${d.column === null ? '' : `, column ${d.column}`} opens a field that is never closed: close it with a quote ("), and write a quote inside a field as two ("")`
    : d.kind === 'opening' ? `line ${d.line}${d.field === null ? '' : `, field ${d.field}`} has a quote inside a field that does not start with one: put the whole field in quotes and write the quote as two ("a ""b"" c")`
    : `line ${d.line}${d.field === null ? '' : `, field ${d.field}`} goes on after its closing quote: write a quote inside a field as two ("a ""b"" c"), and nothing but the separator after the closing one`,
  'import.unreadable.xlsx-no-header': (d) => `row ${d.row} of sheet ${quoteText(d.sheet)}, its first row with a value, is the header, but it names no ${d.column === 'id' ? 'id' : 'date (dato)'} column (${d.cells.length === 0 ? 'it holds no text' : `it reads ${d.cells.map(quoteText).join(', ')}${d.more > 0 ? ` and ${d.more} more` : ''}`}): write the column headings in the sheet's first row with a value: ${COLUMNS}`,
  'import.unreadable.xlsx': (d) => `not a readable XLSX workbook (${d.reason})`,
  'import.unreadable.xlsx-not-zip': (d) => `not an XLSX workbook: an .xlsx file is a zip archive, and this one is not${d.looksText ? '; it is text, a CSV file perhaps: import it with --from csv, or rename it .csv' : '; save it from the spreadsheet program as Excel Workbook (.xlsx), or as CSV'}`,
  'import.unreadable.xlsx-oversized': (d) => {
    if (d.kind === 'mislabelled') return `the workbook's part ${quoteText(d.part ?? '')} unpacks to more than the ${d.bytes} bytes its zip entry declares (a damaged or crafted file): save the workbook again, or as CSV`;
    // Found while inflating (atLeast), the size is only "more than milepel reads".
    const what = d.kind === 'part' ? `the workbook's part ${quoteText(d.part ?? '')} unpacks to` : "the workbook's parts unpack to";
    const size = d.atLeast ? '' : `${d.megabytes} MB${d.kind === 'part' ? '' : ' in all'}, `;
    return `${what} ${size}more than milepel reads (${d.partLimit} MB a part, ${d.totalLimit} MB in all): split the sheet into smaller workbooks or save it as CSV`;
  },
  'import.unreadable.table-too-large': (d) => `it is ${d.megabytes} MB, and milepel reads a CSV or XER file, or MS Project XML not in the shape MS Project writes, up to ${d.limit} MB (reading one takes some twenty times its size in memory): split the schedule into smaller files and import each`,
  'import.unreadable.text-too-large': (d) => `it is ${d.megabytes} MB, and read as one text (a file not in UTF-8) milepel reads up to ${d.limit} MB: save it as UTF-8, or export the schedule in parts and import each`,
  'import.unreadable.xlsx-too-large': () => 'a part of the workbook is too large to read (over about 512 MB unpacked): split the sheet into smaller workbooks or save it as CSV',
  'import.unreadable.xlsx-no-sheet': () => 'the workbook has no sheet with rows',
  'import.unreadable.sheet-empty': () => 'the sheet is empty',
  'import.unreadable.xer-header': () => 'not a Primavera P6 XER file: it does not start with ERMHDR',
  'import.unreadable.xer-plan-id-many': (d) => `--plan-id ${d.planId} names one plan, but the XER file holds ${d.count} projects (${d.projects.join(', ')}${d.count > d.projects.length ? ', …' : ''}); leave out --plan-id, and each project becomes a plan named after it`,
  'import.unreadable.xer-no-tasks': (d) => `the XER file has no TASK table with activities (${d.tables.length === 0 ? 'it has no tables' : `its tables: ${d.tables.join(', ')}`})${d.endsAt !== null ? `; it ends at line ${d.endsAt} without the %E line: it looks cut off, export it again from P6` : ''}`,
  'import.unreadable.xer-truncated': (d) => `the XER file ends at line ${d.line}${d.isRowCut ? `, inside a ${d.table ?? ''} row,` : d.table !== null ? `, in its ${d.table} table,` : ''} without the %E line P6 ends every export with: it looks truncated, and what came after is missing; export it again from P6`,
  'import.unreadable.not-xml': () => 'not an XML file',
  'import.unreadable.xml-entities': () => 'the XML declares entities (<!ENTITY>), which MS Project XML never does; refused',
  'import.unreadable.xml-truncated': (d) => `not well-formed XML: the file ends before ${d.open.map((n) => `<${n}>`).join(', ')} ${d.open.length === 1 ? 'is' : 'are'} closed (truncated?)`,
  'import.unreadable.xml-ampersand': (d) => `not well-formed XML at line ${d.line}, column ${d.column}: an "&" that starts no entity reference (write &amp; for the character)`,
  'import.unreadable.xml-malformed': (d) => `not well-formed XML at line ${d.line}, column ${d.column}: ${d.reason}`,
  'import.unreadable.xml-too-deep': (d) => `the XML nests too deeply to read at line ${d.line}, column ${d.column}: elements more than ${d.limit} levels inside each other (MS Project writes about 10)`,
  'import.unreadable.not-project': () => 'not MS Project XML: the root element is not <Project>',
  'import.unreadable.not-project-namespace': () => 'not MS Project XML: <Project> is not in the namespace http://schemas.microsoft.com/project',
};

const TABLES_EN: ReadonlyMap<string, string> = new Map([
  ['TASKACTV', 'activity code assignments'],
  ['UDFVALUE', 'user-defined field values'],
  ['TASKPROC', 'activity steps (progress inside activities)'],
  ['TASKMEMO', 'activity notebooks'],
  ['TASKNOTE', 'activity notes'],
  ['PROJPCAT', 'project code assignments'],
  ['RSRCCURV', 'resource curves'],
  ['TASKFIN', 'financial periods'],
  ['TRSRCFIN', 'resource financials'],
  ['PROJISSU', 'issues'],
  ['PROJTHRS', 'thresholds'],
  ['RISKTYPE', 'risk types'],
]);
