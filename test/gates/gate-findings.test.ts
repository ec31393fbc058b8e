// Findings on gates (SPEC §1.7, §12): a gate has `decided`, not `actual` or `forecast`, and is no readiness milestone.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { renderMessage } from '../../src/messages/index.js';

const PLAN = `plan: {id: a, title: A, status_date: 2027-02-01}
bodies: [{id: NEHS, name: Nasjonalt e-helsestyre}]
meetings: [{body: NEHS, date: 2027-01-13}]
milestones:
  - {id: M1, title: m, date: 2027-01-20}
gates:
  - {id: BP3, title: Beslutte, date: 2027-01-22, body: NEHS}
`;

describe('overdue on an undecided gate', () => {
  it('says it is not decided and hints at decided:, in English and Norwegian', () => {
    const a = analyze([{ file: 'a.yaml', text: PLAN }], { clockToday: 0 });
    const gate = a.diagnostics.find((d) => d.rule === 'overdue' && d.ref === 'a/BP3');
    expect(gate).toBeDefined();
    expect(renderMessage(gate!.message)).toMatch(/and not decided$/);
    expect(renderMessage(gate!.hint!)).toBe('record decided: YYYY-MM-DD if the decision at BP3 was taken, or move its date to 2027-02-01 or later');
    expect(renderMessage(gate!.hint!, 'nb')).toBe('skriv decided: ÅÅÅÅ-MM-DD hvis beslutningen i BP3 er tatt, eller flytt datoen til 01.02.2027 eller senere');
    // A milestone keeps its own hint.
    const milestone = a.diagnostics.find((d) => d.rule === 'overdue' && d.ref === 'a/M1');
    expect(renderMessage(milestone!.hint!)).toMatch(/^record actual: YYYY-MM-DD if M1 was achieved/);
  });
});

describe('actual-in-future on a gate', () => {
  it('reports a decision dated after the status date at decided:, with a hint to remove it', () => {
    const text = PLAN.replace('body: NEHS}', 'body: NEHS, decided: 2027-03-01}');
    const a = analyze([{ file: 'a.yaml', text }], { clockToday: 0 });
    const found = a.diagnostics.find((d) => d.rule === 'actual-in-future' && d.ref === 'a/BP3');
    expect(found).toBeDefined();
    expect(found!.severity).toBe('error');
    expect(renderMessage(found!.message)).toBe('a/BP3 has decided 2027-03-01, after the status date 2027-02-01');
    expect(renderMessage(found!.hint!)).toBe('if the decision at BP3 is not taken yet, remove decided: 2027-03-01 (date: holds the planned day)');
    expect(found!.line).toBe(text.split('\n').findIndex((l) => l.includes('decided:')) + 1);
    // Decided on or before the status date is a decision taken: nothing to say.
    const past = analyze([{ file: 'a.yaml', text: PLAN.replace('body: NEHS}', 'body: NEHS, decided: 2027-01-22}') }], { clockToday: 0 });
    expect(past.diagnostics.filter((d) => d.rule === 'actual-in-future')).toEqual([]);
  });
});

