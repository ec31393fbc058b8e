// `set` analyses the workspace after an edit incrementally (src/edit/incremental.ts: the edited milestone's lines read
// again, the other files' schema checks and the graph reused, the edited file's schema check from the one before the
// edit and the new milestone alone, the model from the one before the edit with the milestone's new values). Every outcome must equal that of a full analysis of the new texts: the lines
// printed, the text written, the refusals and the diagnostics the edit introduces, with their places and messages.
import fc from 'fast-check';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyze, parsePlanText, STRUCTURAL_RULES, type Analysis, type SourceText } from '../../src/analyze.js';
import { parseDayDate } from '../../src/calendar/index.js';
import { openEditAnalyses } from '../../src/edit/incremental.js';
import { findIntroduced } from '../../src/edit/introduced.js';
import type { BlockPatch } from '../../src/edit/milestone-block.js';
import { seedPatchedSchema, type SchemaCache } from '../../src/edit/patched-schema.js';
import { isPatchedWorkspace, patchWorkspace } from '../../src/edit/patched-model.js';
import { findPatchOrigin, patchSource } from '../../src/edit/patched-source.js';
import { planSet, type EditInput, type EditPlan } from '../../src/edit/plan-set.js';
import { setMilestoneFields, type SettableKey } from '../../src/edit/set-field.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import type { Workspace } from '../../src/model/types.js';
import { checkSchema } from '../../src/schema/check.js';
import type { ParsedSource } from '../../src/source/parse.js';

const today = parseDayDate('2019-10-01')!;
const GOVERNANCE = `bodies:
  - id: PS
    name: Prosjektstyret
  - id: KR
    name: KommIT-rådet
meetings:
  - {body: PS, date: 2019-09-02}
  - {body: PS, date: 2019-10-07}
  - {body: KR, date: 2019-09-20}
  - {body: KR, date: 2019-11-15}
`;

interface Spec {
  readonly day: number;
  readonly forecast: number | undefined;
  readonly actual: number | undefined;
  readonly duration: number;
  readonly after: readonly number[];
  readonly require: boolean;
  readonly deadline: number | undefined;
  readonly extra: 'none' | 'unknown-key' | 'bad-progress' | 'bad-forecast' | 'bad-actual';
}

/** A day in September–December 2019 (weekends and holidays included, so non-working-day findings come and go). */
const dayText = (n: number): string => new Date(Date.UTC(2019, 8, 1 + n)).toISOString().slice(0, 10);

/** Beside the milestones: a gate, the plan's finish, a second plan whose milestones follow p's (by index). */
interface Extras {
  readonly gate: { readonly day: number; readonly ready: number; readonly lead: number } | undefined;
  readonly finish: number | undefined;
  readonly followers: readonly { readonly day: number; readonly after: number }[];
  /** p's severity overrides (`plan.rules`), e.g. `{overdue: off}`. */
  readonly rules: string | undefined;
}

const NO_EXTRAS: Extras = { gate: undefined, finish: undefined, followers: [], rules: undefined };

const extrasArb: fc.Arbitrary<Extras> = fc.record({
  gate: fc.option(fc.record({ day: fc.nat(100), ready: fc.nat(7), lead: fc.nat(4) }), { nil: undefined }),
  finish: fc.option(fc.nat(100), { nil: undefined }),
  followers: fc.array(fc.record({ day: fc.nat(100), after: fc.nat(7) }), { maxLength: 2 }),
  rules: fc.option(fc.constantFrom('{overdue: off, non-working-day: error}', '{dependency-order: warning, negative-float: off}', '{meeting-before-milestone: off}'), { nil: undefined }),
});

