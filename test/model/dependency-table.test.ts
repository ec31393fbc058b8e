// model/dependency-table.ts (issue #18): the model's `after` edges as rows of typed arrays give, row by row, the
// AfterEdge each row stands for: ends, type, lag and estimate, and origins made from the file and places.
import { describe, expect, it } from 'vitest';
import { ZERO_DURATION } from '../../src/calendar/index.js';
import { DependencyTable } from '../../src/model/dependency-table.js';
import { LINK_CODE, LINK_OF_CODE } from '../../src/model/milestone-types.js';
import { AfterEdge } from '../../src/model/origin.js';
import { buildGraph, edgeEnds } from '../../src/graph/graph.js';

const plain = (d: AfterEdge): unknown => ({ from: d.from, to: d.to, lag: d.lag, lagEstimate: d.lagEstimate, type: d.type, origin: d.origin.path, file: d.origin.file, lagOrigin: d.lagOrigin?.path });

describe('DependencyTable', () => {
  const rows: ConstructorParameters<typeof AfterEdge>[] = [
    [3, 0, ZERO_DURATION, undefined, 'FS', 'a.yaml', 0, 0, 0],
    [-1, 1, { n: 2, unit: 'w' }, undefined, 'SS', 'a.yaml', 1, 1, 2],
    [0, 2, { n: -1, unit: 'ed' }, { unit: 'ed', min: -2, likely: -1, max: 0 }, 'FF', 'b.yaml', 7, 3, 2],
    [2, 3, ZERO_DURATION, undefined, 'SF', 'a.yaml', 4, 0, 1],
  ];

  it('gives each row as the AfterEdge it was added as, through growth and trimming', () => {
    const table = new DependencyTable(1);
    for (let k = 0; k < 250; k++) for (const r of rows) table.add(...r);
    expect(table.length).toBe(1000);
    table.trim();
    expect(table.from.length).toBeLessThan(1000 * 4 / 3 + 1);
    for (let e = 0; e < table.length; e++) {
      const r = rows[e % rows.length]!;
      expect(plain(table.at(e)!)).toEqual(plain(new AfterEdge(...r)));
      expect(LINK_OF_CODE[table.typeCode(e)]).toBe(r[4]);
      expect(table.typeCode(e)).toBe(LINK_CODE[r[4]]);
      expect(table.lagAt(e)).toBe(r[2]);
    }
    expect(table.at(1000)).toBeUndefined();
    expect(table.at(-1)).toBeUndefined();
    expect([...table].map(plain)).toEqual(Array.from({ length: 1000 }, (_, e) => plain(table.at(e)!)));
  });

  it('copies rows with other ends and moved successors, leaving the source as it was', () => {
    const source = new DependencyTable();
    for (const r of rows) source.add(...r);
    const moved = new DependencyTable();
    moved.addAll(source, 10);
    expect([...moved].map((d) => [d.from, d.to])).toEqual([[3, 10], [-1, 11], [0, 12], [2, 13]]);
    expect([...source].map((d) => d.to)).toEqual([0, 1, 2, 3]);
    const resolved = new DependencyTable();
    resolved.addRow(source, 1, 5, 1);
    expect(plain(resolved.at(0)!)).toEqual(plain(new AfterEdge(5, 1, { n: 2, unit: 'w' }, undefined, 'SS', 'a.yaml', 1, 1, 2)));
  });

  it('gives the graph its ends as views of its columns, as an array of the same edges would', () => {
    const table = new DependencyTable(8);
    const edges = [{ from: 0, to: 1 }, { from: 1, to: 2 }, { from: 0, to: 2 }];
    for (const e of edges) table.add(e.from, e.to, ZERO_DURATION, undefined, 'FS', 'a.yaml', e.to, 0, 0);
    const ends = edgeEnds(table);
    expect([...ends.from]).toEqual([0, 1, 0]);
    expect(ends.from.buffer).toBe(table.from.buffer);
    const rank = Int32Array.from([0, 1, 2]);
    const a = buildGraph(3, table, rank);
    const b = buildGraph(3, edges, rank);
    expect([...a.succEdges]).toEqual([...b.succEdges]);
    expect([...a.order]).toEqual([...b.order]);
  });
});
