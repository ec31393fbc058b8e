// schema: the file does not match schemas/plan.schema.json, or an `after` list links the same two milestones twice,
// or a risk's or measure's `milestones` names one twice, or a milestone's `meetings` one meeting.
import { planOfRef, qualified } from '../model/qualified-ref.js';
import { isSameLag, showLag } from '../calendar/index.js';
import type { Milestone, RepeatedLink, Workspace } from '../model/types.js';
import { definedIds, idScope } from '../model/defined-ids.js';
import { isIdLike, meetingIdsWritten, misspeltDefinitions } from '../model/misspelt-definitions.js';
import { referenceNames } from '../model/reference-names.js';
import { meantIds, referenceKind, type ReferredKind } from '../model/meant-ids.js';
import { meetingFinder, type FindMeeting } from '../model/resolve-meetings.js';
import { repeatedOffers } from '../schema/listed-offer.js';
import { meetingBodyGuess } from '../schema/meeting-hint.js';
import { MeetingOffers } from '../schema/meeting-offers.js';
import { offeredValue, offerOf, withoutOtherEntity, withoutTakenId, withoutUnknown } from '../schema/taken-id.js';
import { Reach } from '../graph/reaches.js';
import { cycleClosers, type NewLink } from '../graph/for-cycles.js';
import { show } from '../schema/value-display.js';
import { candidates, type Candidates } from '../text/closest.js';
import { msg, msg0, type Message } from '../messages/index.js';
import { nearestMeetingFinder } from '../model/nearest-meeting.js';
import { admissibleInterval } from '../model/admissible.js';
import { bodyNamed } from '../model/resolve-checks.js';
import type { PlacedSchemaProblem } from '../schema/check.js';
import type { Finding, Rule } from './rule.js';
import { dateKey, undatedWaitedOn, waitingNotes } from './where.js';