function planText(specs: readonly Spec[], crlf: boolean, extras: Extras = NO_EXTRAS): string {
  const header = ['# yaml-language-server: $schema=../schemas/plan.schema.json', 'plan:', '  id: p', '  title: P', '  governance: {require: [PS]}'];
  const lines = [...header, ...(extras.finish === undefined ? [] : [`  finish: ${dayText(extras.finish)}`]), ...(extras.rules === undefined ? [] : [`  rules: ${extras.rules}`]), 'milestones:'];
  specs.forEach((s, i) => {
    lines.push(`  - id: M${i}`, `    title: Milestone ${i}   # comment`, `    date: ${dayText(s.day)}`);
    // 30 February: the schema's form of a day, but no day (invalid-date, and left out of the model).
    if (s.extra === 'bad-forecast') lines.push('    forecast: 2019-02-30');
    else if (s.forecast !== undefined) lines.push(`    forecast: ${dayText(s.forecast)}`);
    if (s.extra === 'bad-actual') lines.push('    actual: 2019-02-30');
    else if (s.actual !== undefined) lines.push(`    actual: ${dayText(s.actual)}`);
    if (s.deadline !== undefined) lines.push(`    deadline: ${dayText(s.deadline)}`);
    if (s.duration > 0) lines.push(`    duration: ${s.duration}d`);
    if (s.after.length > 0) lines.push(`    after: [${s.after.map((a) => `M${a % specs.length}`).join(', ')}]`);
    if (s.require) lines.push('    require: [PS, KR]');
    if (s.extra === 'unknown-key') lines.push('    colour: blue');
    if (s.extra === 'bad-progress') lines.push('    progress: 5/2');
  });
  const g = extras.gate;
  if (g !== undefined) lines.push('gates:', '  - id: G', '    title: Gate', `    date: ${dayText(g.day)}`, '    body: KR', `    ready: {milestone: M${g.ready % specs.length}, lead: ${g.lead}d}`);
  return `${lines.join(crlf ? '\r\n' : '\n')}${crlf ? '\r\n' : '\n'}`;
}

/** The second plan: each milestone after one of p's. */
function followerText(specs: readonly Spec[], extras: Extras): string {
  const lines = ['plan: {id: q, title: Q}', 'milestones:'];
  extras.followers.forEach((f, i) => lines.push(`  - id: N${i}`, `    title: N${i}`, `    date: ${dayText(f.day)}`, `    after: [p/M${f.after % specs.length}]`));
  return `${lines.join('\n')}\n`;
}

const specArb: fc.Arbitrary<Spec> = fc.record({
  day: fc.nat(100),
  forecast: fc.option(fc.nat(100), { nil: undefined }),
  actual: fc.option(fc.nat(40), { nil: undefined }),
  duration: fc.nat(3),
  // Indices modulo the count: later milestones and the milestone itself too, so cycles come and go.
  after: fc.array(fc.nat(7), { maxLength: 2 }),
  require: fc.boolean(),
  deadline: fc.option(fc.nat(100), { nil: undefined }),
  extra: fc.constantFrom<Spec['extra']>('none', 'none', 'none', 'none', 'unknown-key', 'bad-progress', 'bad-forecast', 'bad-actual'),
});

type Values = readonly (readonly [SettableKey, string])[];

const valuesArb: fc.Arbitrary<Values> = fc.record({
  forecast: fc.option(fc.oneof(fc.nat(120).map(dayText), fc.constantFrom('2019-12', '2019-Q4', '2020')), { nil: undefined }),
  actual: fc.option(fc.nat(120).map(dayText), { nil: undefined }),
  status: fc.option(fc.constantFrom('green', 'yellow', 'red'), { nil: undefined }),
}).map((v) => (['forecast', 'actual', 'status'] as const).flatMap((k) => (v[k] === undefined ? [] : [[k, v[k]] as const])))
  .filter((v) => v.length > 0);

function workspace(specs: readonly Spec[], crlf: boolean, extras: Extras = NO_EXTRAS): Map<string, string> {
  const texts = new Map([['ws/governance.yaml', GOVERNANCE], ['ws/p.yaml', planText(specs, crlf, extras)]]);
  if (extras.followers.length > 0) texts.set('ws/q.yaml', followerText(specs, extras));
  return texts;
}

const toSourceTexts = (texts: ReadonlyMap<string, string>): SourceText[] => [...texts].map(([file, text]) => ({ file, text }));

/** The analyses after the edit, as an EditInput made them. */
type Seen = { sources: ParsedSource[]; analyses: Analysis[] };

