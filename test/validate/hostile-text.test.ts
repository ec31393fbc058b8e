// Hostile text: terminal escapes in plan text, CRLF and BOM, and a 100,000-long dependency chain in one file.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';
import { expectNoCrash } from './no-crash.js';

const ESC = '\x1b';

/** Escape sequences as YAML escapes, raw in a quoted title and raw in a comment on a line with a finding. */
const HOSTILE = [
  'plan:',
  '  id: p',
  '  title: "\\e[31mred\\e[0m \\x9b2J \\u202e"',
  'milestones:',
  '  - id: "M\\e[31m1"',
  '    title: T',
  '    date: 2019-09-02',
  `  - id: M2`,
  `    title: "raw ${ESC}[2J here"`,
  // A lone CR is a line break (YAML 1.2), so it starts a comment line of its own; it must not reach the output either.
  `    date: 2019-09-07 # ${ESC}]0;pwned\x07 \r    # overwrite \x9b31m`,
  '',
].join('\n');

describe('control characters in plan text never reach the terminal', () => {
  for (const format of ['text', 'json', 'github', 'junit', 'sarif']) {
    it(`--format ${format} has no ESC, BEL, CR or C1 from the plan`, async () => {
      const r = await runCli(['validate', 'ws', '--today', '2019-06-03', '--format', format], { files: { 'ws/a.yaml': HOSTILE }, diskRoots: [] });
      expectNoCrash(r, format === 'github');
      expect(r.code).toBe(1);
      // eslint-disable-next-line no-control-regex
      expect(r.stdout).not.toMatch(/[\x1b\x07\r\x9b]/);
      expect(r.stdout).toContain(format === 'text' ? 'M\\x1b[31m1' : 'M');
    });
  }

  it('with --color only milepel\'s own styling is an escape sequence', async () => {
    const r = await runCli(['validate', 'ws', '--today', '2019-06-03', '--color'], { files: { 'ws/a.yaml': HOSTILE }, diskRoots: [] });
    expect(r.stdout).toContain(ESC);
    expect(r.stdout).not.toContain(`${ESC}[2J`);
    expect(r.stdout).not.toContain(`${ESC}]0;`);
    // Every escape sequence is an SGR colour sequence.
    expect(r.stdout.replaceAll(new RegExp(`${ESC}\\[[0-9;]*m`, 'g'), '')).not.toContain(ESC);
  });
});

describe('CRLF line endings and a byte-order mark keep positions right', () => {
  const lf = [
    'plan:',
    '  id: p',
    '  title: "Multi',
    '    line"',
    'milestones:',
    '  - id: M1',
    '    title: |',
    '      Block',
    '      text',
    '    date: 2019-09-07',
    '    after: [M0, {id: M9, lag: 2d}]',
    '    responsible: "?"',
    '',
  ].join('\n');
  const crlf = lf.replace(/\n/g, '\r\n');

  async function positions(text: string): Promise<string[]> {
    const r = await runCli(['validate', 'ws', '--today', '2019-06-03', '--format', 'json'], { files: { 'ws/a.yaml': text }, diskRoots: [] });
    expectNoCrash(r);
    return (JSON.parse(r.stdout) as { diagnostics: { line: number; column: number; rule: string }[] }).diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`);
  }

  it('the LF file has its findings where they are', async () => {
    expect(await positions(lf)).toEqual(['10:11 non-working-day', '11:13 unknown-reference', '11:22 unknown-reference', '12:18 unassigned']);
  });

  for (const [name, text] of [['CRLF', crlf], ['BOM', `\ufeff${lf}`], ['BOM and CRLF', `\ufeff${crlf}`]] as const) {
    it(`${name}: the same lines and columns`, async () => {
      expect(await positions(text)).toEqual(await positions(lf));
    });
  }

  it('the text excerpt of a CRLF file has no CR', async () => {
    const r = await runCli(['validate', 'ws', '--today', '2019-06-03'], { files: { 'ws/a.yaml': `\ufeff${crlf}` }, diskRoots: [] });
    expect(r.stdout).not.toContain('\r');
    expect(r.stdout).not.toContain('\ufeff');
    expect(r.stdout).toContain('   10 |     date: 2019-09-07\n');
  });
});

describe('a 100,000-long chain in one generated file', () => {
  const N = 100_000;
  function chain(closeCycle: boolean): string {
    const parts = ['plan:\n  id: chain\n  title: Chain\nmilestones:\n'];
    for (let i = 0; i < N; i++) {
      const after = i > 0 ? `    after: [M${i - 1}]\n` : closeCycle ? `    after: [M${N - 1}]\n` : '';
      parts.push(`  - id: M${i}\n    title: Step ${i}\n    date: 2019-09-02\n${after}`);
    }
    return parts.join('');
  }

  it('validates without a stack overflow', async () => {
    const r = await runCli(['validate', 'ws', '--today', '2019-06-03', '--format', 'json'], { files: { 'ws/chain.yaml': chain(false) }, diskRoots: [] });
    expectNoCrash(r);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).diagnostics).toEqual([]);
  });

  it('closed into one cycle, it is one dependency-cycle diagnostic at M0', async () => {
    const r = await runCli(['validate', 'ws', '--today', '2019-06-03', '--format', 'json'], { files: { 'ws/chain.yaml': chain(true) }, diskRoots: [] });
    expectNoCrash(r);
    expect(r.code).toBe(1);
    const diagnostics = JSON.parse(r.stdout).diagnostics as { rule: string; line: number; message: string }[];
    expect(diagnostics.map((d) => `${d.line} ${d.rule}`)).toEqual(['8 dependency-cycle']);
    expect(diagnostics[0]!.message).toMatch(/^dependency cycle: chain\/M0 → chain\/M1 → chain\/M2 → .* → chain\/M99999 → chain\/M0$/);
  });
});

describe('a path in a message (duplicate-id names the file of the first definition)', () => {
  it('shows its control characters escaped in JSON and SARIF messages, as in text (SPEC §15; tester round 5)', async () => {
    const dir = 'ws/x\x1b[31my\nz';
    const files = { [`${dir}/g1.yaml`]: 'bodies: [{id: PS, name: P}]\n', [`${dir}/g2.yaml`]: 'bodies: [{id: PS, name: P}]\n' };
    for (const format of ['json', 'sarif']) {
      const out = (await runCli(['validate', 'ws', '--format', format], { files })).stdout;
      expect(out, format).toContain('the first definition is in ws/x\\\\x1b[31my\\\\nz/g1.yaml');
      expect(out, format).not.toMatch(/the first definition is in ws\/x\\u001b/);
    }
  });
});
