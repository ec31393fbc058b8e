// `set` reads the edited file back once: through the analysis after the edit, which both checks the edit and gives
// the diagnostics it introduces (issue #18: a second reading of a 3 MB file cost 0.5 s).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { parseDayDate } from '../../src/calendar/index.js';
import { planSet, type EditInput } from '../../src/edit/plan-set.js';
import { renderMessage } from '../../src/messages/index.js';
import type { Analysis } from '../../src/pipeline.js';
import { TWO_MILESTONES } from '../helpers/two-milestones.js';

const FILE = 'ws/w.yaml';
const today = parseDayDate('2019-08-01')!;
const analyse = (texts: ReadonlyMap<string, string>): Analysis => analyze([...texts].map(([file, text]) => ({ file, text })), { today, clockToday: today });

function inputWith(reanalyze: EditInput['reanalyze']): EditInput {
  const texts = new Map([[FILE, TWO_MILESTONES]]);
  return { texts, analysis: analyse(texts), reanalyze, locale: 'en' };
}

describe('set reads the edited file back once', () => {
  it('analyses the edited text once, and reports what that analysis found', () => {
    const seen: string[] = [];
    const plan = planSet(inputWith((texts) => (seen.push(texts.get(FILE)!), analyse(texts))), 'w/B', [['forecast', '2019-08-30']]);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(seen).toEqual([plan.edits[0]!.after]);
    expect(plan.edits[0]!.after).toBe(TWO_MILESTONES.replace('    date: 2019-09-16\n', '    date: 2019-09-16\n    forecast: 2019-08-30\n'));
    expect(plan.introduced.map((d) => d.rule)).toEqual(['dependency-order']);
  });

  it('checks the edit on that reading: a read-back that differs elsewhere refuses the edit', () => {
    const tampered = (texts: ReadonlyMap<string, string>): Analysis => analyse(new Map(texts).set(FILE, texts.get(FILE)!.replace('title: First', 'title: Fist')));
    const plan = planSet(inputWith(tampered), 'w/B', [['forecast', '2019-08-30']]);
    expect(plan.ok ? 'edited' : renderMessage(plan.message)).toBe('ws/w.yaml: cannot set forecast of w/B: the edited file did not read back as intended; nothing written');
  });
});
