// What the MSPDI import reads of a file: the project's own elements and calendars as a tree, each task and assignment
// as a small record of the fields it uses, read from the bytes in one pass (or from saxes's tree for other XML).
import { SUMMARY_NOTE } from './write-outline.js';
import { readCommonTree, type TreeFilter } from './xml-common.js';
import { lineOf } from './xml-tree.js';
import { child, children, projectOf, text, type XmlNode, type XmlValue } from './xml.js';

export interface MspdiLinkFields {
  readonly line: number | undefined;
  readonly predecessorUid: string;
  readonly crossProject: string;
  readonly type: string;
  readonly linkLag: string;
  readonly lagFormat: string;
}

/** A <Task>: the text of each element the import reads ('' when absent, repeated or holding elements), as `text` gives it. */
export interface MspdiTaskFields {
  readonly line: number | undefined;
  readonly uid: string;
  readonly id: string;
  readonly outlineLevel: string;
  readonly isNull: string;
  readonly summary: string;
  /** <Name>'s text; with `nameHasElements`, the text beside the elements it holds. */
  readonly name: string;
  readonly nameHasElements: boolean;
  readonly wbs: string;
  readonly calendarUid: string;
  readonly milestone: string;
  readonly duration: string;
  /** <RemainingDuration>: the work left of a task under way (PT40H0M0S). */
  readonly remainingDuration: string;
  /** <DurationFormat>: the unit <Duration> is shown in, which says whether it is working or elapsed time (formats.ts). */
  readonly durationFormat: string;
  readonly start: string;
  readonly finish: string;
  /** <LateFinish>: the latest finish the tool computed, from the project's finish (scheduled from the start). */
  readonly lateFinish: string;
  /** <Finish> of the first <Baseline> numbered 0. */
  readonly baselineFinish: string;
  readonly percentComplete: string;
  /** <ActualStart>: when work on the task began (TaskJuggler writes its planned start here on every task). */
  readonly actualStart: string;
  readonly actualFinish: string;
  readonly deadline: string;
  readonly constraintType: string;
  readonly constraintDate: string;
  readonly cost: string;
  /** <Active>: '0' for a task MS Project leaves out of the schedule (Project 2010+), with its links. */
  readonly active: string;
  /** <ExternalTask>: '1' for a placeholder of another project's task (a cross-project link's other end), in the project
   * <ExternalTaskProject> names. */
  readonly externalTask: string;
  readonly externalTaskProject: string;
  /** <Manual>: '1' for a manually scheduled task, which MS Project does not move by its links. */
  readonly manual: string;
  /**
   * Whether <Notes> is `<plan>/<WBS>`, the milestone's ref milepel's export writes there beside its id as WBS: a task
   * of milepel's own export, whose Finish No Earlier Than is the milestone's current date, not a user's constraint.
   */
  readonly isExportedTask: boolean;
  readonly links: readonly MspdiLinkFields[];
}

export interface MspdiAssignmentFields {
  readonly line: number | undefined;
  readonly taskUid: string;
  readonly resourceUid: string;
}

export interface MspdiParts {
  /** <Project> without the tasks and assignments (which the general reader leaves in: nothing reads them there). */
  readonly project: XmlNode;
  /** The <Task> elements of the first <Tasks>, in file order. */
  readonly tasks: readonly MspdiTaskFields[];
  /** The <Assignment> elements of the first <Assignments>, in file order. */
  readonly assignments: readonly MspdiAssignmentFields[];
}

const PROJECT_FIELDS = ['Name', 'Title', 'MinutesPerDay', 'MinutesPerWeek', 'CalendarUID', 'StatusDate', 'CurrentDate', 'StartDate', 'FinishDate', 'ScheduleFromStart', 'CriticalSlackLimit', 'Company', 'WeekStartDay'];
const TASK_FIELDS = ['UID', 'ID', 'OutlineLevel', 'IsNull', 'Summary', 'Name', 'WBS', 'CalendarUID', 'Milestone', 'Duration', 'DurationFormat', 'Start', 'Finish', 'LateFinish', 'Baseline', 'Number',
  'PercentComplete', 'RemainingDuration', 'ActualStart', 'ActualFinish', 'Deadline', 'ConstraintType', 'ConstraintDate', 'Cost', 'Active', 'ExternalTask', 'ExternalTaskProject', 'Manual', 'Notes', 'PredecessorLink', 'PredecessorUID', 'CrossProject', 'Type', 'LinkLag', 'LagFormat'];
