// Issue #18: a large plan file is read again to quote a line under a finding, not kept through the analysis
// (cli/reread.ts, analyze-texts.ts SourceBytes.reread); a file changed or gone since it was read has its findings
// shown at the same places, with no line quoted: never a line of the new text under a place in the old one.
import { describe, expect, it } from 'vitest';
import { fakeIo } from '../helpers/fake-io.js';
import { run } from '../../src/cli/main.js';
import { REREAD_FROM_BYTES } from '../../src/cli/reread.js';

const FILE = 'ws/big.yaml';
/** A plan whose text V8 holds at two bytes a character (the em dash), over REREAD_FROM_BYTES, with one finding at its end. */
function bigPlan(): string {
  const lines = ['plan: {id: big, title: Big — one, status_date: 2019-09-02}', 'milestones:'];
  for (let i = 0, length = 0; length < REREAD_FROM_BYTES; i++) length += lines[lines.push(`  - {id: M${i}, title: Milestone number ${i}, date: 2019-10-01}`) - 1]!.length + 1;
  lines.push('  - {id: LAST, title: Last one, date: 2019-10-01, after: [NOWHERE]}');
  return lines.join('\n') + '\n';
}

async function validateWith(changeOnReread: (text: string) => string | undefined): Promise<{ code: number; out: string; reads: number }> {
  const text = bigPlan();
  const io = fakeIo({ files: { [FILE]: text } });
  let reads = 0;
  const readBytes = io.readBytes;
  const changed: typeof io = {
    ...io,
    readBytes: (path, max) => {
      if (path !== FILE || ++reads === 1) return readBytes(path, max);
      const after = changeOnReread(text);
      if (after === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return new TextEncoder().encode(after);
    },
  };
  const code = await run(['validate', FILE], changed);
  return { code, out: io.out(), reads };
}

describe('a large file', () => {
  it('is read again to quote the line of a finding, and the line is the one the finding names', async () => {
    const r = await validateWith((text) => text);
    expect(r.code).toBe(1);
    expect(r.reads).toBe(2);
    const line = bigPlan().split('\n').length - 1;
    expect(r.out).toContain(`${FILE}:${line}:`);
    expect(r.out).toContain(`${line} |   - {id: LAST, title: Last one, date: 2019-10-01, after: [NOWHERE]}`);
  });

  it('changed since it was read, even at the same size, has its findings shown with no line quoted', async () => {
    const same = await validateWith((text) => text);
    for (const change of [(text: string) => text.replace('Last one', 'Last two'), (text: string) => text + '#', () => undefined]) {
      const r = await validateWith(change);
      expect(r.code).toBe(1);
      expect(r.reads).toBe(2);
      expect(r.out).not.toContain('Last two');
      expect(r.out).not.toContain('Last one');
      // The same findings, places and summary, less the quoted line and its underline.
      const headline = (out: string): string[] => out.split('\n').filter((l) => !/^ *(\d+ )? *\|/.test(l));
      expect(headline(r.out)).toEqual(headline(same.out));
    }
  });
});