export const schema: Rule = {
  id: 'schema',
  severity: 'error',
  description: 'The file does not match schemas/plan.schema.json: an unknown key, a missing key, a value of the wrong kind.',
  fix: 'Follow the hint; `milepel schema` prints the format and editors with the schema complete keys while you type.',
  check(ctx) {
    // A meeting reference's body id is guessed among the workspace's bodies, which one file's schema check cannot see;
    // never one whose id is no id (tester round 77 F12).
    let bodies: Candidates | undefined;
    const bodyIds = (): Candidates => (bodies ??= candidates(ctx.workspace.bodies.map((b) => b.id).filter(isIdLike)));
    // A body written by its name where a body id goes (`require: [Nasjonalt e-helsestyre]`: tester round 98 F9).
    const bodyOfName = (text: string): string | undefined => bodyNamed(ctx.workspace.bodies, text);
    // The milestone a problem is placed in, by its entity's name in its plan.
    const milestoneOf = (placed: PlacedSchemaProblem): Milestone | undefined => {
      const node = placed.entity === undefined || placed.plan === undefined ? undefined : ctx.workspace.milestoneIndex.get(`${ctx.workspace.plans[placed.plan]!.id}/${placed.entity.name}`);
      return node === undefined ? undefined : ctx.workspace.milestones[node];
    };
    // Not one its list names already (`require: [NEHS, Nasjonalt e-helsestyre]`): that would repeat it.
    const bodyByName = (hint: Message, kind: ReferredKind | undefined, placed: PlacedSchemaProblem): Message => {
      const written = placed.problem.written;
      if (hint.id !== 'schema.id-char.hint' || kind !== 'bodies' || written === undefined) return hint;
      const id = bodyOfName(written);
      const holder = milestoneOf(placed);
      const listed = holder !== undefined ? holder.require : placed.plan !== undefined && placed.problem.path[0] === 'plan' ? ctx.workspace.plans[placed.plan]!.governance.require : undefined;
      return id === undefined || listed?.includes(id) === true ? hint : msg('schema.id-char.hint', { ...hint.data, written: id });
    };
    // A body and a date written apart (`PS 2019-08-29`, `ps …`, a body by its name) offered joined by `@` where that
    // names no meeting: the body's meeting nearest that date instead, else no value (tester round 98 F2: followed, the
    // hint and its quick fix made an unknown-reference error). A date written otherwise (`PS@22.05.2019`) is still
    // offered in its form first, and its unknown reference then names the nearest meeting.
    // In a milestone's `meetings`, one the milestone admits when the body has one (SPEC §4.2; tester round 98 F3).
    let nearestMeeting: ReturnType<typeof nearestMeetingFinder> | undefined;
    const nearestThere = (ref: string, placed: PlacedSchemaProblem): string | null | undefined => {
      nearestMeeting ??= nearestMeetingFinder(ctx.workspace.meetings, bodyOfName);
      const m = placed.problem.path[0] === 'milestones' ? milestoneOf(placed) : undefined;
      return nearestMeeting(ref, m === undefined ? undefined : admissibleInterval(ctx.workspace.plans[m.plan]!, m.current));
    };
    const meetingThere = (hint: Message, placed: PlacedSchemaProblem): Message => {
      // A body by its name on a day its id does not meet (`KommIT-rådet@2024-03-12`, KR meeting on 03-05): its nearest
      // meeting there, else no value (null); `KR@2024-03-12` was offered, which followed was an unknown reference.
      if (hint.id === 'schema.meeting-body.hint' && hint.data.written !== null && !ctx.workspace.meetingIndex.has(hint.data.written)) {
        // A body with no meetings at all (undefined) keeps its spelling: its unknown reference then says so.
        const found = nearestThere(hint.data.written, placed);
        return found === undefined ? hint : msg('schema.meeting-body.hint', { ...hint.data, written: found });
      }
      if (hint.id !== 'schema.meeting-date.hint' || hint.data.joined !== true || ctx.workspace.meetingIndex.has(hint.data.ref)) return hint;
      const found = nearestThere(hint.data.ref, placed);
      // None the milestone admits (null): the form alone, the meeting as written (its unknown reference offers none).
      return typeof found === 'string' ? msg('schema.meeting-date.hint', { ...hint.data, ref: found }) : found === null ? hint : msg('schema.form.hint', { form: 'meetingRef' });
    };
    // An id spelt in the characters ids have is offered for a definition only when nothing has it yet (tester round
    // 76 F4): which ids are defined is the workspace's to say.
    const isDefined = definedIds(ctx.workspace);
    // A gate or milestone without a date that milestones are after: its missing or malformed date notes each such
    // dependency, left out of the schedule without a finding of its own (a tester's finding).
    const waitedOn = undatedWaitedOn(ctx.workspace);
    // A reference written exactly as a definition means that one, its id an id or not (tester round 77 F6).
    const isMeant = meantIds(ctx.workspace, ctx.schemaProblems.map((p) => ({ path: p.problem.path, plan: p.plan, written: p.problem.written })));
    // A reference is offered only a value that names something (tester round 78 F17); the meetings the model left out
    // (an id, body or date refused) are not reported when named, nor the plans of files that do not parse.
    let names: ((kind: ReferredKind, plan: number | undefined, text: string) => boolean) | undefined;
    const isNamed = (kind: ReferredKind, plan: number | undefined, text: string): boolean => (names ??= referenceNames(ctx.workspace, {
      meant: isMeant,
      misspelt: misspeltDefinitions(ctx.workspace, meetingIdsWritten(ctx.schemaProblems)),
      leftOut: new Set([...ctx.schemaProblems.flatMap((p) => (p.entity?.meeting === true ? [p.entity.name] : [])), ...ctx.workspace.invalidDates.flatMap((d) => d.holder ?? [])]),
      hasUnreadable: ctx.syntaxProblems.length > 0 || ctx.encodingProblems.length > 0,
    }))(kind, plan, text);
    // An id offered to one definition is taken for the later ones of its scope (tester round 77 F13: `Møte` and
    // `Moete\u200b` were both offered Moete; written, a duplicate id).
    const offered = new Set<string>();
    // Of two entries of one list offered what names one thing, the first (tester round 78 F2); a meetings entry is no
    // meeting another entry names (F16), found as the repeat rule finds it.
    let findMeeting: FindMeeting | undefined;
    const meetingOf = (ref: string): string => ctx.workspace.meetings[(findMeeting ??= meetingFinder(ctx.workspace))(ref)]?.ref ?? ref;
    const offeredInList = repeatedOffers(meetingOf);
    // Whether `after: [value]` on milestone `holder` of a problem would close a cycle (Reach), asked of each problem's
    // own offer together, as unknown-reference asks of its suggestions (graph/for-cycles.ts cycleClosers): through
    // milestones without a date and gates' readiness too, with no budget of its own (the schedule's graph alone, one
    // search each within a budget, let an offer through an undated milestone close a cycle). The checks before it
    // only drop an offer; another value would be asked alone.
    const newLink = (holder: string | undefined, value: string | null): NewLink | undefined => (holder === undefined || value === null ? undefined : { holder, target: qualified(value, planOfRef(holder)) });
    let closing: Uint8Array | undefined;
    const closesCycle = (i: number, holder: string, value: string | null): Reach => {
      if (value === null) return Reach.No;
      const { problem } = ctx.schemaProblems[i]!;
      if (value !== offerOf(problem, problem.hint)) return cycleClosers(ctx.workspace, [newLink(holder, value)], ctx.pass)[0] as Reach;
      closing ??= cycleClosers(ctx.workspace, ctx.schemaProblems.map((p) => newLink(afterHolder(ctx.workspace, p), offerOf(p.problem, p.problem.hint))), ctx.pass);
      return closing[i] as Reach;
    };
    // A meeting's body or date whose offer names another meeting, or one an earlier meeting is offered: written, the
    // meeting is defined twice (tester round 77 F4, round 78 F3).
    const meetingOffers = new MeetingOffers(ctx.schemaProblems, (ref) => ctx.workspace.meetingIndex.has(ref));
    for (const [i, placed] of ctx.schemaProblems.entries()) {
      const { file, plan, problem, entity } = placed;
      const kind = problem.written === undefined ? undefined : referenceKind(problem.path);
      const scope = idScope(problem.path, plan);
      const offer = withoutTakenId(bodyByName(meetingBodyGuess(problem.hint, bodyIds, bodyOfName), kind, placed), problem.path, (id) => isDefined(problem.path, plan, id) || (scope !== undefined && offered.has(`${scope}\0${id}`)));
      const value = scope === undefined ? null : offeredValue(offer);
      if (value !== null) offered.add(`${scope}\0${value}`);
      const named = meetingOffers.withoutTaken(placed, offer);
      const meant = kind === undefined ? named : withoutOtherEntity(named, problem.written!, REFERENCE_FORMS[kind], (text) => isMeant(kind, plan, text));
      // An `after` entry offered a milestone that already comes after this one: written, the two wait on each other
      // (tester round 78 F1: after: ["B\u200b"] on A, B after A, was offered B).
      const holder = afterHolder(ctx.workspace, placed);
      const meantValue = offerOf(problem, meant);
      const closes = holder === undefined ? Reach.No : closesCycle(i, holder, meantValue);
      // An offer that would close a cycle is told why it is not made, as an unknown reference's suggestion is (tester
      // round 83 F11: `P/L6`, L6 after this milestone, got the general form hint; round 87 F1, F6: the colon and quote
      // hints' fixes closed one, and an unseen character's "remove them" would have), and one a very large network
      // left unchecked is named so, as there (round 84 F9, 87 F4).
      const acyclic = closes === Reach.No || meantValue === null ? meant
        : msg(closes === Reach.Yes ? 'unknown-reference.hint.cycle' : 'unknown-reference.hint.unchecked', { suggestion: meantValue, holder: holder! });
      const known = kind === undefined ? acyclic : withoutUnknown(acyclic, REFERRED_NOUNS[kind], REFERENCE_FORMS[kind], (text) => isNamed(kind, plan, text));
      const hint = meetingThere(offeredInList(known, file, problem.entry, offerOf(problem, known)), placed);
      meetingOffers.record(placed, hint);
      const m = problem.message;
      const undated = waitedOn.size === 0 ? undefined : waitedOn.get(dateKey(file, m.id === 'schema.required' && m.data.key === 'date' ? [...problem.path, 'date'] : problem.path));
      if (undated !== undefined) waitedOn.delete(dateKey(file, [...undated.origin.path, 'date']));
      // A status date that does not read leaves the plan checked against another day, which the overdue findings
      // count from: say which (tester round 33 F3: 568 days overdue, with no word of where the day came from).
      const isStatusDate = problem.path.length === 2 && problem.path[0] === 'plan' && problem.path[1] === 'status_date' && !problem.key;
      const statusNote = isStatusDate ? [{ at: { file, path: problem.path }, message: msg('note.status-date-unread', { today: ctx.today }) }] : [];
      const related = undated === undefined && statusNote.length === 0 ? {} : { related: [...(undated === undefined ? [] : waitingNotes(undated)), ...statusNote] };
      // The entity the value is part of, as every other rule names it (SPEC §4: `plan/ID`, a meeting reference, or none).
      const ref = entity === undefined ? null : entity.meeting ? entity.name : plan === undefined ? null : `${ctx.workspace.plans[plan]!.id}/${entity.name}`;
      // A problem in `plan.rules` itself is reported at the rule's own severity, not the one that map gives `schema`:
      // `rules: {schema: off, non-wroking-day: off}` silenced its own misspelling (tester round 56 F7), as a linter's
      // configuration errors are no rule that configuration can switch off.
      const byPlan = plan !== undefined && !isInPlanRules(problem.path);
      ctx.report({ at: { file, path: problem.path }, key: problem.key, message: problem.message, ref, hint, ...(byPlan ? { plan } : {}), ...related });
    }
    const repeated = ctx.workspace.repeatedLinks;
    if (repeated !== undefined) for (const r of repeated) ctx.report(repeatedLinkFinding(ctx.workspace, r));
    for (const r of ctx.workspace.repeatedReferences ?? []) {
      // The later entry's path is [list, index, key, entry]: `risks` or `measures` and `milestones`, or `milestones`
      // and `meetings`.
      const place = { kind: 'entity' as const, list: String(r.origin.path[0]), index: Number(r.origin.path[1]), id: r.holder.slice(r.holder.indexOf('/') + 1), rest: String(r.origin.path[2]) };
      const written: [string, string] = [show(r.written[0]), show(r.written[1])];
      // Written alike (as parsed: `"A"` is `A`), worded as any list's repeated entry; otherwise both spellings.
      const message = r.written[0] === r.written[1]
        ? msg('schema.unique', { place, shown: written[0], first: r.first - 1, later: r.later - 1 })
        : msg(place.rest === 'meetings' ? 'schema.repeated-meeting' : 'schema.repeated-milestone', { place, first: r.first - 1, later: r.later - 1, written });
      // The first entry, the one kept, where the reader decides which to keep (as for `after`: tester round 47 F6).
      const first = { file: r.origin.file, path: [...r.origin.path.slice(0, -1), r.first - 1] };
      ctx.report({ at: r.origin, message, ref: r.holder, hint: msg0('schema.unique.hint'), plan: r.plan, related: [{ at: first, message: msg('schema.repeated.kept', { list: place.rest, first: r.first - 1 }) }] });
    }
  },
};

