// unknown-reference: after, meetings, require, body, goal or measures[].milestones names nothing.
import { planOfRef, qualified } from '../model/qualified-ref.js';
import { msg, type Message } from '../messages/index.js';
import type { ReferenceKind, UnresolvedReference, Workspace } from '../model/types.js';
import type { Rule, RuleContext } from './rule.js';
import { Reach } from '../graph/reaches.js';
import { cycleClosers } from '../graph/for-cycles.js';
import { equallyNearRefs } from '../graph/equally-near-refs.js';
import { afterListKey, offeredEntries, type OfferedEntries } from '../schema/offered-entries.js';
import { shortenQuoted } from '../text/shorten.js';
import { isIdLike, meetingIdsWritten, misspeltDefinitions } from '../model/misspelt-definitions.js';

/** The fields that name a governance body or meeting, which live in a governance file of their own. */
const GOVERNANCE_FIELDS: ReadonlySet<ReferenceKind> = new Set(['meetings', 'require', 'body', 'gate-body']);

/**
 * When no file of the workspace declares a body or a meeting, the governance file was most likely left out
 * (`milepel validate plans/akson.yaml`): the first such reference (in reading order) carries one hint saying so and
 * how to include it, instead of leaving the user with a wall of unknown bodies. Returns its index, or -1.
 */
function governanceHintAt(ws: Workspace): number {
  if (ws.bodies.length > 0 || ws.meetings.length > 0) return -1;
  const first = ws.unresolved.findIndex((u) => GOVERNANCE_FIELDS.has(u.kind));
  if (first < 0) return -1;
  // A plan header's `governance: require` stands above its milestones: in the first file, it comes first.
  const file = ws.unresolved[first]!.origin.file;
  const header = ws.unresolved.findIndex((u) => GOVERNANCE_FIELDS.has(u.kind) && u.holder === undefined && u.origin.file === file);
  return header < 0 ? first : header;
}

/** The key of the list each kind of reference is an entry of, as the listed hint names it (`milestones[2]`). */
const LIST_KEYS: Partial<Record<ReferenceKind, string>> = { after: 'after', meetings: 'meetings', require: 'require', milestones: 'milestones', 'risk-milestones': 'milestones' };

/** The entry of `u`'s `after` list (another than `u`'s) that a schema hint offers `suggestion`; undefined for none. */
function offeredTo(offered: OfferedEntries, u: UnresolvedReference, suggestion: string): number | undefined {
  const key = u.kind === 'after' && u.holder !== undefined ? afterListKey(u.origin.file, u.origin.path) : undefined;
  const list = key === undefined ? undefined : offered.get(key);
  if (list === undefined) return undefined;
  const at = list.get(qualified(suggestion, planOfRef(u.holder!)));
  return at === undefined || at === u.origin.path[3] ? undefined : at;
}

/** An `after` entry naming its own milestone in another case: `m1` or `P/m1` in p/M1's list. */
function isOwnIdInAnotherCase(u: UnresolvedReference): boolean {
  if (u.kind !== 'after' || u.holder === undefined) return false;
  const holder = u.holder.toLowerCase();
  const target = u.target.toLowerCase();
  return target === (u.target.includes('/') ? holder : holder.slice(holder.indexOf('/') + 1));
}

/**
 * For each of the workspace's unresolved references, whether its suggestion, written, would close a dependency cycle
 * (graph/for-cycles.ts cycleClosers: Reach Yes, No or Unknown), through milestones without a date and gates' readiness
 * too (tester round 82 F2, round 84 F1, F3), all asked together (round 83 F1). An `after` reference whose suggestion
 * is listed already is not asked.
 */
function suggestionsClosing(ctx: RuleContext): Uint8Array {
  return cycleClosers(ctx.workspace, ctx.workspace.unresolved.map((u) => (u.kind !== 'after' || u.holder === undefined || u.suggestion === undefined || u.listed !== undefined ? undefined
    : { holder: u.holder, target: qualified(u.suggestion, planOfRef(u.holder)) })), ctx.pass);
}