describe('a gate named as a readiness milestone', () => {
  it('is an unknown milestone, the gate itself never suggested back', () => {
    const text = PLAN.replace('body: NEHS}', 'body: NEHS, ready: {milestone: BP3}}');
    const a = analyze([{ file: 'a.yaml', text }], { clockToday: 0 });
    const found = a.diagnostics.filter((d) => d.rule === 'unknown-reference');
    expect(found.map((d) => [d.ref, renderMessage(d.message), d.hint === undefined ? undefined : renderMessage(d.hint)])).toEqual([
      ['a/BP3', 'a/BP3\'s readiness names "BP3", which is a gate, not a milestone', 'name the milestone whose delivery the decision waits for (ready: {milestone: ID}); a gate cannot wait for another gate'],
    ]);
    expect(renderMessage(found[0]!.message, 'nb')).toBe('beredskapen til a/BP3 viser til "BP3", som er et beslutningspunkt, ikke en milepæl');
    // The gate is not checked against itself: no readiness finding with a margin of 0.
    expect(a.diagnostics.filter((d) => d.rule === 'gate-readiness')).toEqual([]);
  });

  it('says another gate named is a gate, and never suggests a gate for a readiness milestone (a tester was sent from gate to gate)', () => {
    const text = `${PLAN}  - {id: BPX, title: g, date: 2027-01-22, body: NEHS, ready: {milestone: BP2}}\n  - {id: BP4, title: g, date: 2027-01-22, body: NEHS, ready: {milestone: BPX}}\n`;
    const a = analyze([{ file: 'a.yaml', text }], { clockToday: 0 });
    const found = a.diagnostics.filter((d) => d.rule === 'unknown-reference');
    expect(found.map((d) => [d.ref, renderMessage(d.message), renderMessage(d.hint!)])).toEqual([
      // BP2 is one letter from the gates BP3 and BP4, not from milestone M1: no suggestion.
      ['a/BPX', 'a/BPX refers to milestone "BP2", which does not exist', 'write the id of a milestone of this plan, or plan-id/ID for another plan'],
      ['a/BP4', 'a/BP4\'s readiness names "BPX", which is a gate, not a milestone', 'name the milestone whose delivery the decision waits for (ready: {milestone: ID}); a gate cannot wait for another gate'],
    ]);
  });
});

// SPEC §4.2: the admissible interval is [sub(c, window), sub(c, lead)]; a window shorter than the lead leaves no day.
describe('a governance window shorter than its lead', () => {
  it('says no day can qualify and what to change, never a reversed range, for milestones and gates alike', () => {
    const text = `plan: {id: m, title: M, status_date: 2027-04-01, governance: {require: [B], window: 1d, lead: 2d}}
bodies: [{id: B, name: Board}]
meetings: [{body: B, date: 2027-05-03}, {body: B, date: 2027-05-04}, {body: B, date: 2027-05-05}]
milestones:
  - {id: M, title: m, date: 2027-05-05}
gates:
  - {id: G, title: g, date: 2027-05-05, body: B}
`;
    const a = analyze([{ file: 'm.yaml', text }], { clockToday: 0 });
    const hints = a.diagnostics.filter((d) => d.rule === 'meeting-before-milestone' || d.rule === 'gate-decision').map((d) => renderMessage(d.hint!));
    expect(hints).toEqual([
      "hold a B meeting — no day can qualify: the window's first day 2027-05-04 is after the lead's last 2027-05-03; make the governance window longer than the lead",
      "hold a B meeting — no day can qualify: the window's first day 2027-05-04 is after the lead's last 2027-05-03; make the governance window longer than the lead",
    ]);
  });
});

