// When an edit must not go ahead on what the analysis found (SPEC §7: refuse with exit 2 and write nothing when the
// input is invalid): a file whose YAML does not parse has no milestones in the model, so `snapshot` would record
// nothing for them without a word; a milestone id defined twice leaves `set` and `snapshot` unable to tell which
// definition is meant.
import type { Analysis } from '../pipeline.js';
import { msg, type Message } from '../messages/index.js';
import { escapeControl } from '../report/safe-text.js';
import { declaredPlanId } from '../source/declared-plan.js';

/**
 * The first file whose YAML does not parse, as a refusal for an edit of the whole workspace, or of plan `planId` when
 * given; undefined when none. With a plan, a file that declares another plan (read from its text, as the model reads
 * it: source/declared-plan.ts) holds none of that plan's milestones and is no reason to refuse (tester round 67 F6:
 * `snapshot --plan a` was refused for plan c's broken file, which the README offers --plan as the way round); one
 * whose plan cannot be read may hold them.
 */
export function findSyntaxRefusal(analysis: Analysis, planId?: string): Message | undefined {
  for (const d of analysis.diagnostics) {
    if (d.rule !== 'yaml-syntax') continue;
    let unknownPlan = false;
    if (planId !== undefined) {
      const text = analysis.sources.find((s) => s.file === d.file)?.text;
      const declared = text === undefined ? undefined : declaredPlanId(text);
      if (declared !== undefined && declared !== planId) continue;
      unknownPlan = declared === undefined;
    }
    return msg('cli.edit.refuse-syntax', { at: `${escapeControl(d.file)}:${d.line}:${d.column}`, plan: unknownPlan ? escapeControl(planId!) : null });
  }
  return undefined;
}

/**
 * The first milestone defined twice among `refs` (every milestone when undefined), or the first plan of one of them
 * defined twice, as a refusal; undefined when none. A plan defined twice in two files keeps only its first file's
 * milestones in the model, so a milestone written in both files is not a duplicate there: without the plan's own
 * finding, `set` would edit the first file's copy without a word (a tester's finding).
 */
export function findDuplicateRefusal(analysis: Analysis, refs?: ReadonlySet<string>): Message | undefined {
  const { duplicates } = analysis.workspace;
  // The refs whose duplicate refuses the edit. Of the whole workspace (snapshot), only what an edit writes to:
  // milestones, gates (schedule nodes) and plans; a body, meeting, goal, risk or measure defined twice was refused as
  // "the edit cannot tell which one is meant", though snapshot edits none of them, while set on the same workspace went
  // ahead (tester round 60 F3). Of `refs` (set), each, and the plan of each when that is defined twice.
  let refused: ReadonlySet<string>;
  if (refs === undefined) {
    refused = new Set(duplicates.flatMap((x) => (x.kind === 'milestone' || x.kind === 'gate' || x.kind === 'plan' || x.firstKind === 'milestone' ? [x.ref] : [])));
  } else {
    const plans = new Set([...refs].map((r) => r.slice(0, r.indexOf('/'))));
    refused = new Set([...refs, ...duplicates.flatMap((x) => (x.kind === 'plan' && plans.has(x.ref) ? [x.ref] : []))]);
  }
  const d = analysis.diagnostics.find((x) => x.rule === 'duplicate-id' && typeof x.ref === 'string' && refused.has(x.ref));
  if (d === undefined) return undefined;
  // The finding's own words (the kind, the first definition's file) and where that definition is: "s is defined twice"
  // named neither, and with 90 plan files the user had to run validate to find the other one (tester round 59 F3).
  const first = d.related[0];
  return msg('cli.edit.refuse-duplicate', {
    at: `${escapeControl(d.file)}:${d.line}:${d.column}`, fact: d.message,
    first: first === undefined ? null : `${escapeControl(first.file)}:${first.line}:${first.column}`,
    otherFile: first !== undefined && first.file !== d.file,
  });
}