/** What a reference's hint suggests (SuggestionFacts), decided before the hints so that equally near ids are asked together. */
interface SuggestionFacts {
  /** The id to suggest, or undefined. */
  readonly suggestion: string | undefined;
  /** The entry of the list that names the suggestion already (written, or offered by a schema hint), if any. */
  readonly listedAt: number | undefined;
  /** Whether that entry names it only as a hint offered it. */
  readonly isOffer: boolean;
}

function suggestionFor(u: UnresolvedReference, offeredIn: OfferedEntries): SuggestionFacts {
  const written = u.suggestion !== undefined && isIdLike(u.suggestion) ? u.suggestion : undefined;
  // An `after` suggestion a schema hint offers another entry of the list: written in another case, that entry's
  // too (remove this one); otherwise none.
  const offered = written === undefined || u.listed !== undefined ? undefined : offeredTo(offeredIn, u, written);
  const listedAt = u.listed ?? (offered !== undefined && written!.toLowerCase() === u.target.toLowerCase() ? offered : undefined);
  // That entry is unknown too (offered the same id) or a schema problem (offered it by its hint): it names the id
  // only as meant, and "names already" sent the reader to an entry that names nothing (tester round 83 F10).
  return { suggestion: offered !== undefined && listedAt === undefined ? undefined : written, listedAt, isOffer: u.listed !== undefined ? u.listedOffer === true : listedAt !== undefined };
}