/** As the CLI makes it (src/cli/commands/edit-session.ts): the incremental re-analysis, with `seen` told of each. */
function incrementalInput(texts: ReadonlyMap<string, string>, seen: Seen = { sources: [], analyses: [] }): EditInput {
  const options = { today, clockToday: today };
  const { analysis, reanalyzeSources, introduced } = openEditAnalyses(toSourceTexts(texts), options);
  return {
    texts, analysis, locale: 'en', introduced,
    reanalyze: (edited) => analyze(toSourceTexts(edited), { ...options, today: analysis.today }),
    reanalyzeSources: (sources, edited) => {
      seen.sources.push(...sources.filter((s) => edited.has(s.file)));
      const after = reanalyzeSources(sources, edited);
      seen.analyses.push(after);
      return after;
    },
  };
}

/** Every file read and analysed afresh, before and after the edit. */
function fullInput(texts: ReadonlyMap<string, string>, analyses: Analysis[] = []): EditInput {
  const options = { today, clockToday: today };
  const analysis = analyze(toSourceTexts(texts), options);
  const reanalyze = (edited: ReadonlyMap<string, string>): Analysis => {
    const after = analyze(toSourceTexts(edited), { ...options, today: analysis.today });
    analyses.push(after);
    return after;
  };
  return { texts, analysis, locale: 'en', reanalyze };
}

/** A workspace with each plan's calendar as its spec (a calendar grows a cache of working days as it is asked). */
function comparable(ws: Workspace): unknown {
  return { ...ws, plans: ws.plans.map((p) => ({ ...p, calendar: p.calendar.spec })) };
}

/** The outcome with diagnostics as plain data (their message objects compared by value). */
function expectSameOutcome(incremental: EditPlan, full: EditPlan): void {
  expect(JSON.parse(JSON.stringify(incremental))).toEqual(JSON.parse(JSON.stringify(full)));
}

/** The plan file as JSON indented by two spaces (as an export script writes it): each milestone a flow mapping. */
function asJson(texts: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...texts].map(([file, text]) => [file, file === 'ws/governance.yaml' ? text : `${JSON.stringify(YAML.parse(text), null, 2)}\n`]));
}

