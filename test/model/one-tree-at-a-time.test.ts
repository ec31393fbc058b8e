// The analysis reads each file into the model as soon as it is parsed (src/pipeline.ts SourceAnalysis,
// src/model/build.ts startWorkspace): with keepData false it keeps no parse tree of a file it has read, and the
// model it makes lists what it found in the plan headers first, as when every header was read before any entity.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../../src/model/build.js';
import { SourceAnalysis } from '../../src/pipeline.js';
import { parseFastSource } from '../../src/source/parse.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const plan = (id: string, extra = ''): string => `plan: {id: ${id}, title: ${id}${extra}}
milestones:
  - {id: M1, title: One, date: 2026-03-02}
  - {id: M2, title: Two, date: 2026-03-09, after: [M1]}
`;

/** Adds a parse of `text` to `analysis` and returns a weak reference to its tree (nothing else here holds it). */
function addAndWatch(analysis: SourceAnalysis, file: string, text: string): WeakRef<object> {
  const parsed = parseFastSource(file, text);
  if (parsed === undefined) throw new Error('the fast path declined the fixture');
  analysis.add(parsed);
  return new WeakRef(parsed.data as object);
}

async function collected(ref: WeakRef<object>): Promise<boolean> {
  // A WeakRef keeps its target until the job that made it has ended.
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  return ref.deref() === undefined;
}

describe('SourceAnalysis', () => {
  it('keeps no parse tree of a file once it has been added, with keepData false', async () => {
    const analysis = new SourceAnalysis({ clockToday: 20500, keepData: false });
    const first = addAndWatch(analysis, 'a.yaml', plan('a'));
    expect(await collected(first)).toBe(true);
    addAndWatch(analysis, 'b.yaml', plan('b'));
    const result = analysis.finish();
    expect(result.workspace.milestones.map((m) => m.ref)).toEqual(['a/M1', 'a/M2', 'b/M1', 'b/M2']);
    expect(result.sources.map((s) => s.data)).toEqual([undefined, undefined]);
  });

  it('keeps the trees by default (the edit commands and the language server read them)', async () => {
    const analysis = new SourceAnalysis({ clockToday: 20500 });
    const first = addAndWatch(analysis, 'a.yaml', plan('a'));
    expect(await collected(first)).toBe(false);
    expect(analysis.finish().sources[0]!.data).toBeDefined();
  });
});

describe('buildWorkspace', () => {
  it("lists the plan headers' duplicates and invalid dates before those of the files' entities", () => {
    const data = (file: string, text: string): unknown => parseFastSource(file, text)!.data;
    const ws = buildWorkspace([
      { file: 'a.yaml', data: data('a.yaml', `${plan('a')}  - {id: M1, title: Again, date: 2026-03-03}\n  - {id: M3, title: Three, date: 2026-02-30}\n`) },
      { file: 'a2.yaml', data: data('a2.yaml', plan('a')) },
      { file: 'b.yaml', data: data('b.yaml', plan('b', ', status_date: 2026-02-31')) },
    ]);
    // a2.yaml's milestones are read into plan a, whose first definition holds: both repeat a.yaml's.
    expect(ws.duplicates.map((d) => `${d.kind} ${d.origin.file}`)).toEqual(['plan a2.yaml', 'milestone a.yaml', 'milestone a2.yaml', 'milestone a2.yaml']);
    expect(ws.invalidDates.map((d) => d.origin.file)).toEqual(['b.yaml', 'a.yaml']);
  });
});
