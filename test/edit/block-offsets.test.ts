// openMilestoneBlock finds the block from the fast reader's offsets (ParsedSource.offsetOf) instead of the line table
// of the whole text (issue #18); a reading without offsets (the full parser's) goes through lines and columns. Both
// must give the same block, and the block's first line must be the line `locate` gives the milestone.
import { describe, expect, it } from 'vitest';
import { openMilestoneBlock } from '../../src/edit/milestone-block.js';
import { parsePlanText } from '../../src/analyze.js';
import { parseFullChecked } from '../../src/source/full-parse.js';
import type { ParsedSource } from '../../src/source/parse.js';

const PLAN = [
  'plan:', '  id: p', 'milestones:',
  '  - id: A', '    title: "Ålesund — første"', '    date: 2020-01-10', '  # between A and B',
  '  -', '    id: B', '    date: 2020-02-10', '    forecast: 2020-02-12  # slipped',
  '  - {id: C, date: 2020-03-10}', '', '# before the goals', 'goals:', '  - id: G', '',
].join('\n');

/** The block without offsets: what a reading by the full parser gives. */
function withoutOffsets(s: ParsedSource): ParsedSource {
  return { file: s.file, text: s.text, data: s.data, problems: s.problems, locate: s.locate };
}

describe('the block found by offsets', () => {
  it.each([
    ['LF', PLAN],
    ['CR LF', PLAN.replaceAll('\n', '\r\n')],
    ['lone CR', PLAN.replaceAll('\n', '\r')],
  ])('is the block found by lines and columns (%s)', (_, text) => {
    const fast = parsePlanText('p.yaml', text);
    expect(fast.offsetOf).toBeDefined();
    let found = 0;
    for (let i = 0; i < 3; i++) {
      const byOffsets = openMilestoneBlock(text, i, fast);
      const byLines = openMilestoneBlock(text, i, withoutOffsets(fast));
      const byFullParser = openMilestoneBlock(text, i, parseFullChecked('p.yaml', text));
      for (const other of [byLines, byFullParser]) {
        expect(byOffsets && { start: byOffsets.start, end: byOffsets.end, firstLine: byOffsets.firstLine }).toEqual(other && { start: other.start, end: other.end, firstLine: other.firstLine });
      }
      if (byOffsets !== undefined) {
        expect(byOffsets.firstLine).toBe(fast.locate(['milestones', i]).line);
        found++;
      }
    }
    // A is followed by a lone "-" and is left to the whole document (milestone-block.test.ts); B and C are blocks.
    expect(found).toBe(2);
  });

  it('offsetOf is where locate points, for values and keys', () => {
    const fast = parsePlanText('p.yaml', PLAN);
    const lines = PLAN.split('\n');
    const at = (line: number, column: number): number => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
    for (const [path, key] of [[['milestones', 1, 'forecast'], false], [['milestones', 1, 'forecast'], true], [['goals'], true], [['milestones', 2, 'date'], false]] as const) {
      const place = fast.locate(path, key);
      expect(fast.offsetOf!(path, key)).toBe(at(place.line, place.column));
    }
  });
});
