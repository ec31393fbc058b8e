// Builds the workspace model from schema-checked files: entities, dates, calendars; then resolves references.
// The builder's state and the steps of a build (start, add a file, finish) are here; read-plan.ts reads a plan's
// header, read-entities.ts its bodies, meetings and entity lists.
import { declaredPlanId } from '../source/declared-plan.js';
import type { DateValue, Duration, WorkCalendar } from '../calendar/index.js';
import type { Path } from '../source/parse.js';
import { isObj, type Obj } from './read.js';
import { resolveReferences, type PendingDependency } from './resolve.js';
import { DependencyTable } from './dependency-table.js';
import type { Body, DuplicateFinding, Gate, Goal, InvalidDate, Meeting, MeetingLink, Milestone, Plan, Workspace } from './types.js';
import { readEntitiesCached, type FragmentCache } from './fragments.js';
import type { ReadEstimate } from './read-values.js';
import { readPlan } from './read-plan.js';
import { readBodies, readEntities, readMeetings } from './read-entities.js';

export interface CheckedFile {
  readonly file: string;
  /** The file's data with every value a schema problem makes unusable left out (SPEC §4.1); undefined when nothing is usable. */
  readonly data: unknown;
}

/** Mutable state while building; frozen into a Workspace at the end. */
export interface Builder {
  readonly files: string[];
  readonly plans: Plan[];
  readonly bodies: Body[];
  readonly meetings: Meeting[];
  readonly milestones: Milestone[];
  readonly goals: Goal[];
  readonly measuresRaw: { plan: number; data: Obj; origin: { file: string; path: Path } }[];
  readonly risksRaw: { plan: number; data: Obj; origin: { file: string; path: Path } }[];
  readonly gates: Gate[];
  /** `plan/ID` → index in `gates`. */
  readonly gateIndex: Map<string, number>;
  /** Edges of the scheduled milestones, `from` still -1, and beside each the reference it names (resolve-edges.ts). */
  readonly pending: DependencyTable;
  readonly pendingTargets: string[];
  readonly planIndex: Map<string, number>;
  readonly bodyIndex: Map<string, number>;
  readonly meetingIndex: Map<string, number>;
  readonly milestoneIndex: Map<string, number>;
  readonly goalIndex: Map<string, number>;
  /** Refs of entities kept out for schema problems or bad dates: references to them are not "unknown". */
  readonly knownBroken: Set<string>;
  readonly duplicates: DuplicateFinding[];
  readonly invalidDates: InvalidDate[];
  /** Governance require lists of plans and milestones, checked after all bodies are known; `at` = index in the list as written. */
  readonly requires: { ids: readonly { id: string; at: number }[]; plan: number; holder: string | undefined; origin: { file: string; path: Path } }[];
  /** Milestones without a usable `date` (SPEC §4.1): not scheduled, but their references are still checked. */
  readonly unscheduled: UnscheduledMilestone[];
  readonly unscheduledIndex: Map<string, { file: string; path: Path }>;
  /** Values written the same way many times, read once and shared (the model never changes one): see readDate, readEstimate. */
  readonly shared: SharedValues;
}

export interface SharedValues {
  /** Days as written → their value. */
  readonly days: Map<string, DateValue>;
  /** Durations and lags as written → their estimate and its likely value (null: malformed, the schema reports it). */
  readonly durations: Map<string, ReadEstimate | null>;
  readonly lags: Map<string, ReadEstimate | null>;
  /** Calendars by their spec (calendarKey): plans with the same calendar share one, and its lazily built tables. */
  readonly calendars: Map<string, WorkCalendar>;
}

export interface UnscheduledMilestone {
  readonly ref: string;
  readonly plan: number;
  /** Each `after` entry: its reference as written, its place, and the edge it would make (to -1: no node). */
  readonly after: readonly { target: string; origin: { file: string; path: Path }; edge: PendingDependency }[];
  readonly meetings: readonly MeetingLink[];
  readonly goal: string | undefined;
  readonly origin: { file: string; path: Path };
  /** Milestone.progress and .responsible: the rules that need no date check them too (Workspace.undated). */
  readonly progress: Milestone['progress'];
  readonly responsible: string | undefined;
}

