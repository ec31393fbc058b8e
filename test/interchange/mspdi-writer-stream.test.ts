// The MSPDI writer makes its tasks' text while the file is written (issue #18: a tree of every task's elements held a
// 100,000-task export at 1 GB), and finds the calendar's years without keeping a span per date.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { parseDayDate, type DayNumber } from '../../src/calendar/index.js';
import type { Milestone, Workspace } from '../../src/model/types.js';
import { PIECE } from '../../src/report/chunks.js';
import { writeMspdi } from '../../src/interchange/mspdi/writer.js';
import { YearSet } from '../../src/interchange/mspdi/write-calendar.js';

const day = (text: string): DayNumber => parseDayDate(text)!;
const COUNT = 2000;

function planText(): string {
  const lines = ['plan: {id: big, title: Big, status_date: 2020-06-01}', 'milestones:'];
  for (let i = 0; i < COUNT; i++) {
    const after = i === 0 ? '' : `, after: [{id: M${i - 1}, lag: 1d}]`;
    lines.push(`  - {id: M${i}, title: 'Milestone ${i} & <co>', date: 2020-01-${String((i % 28) + 1).padStart(2, '0')}${after}}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('writeMspdi streams its tasks', () => {
  const a = analyze([{ file: 'big.yaml', text: planText() }], { today: day('2020-06-01'), clockToday: day('2020-06-01') });

  it('reads no task title before its chunks are iterated, and every title once while they are', () => {
    expect(a.hasStructuralErrors).toBe(false);
    let reads = 0;
    const counted = a.workspace.milestones.map((m) => new Proxy(m, {
      get: (target, key, receiver) => {
        if (key === 'title') reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    }) as Milestone);
    const workspace: Workspace = { ...a.workspace, milestones: counted };
    const { chunks } = writeMspdi({ workspace, graph: a.graph, schedule: a.schedule, today: a.today, plan: 0 });
    expect(reads).toBe(0);
    const pieces = [...chunks];
    expect(reads).toBe(COUNT);
    // Pieces end at line ends and stay near PIECE units (a task's text is far shorter than one).
    expect(pieces.length).toBeGreaterThan(10);
    for (const p of pieces) {
      expect(p.endsWith('\n')).toBe(true);
      expect(p.length).toBeLessThan(PIECE + 4096);
    }
    const xml = pieces.join('');
    expect(xml.match(/<Task>/g)).toHaveLength(COUNT);
    expect(xml.match(/<PredecessorLink>/g)).toHaveLength(COUNT - 1);
    expect(xml).toContain('      <Name>Milestone 7 &amp; &lt;co&gt;</Name>\n');
    expect(xml.endsWith('    </Task>\n  </Tasks>\n</Project>\n')).toBe(true);
  });
});

describe('YearSet', () => {
  it('merges the years that spans touch, in any order, overlapping or adjacent', () => {
    const years = new YearSet();
    years.add(day('2023-05-01'), day('2023-05-01'));
    years.add(day('2020-01-02'), day('2019-12-31'));
    years.add(day('2021-03-03'), day('2021-03-04'));
    years.add(day('2019-06-01'), day('2019-06-01'));
    years.add(day('2030-12-31'), day('2031-01-01'));
    expect(years.spans()).toEqual([{ from: 2019, to: 2021 }, { from: 2023, to: 2023 }, { from: 2030, to: 2031 }]);
  });

  it('keeps a span reaching over many years whole, and a day after it in the same years adds nothing', () => {
    const years = new YearSet();
    years.add(day('0001-01-01'), day('9999-12-31'));
    years.add(day('5000-06-15'), day('5000-06-15'));
    expect(years.spans()).toEqual([{ from: 1, to: 9999 }]);
    expect(new YearSet().spans()).toEqual([]);
  });
});