/** The form of a reference to each kind of entity, whose hint a withheld offer gives. */
const REFERENCE_FORMS: Readonly<Record<ReferredKind, 'ref' | 'id' | 'meetingRef'>> = { milestones: 'ref', bodies: 'id', meetings: 'meetingRef' };

/** The noun of each kind of entity, as the hint for a value that names none says it. */
const REFERRED_NOUNS: Readonly<Record<ReferredKind, 'milestone' | 'body' | 'meeting'>> = { milestones: 'milestone', bodies: 'body', meetings: 'meeting' };

/** The milestone (`plan/ID`) whose `after` list holds the value of schema problem `p`; undefined for any other value. */
function afterHolder(ws: Workspace, p: PlacedSchemaProblem): string | undefined {
  const { plan, problem, entity } = p;
  return problem.path[0] === 'milestones' && problem.path[2] === 'after' && entity !== undefined && plan !== undefined ? `${ws.plans[plan]!.id}/${entity.name}` : undefined;
}

/** Whether a path is `plan.rules` or inside it. */
function isInPlanRules(path: readonly (string | number)[]): boolean {
  return path.length >= 2 && path[0] === 'plan' && path[1] === 'rules';
}

/**
 * An `after` entry that links its milestone to the same predecessor with the same type as an earlier entry (the model
 * left it out: RepeatedLink), at its reference. The JSON schema cannot say so: `D2` and `d/D2` are one milestone, and
 * entries with other lags are not equal values (and ajv's `uniqueItems` threw on some YAML objects: exit 3). Written
 * alike with the same lag, it is worded as any list's repeated entry; otherwise the message shows both entries' words
 * and lags, and with other lags the hint says which lag the schedule keeps.
 */