// Tester round 82 F9: a readiness milestone that comes after its own gate was told to move dates, which never helps.
describe('gate-readiness when the readiness milestone comes after the gate', () => {
  it('says no date can fix it and to name another milestone or remove the dependency, in English and Norwegian', () => {
    const text = `plan: {id: p, title: P}
bodies: [{id: NEHS, name: N}]
meetings: [{body: NEHS, date: 2026-01-07}]
milestones:
  - {id: D3, title: d, date: 2026-02-02}
  - {id: D4, title: d, date: 2026-02-02, after: [X1]}
  - {id: X1, title: x, date: 2026-02-11, after: [BP3]}
gates:
  - {id: BP3, title: g, date: 2026-02-10, body: NEHS, ready: {milestone: D4, lead: 2d}}
  - {id: BP4, title: g, date: 2026-02-10, body: NEHS, ready: {milestone: X1}}
  - {id: BP5, title: g, date: 2026-01-20, body: NEHS, ready: {milestone: D3}}
`;
    const found = analyze([{ file: 'p.yaml', text }], { clockToday: 20454 }).diagnostics.filter((d) => d.rule === 'gate-readiness');
    expect(found.map((d) => [d.ref, renderMessage(d.hint!)])).toEqual([
      ['p/BP3', 'p/D4 comes after BP3 through its after entries, so no date makes it ready before the decision: name a milestone before BP3 in its ready, or remove the dependency on BP3'],
      // The gate's first date that makes its milestone ready is named (tester round 94 F3).
      ['p/BP4', 'bring p/X1 forward to 2026-02-10 or earlier, or move BP4 to 2026-02-11 or later'],
      ['p/BP5', 'bring p/D3 forward to 2026-01-20 or earlier, or move BP5 to 2026-02-02 or later'],
    ]);
    expect(renderMessage(found[0]!.hint!, 'nb')).toBe('p/D4 kommer etter BP3 gjennom after-oppføringene sine, så ingen dato gjør den klar før beslutningen: oppgi en milepæl før BP3 i ready, eller fjern avhengigheten av BP3');
  });

  // Tester round 94 F3: a milestone to be ready before the status date was told, and its quick fix set, a forecast
  // before it, which made it overdue. The gate is to move, to the first day that makes the milestone ready.
  it('offers no forecast before the status date: the gate moved to the first day that makes it ready', () => {
    const text = `plan: {id: q, title: Q, status_date: 2019-06-19}
milestones:
  - {id: T1, title: t, date: 2019-06-28}
gates:
  - {id: BP2, title: g, date: 2019-07-01, ready: {milestone: T1, lead: 10d}}
  - {id: BP3, title: g, date: 2019-07-01, decided: 2019-07-01, ready: {milestone: T1, lead: 10d}}
`;
    const found = analyze([{ file: 'q.yaml', text }], { clockToday: 20454 }).diagnostics.filter((d) => d.rule === 'gate-readiness');
    expect(found.map((d) => [d.ref, renderMessage(d.hint!), renderMessage(d.hint!, 'nb')])).toEqual([
      // 2019-07-12 less 10 working days is 2019-06-28, T1's date.
      ['q/BP2', 'move BP2 to 2019-07-12 or later, or shorten the lead', 'flytt BP2 til 12.07.2019 eller senere, eller kort ned ledetiden'],
      // Decided: its date stays; the lead is what is left.
      ['q/BP3', 'shorten the lead', 'kort ned ledetiden'],
    ]);
  });

  // Round 83 F3, round 84 F2: the working days the links hold the milestone after the gate (lags, link types,
  // durations) against the lead decide it: a date can make it ready exactly when they do not exceed the lead's room.
  it.each([
    ['FS, lag 0, lead 0', '[BP3]', '0d', 'ready: {milestone: D4}', 'gate-readiness.hint'],
    ['FS, lag -5d, lead 2d', '[{id: BP3, lag: -5d}]', '0d', 'ready: {milestone: D4, lead: 2d}', 'gate-readiness.hint'],
    ['SS, no duration, lead 0', '[{id: BP3, type: SS}]', '0d', 'ready: {milestone: D4}', 'gate-readiness.hint'],
    ['FF, lag -1w, lead 3d', '[{id: BP3, type: FF, lag: -1w}]', '0d', 'ready: {milestone: D4, lead: 3d}', 'gate-readiness.hint'],
    ['FS, lag 2d, lead 0', '[{id: BP3, lag: 2d}]', '0d', 'ready: {milestone: D4}', 'gate-readiness.after-gate.hint'],
    ['SS over a 3d duration, lead 0', '[{id: BP3, type: SS}]', '3d', 'ready: {milestone: D4}', 'gate-readiness.after-gate.hint'],
    ['SF, lead 2d', '[{id: BP3, type: SF}]', '0d', 'ready: {milestone: D4, lead: 2d}', 'gate-readiness.after-gate.hint'],
    ['FS in elapsed days, lead 2d', '[{id: BP3, lag: 1ed}]', '0d', 'ready: {milestone: D4, lead: 2d}', 'gate-readiness.hint'],
  ])('%s', (_, after, duration, ready, hint) => {
    const text = `plan: {id: p, title: P}
bodies: [{id: NEHS, name: N}]
meetings: [{body: NEHS, date: 2026-01-07}]
milestones:
  - {id: D4, title: d, date: 2026-02-20, duration: ${duration}, after: ${after}}
gates:
  - {id: BP3, title: g, date: 2026-02-10, body: NEHS, ${ready}}
`;
    const found = analyze([{ file: 'p.yaml', text }], { clockToday: 20454 }).diagnostics.filter((d) => d.rule === 'gate-readiness');
    expect(found.map((d) => d.hint?.id)).toEqual([hint]);
  });
});
