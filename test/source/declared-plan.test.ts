// The plan id a file declares, read from its text alone (src/source/declared-plan.ts).
import { describe, expect, it } from 'vitest';
import { declaredPlanId, declaresPlan } from '../../src/source/declared-plan.js';

describe('declaredPlanId', () => {
  it.each([
    ['plan:\n  id: akson\n  title: A\n', 'akson'],
    ['# header\n\nplan:   # the plan\n\n  # its id\n  title: A\n  id: "felles-grunnmur"  # quoted\n', 'felles-grunnmur'],
    ["plan: {title: 'A, B', id: 'p_1.x'}\nmilestones: [\n", 'p_1.x'],
    ['plan: {id: p2}\n', 'p2'],
    ['\ufeffplan:\r\n  id: bom\r\n', 'bom'],
    ['x: 1\r\nplan:\r\n  id: crlf\r\n', 'crlf'],
    [': : [\nplan:\n  id: prosjekt-50\n', 'prosjekt-50'],
    // An `id:` of a nested mapping or a block scalar's text is not the plan's (tester round 68 F1).
    ['plan:\n  x-source:\n    id: legacy-7\n  id: a\n  title: [unclosed\n', 'a'],
    ['plan:\n  calendar:\n    id: cal\n  title: |\n    id: c\n  id: a\n', 'a'],
    ['plan: {x-source: {y: 1, id: legacy-7}, "title": "a, id: q", id: a}\n', 'a'],
  ])('reads %j as %j', (text, id) => {
    expect(declaredPlanId(text)).toBe(id);
    expect(declaresPlan(text, id)).toBe(true);
    expect(declaresPlan(text, `${id}x`)).toBe(false);
    expect(declaresPlan(text, id.slice(1))).toBe(false);
  });

  it.each([
    ['milestones: []\n'],
    ['plan:\ntitle: no id below\n  id: late\n'],
    ['  plan:\n    id: indented\n'],
    ['plan: akson\n'],
    ['plan:\n  id: -bad\n'],
    ['plan:\n  id: [a]\n'],
    ['plan:\n  title: no id\n'],
    [`${'#'.repeat(70 * 1024)}\nplan:\n  id: too-far\n`],
    // Two ids at the plan's own level (a duplicate key) or only a nested one: which plan it is cannot be read.
    ['plan:\n  id: late\n  id: a\n'],
    ['plan:\n  x-source:\n    id: late\n  title: t\n'],
    ['plan: {id: late, id: a}\n'],
    ['plan: {x: {id: late}}\n'],
  ])('finds none in %j', (text) => {
    expect(declaredPlanId(text)).toBeUndefined();
    for (const id of ['late', 'indented', 'akson', '-bad', 'a', 'too-far']) expect(declaresPlan(text, id)).toBe(false);
  });

  it('declaresPlan looks only near the first plan: line, where the id is written: elsewhere is no declaration', () => {
    const refs = `milestones:\n${'  - {id: M, after: [p/M]}\n'.repeat(100)}`;
    expect(declaresPlan(`${refs}plan:\n  id: q\n`, 'p')).toBe(false);
    expect(declaresPlan(`# p/M\nplan:\n  id: q\n  title: about p\n`, 'p')).toBe(false);
    expect(declaresPlan(`# p\nplan:\n  title: p\n  id: p\n${refs}`, 'p')).toBe(true);
    // Further below than it looks (a wrong no costs its caller time only).
    expect(declaresPlan(`plan:\n${'  # .\n'.repeat(300)}  id: p\n`, 'p')).toBe(false);
    expect(declaredPlanId(`plan:\n${'  # .\n'.repeat(300)}  id: p\n`)).toBe('p');
  });
});