function repeatedLinkFinding(ws: Workspace, r: RepeatedLink): Finding {
  const m = r.holder ?? ws.milestones[r.later.to]!;
  const at = r.later.origin;
  const place = { kind: 'entity' as const, list: String(at.path[0]), index: Number(at.path[1]), id: m.id, rest: 'after' };
  const first = Number(r.first.origin.path[3]);
  const later = Number(at.path[3]);
  const written: [string, string] = [show(r.firstTarget), show(r.laterTarget)];
  const lags: [string, string] = [showLag(r.first), showLag(r.later)];
  const sameLag = isSameLag(r.first, r.later);
  const message = sameLag && written[0] === written[1]
    ? msg('schema.unique', { place, shown: written[0], first, later })
    : msg('schema.repeated-link', { place, first, later, written, lags: sameLag ? null : lags });
  // A first entry that makes no link (it names nothing, or a milestone or gate without a date) is no link the schedule
  // keeps, nor a lag it uses (tester round 86 F6: said of an unknown reference).
  const isLink = r.first.from >= 0;
  const hint = sameLag ? msg0('schema.unique.hint') : msg('schema.repeated-link.hint', { list: 'after', first, lag: isLink ? lags[0] : null });
  // The kept entry, where the reader decides which to keep (tester round 44 F7), with its type when it is not FS.
  const kept = isLink ? msg('schema.repeated-link.kept', { list: 'after', first, type: r.first.type }) : msg('schema.repeated.kept', { list: 'after', first });
  const related = [{ at: r.first.origin, message: kept }];
  return { at, message, ref: m.ref, hint, plan: m.plan, related };
}