const ASSIGNMENT_FIELDS = ['TaskUID', 'ResourceUID'];

/** What a task without links holds: one array for all of them. */
const NO_LINKS: readonly MspdiLinkFields[] = Object.freeze([]);

/** A value that many tasks share (a date, a flag, a duration) as one string: 100,000 tasks' dates were 24 MB of copies. */
export type Intern = (text: string) => string;

/** One string per value, up to `limit` values (a file of unique values then only fills the pool once). */
export function makeIntern(limit = 65536): Intern {
  const pool = new Map<string, string>();
  return (text) => {
    if (text.length <= 1 || text.length > 32) return text;
    const known = pool.get(text);
    if (known !== undefined) return known;
    if (pool.size < limit) pool.set(text, text);
    return text;
  };
}

const SAME: Intern = (text) => text;

/**
 * A flag as '1' or '0': MS Project writes 1 and 0, the schema's xsd:boolean allows true and false too (another
 * tool's `<ExternalTask>true</ExternalTask>` was read as no flag: tester round 53). Anything else as written.
 */
function xsdFlag(value: string): string {
  return value === 'true' ? '1' : value === 'false' ? '0' : value;
}

export function taskFields(value: unknown, intern: Intern = SAME): MspdiTaskFields {
  const node = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as XmlNode) : undefined;
  // <Name> is text; one holding elements (markup pasted into it) keeps the text around them (tasks.ts says so).
  const nameNode = node?.['Name'];
  const nameHasElements = nameNode !== undefined && typeof nameNode !== 'string';
  const baseline = children(node, 'Baseline').find((b) => text(b, 'Number') === '0');
  const links = children(node, 'PredecessorLink');
  const shared = (name: string): string => intern(text(node, name));
  const flag = (name: string): string => xsdFlag(shared(name));
  return {
    line: lineOf(node),
    uid: text(node, 'UID'),
    id: text(node, 'ID'),
    outlineLevel: shared('OutlineLevel'),
    isNull: flag('IsNull'),
    summary: flag('Summary'),
    name: nameHasElements ? textBeside(nameNode) : text(node, 'Name'),
    nameHasElements,
    wbs: text(node, 'WBS'),
    calendarUid: shared('CalendarUID'),
    milestone: flag('Milestone'),
    duration: shared('Duration'),
    remainingDuration: shared('RemainingDuration'),
    durationFormat: shared('DurationFormat'),
    start: shared('Start'),
    finish: shared('Finish'),
    lateFinish: shared('LateFinish'),
    baselineFinish: intern(text(baseline, 'Finish')),
    percentComplete: shared('PercentComplete'),
    actualStart: shared('ActualStart'),
    actualFinish: shared('ActualFinish'),
    deadline: shared('Deadline'),
    constraintType: shared('ConstraintType'),
    constraintDate: shared('ConstraintDate'),
    cost: shared('Cost'),
    active: flag('Active'),
    externalTask: flag('ExternalTask'),
    externalTaskProject: text(node, 'ExternalTaskProject'),
    manual: flag('Manual'),
    // A summary task milepel's export wrote for an x-wbs (write-outline.ts) is read back as it, exactly.
    isExportedTask: flag('Summary') === '1' ? text(node, 'Notes') === SUMMARY_NOTE : isRefOf(text(node, 'Notes'), text(node, 'WBS')),
    links: links.length === 0 ? NO_LINKS : links.map((link) => ({
      line: lineOf(link),
      predecessorUid: text(link, 'PredecessorUID'),
      crossProject: xsdFlag(intern(text(link, 'CrossProject'))),
      type: intern(text(link, 'Type')),
      linkLag: intern(text(link, 'LinkLag')),
      lagFormat: intern(text(link, 'LagFormat')),
    })),
  };
}

/** Whether `notes` is `<plan id>/<wbs>`, a ref as milepel writes it. */
function isRefOf(notes: string, wbs: string): boolean {
  const slash = notes.length - wbs.length - 1;
  return wbs !== '' && slash > 0 && notes.charCodeAt(slash) === 47 && notes.endsWith(wbs) && PLAN_ID.test(notes.slice(0, slash));
}

/**
 * A plan id (SPEC §1.2, `^[a-z0-9][a-z0-9-]*$`): what stands before the `/` of the ref milepel's export writes in
 * <Notes>. Any text without a `/` was taken for one, and a user's note ending in `PS/C` on task C hid that task's own
 * Finish No Earlier Than (tester round 58 F3).
 */