/** `fragments`: a cache of each file's entities kept across builds (see fragments.ts); the result is the same without. */
export function buildWorkspace(files: readonly CheckedFile[], fragments?: FragmentCache): Workspace {
  const b = startWorkspace();
  for (let i = 0; i < files.length; i++) addFile(b, files[i]!, fragments);
  return finishWorkspace(b);
}

/**
 * A workspace being built from files given one at a time (addFile, then finishWorkspace): the analysis reads each
 * file into the model as soon as it is parsed and checked, so that its parse tree can go before the next file is
 * parsed (issue #18: the trees of all files alive at once cost the garbage collector a sixth of `validate` at 100,000
 * milestones). The result is the same as buildWorkspace over all the files.
 */
export interface WorkspaceBuild {
  readonly b: Builder;
  /**
   * The builder readPlan writes through: the same entities and maps, but its own duplicate, require and invalid-date
   * lists, which finishWorkspace puts first. Every plan header used to be read before any file's entities (a file's
   * entities need only its own plan), and those lists keep that order.
   */
  readonly headers: Builder;
  /** Plan ids declared by files whose YAML does not parse → the first such file (addUnreadableFile). */
  readonly unreadable: Map<string, string>;
}

export function startWorkspace(): WorkspaceBuild {
  const b: Builder = {
    files: [], plans: [], bodies: [], meetings: [], milestones: [], goals: [], measuresRaw: [], risksRaw: [], gates: [], gateIndex: new Map(), pending: new DependencyTable(), pendingTargets: [],
    planIndex: new Map(), bodyIndex: new Map(), meetingIndex: new Map(), milestoneIndex: new Map(), goalIndex: new Map(),
    knownBroken: new Set(), duplicates: [], invalidDates: [], requires: [], unscheduled: [], unscheduledIndex: new Map(),
    shared: { days: new Map(), durations: new Map(), lags: new Map(), calendars: new Map() },
  };
  return { b, headers: { ...b, duplicates: [], invalidDates: [], requires: [] }, unreadable: new Map() };
}

/** Reads the next file of the workspace (in file order) into the model. */
export function addFile(build: WorkspaceBuild, f: CheckedFile, fragments?: FragmentCache): void {
  const b = build.b;
  b.files.push(f.file);
  if (!isObj(f.data)) return;
  const plan = readPlan(build.headers, f);
  readBodies(b, f);
  readMeetings(b, f);
  if (fragments === undefined) readEntities(b, f, plan);
  else readEntitiesCached(b, f, plan, fragments, readEntities);
}

/**
 * A file whose YAML does not parse: the plan it declares, read from its text (source/declared-plan.ts), so that the
 * references to that plan's milestones are not reported as naming a plan missing from the workspace (a tester's 300
 * such errors, each with a hint to include a file that was included).
 */
export function addUnreadableFile(build: WorkspaceBuild, file: string, text: string): void {
  addUnreadablePlan(build, file, declaredPlanId(text));
}

/** addUnreadableFile for a file whose plan was read another way (a file not read for its name: cli/load.ts). */
export function addUnreadablePlan(build: WorkspaceBuild, file: string, plan: string | undefined): void {
  if (plan !== undefined && !build.unreadable.has(plan)) build.unreadable.set(plan, file);
}

/** The model of the files added: references resolved; `suggests` false: without suggestions (resolveReferences). */
export function finishWorkspace(build: WorkspaceBuild, suggests = true): Workspace {
  const { b, headers } = build;
  return resolveReferences({
    ...b,
    duplicates: headers.duplicates.concat(b.duplicates),
    invalidDates: headers.invalidDates.concat(b.invalidDates),
    requires: headers.requires.concat(b.requires),
  }, build.unreadable, suggests);
}

export type { Duration };
