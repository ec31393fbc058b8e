// An edit that reads a plan file while another program writes it in place (truncated, then written: the edit lock keeps
// only milepel's own runs out) could not find the milestone in the half-written text, and said "no such milestone":
// the user's reference blamed for a race (tester round 22 F2). When the edit cannot be planned and a file no longer
// holds the bytes it was read with, the refusal says that file changed on disk, exit 2, nothing written, as a change
// seen before the write is refused.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';

const PLAN = 'plan: {id: p, title: P}\nmilestones:\n  - id: A\n    title: First\n    date: 2019-09-02\n  - id: B\n    title: Second\n    date: 2019-09-16\n';

/** `set B --forecast …` where the first read of p.yaml gets only its first `cut` bytes, as a writer had truncated it. */
async function setWhileWritten(cut: number | undefined): Promise<{ code: number; stderr: string; written: ReadonlyMap<string, string> }> {
  const io = fakeIo({ files: { 'ws/p.yaml': PLAN } });
  const readBytes = io.readBytes.bind(io);
  let first = true;
  Object.assign(io, {
    readBytes: (path: string, max?: number): Uint8Array => {
      const bytes = readBytes(path, max);
      if (path !== 'ws/p.yaml' || !first || cut === undefined) return bytes;
      first = false;
      return bytes.subarray(0, cut);
    },
  });
  const code = await run(['set', 'B', '--forecast', '2019-09-20', 'ws', '--today', '2019-09-01'], io);
  return { code, stderr: io.err(), written: io.written };
}

describe('an edit that read a file another program was writing in place', () => {
  it('says the file changed on disk, not that the milestone does not exist; exit 2, nothing written', async () => {
    const r = await setWhileWritten(PLAN.indexOf('  - id: B'));
    expect(r.stderr).toBe('milepel: ws/p.yaml changed on disk while milepel was editing it; nothing written: run the command again\n');
    expect(r.code).toBe(2);
    expect(r.written.size).toBe(0);
  });

  it('still says "no such milestone" when nothing changed (the reference is the user\'s)', async () => {
    const io = fakeIo({ files: { 'ws/p.yaml': PLAN } });
    const code = await run(['set', 'C', '--forecast', '2019-09-20', 'ws', '--today', '2019-09-01'], io);
    expect(code).toBe(2);
    expect(io.err()).toMatch(/^milepel: "C": no such milestone in ws\/p\.yaml/);
  });
});