describe('set with the incremental analysis', () => {
  it('prints, writes, refuses and introduces exactly what a full analysis does, on generated plans and edits', () => {
    checkAgainstFullAnalysis((texts) => new Map(texts), 300, 200);
  });

  it('does so on plans written as JSON, where each milestone is a flow mapping read alone', () => {
    checkAgainstFullAnalysis(asJson, 150, 100);
  });

  function checkAgainstFullAnalysis(layout: (texts: ReadonlyMap<string, string>) => Map<string, string>, numRuns: number, minPatched: number): void {
    let patchedRuns = 0;
    let patchedModels = 0;
    const introducedKinds = new Set<string>();
    fc.assert(fc.property(
      fc.array(specArb, { minLength: 1, maxLength: 8 }), fc.nat(7), valuesArb, fc.boolean(), extrasArb,
      (specs, pick, values, crlf, extras) => {
        const texts = layout(workspace(specs, crlf, extras));
        const ref = `p/M${pick % specs.length}`;
        const seen: Seen = { sources: [], analyses: [] };
        const fullAnalyses: Analysis[] = [];
        const incremental = planSet(incrementalInput(texts, seen), ref, values);
        expectSameOutcome(incremental, planSet(fullInput(texts, fullAnalyses), ref, values));
        if (incremental.ok) for (const d of incremental.introduced) introducedKinds.add(`${d.rule} ${d.file}`);
        // Not only what is reported: every finding after the edit, and the schedule, are those of the full analysis.
        expect(seen.analyses.length).toBe(fullAnalyses.length);
        seen.analyses.forEach((a, i) => {
          const full = fullAnalyses[i]!;
          // A patched model's analysis makes only the structural findings (src/edit/rule-scopes.ts makes the others).
          const expected = isPatchedWorkspace(a.workspace) ? full.diagnostics.filter((d) => STRUCTURAL_RULES.has(d.rule)) : full.diagnostics;
          expect(JSON.parse(JSON.stringify(a.diagnostics))).toEqual(JSON.parse(JSON.stringify(expected)));
          expect(a.schedule).toEqual(full.schedule);
          expect(comparable(a.workspace)).toEqual(comparable(full.workspace));
          if (isPatchedWorkspace(a.workspace)) patchedModels++;
        });
        if (seen.sources.some((s) => findPatchOrigin(s) !== undefined)) patchedRuns++;
      },
    ), { numRuns, seed: 1818 });
    // The property is about the incremental path: most runs must have taken it.
    expect(patchedRuns).toBeGreaterThan(minPatched);
    expect(patchedModels).toBeGreaterThan(minPatched / 2);
    // The findings the scoped path makes (src/edit/rule-scopes.ts) are among those the edits introduced: each kind.
    const kinds = ['dependency-order ws/p.yaml', 'dependency-order ws/q.yaml', 'overdue ws/q.yaml', 'negative-float ws/p.yaml', 'gate-readiness ws/p.yaml', 'meeting-before-milestone ws/p.yaml', 'actual-in-future ws/p.yaml', 'non-working-day ws/p.yaml', 'overdue ws/p.yaml'];
    expect(kinds.filter((k) => !introducedKinds.has(k))).toEqual([]);
  }

  it('agrees on hand-picked edits: a finding appears, one disappears, a date crosses a meeting, an actual changes, a cycle stays', () => {
    const base: Spec = { day: 1, forecast: undefined, actual: undefined, duration: 0, after: [], require: false, deadline: undefined, extra: 'none' };
    const cases: [Spec[], string, Values][] = [
      // M1 after M0: a forecast before M0's date introduces dependency-order; one after it removes it.
      [[{ ...base, day: 10 }, { ...base, day: 20, after: [0] }], 'p/M1', [['forecast', dayText(5)]]],
      [[{ ...base, day: 10 }, { ...base, day: 5, after: [0] }], 'p/M1', [['forecast', dayText(30)]]],
      // A milestone that needs PS and KR: moved from after KR's 2019-09-20 meeting to before it, and back.
      [[{ ...base, day: 25, require: true }], 'p/M0', [['forecast', dayText(15)]]],
      [[{ ...base, day: 15, require: true }], 'p/M0', [['forecast', dayText(25)]]],
      // An actual set, changed and moved into the future (after the status date).
      [[{ ...base, day: 3 }, { ...base, day: 9, after: [0] }], 'p/M0', [['actual', dayText(4)]]],
      [[{ ...base, day: 3, actual: 2 }, { ...base, day: 9, after: [0] }], 'p/M0', [['actual', dayText(60)]]],
      // A cycle M0 → M1 → M0: the edit changes a date on it; the cycle's finding is neither new nor gone.
      [[{ ...base, day: 3, after: [1] }, { ...base, day: 9, after: [0] }], 'p/M1', [['forecast', dayText(2)]]],
      // A file with a schema problem elsewhere: the edited file's schema check is the whole one.
      [[{ ...base, day: 3, extra: 'unknown-key' }, { ...base, day: 9 }], 'p/M1', [['status', 'red']]],
      // An invalid forecast replaced (its invalid-date finding goes), and an invalid actual kept.
      [[{ ...base, day: 3, extra: 'bad-forecast' }], 'p/M0', [['forecast', dayText(4)]]],
      [[{ ...base, day: 3, extra: 'bad-actual' }], 'p/M0', [['forecast', dayText(4)]]],
      // A Saturday forecast (non-working-day) and a period forecast.
      [[{ ...base, day: 3 }], 'p/M0', [['forecast', '2019-09-07']]],
      [[{ ...base, day: 3 }], 'p/M0', [['forecast', '2019-Q4'], ['status', 'yellow']]],
      // M2, late for its deadline, is driven by M1; M0 moved to M1's date ties with it and, first by ref, drives M2
      // instead: only M2's driver changes (its negative-float finding names it).
      [[{ ...base, day: 5 }, { ...base, day: 10 }, { ...base, day: 3, after: [0, 1], deadline: 8 }], 'p/M0', [['forecast', dayText(10)]]],
      // Nothing to change; and an unknown milestone.
      [[{ ...base, day: 3, forecast: 4 }], 'p/M0', [['forecast', dayText(4)]]],
      [[{ ...base, day: 3 }], 'p/M9', [['forecast', dayText(4)]]],
    ];
    for (const [specs, ref, values] of cases) {
      const texts = workspace(specs, false);
      expectSameOutcome(planSet(incrementalInput(texts), ref, values), planSet(fullInput(texts), ref, values));
    }
    const [specs, ref, values] = cases[0]!;
    const plan = planSet(incrementalInput(workspace(specs, false)), ref, values);
    expect(plan.ok && plan.introduced.map((d) => d.rule)).toEqual(['dependency-order']);
  });
});

