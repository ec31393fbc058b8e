// `set` reads only the milestone's own lines with the yaml library (src/edit/milestone-block.ts) and falls back to the
// whole document where those lines do not read back alone as the milestone. Both ways must give the same bytes.
import { describe, expect, it } from 'vitest';
import { openMilestoneBlock, verifyBlockEdit } from '../../src/edit/milestone-block.js';
import { setMilestoneFields } from '../../src/edit/set-field.js';
import { parsePlanText } from '../../src/analyze.js';
import { renderMessage, type Message } from '../../src/messages/index.js';

/** A refusal in English, as set prints it; '' when the check passed. */
const why = (m: Message | undefined): string => (m === undefined ? '' : renderMessage(m));

const PLAN = [
  'plan:', '  id: p', 'milestones:',
  '  - id: A', '    date: 2020-01-10', '  # between A and B',
  '  - id: B', '    date: 2020-02-10', '    forecast: 2020-02-12  # slipped',
  '  - id: C', '    date: 2020-03-10', '', '# before the goals', 'goals:', '  - id: G', '',
].join('\n');

describe('the block of one milestone', () => {
  it('runs from its first line to the next entry, or for the last entry to the next top-level key', () => {
    expect(openMilestoneBlock(PLAN, 0)?.source.body).toBe('  - id: A\n    date: 2020-01-10\n  # between A and B\n');
    expect(openMilestoneBlock(PLAN, 1)?.source.body).toBe('  - id: B\n    date: 2020-02-10\n    forecast: 2020-02-12  # slipped\n');
    expect(openMilestoneBlock(PLAN, 2)?.source.body).toBe('  - id: C\n    date: 2020-03-10\n\n# before the goals\n');
    expect(openMilestoneBlock(PLAN, 3)).toBeUndefined();
  });

  it('is not used where the lines do not read back alone as the milestone: an alias, a lone "-" after it', () => {
    // A flow list's mapping is read from its braces alone (it shares its line with the key), unless it does not read alone.
    expect(openMilestoneBlock('milestones: [{id: A, date: 2020-01-10}]\n', 0)?.column).toBe(14);
    expect(openMilestoneBlock('x-day: &d 2020-01-10\nmilestones: [{id: A, date: *d}]\n', 0)).toBeUndefined();
    expect(openMilestoneBlock('x-day: &d 2020-01-10\nmilestones:\n  - id: A\n    date: *d\n', 0)).toBeUndefined();
    const loneDash = 'milestones:\n  - id: A\n    date: 2020-01-10\n  -\n    id: B\n    date: 2020-02-10\n';
    expect(openMilestoneBlock(loneDash, 0)).toBeUndefined();
    expect(openMilestoneBlock(loneDash, 1)?.source.body).toBe('    id: B\n    date: 2020-02-10\n');
    expect(openMilestoneBlock('milestones:\n  - id: A\n    date: [2020\n', 0)).toBeUndefined();
  });

  it('catches an edit that changes anything but the milestone', () => {
    const block = openMilestoneBlock(PLAN, 1)!;
    const forecast = (m: Record<string, unknown>): void => {
      m['forecast'] = '2020-02-20';
    };
    expect(verifyBlockEdit(block, PLAN.replace('2020-02-12', '2020-02-20'), 1, forecast)).toBeUndefined();
    expect(why(verifyBlockEdit(block, PLAN.replace('2020-02-12', '2020-02-21'), 1, forecast))).toMatch(/did not read back/);
    expect(why(verifyBlockEdit(block, PLAN.replace('2020-02-12', '2020-02-20').replace('2020-03-10', '2020-03-11'), 1, forecast))).toMatch(/did not read back/);
    expect(why(verifyBlockEdit(block, PLAN.replace('2020-02-12', '[2020'), 1, forecast))).toMatch(/invalid YAML \(line \d+: /);
  });
});

describe('set through the block and through the whole document', () => {
  it.each([
    ['a value replaced, its comment kept', PLAN, 1, 'forecast', PLAN.replace('forecast: 2020-02-12  # slipped', 'forecast: 2020-02-20  # slipped'), 9],
    ['a key inserted in the last entry, before the blank line and comment', PLAN, 2, 'forecast', PLAN.replace('    date: 2020-03-10\n', '    date: 2020-03-10\n    forecast: 2020-02-20\n'), 12],
    ['CRLF kept', PLAN.replaceAll('\n', '\r\n'), 0, 'forecast', PLAN.replace('    date: 2020-01-10\n', '    date: 2020-01-10\n    forecast: 2020-02-20\n').replaceAll('\n', '\r\n'), 6],
    ['an empty value with a comment filled in, the comment kept', PLAN.replace('    date: 2020-01-10\n', '    date: 2020-01-10\n    forecast:   # TBD\n'), 0, 'forecast', PLAN.replace('    date: 2020-01-10\n', '    date: 2020-01-10\n    forecast:   2020-02-20 # TBD\n'), 6],
    ['an empty value with a comment right after the colon', PLAN.replace('    date: 2020-01-10\n', '    date: 2020-01-10\n    status: # to be reported\n'), 0, 'status', PLAN.replace('    date: 2020-01-10\n', '    date: 2020-01-10\n    status: red # to be reported\n'), 6],
    ['a byte order mark kept', `\uFEFF${PLAN}`, 1, 'status', `\uFEFF${PLAN.replace('# slipped\n', '# slipped\n    status: red\n')}`, 10],
    // The whole-document way: a flow list, an alias to an anchor outside the entry.
    ['a flow list', 'milestones: [{id: A, date: 2020-01-10}]\n', 0, 'forecast', 'milestones: [{id: A, date: 2020-01-10, forecast: 2020-02-20}]\n', 1],
    ['an alias', 'x-day: &d 2020-01-10\nmilestones:\n  - id: A\n    date: *d\n', 0, 'forecast', 'x-day: &d 2020-01-10\nmilestones:\n  - id: A\n    date: *d\n    forecast: 2020-02-20\n', 5],
  ] as const)('%s', (_, text, index, key, expected, line) => {
    const value = key === 'status' ? 'red' : '2020-02-20';
    const outcome = setMilestoneFields(text, index, [[key, value]]);
    expect(outcome).toMatchObject({ ok: true, text: expected });
    expect(outcome.ok && outcome.changes[0]!.line).toBe(line);
  });

  it("uses the analysis's reading of the file only when it is of the same text", () => {
    const expected = PLAN.replace('forecast: 2020-02-12  # slipped', 'forecast: 2020-02-20  # slipped');
    const same = setMilestoneFields(PLAN, 1, [['forecast', '2020-02-20']], parsePlanText('p.yaml', PLAN));
    const stale = setMilestoneFields(PLAN, 1, [['forecast', '2020-02-20']], parsePlanText('p.yaml', PLAN.replace('id: p', 'id: a-longer-plan-id')));
    expect(same).toMatchObject({ ok: true, text: expected });
    expect(stale).toMatchObject({ ok: true, text: expected });
  });
});
