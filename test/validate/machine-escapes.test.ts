// Machine formats (JSON, SARIF) show a message's control characters from plan text as escapes, as text output does:
// an unknown key's name and an invalid id reached a decoded message raw (SPEC §15; tester round 9 #3).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const PLAN = `plan: {id: e, title: "T", status_date: 2026-03-02, "\\e[2Jplankey": 1}
milestones:
  - {id: A, title: "t", date: 2026-03-10, "x\\n::error file=plans/ok.yaml,line=1::forged\\n": 1, after: ["\\e[31mREF"]}
  - {id: "B\\e[35m", title: "b", date: 2026-03-10}
`;
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u001f\u007f-\u009f]/;

describe('control characters in machine formats', () => {
  it('JSON messages and hints hold no raw control character, and show them as text output does', async () => {
    const r = await runCli(['validate', 'ws/e.yaml', '--format', 'json'], { files: { 'ws/e.yaml': PLAN } });
    const diagnostics = JSON.parse(r.stdout).diagnostics as { message: string; hint: string | null; related: { message: string }[] }[];
    const texts = diagnostics.flatMap((d) => [d.message, d.hint ?? '', ...d.related.map((p) => p.message)]);
    expect(texts.filter((t) => RAW.test(t))).toEqual([]);
    expect(diagnostics.map((d) => d.message)).toEqual(expect.arrayContaining([
      'unknown key "\\x1b[2Jplankey" in plan',
      'unknown key "x\\n::error file=plans/ok.yaml,line=1::forged\\n" in milestone A',
      expect.stringMatching(/^id of milestone B\\x1b\[35m is "B\\x1b\[35m"/),
    ]));
    const text = await runCli(['validate', 'ws/e.yaml', '--no-color'], { files: { 'ws/e.yaml': PLAN } });
    expect(text.stdout).toContain('unknown key "\\x1b[2Jplankey" in plan');
  });

  it('SARIF message texts hold none either', async () => {
    const r = await runCli(['validate', 'ws/e.yaml', '--format', 'sarif'], { files: { 'ws/e.yaml': PLAN } });
    const results = JSON.parse(r.stdout).runs[0].results as { message: { text: string }; relatedLocations?: { message: { text: string } }[] }[];
    expect(results.length).toBeGreaterThanOrEqual(3);
    // The one line break SARIF puts between message and hint is milepel's own, not the plan's.
    for (const x of results) expect(x.message.text.split('\n').length).toBeLessThanOrEqual(2);
    const texts = results.flatMap((x) => [...x.message.text.split('\n'), ...(x.relatedLocations ?? []).map((p) => p.message.text)]);
    expect(texts.filter((t) => RAW.test(t))).toEqual([]);
    expect(texts.some((t) => t.startsWith('unknown key "\\x1b[2Jplankey" in plan'))).toBe(true);
  });
});