export const unknownReference: Rule = {
  id: 'unknown-reference',
  severity: 'error',
  description: 'An entry of after, meetings, require, a meeting\'s body, a goal, a measure\'s or a risk\'s milestones names nothing in the workspace.',
  fix: 'Correct the spelling, add the missing entity, or include the file that defines it.',
  check(ctx) {
    const ws = ctx.workspace;
    const hintAt = governanceHintAt(ws);
    const governanceRefs = hintAt < 0 ? 0 : ws.unresolved.filter((u) => GOVERNANCE_FIELDS.has(u.kind)).length;
    // A directory not read for its name may hold a plan the references name (tester round 63 F2): the hint says so.
    const unreadDir = ctx.encodingProblems.find((e) => e.kind === 'directory')?.file ?? null;
    // A definition whose id is no id, which the reference writes in ids' characters, is the one to rename; and no id
    // that is no id is a guess, its quick fix an error whose own fix wrote it back (tester round 77 F12).
    // A meeting's id that is no id is left out of the model (its schema problem writes it): tester round 78 F14.
    const misspeltOf = misspeltDefinitions(ws, meetingIdsWritten(ctx.schemaProblems));
    const closes = suggestionsClosing(ctx);
    // What the schema's hints offer the other entries of an `after` list (round 83 F6: `[P/MP5, mp5]` offered one link twice).
    const offeredIn = offeredEntries(ctx.schemaProblems, (plan) => ws.plans[plan]?.id);
    const suggested = ws.unresolved.map((u) => suggestionFor(u, offeredIn));
    // The ids as near as a plain suggestion, named with it (tester round 94 F7).
    // A suggestion that would close a cycle is asked too: another id as near may not (tester round 97 F2).
    const near = equallyNearRefs(ws, suggested.map((s, i) => (s.suggestion !== undefined && s.listedAt === undefined && closes[i] !== Reach.Unknown ? { suggestion: s.suggestion, closes: closes[i] as Reach } : undefined)), ctx.pass);
    const didYouMean = (suggestion: string, i: number): Message => {
      const n = near[i];
      return msg('unknown-reference.hint.did-you-mean', { suggestions: n === undefined || n.named.length === 0 ? [suggestion] : n.named, more: n?.more ?? 0 });
    };
    /** Whether the suggestion would close a cycle and no id as near would not. */
    const isCycleOnly = (i: number): boolean => closes[i] === Reach.Yes && (near[i]?.named.length ?? 0) === 0;
    ws.unresolved.forEach((u, i) => {
      const planId = (u.kind === 'after' || u.kind === 'milestones' || u.kind === 'risk-milestones') && u.target.includes('/') ? u.target.slice(0, u.target.indexOf('/')) : undefined;
      const noPlan = planId !== undefined && !ws.planIndex.has(planId);
      const governanceOf = u.holder === undefined && u.plan !== undefined ? ws.plans[u.plan]?.id ?? '?' : null;
      const misspelt = i === hintAt ? undefined : misspeltOf(u);
      // Its own milestone, whose id is no id: renamed, the entry would make it come after itself (tester round 78 F6);
      // or its own id in another case (`after: [m1]` in M1: tester round 81 F7), which no suggestion names.
      const isSelf = (misspelt?.kind === 'milestone' && u.kind === 'after' && misspelt.ref === u.holder) || (misspelt === undefined && isOwnIdInAnotherCase(u));
      const { suggestion, listedAt, isOffer } = suggested[i]!;
      if (u.isGate === true) {
        // It exists, as a gate: "does not exist" was wrong (a tester's finding), and the fix is a milestone.
        ctx.report({
          at: u.origin,
          message: msg('unknown-reference.gate', { holder: u.holder ?? '?', target: shortenQuoted(u.target) }),
          ref: u.holder ?? null,
          hint: suggestion !== undefined ? didYouMean(suggestion, i) : msg('unknown-reference.gate.hint', {}),
          ...(u.plan === undefined ? {} : { plan: u.plan }),
        });
        return;
      }
      ctx.report({
        at: u.origin,
        message: msg('unknown-reference', { holder: u.holder ?? null, governanceOf, field: u.kind, target: shortenQuoted(u.target), missingPlan: noPlan ? shortenQuoted(planId) : null }),
        ref: u.holder ?? null,
        hint: i === hintAt ? msg('unknown-reference.hint.no-governance', { references: governanceRefs })
          : isSelf ? msg('unknown-reference.hint.self', { id: misspelt?.id ?? u.holder!.slice(u.holder!.indexOf('/') + 1) })
          : misspelt !== undefined ? msg('unknown-reference.hint.misspelt', { kind: misspelt.kind, id: misspelt.id, spelt: misspelt.spelt })
          // The same id in another case as an entry of its list: that entry written again (tester round 81 F7, 82 F4).
          // With a lag other than that entry's, which removing this one would drop (round 83 F4): keep the one meant.
          : suggestion !== undefined && u.listed !== undefined && u.listedLags !== undefined ? msg('schema.listed.lags.hint', { written: suggestion, list: LIST_KEYS[u.kind] ?? u.kind, entry: u.listed, lags: u.listedLags, offered: isOffer })
          : suggestion !== undefined && listedAt !== undefined ? msg('schema.listed.hint', { written: suggestion, list: LIST_KEYS[u.kind] ?? u.kind, entry: listedAt, offered: isOffer })
          // A predecessor that comes after the holder already: written, the two would wait on each other (round 82 F2);
          // one a very large network left unanswered is not offered as a fix (round 83 F1: a budget then offered such
          // fixes), but named, with why it is unchecked (round 84 F9: it was the general hint, with no reason).
          : suggestion !== undefined && isCycleOnly(i) ? msg('unknown-reference.hint.cycle', { suggestion, holder: u.holder! })
          : suggestion !== undefined && closes[i] === Reach.Unknown ? msg('unknown-reference.hint.unchecked', { suggestion, holder: u.holder! })
          : suggestion !== undefined ? didYouMean(suggestion, i)
          : noPlan ? msg('unknown-reference.hint.missing-plan', { plan: planId, unreadDir }) : msg('unknown-reference.hint', { field: u.kind }),
        ...(u.plan === undefined ? {} : { plan: u.plan }),
        ...(misspelt === undefined || isSelf ? {} : { related: [{ at: misspelt.at, message: msg('unknown-reference.misspelt.defined', { kind: misspelt.kind, id: misspelt.id }) }] }),
      });
    });
  },
};
