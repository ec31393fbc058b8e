// A list whose entries must differ (ajv's uniqueItems: a milestone's `require`, a calendar's `workdays`): every later
// entry equal to an earlier one is a finding paired with the first, and left out. ajv names one pair a list, the
// last two equal entries, and the others stayed in the model.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { renderMessage } from '../../src/messages/index.js';

describe('a list that repeats an entry', () => {
  it('has each later repeat reported once, paired with the first entry, and left out', () => {
    const text = 'plan: {id: r, title: R}\nbodies: [{id: A, name: A}, {id: B, name: B}]\nmilestones:\n  - {id: M, title: M, date: 2026-07-01, require: [A, B, A, "A"]}\n';
    const analysis = analyze([{ file: 'r.yaml', text }], { clockToday: 20600 });
    expect(analysis.diagnostics.filter((d) => d.rule === 'schema').map((d) => `${d.line}:${d.column} ${renderMessage(d.message, 'en')}`)).toEqual([
      '4:57 require of milestone M lists "A" twice (require[0] and require[2])',
      '4:60 require of milestone M lists "A" twice (require[0] and require[3])',
    ]);
    expect(analysis.workspace.milestones[0]!.require).toEqual(['A', 'B']);
  });

  it('reports each value repeated, each repeat against its own first entry', () => {
    const text = 'plan: {id: r, title: R, calendar: {workdays: [mon, tue, mon, tue, mon]}}\nmilestones:\n  - {id: M, title: M, date: 2026-07-01}\n';
    const analysis = analyze([{ file: 'r.yaml', text }], { clockToday: 20600 });
    expect(analysis.diagnostics.filter((d) => d.rule === 'schema').map((d) => renderMessage(d.message, 'en'))).toEqual([
      'plan.calendar.workdays lists "mon" twice (workdays[0] and workdays[2])',
      'plan.calendar.workdays lists "tue" twice (workdays[1] and workdays[3])',
      'plan.calendar.workdays lists "mon" twice (workdays[0] and workdays[4])',
    ]);
  });

  it('that holds itself through an alias is reported, not a crash', () => {
    // `&r [A, *r, *r]`: require[1] and require[2] are the list itself (circular data), equal to each other.
    const text = 'plan: {id: c, title: C}\nbodies: [{id: A, name: A}]\nmilestones:\n  - {id: M, title: M, date: 2026-07-01, require: &r [A, *r, *r]}\n';
    const analysis = analyze([{ file: 'c.yaml', text }], { clockToday: 20600 });
    expect(analysis.diagnostics.filter((d) => d.rule === 'schema').map((d) => `${d.line}:${d.column} ${renderMessage(d.message, 'en')}`)).toEqual([
      '4:57 require[1] of milestone M must be text, not a list',
      '4:61 require of milestone M lists […] twice (require[1] and require[2])',
      '4:61 require[2] of milestone M must be text, not a list',
    ]);
  });
});

