// The plan id a file declares, read from its text alone (src/source/declared-plan.ts).
import { describe, expect, it } from 'vitest';
import { declaredPlanId } from '../../src/source/declared-plan.js';

describe('declaredPlanId', () => {
  it.each([
    ['plan:\n  id: akson\n  title: A\n', 'akson'],
    ['# header\n\nplan:   # the plan\n\n  # its id\n  title: A\n  id: "felles-grunnmur"  # quoted\n', 'felles-grunnmur'],
    ["plan: {title: 'A, B', id: 'p_1.x'}\nmilestones: [\n", 'p_1.x'],
    ['plan: {id: p2}\n', 'p2'],
    ['\ufeffplan:\r\n  id: bom\r\n', 'bom'],
    ['x: 1\r\nplan:\r\n  id: crlf\r\n', 'crlf'],
    [': : [\nplan:\n  id: prosjekt-50\n', 'prosjekt-50'],
  ])('reads %j as %j', (text, id) => {
    expect(declaredPlanId(text)).toBe(id);
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
  ])('finds none in %j', (text) => {
    expect(declaredPlanId(text)).toBeUndefined();
  });
});