/**
 * The first milestone (of plan `planId`, when given) whose current date snapshot cannot know for a bad date, as a
 * refusal for `snapshot`; undefined when none. The current date is the actual, else the forecast, else the date
 * (SPEC §1.4), and snapshot records it for open milestones (SPEC §7). The model leaves a bad value out, so snapshot
 * would skip a milestone without a word (no valid date), record its planned date as the forecast (no valid forecast),
 * a value nobody wrote as one, or record a milestone that may be done (no valid actual): a tester's finding. The field
 * that decides is the one written first in that order: a bad `date` beside a valid forecast, or a bad forecast of a
 * milestone with a valid actual, leaves nothing unknown (tester round 44 F5: they were refused as if it did). Found from
 * the `invalid-date` and `schema` findings at those values, so a workspace without either costs nothing more. A null
 * (`forecast:`, `actual: ~`) is no date at all: the model leaves it out as if not written and takes the next field, as
 * the scheduler and every report do, so snapshot records that date too (tester round 45 F5: it refused the null as
 * "not a valid date", the schema's finding at it being no reason to stop).
 */
export function findBadDateRefusal(analysis: Analysis, planId: string | undefined): Message | undefined {
  const { at, files } = badDatePlaces(analysis);
  const others = new Set(analysis.workspace.plans.map((p) => p.id)).size > 1;
  for (const source of analysis.sources) {
    if (!files.has(source.file)) continue;
    const data = source.data as { plan?: { id?: unknown }; milestones?: unknown } | undefined;
    if (data === null || typeof data !== 'object' || !Array.isArray(data.milestones)) continue;
    const plan = typeof data.plan?.id === 'string' ? data.plan.id : undefined;
    if (planId !== undefined && plan !== planId) continue;
    for (let i = 0; i < data.milestones.length; i++) {
      const item: unknown = data.milestones[i];
      if (item === null || typeof item !== 'object') continue;
      const field = (['actual', 'forecast', 'date'] as const).find((f) => isWritten(item, f));
      if (field === undefined) continue;
      const place = source.locate(['milestones', i, field]);
      if (!at.has(placeKey(source.file, place))) continue;
      const id = (item as { id?: unknown }).id;
      const ref = typeof id === 'string' ? (plan === undefined ? id : `${plan}/${id}`) : `milestones[${i}]`;
      return msg('cli.edit.refuse-bad-date', { at: `${escapeControl(source.file)}:${place.line}:${place.column}`, ref: escapeControl(ref), field, plan: others && plan !== undefined ? escapeControl(plan) : null });
    }
  }
  return undefined;
}

/**
 * The first plan whose `status_date` is written but is not a valid date, as a refusal for `snapshot` when no --today
 * is given; undefined when none. T, the `reported` date snapshot writes, is the latest status date of the workspace
 * (SPEC §7), so a status date the model left out makes it another plan's, or the system clock's: a history entry
 * dated by nobody's intent (a tester wrote `status_date: 2019-09-31` and got `reported: 2026-12-04`). Found from the
 * `invalid-date` and `schema` findings at that value.
 */
export function findBadStatusDateRefusal(analysis: Analysis): Message | undefined {
  const { at, files } = badDatePlaces(analysis);
  for (const source of analysis.sources) {
    if (!files.has(source.file)) continue;
    const data = source.data as { plan?: unknown } | undefined;
    const plan = data !== null && typeof data === 'object' ? data.plan : undefined;
    if (plan === null || typeof plan !== 'object' || !Object.hasOwn(plan, 'status_date')) continue;
    const place = source.locate(['plan', 'status_date']);
    if (!at.has(placeKey(source.file, place))) continue;
    const id = (plan as { id?: unknown }).id;
    return msg('cli.edit.refuse-bad-status-date', { at: `${escapeControl(source.file)}:${place.line}:${place.column}`, plan: escapeControl(typeof id === 'string' ? id : source.file) });
  }
  return undefined;
}

/** Whether `key` is written on `item` with a value: a null one is not (the model reads it as no date). */
function isWritten(item: object, key: string): boolean {
  return Object.hasOwn(item, key) && (item as Record<string, unknown>)[key] !== null;
}

/** Where the `invalid-date` and `schema` findings are (placeKey of each) and in which files: the values a date refusal looks for. */
function badDatePlaces(analysis: Analysis): { at: Set<string>; files: Set<string> } {
  const at = new Set<string>();
  const files = new Set<string>();
  for (const d of analysis.diagnostics) {
    if (d.rule !== 'invalid-date' && d.rule !== 'schema') continue;
    at.add(placeKey(d.file, d));
    files.add(d.file);
  }
  return { at, files };
}

/** A finding's or value's place as one key. */
function placeKey(file: string, place: { readonly line: number; readonly column: number }): string {
  return `${place.line}:${place.column}:${file}`;
}