const PLAN_ID = /^[a-z0-9][a-z0-9-]*$/;

function assignmentFields(value: unknown): MspdiAssignmentFields {
  const node = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as XmlNode) : undefined;
  return { line: lineOf(node), taskUid: text(node, 'TaskUID'), resourceUid: text(node, 'ResourceUID') };
}

/** The text of an element read as a record because it holds elements: the text beside them (`#text`), else ''. */
function textBeside(node: XmlValue): string {
  if (typeof node === 'string' || Array.isArray(node)) return '';
  const beside = (node as XmlNode)['#text'];
  return typeof beside === 'string' ? beside : '';
}

/** The parts of a whole tree (saxes's reading). */
export function partsOfTree(project: XmlNode): MspdiParts {
  return {
    project,
    tasks: children(child(project, 'Tasks'), 'Task').map((t) => taskFields(t)),
    assignments: children(child(project, 'Assignments'), 'Assignment').map(assignmentFields),
  };
}

// Modes of the filter: what an element is, which of its children are built.
const SKIP = 0;
const ALL = 1;
const PROJECT = 2;
const TASKS = 3;
const TASK = 4;
const IN_TASK = 5;
const ASSIGNMENTS = 6;
const ASSIGNMENT = 7;
const IN_ASSIGNMENT = 8;
// Classes of names (bits).
const IS_PROJECT_FIELD = 1;
const IS_CALENDARS = 2;
const IS_TASKS = 4;
const IS_TASK = 8;
const IS_TASK_FIELD = 16;
const IS_ASSIGNMENTS = 32;
const IS_ASSIGNMENT = 64;
const IS_ASSIGNMENT_FIELD = 128;

/**
 * The parts of UTF-8 bytes in the common shape (xml-common.ts), undefined for other XML. Only what partsOfTree reads
 * is built: the project's fields, its calendars, and per task and assignment the elements their records read, each
 * made a record as it ends; the first <Tasks> and <Assignments> count, as child() takes them from a tree.
 */
export function readCommonParts(bytes: Uint8Array): MspdiParts | undefined {
  const tasks: MspdiTaskFields[] = [];
  const assignments: MspdiAssignmentFields[] = [];
  const intern = makeIntern();
  let tasksSeen = 0;
  let assignmentsSeen = 0;
  const filter: TreeFilter = {
    rootMode: PROJECT,
    classify: (name) =>
      (PROJECT_FIELDS.includes(name) ? IS_PROJECT_FIELD : 0) | (name === 'Calendars' ? IS_CALENDARS : 0) | (name === 'Tasks' ? IS_TASKS : 0) | (name === 'Task' ? IS_TASK : 0) |
      (TASK_FIELDS.includes(name) ? IS_TASK_FIELD : 0) | (name === 'Assignments' ? IS_ASSIGNMENTS : 0) | (name === 'Assignment' ? IS_ASSIGNMENT : 0) | (ASSIGNMENT_FIELDS.includes(name) ? IS_ASSIGNMENT_FIELD : 0),
    enter: (parent, cls) => {
      switch (parent) {
        case ALL: return ALL;
        case PROJECT:
          if (cls & IS_CALENDARS) return ALL;
          if (cls & IS_TASKS) return tasksSeen++ === 0 ? TASKS : SKIP;
          if (cls & IS_ASSIGNMENTS) return assignmentsSeen++ === 0 ? ASSIGNMENTS : SKIP;
          return cls & IS_PROJECT_FIELD ? ALL : SKIP;
        case TASKS: return cls & IS_TASK ? TASK : SKIP;
        case TASK:
        case IN_TASK: return cls & IS_TASK_FIELD ? IN_TASK : SKIP;
        case ASSIGNMENTS: return cls & IS_ASSIGNMENT ? ASSIGNMENT : SKIP;
        case ASSIGNMENT:
        case IN_ASSIGNMENT: return cls & IS_ASSIGNMENT_FIELD ? IN_ASSIGNMENT : SKIP;
        default: return SKIP;
      }
    },
    take: (mode, value) => {
      if (mode === TASK) tasks.push(taskFields(value, intern));
      else if (mode === ASSIGNMENT) assignments.push(assignmentFields(value));
      else return false;
      return true;
    },
  };
  const tree = readCommonTree(bytes, filter);
  return tree === undefined ? undefined : { project: projectOf(tree), tasks, assignments };
}