describe('the schema check of a patched file', () => {
  /** The edited file's patched reading after setting `fields` of milestones[index], with its reading before. */
  function patched(text: string, index: number, fields: [SettableKey, string][], edit = (t: string): string => t): { whole: ParsedSource; after: ParsedSource } {
    const whole = parsePlanText('p.yaml', text);
    let after: ParsedSource | undefined;
    setMilestoneFields(text, index, fields, whole, (body: string, patch?: BlockPatch) => {
      after = patch === undefined ? undefined : patchSource('p.yaml', patch.block, patch.index, edit(patch.text), edit(body));
      return after ?? parsePlanText('p.yaml', body);
    });
    if (after === undefined) throw new Error('not patched');
    return { whole, after };
  }
  const seeded = (whole: ParsedSource, after: ParsedSource): SchemaCache => {
    const cache: SchemaCache = new WeakMap([[whole, { problems: checkSchema(whole.data), data: whole.data }]]);
    seedPatchedSchema(after, cache);
    return cache;
  };
  const text = 'plan: {id: p, title: P}\nmilestones:\n  - id: A\n    title: A\n    date: 2019-09-02\n  - id: B\n    title: B\n    date: 2019-09-16\n';

  it('is recorded as clean when the file was clean and the new milestone is, as the whole check finds', () => {
    const { whole, after } = patched(text, 1, [['forecast', '2019-10-01']]);
    expect(checkSchema(after.data)).toEqual([]);
    expect(seeded(whole, after).get(after)).toEqual({ problems: [], data: after.data });
  });

  it('is left to the whole check when the new milestone has a problem, or the file had one before', () => {
    const bad = patched(text, 1, [['status', 'red']], (t) => t.replace('status: red', 'status: purple'));
    expect(checkSchema(bad.after.data)).not.toEqual([]);
    expect(seeded(bad.whole, bad.after).has(bad.after)).toBe(false);
    const before = patched(text.replace('    title: A\n', '    title: A\n    colour: blue\n'), 1, [['status', 'red']]);
    expect(seeded(before.whole, before.after).has(before.after)).toBe(false);
  });
});

describe('the model of a patched file', () => {
  const text = 'plan: {id: p, title: P}\nmilestones:\n  - id: A\n    title: A\n    date: 2019-09-02\n';
  const before = analyze([{ file: 'p.yaml', text }], { today, clockToday: today }).workspace;
  const item = { id: 'A', title: 'A', date: '2019-09-02' };

  it('follows a new forecast, actual or status, and nothing else', () => {
    const ws = patchWorkspace(before, 'p.yaml', 0, item, { ...item, forecast: '2019-10-01', status: 'red' });
    expect(ws?.milestones[0]).toMatchObject({ forecast: { written: '2019-10-01' }, status: 'red', current: parseDayDate('2019-10-01') });
    expect(patchWorkspace(before, 'p.yaml', 0, item, { ...item, forecast: '2019-10-01', title: 'B' })).toBeUndefined();
    expect(patchWorkspace(before, 'p.yaml', 0, item, { ...item, actual: '2019-02-30' })).toBeUndefined();
    expect(patchWorkspace(before, 'p.yaml', 1, item, { ...item, status: 'red' })).toBeUndefined();
    expect(patchWorkspace(before, 'q.yaml', 0, item, { ...item, status: 'red' })).toBeUndefined();
  });
});

describe('findIntroduced', () => {
  const d = (rule: string, ref: string | null | undefined, line: number): Diagnostic =>
    ({ rule, ref, file: 'f', line, column: 1, severity: 'error', message: { id: 'x' }, related: [] }) as unknown as Diagnostic;

  it('matches by rule, entity and file, the first ones of a key being the old ones; an absent ref counts as none', () => {
    const before = [d('schema', null, 1), d('lead', 'p/A', 2)];
    const after = [d('schema', undefined, 1), d('schema', null, 5), d('lead', 'p/A', 9), d('lead', 'p/B', 2), d('overdue', 'p/A', 1)];
    expect(findIntroduced(before, after).map((x) => [x.rule, x.ref, x.line])).toEqual([['schema', null, 5], ['lead', 'p/B', 2], ['overdue', 'p/A', 1]]);
  });
});
