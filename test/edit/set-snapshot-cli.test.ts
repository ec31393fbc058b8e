// `milepel set` and `milepel snapshot` end to end on a fake Io: what is written, printed and refused.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { nodeIo } from '../../src/cli/node-io.js';
import { run } from '../../src/cli/main.js';
import { fakeIo, readRepoFile, runCli } from '../helpers/fake-io.js';

const WS = `plan: {id: w, title: W}   # header
milestones:
  - id: A
    title: First
    date: 2019-09-02
  - id: B
    title: Second
    date: 2019-09-16   # two weeks later
    after: [A]
`;

describe('milepel set', () => {
  it('inserts a forecast in the shipped Akson plan: one new line, and says what changed', async () => {
    const r = await runCli(['set', 'akson/MP2', '--forecast', '2019-09-13', 'plans', '--today', '2019-09-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('plans/akson.yaml:38: forecast (none) → 2019-09-13\n');
    const before = readRepoFile('plans/akson.yaml');
    expect(r.io.written.get('plans/akson.yaml')).toBe(before.replace('    date: 2019-08-31\n', '    date: 2019-08-31\n    forecast: 2019-09-13\n'));
  });

  it('prints the diagnostics the change introduces (the dependency order it breaks), not the old ones', async () => {
    const r = await runCli(['set', 'w/B', '--forecast', '2019-08-30', 'ws', '--today', '2019-08-01'], { files: { 'ws/w.yaml': WS } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('ws/w.yaml:9: forecast (none) → 2019-08-30\n');
    expect(r.stderr).toContain('The change introduces this diagnostic:');
    expect(r.stderr).toContain('w/B (2019-08-30) is before its predecessor w/A (2019-09-02)');
    expect(r.stderr).toContain('[dependency-order]');
    expect(r.stderr).not.toContain('non-working-day');
  });

  it('accepts a bare id, DD.MM.YYYY, several fields at once and reports each line', async () => {
    const r = await runCli(['set', 'A', '--actual', '02.09.2019', '--status', 'green', 'ws', '--today', '2019-09-03'], { files: { 'ws/w.yaml': WS } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('ws/w.yaml:6: actual (none) → 2019-09-02\nws/w.yaml:7: status (none) → green\n');
    expect(r.io.written.get('ws/w.yaml')).toBe(WS.replace('    date: 2019-09-02\n', '    date: 2019-09-02\n    actual: 2019-09-02\n    status: green\n'));
  });

  it('says what a value written over several lines was as the value it reads as, a one-line one as written', async () => {
    const text = WS.replace('date: 2019-09-02\n', 'date: 2019-09-02\n    status: >-\n      red\n    forecast: "2019-09-03"\n');
    const r = await runCli(['set', 'w/A', '--status', 'green', '--forecast', '2019-09-04', 'ws'], { files: { 'ws/w.yaml': text } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('ws/w.yaml:7: forecast "2019-09-03" → 2019-09-04\nws/w.yaml:6: status red → green\n');
    expect(r.io.written.get('ws/w.yaml')).toBe(WS.replace('date: 2019-09-02\n', 'date: 2019-09-02\n    status: green\n    forecast: "2019-09-04"\n'));
  });

  it('writes nothing when the value is already there', async () => {
    const text = WS.replace('date: 2019-09-02\n', 'date: 2019-09-02\n    status: red\n');
    const r = await runCli(['set', 'w/A', '--status', 'red', 'ws'], { files: { 'ws/w.yaml': text } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('already red');
    expect(r.io.written.size).toBe(0);
  });

  for (const [args, message] of [
    [['set', 'w/Bx', '--forecast', '2019-09-13'], /^milepel: "w\/Bx": no such milestone in ws\/w\.yaml; did you mean w\/B\? \(nothing written\)\n$/],
    [['set', 'w/B', '--forecast', '2019-02-30'], /^milepel: --forecast 2019-02-30 does not exist: February 2019 has 28 days; nothing written\n$/],
    [['set', 'w/B', '--actual', '29.02.2019'], /^milepel: --actual 29\.02\.2019 does not exist: February 2019 has 28 days; nothing written\n$/],
    [['set', 'w/B', '--forecast', '2019-09-13', '--forecast', '2019-09-20'], /^milepel: --forecast is given twice, "2019-09-13" and "2019-09-20": give it once; nothing written\n$/],
    [['set', 'w/B', '--status', 'red', '--status=green'], /^milepel: --status is given twice, "red" and "green": give it once; nothing written\n$/],
    [['set', 'w/B', '--forecast', '2019-09-13', '--plan', 'other'], /^milepel: w\/B is not in plan other \(--plan\): write the milestone's id alone, or drop --plan; nothing written\n$/],
    [['set', 'B', '--forecast', '2019-09-13', '--plan', 'other'], /^milepel: --plan other: no such plan in the workspace \(plans: w\)\n$/],
    [['set', 'w/B', '--actual', '2019-Q3'], /^milepel: --actual 2019-Q3 is a period; periods are not allowed here/],
    [['set', 'w/B', '--status', 'blue'], /^milepel: --status "blue" is not a status: use green, yellow or red/],
    [['set', 'w/B'], /^milepel: set needs --forecast <date>, --actual <date> or --status green\|yellow\|red\n$/],
  ] as const) {
    it(`refuses ${args.slice(1).join(' ')} with exit 2 and writes nothing`, async () => {
      const r = await runCli([...args, 'ws'], { files: { 'ws/w.yaml': WS } });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
      expect(r.io.written.size).toBe(0);
    });
  }

  it('--status takes the Norwegian words too and writes the plan\'s (grønn is green), as import reads them', async () => {
    const r = await runCli(['set', 'w/B', '--status', 'rød', 'ws', '--locale', 'nb'], { files: { 'ws/w.yaml': WS } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('ws/w.yaml:9: status (ingen) → red\n');
    expect(r.io.written.get('ws/w.yaml')).toContain('    status: red\n');
  });

  it('--status takes amber (the A of RAG) as yellow, and the words in any case (tester round 22 F1)', async () => {
    for (const [word, written] of [['amber', 'yellow'], ['Amber', 'yellow'], ['GREEN', 'green'], ['Rød', 'red']]) {
      const r = await runCli(['set', 'w/B', '--status', word!, 'ws'], { files: { 'ws/w.yaml': WS } });
      expect(r.code, word).toBe(0);
      expect(r.io.written.get('ws/w.yaml'), word).toContain(`    status: ${written}\n`);
    }
    const bad = await runCli(['set', 'w/B', '--status', 'orange', 'ws'], { files: { 'ws/w.yaml': WS } });
    expect(bad.code).toBe(2);
  });

  it('--plan gives a bare id its plan (SPEC §7 common option)', async () => {
    const r = await runCli(['set', 'B', '--plan', 'w', '--status', 'red', 'ws'], { files: { 'ws/w.yaml': WS } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('ws/w.yaml:9: status (none) → red\n');
  });

  it('takes an option given twice with the same value (nothing is ambiguous)', async () => {
    const r = await runCli(['set', 'w/B', '--status', 'red', '--status', 'red', 'ws'], { files: { 'ws/w.yaml': WS } });
    expect(r.code).toBe(0);
    expect(r.io.written.size).toBe(1);
  });

  it('refuses when the file changed on disk after it was read: exit 2, one line naming the file, no second attempt (SPEC §7)', async () => {
    const io = fakeIo({ files: { 'ws/w.yaml': WS } });
    let reads = 0;
    // Another program saves the file just after milepel read it; the write finds other bytes there than the read.
    // milepel held the file's edit lock from before its read, so no other milepel did: refused, never read again and
    // merged, the editor's text kept.
    const racing: Io = { ...io, readBytes: (path, max) => {
      const read = io.readBytes(path, max);
      if (++reads === 1) io.appendText(path, '# saved by an editor\n');
      return read;
    } };
    const code = await run(['set', 'w/B', '--forecast', '2019-09-20', 'ws'], racing);
    expect(code).toBe(2);
    expect(reads).toBe(1);
    expect(io.err()).toBe('milepel: ws/w.yaml changed on disk while milepel was editing it; nothing written: run the command again\n');
    expect(io.readText('ws/w.yaml')).toBe(`${WS}# saved by an editor\n`);
  });

  it('on real files with a BOM, CR LF and emoji: the bytes it checks and splices are made from the text read, exactly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'milepel-bytes-'));
    try {
      const crlf = WS.replace('title: First', 'title: Første 🚀 — «én»').replace(/\n/g, '\r\n');
      const bom = Buffer.from([0xef, 0xbb, 0xbf]);
      writeFileSync(join(dir, 'a.yaml'), Buffer.concat([bom, Buffer.from(crlf, 'utf8')]));
      writeFileSync(join(dir, 'b.yaml'), WS.replace(/w\//g, 'v/').replace('{id: w,', '{id: v,').replace('title: Second', 'title: Zweite ✅'));
      const out: string[] = [];
      const io: Io = { ...nodeIo(), stdout: (t) => void out.push(t), stderr: (t) => void out.push(t) };
      expect(await run(['snapshot', dir, '--today', '2019-08-01'], io)).toBe(0);
      const a = readFileSync(join(dir, 'a.yaml'));
      expect([...a.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(a.subarray(3).toString('utf8')).toBe(crlf
        .replace('    date: 2019-09-02\r\n', '    date: 2019-09-02\r\n    history:\r\n      - {reported: 2019-08-01, forecast: 2019-09-02}\r\n')
        .replace('    after: [A]\r\n', '    after: [A]\r\n    history:\r\n      - {reported: 2019-08-01, forecast: 2019-09-16}\r\n'));
      expect(readFileSync(join(dir, 'b.yaml'), 'utf8')).toContain('title: Zweite ✅\n    date: 2019-09-16   # two weeks later\n    after: [A]\n    history:\n');
      expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'b.yaml']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('on a real file: refuses and keeps the other writer\'s text when it changes just before the write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'milepel-set-'));
    try {
      const file = join(dir, 'w.yaml');
      writeFileSync(file, WS);
      const real = nodeIo();
      const out: string[] = [];
      let saves = 0;
      // Another writer saves the file just before milepel renames: refused at once, the other writer's text kept.
      const io: Io = {
        ...real, stdout: (t) => void out.push(t), stderr: (t) => void out.push(t),
        replaceFiles: (items) => (writeFileSync(file, `${WS}# other ${++saves}\n`), real.replaceFiles(items)),
      };
      expect(await run(['set', 'w/B', '--forecast', '2019-09-20', file], io)).toBe(2);
      expect(saves).toBe(1);
      expect(readFileSync(file, 'utf8')).toBe(`${WS}# other 1\n`);
      expect(out.join('')).toBe(`milepel: ${file} changed on disk while milepel was editing it; nothing written: run the command again\n`);
      expect(readdirSync(dir)).toEqual(['w.yaml']);
      out.length = 0;
      // And without the race, the real file is edited in place.
      const ok: Io = { ...real, stdout: (t) => void out.push(t), stderr: (t) => void out.push(t) };
      writeFileSync(file, WS);
      expect(await run(['set', 'w/B', '--forecast', '2019-09-20', file], ok)).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(WS.replace('# two weeks later\n', '# two weeks later\n    forecast: 2019-09-20\n'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('milepel snapshot', () => {
  it('records each open milestone once, then nothing until a forecast moves', async () => {
    const first = await runCli(['snapshot', 'ws', '--today', '2019-08-01'], { files: { 'ws/w.yaml': WS } });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('ws/w.yaml:7: w/A history + {reported: 2019-08-01, forecast: 2019-09-02}\nws/w.yaml:13: w/B history + {reported: 2019-08-01, forecast: 2019-09-16}\nsnapshot 2019-08-01: 2 entries recorded in 1 file\n');
    const once = first.io.written.get('ws/w.yaml')!;
    expect(once).toBe(WS
      .replace('    date: 2019-09-02\n', '    date: 2019-09-02\n    history:\n      - {reported: 2019-08-01, forecast: 2019-09-02}\n')
      .replace('    after: [A]\n', '    after: [A]\n    history:\n      - {reported: 2019-08-01, forecast: 2019-09-16}\n'));

    const again = await runCli(['snapshot', 'ws', '--today', '2019-09-01'], { files: { 'ws/w.yaml': once } });
    expect(again.stdout).toBe('snapshot 2019-09-01: nothing to record (2 unchanged); no file written\n');
    expect(again.io.written.size).toBe(0);

    const moved = once.replace('# two weeks later\n', '# two weeks later\n    forecast: 2019-09-20\n');
    const third = await runCli(['snapshot', 'ws', '--today', '2019-09-01'], { files: { 'ws/w.yaml': moved } });
    expect(third.stdout).toContain('w/B history + {reported: 2019-09-01, forecast: 2019-09-20}');
    expect(third.io.written.get('ws/w.yaml')).toBe(moved.replace('forecast: 2019-09-16}\n', 'forecast: 2019-09-16}\n      - {reported: 2019-09-01, forecast: 2019-09-20}\n'));
  });

  it('prints every entry of a snapshot of 2,500 milestones, in order, across the pieces its lines are written in', async () => {
    const count = 2500;
    const text = `plan: {id: big, title: Big}\nmilestones:\n${Array.from({ length: count }, (_, i) => `  - id: M${i}\n    title: M ${i}\n    date: 2030-01-0${1 + (i % 7)}\n`).join('')}`;
    const r = await runCli(['snapshot', 'ws', '--today', '2029-12-01'], { files: { 'ws/big.yaml': text } });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).toHaveLength(count + 2);
    expect(lines[count + 1]).toBe('');
    expect(lines[count]).toBe('snapshot 2029-12-01: 2500 entries recorded in 1 file');
    for (let i = 0; i < count; i++) expect(lines[i]).toBe(`ws/big.yaml:${5 * i + 7}: big/M${i} history + {reported: 2029-12-01, forecast: 2030-01-0${1 + (i % 7)}}`);
  });

  it('names the first five milestones whose history runs past today, and counts the rest (a 98,712-ref line before)', async () => {
    const text = `plan: {id: p, title: P}\nmilestones:\n${Array.from({ length: 7 }, (_, i) => `  - {id: M${i}, title: M, date: 2030-01-01, history: [{reported: 2020-01-01, forecast: 2030-01-01}]}\n`).join('')}`;
    for (const [locale, line] of [
      ['en', 'snapshot 2019-12-01: nothing to record (7 with history after 2019-12-01 left alone (p/M0, p/M1, p/M2, p/M3, p/M4 and 2 more)); no file written'],
      ['nb', 'snapshot 01.12.2019: ingenting å registrere (7 med historikk etter 01.12.2019 urørt (p/M0, p/M1, p/M2, p/M3, p/M4 og 2 til)); ingen fil er skrevet'],
    ] as const) {
      const r = await runCli(['snapshot', 'ws', '--today', '2019-12-01', '--locale', locale], { files: { 'ws/p.yaml': text } });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${line}\n`);
    }
  });

  it('corrects the entry of the same day instead of adding a second one, and leaves later histories alone', async () => {
    const text = WS.replace('    date: 2019-09-02\n', '    date: 2019-09-02\n    forecast: 2019-09-04\n    history:\n      - {reported: 2019-09-01, forecast: 2019-09-03}\n')
      .replace('    after: [A]\n', '    after: [A]\n    history:\n      - {reported: 2019-10-01, forecast: 2019-09-16}\n');
    const r = await runCli(['snapshot', 'ws', '--today', '2019-09-01'], { files: { 'ws/w.yaml': text } });
    expect(r.stdout).toBe("ws/w.yaml:8: w/A history {reported: 2019-09-01, forecast: 2019-09-04} (today's entry updated)\nsnapshot 2019-09-01: 1 entry recorded in 1 file (1 with history after 2019-09-01 left alone (w/B))\n");
    expect(r.io.written.get('ws/w.yaml')).toBe(text.replace('forecast: 2019-09-03}', 'forecast: 2019-09-04}'));
  });

  it("corrects today's entry wherever the list has it: newest first, or an older report added after it (tester round 9 #4)", async () => {
    const plan = (history: string): string => `plan: {id: nf, title: NF, status_date: 2026-03-02}
milestones:
  - id: A
    title: A
    date: 2026-03-10
    forecast: 2026-03-25
    history:        # newest first, as the programme office writes it
${history}`;
    const newestFirst = plan('      - {reported: 2026-03-02, forecast: 2026-03-20}\n      - {reported: 2026-02-01, forecast: 2026-03-10}\n');
    const r = await runCli(['snapshot', 'ws'], { files: { 'ws/nf.yaml': newestFirst } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("ws/nf.yaml:8: nf/A history {reported: 2026-03-02, forecast: 2026-03-25} (today's entry updated)\nsnapshot 2026-03-02: 1 entry recorded in 1 file\n");
    expect(r.io.written.get('ws/nf.yaml')).toBe(newestFirst.replace('forecast: 2026-03-20}', 'forecast: 2026-03-25}'));
    const backFilled = plan('      - {reported: 2026-02-01, forecast: 2026-03-10}\n      - {reported: 2026-03-02, forecast: 2026-03-20}\n      - {reported: 2026-02-15, forecast: 2026-03-12}\n');
    const b = await runCli(['snapshot', 'ws'], { files: { 'ws/nf.yaml': backFilled } });
    expect(b.io.written.get('ws/nf.yaml')).toBe(backFilled.replace('forecast: 2026-03-20}', 'forecast: 2026-03-25}'));
    // A milestone written as JSON writes it (the flow planner, history-flow.ts), today's entry first.
    const json = '{"plan": {"id": "j", "title": "t", "status_date": "2026-03-02"}, "milestones": [{"id": "A", "title": "a", "date": "2026-03-10", "forecast": "2026-03-25", "history": [{"reported": "2026-03-02", "forecast": "2026-03-20"}, {"reported": "2026-02-01", "forecast": "2026-03-10"}]}]}\n';
    const j = await runCli(['snapshot', 'ws'], { files: { 'ws/j.yaml': json } });
    expect(j.io.written.get('ws/j.yaml')).toBe(json.replace('"forecast": "2026-03-20"', '"forecast": "2026-03-25"'));
    // Unchanged since today's entry: nothing written, wherever it is.
    const same = plan('      - {reported: 2026-03-02, forecast: 2026-03-25}\n      - {reported: 2026-02-01, forecast: 2026-03-10}\n');
    const u = await runCli(['snapshot', 'ws'], { files: { 'ws/nf.yaml': same } });
    expect(u.stdout).toBe('snapshot 2026-03-02: nothing to record (1 unchanged); no file written\n');
  });

  it('skips done milestones', async () => {
    const done = WS.replace('    date: 2019-09-02\n', '    date: 2019-09-02\n    actual: 2019-09-02\n');
    const r = await runCli(['snapshot', 'ws', '--today', '2019-09-03', '--plan', 'w'], { files: { 'ws/w.yaml': done } });
    expect(r.stdout).toContain('1 entry recorded in 1 file (1 done)');
    expect(r.stdout).not.toContain('w/A');
  });
});

describe('edits refused on what the analysis found', () => {
  it('set on a goal or a measure says what it names, and writes nothing (a tester\'s finding: "no such milestone")', async () => {
    const files = { 'ws/r.yaml': 'plan: {id: r, title: R}\nmilestones:\n  - {id: M1, title: m, date: 2024-02-01, goal: G1}\ngoals:\n  - {id: G1, title: Goal}\nmeasures:\n  - {id: T1, goal: G1, title: Measure, responsible: Us}\n' };
    const goal = await runCli(['set', 'r/G1', '--forecast', '2024-03-01', 'ws'], { files });
    expect(goal.code).toBe(2);
    expect(goal.stderr).toBe('milepel: "r/G1" is a goal (roadmap), not a milestone: set edits a milestone\'s forecast, actual or status (nothing written)\n');
    const measure = await runCli(['set', 'T1', '--forecast', '2024-03-01', 'ws', '--locale', 'nb'], { files });
    expect(measure.stderr).toMatch(/^milepel: "T1" er et tiltak \(veikart\), ikke en milepæl/);
    expect(goal.io.written.size + measure.io.written.size).toBe(0);
  });
  const DUP = 'plan: {id: q, title: Q, status_date: 2024-01-15}\nmilestones:\n  - {id: A, title: first, date: 2024-02-01}\n  - {id: A, title: second, date: 2024-03-01}\n  - {id: B, title: third, date: 2024-03-01}\n';
  it('set refuses a milestone defined twice and writes nothing; another milestone of the file is set', async () => {
    const r = await runCli(['set', 'q/A', '--status', 'red', 'ws'], { files: { 'ws/q.yaml': DUP } });
    expect(r.code).toBe(2);
    // The finding's words and where the first definition is (tester round 59 F3: it named neither).
    expect(r.stderr).toBe('milepel: ws/q.yaml:4:10: milestone q/A is defined twice: the first definition is in ws/q.yaml (ws/q.yaml:3:10); the edit cannot tell which one is meant: give one of them another id; nothing written\n');
    expect(r.io.written.size).toBe(0);
    const other = await runCli(['set', 'q/B', '--status', 'red', 'ws'], { files: { 'ws/q.yaml': DUP } });
    expect(other.code).toBe(0);
  });
  it('set refuses a milestone of a plan defined twice in two files (the model keeps only the first file\'s plan), and writes nothing', async () => {
    const plan = (title: string, date: string): string => `plan: {id: a, title: ${title}}\nmilestones:\n  - {id: A, title: A, date: ${date}}\n`;
    const files = { 'ws/1.yaml': plan('A1', '2024-01-10'), 'ws/2.yaml': plan('A2', '2024-01-11'), 'ws/o.yaml': 'plan: {id: o, title: O}\nmilestones:\n  - {id: X, title: X, date: 2024-02-01}\n' };
    const r = await runCli(['set', 'a/A', '--forecast', '2024-01-12', 'ws', '--today', '2024-01-02'], { files });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('milepel: ws/2.yaml:1:12: plan a is defined twice: the first definition is in ws/1.yaml (ws/1.yaml:1:12); the edit cannot tell which one is meant: give one of them another id, or name only the files to edit, one definition among them; nothing written\n');
    expect(r.io.written.size).toBe(0);
    // A milestone of another plan is still set.
    expect((await runCli(['set', 'o/X', '--forecast', '2024-02-02', 'ws', '--today', '2024-01-02'], { files })).code).toBe(0);
  });
  it('snapshot refuses a workspace with a milestone defined twice', async () => {
    const r = await runCli(['snapshot', 'ws', '--today', '2024-01-20'], { files: { 'ws/q.yaml': DUP } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('q/A is defined twice');
    expect(r.io.written.size).toBe(0);
  });
  // Tester round 60 F3: a body, meeting, goal, risk or measure defined twice stopped snapshot with "the edit cannot tell
  // which one is meant", though snapshot edits none of them (set went ahead on the same workspace).
  it('snapshot goes ahead over a duplicate of what it does not edit (bodies, meetings, goals, risks, measures)', async () => {
    const head = 'plan: {id: pd, title: P, status_date: 2024-03-01}\nmilestones:\n  - {id: M2, title: M, date: 2024-04-01, forecast: 2024-04-08}\n';
    const extras = [
      'bodies: [{id: B1, name: One}, {id: B1, name: Two}]\n',
      'bodies: [{id: B1, name: One}]\nmeetings: [{body: B1, date: 2024-03-05}, {body: B1, date: 2024-03-05}]\n',
      'goals: [{id: G1, title: g}, {id: G1, title: h}]\n',
      'risks: [{id: R1, title: r, probability: 0.5, impact: 1d, milestones: [M2]}, {id: R1, title: s, probability: 0.5, impact: 1d, milestones: [M2]}]\n',
      'goals: [{id: G1, title: g}]\nmeasures: [{id: T1, goal: G1, title: t, responsible: U}, {id: T1, goal: G1, title: u, responsible: U}]\n',
    ];
    for (const extra of extras) {
      const r = await runCli(['snapshot', 'ws', '--today', '2024-03-10'], { files: { 'ws/a.yaml': head + extra } });
      expect(r.stderr, extra).not.toContain('cannot tell which one is meant');
      expect(r.code, extra).toBe(0);
      expect([...r.io.written.values()].join(''), extra).toContain('reported: 2024-03-10');
    }
  });
  it('snapshot refuses a milestone whose date or forecast is not a valid date: it skipped the one without a word, and recorded the other\'s planned date as its forecast (a tester\'s finding)', async () => {
    const other = 'plan: {id: o, title: O}\nmilestones:\n  - {id: Y, title: Y, date: 2019-03-04}\n';
    const badDate = 'plan: {id: dd, title: D}\nmilestones:\n  - {id: X, title: X, date: 2019-02-30}\n';
    const r = await runCli(['snapshot', 'ws', '--today', '2019-02-01'], { files: { 'ws/dd.yaml': badDate, 'ws/o.yaml': other } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("milepel: ws/dd.yaml:3:29: dd/X's date is not a valid date, so snapshot cannot tell what to record; fix it first (milepel validate shows how), or snapshot the other plans without dd (--plan <id>, or name their files); nothing written\n");
    expect(r.io.written.size).toBe(0);
    // Alone in its workspace, the plan has no others to snapshot without it.
    const alone = await runCli(['snapshot', 'ws', '--today', '2019-02-01'], { files: { 'ws/dd.yaml': badDate } });
    expect(alone.stderr).toBe("milepel: ws/dd.yaml:3:29: dd/X's date is not a valid date, so snapshot cannot tell what to record; fix it first (milepel validate shows how); nothing written\n");
    // The current date is the actual, else the forecast, else the date (SPEC §1.4): a bad date beside a valid forecast,
    // or a bad forecast of a milestone done, leaves nothing unknown, and is recorded or skipped as such (tester round 44 F5).
    const known = 'plan: {id: dd, title: D}\nmilestones:\n  - {id: X, title: X, date: 2019-02-30, forecast: 2019-03-01}\n  - {id: Y, title: Y, date: 2019-03-04, forecast: 2019-02-30, actual: 2019-01-31}\n';
    const recorded = await runCli(['snapshot', 'ws', '--today', '2019-02-01'], { files: { 'ws/dd.yaml': known } });
    expect(recorded.code).toBe(0);
    expect(recorded.io.written.get('ws/dd.yaml')).toContain('history: [{reported: 2019-02-01, forecast: 2019-03-01}]');
    for (const forecast of ['2019-02-30', 'soon']) {
      const badForecast = `plan: {id: dd, title: D}\nmilestones:\n  - {id: Z, title: Z, date: 2019-03-01, forecast: ${forecast}}\n`;
      const z = await runCli(['snapshot', 'ws', '--today', '2019-02-01'], { files: { 'ws/dd.yaml': badForecast, 'ws/o.yaml': other } });
      expect(z.code, forecast).toBe(2);
      expect(z.stderr).toBe("milepel: ws/dd.yaml:3:51: dd/Z's forecast is not a valid date, so snapshot cannot tell what to record; fix it first (milepel validate shows how), or snapshot the other plans without dd (--plan <id>, or name their files); nothing written\n");
      expect(z.io.written.size).toBe(0);
      expect((await runCli(['snapshot', 'ws', '--today', '2019-02-01', '--locale', 'nb'], { files: { 'ws/dd.yaml': badForecast, 'ws/o.yaml': other } })).stderr)
        .toBe('milepel: ws/dd.yaml:3:51: forecast for dd/Z er ikke en gyldig dato, så snapshot kan ikke vite hva som skal registreres; rett den først (milepel validate viser hvordan), eller ta øyeblikksbildet av de andre planene uten dd (--plan <id>, eller oppgi filene deres); ingenting er skrevet\n');
      // Another plan's snapshot is not held up by it: by --plan, or with the other files named, as the message says.
      expect((await runCli(['snapshot', 'ws', '--today', '2019-02-01', '--plan', 'o'], { files: { 'ws/dd.yaml': badForecast, 'ws/o.yaml': other } })).code).toBe(0);
      const named = await runCli(['snapshot', 'ws/o.yaml', '--today', '2019-02-01'], { files: { 'ws/dd.yaml': badForecast, 'ws/o.yaml': other } });
      expect(named.code).toBe(0);
      expect([...named.io.written.keys()]).toEqual(['ws/o.yaml']);
    }
  });
  it('snapshot takes a null actual, forecast or date as not written and records the current date the other commands use (tester round 45 F5)', async () => {
    // A null is no date at all: the model leaves it out and takes the next field, so A's current date is its forecast,
    // B's and C's their planned date; D (date null, forecast valid) is scheduled on its forecast. validate still reports
    // each null as a schema finding.
    const nulls = 'plan: {id: dd, title: D}\nmilestones:\n  - {id: A, title: A, date: 2019-03-04, forecast: 2019-03-05, actual: ~}\n'
      + '  - {id: B, title: B, date: 2019-03-06, forecast: null}\n  - {id: C, title: C, date: 2019-03-07, forecast:, actual: null}\n'
      + '  - {id: D, title: D, date: null, forecast: 2019-03-08}\n';
    const r = await runCli(['snapshot', 'ws', '--today', '2019-02-01'], { files: { 'ws/dd.yaml': nulls } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const written = r.io.written.get('ws/dd.yaml') ?? '';
    for (const [id, forecast] of [['A', '2019-03-05'], ['B', '2019-03-06'], ['C', '2019-03-07'], ['D', '2019-03-08']]) {
      expect(written).toMatch(new RegExp(`\\{id: ${id}, [^\\n]*history: \\[\\{reported: 2019-02-01, forecast: ${forecast}\\}\\]\\}`));
    }
    // A null beside a bad value further down still leaves the current date unknown: that value is named.
    const bad = 'plan: {id: dd, title: D}\nmilestones:\n  - {id: E, title: E, date: 2019-03-04, forecast: 2019-02-30, actual: ~}\n';
    const refused = await runCli(['snapshot', 'ws', '--today', '2019-02-01'], { files: { 'ws/dd.yaml': bad } });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe("milepel: ws/dd.yaml:3:51: dd/E's forecast is not a valid date, so snapshot cannot tell what to record; fix it first (milepel validate shows how); nothing written\n");
  });
  it('snapshot names a milestone without any date, which has nothing to record, in its summary (tester round 46 F8)', async () => {
    const file = 'plan: {id: dd, title: D}\nmilestones:\n  - {id: A, title: A, date: 2019-03-04}\n  - {id: N, title: N, date: null}\n  - {id: O, title: O, date: ~}\n';
    const other = 'plan: {id: ee, title: E}\nmilestones:\n  - {id: Z, title: Z, date: null}\n';
    const r = await runCli(['snapshot', 'ws', '--today', '2019-02-01'], { files: { 'ws/dd.yaml': file, 'ws/ee.yaml': other } });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').at(-2)).toBe('snapshot 2019-02-01: 1 entry recorded in 1 file (3 without a date to record (dd/N, dd/O, ee/Z))');
    const one = await runCli(['snapshot', 'ws', '--today', '2019-02-01', '--plan', 'ee', '--locale', 'nb'], { files: { 'ws/dd.yaml': file, 'ws/ee.yaml': other } });
    expect(one.stdout).toBe('snapshot 01.02.2019: ingenting å registrere (1 uten dato å registrere (ee/Z)); ingen fil er skrevet\n');
    // Many are counted, the first five named (tester round 47 F4: 300 made a line of 2,378 characters).
    const many = `plan: {id: ff, title: F}\nmilestones:\n${Array.from({ length: 300 }, (_, i) => `  - {id: U${i}, title: U, date: null}\n`).join('')}`;
    const lots = await runCli(['snapshot', 'ws', '--today', '2019-02-01'], { files: { 'ws/ff.yaml': many } });
    expect(lots.stdout).toBe('snapshot 2019-02-01: nothing to record (300 without a date to record (ff/U0, ff/U1, ff/U2, ff/U3, ff/U4 and 295 more)); no file written\n');
  });
  it('set of an unknown ref is not blamed on another milestone\'s invalid date, which leaves out only that value (a tester\'s finding)', async () => {
    const file = 'plan: {id: pa, title: A}\nmilestones:\n  - {id: A1, title: A, date: 2019-02-30}\n  - {id: A2, title: B, date: 2019-03-01}\n';
    const r = await runCli(['set', 'pa/ZZ', '--forecast', '2019-10-01', 'ws'], { files: { 'ws/a.yaml': file } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^milepel: "pa\/ZZ": no such milestone in ws\/a\.yaml/);
    // The milestone whose own date is bad is named as unreadable.
    const own = await runCli(['set', 'pa/A1', '--forecast', '2019-10-01', 'ws'], { files: { 'ws/a.yaml': file } });
    expect(own.code).toBe(2);
    expect(own.stderr).toMatch(/^milepel: "pa\/A1": no such milestone could be read: ws\/a\.yaml:3:/);
  });

  it('snapshot refuses a workspace whose YAML does not parse instead of recording nothing for it', async () => {
    const broken = 'plan: {id: q, title: Q, status_date: 2024-01-15}\nmilestones:\n  - id: A\n    title: A\n    date: 2024-02-01\n  - id: B\n    title: B\n    date: 2024-02-01\n    after: [A\n';
    const r = await runCli(['snapshot', 'ws', '--today', '2024-01-20'], { files: { 'ws/q.yaml': broken, 'ws/ok.yaml': 'plan: {id: o, title: O}\nmilestones:\n  - {id: X, title: X, date: 2024-02-01}\n' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^milepel: ws\/q\.yaml:\d+:\d+: the file's YAML does not parse, so its milestones cannot be edited; fix it first \(milepel validate shows how\), or leave the file out by naming the others; nothing written\n$/);
    expect(r.io.written.size).toBe(0);
  });

  it('snapshot --plan records its plan beside another plan\'s file that does not parse, and refuses when the broken file is its own or holds no plan it can read (tester round 67 F6)', async () => {
    const broken = (header: string): string => `${header}milestones:\n  - id: C\n    title: [unclosed\n    date: 2024-02-01\n`;
    const ok = 'plan: {id: a, title: A, status_date: 2024-01-15}\nmilestones:\n  - {id: X, title: X, date: 2024-02-01}\n';
    const run = (header: string, plan: string): ReturnType<typeof runCli> => runCli(['snapshot', 'ws', '--plan', plan], { files: { 'ws/a.yaml': ok, 'ws/c.yaml': broken(header) } });
    const other = await run('plan:\n  id: c\n  title: C\n', 'a');
    expect(other.stderr).toBe('');
    expect(other.code).toBe(0);
    expect(other.io.written.get('ws/a.yaml')).toContain('history: [{reported: 2024-01-15, forecast: 2024-02-01}]');
    const own = await run('plan:\n  id: a\n  title: C\n', 'a');
    expect(own.code).toBe(2);
    expect(own.stderr).toBe("milepel: ws/c.yaml:6:12: the file's YAML does not parse, so its milestones cannot be edited; fix it first (milepel validate shows how), or leave the file out by naming the others; nothing written\n");
    const unknown = await run('plan:\n  title: C\n', 'a');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("milepel: ws/c.yaml:5:12: the file's YAML does not parse, so its milestones cannot be edited; fix it first (milepel validate shows how), or leave the file out by naming the others (--plan a cannot leave it out: which plan the file holds cannot be read from it); nothing written\n");
    expect(unknown.io.written.size + own.io.written.size).toBe(0);
  });
});

// Tester round 70 F6: a milestone whose last key is written explicitly (`? date` / `: …`) could not be edited: the new
// key went in at the column of `date`, no YAML, and the edit was refused.
describe('a milestone whose last pair has an explicit key', () => {
  const text = 'plan: {id: ex3, title: T, status_date: 2019-06-19}\nmilestones:\n  - id: A\n    title: x\n    ? date\n    : 2019-06-28\n';

  it('takes a new key and a history at the mapping\'s indent', async () => {
    const set = await runCli(['set', 'ex3/A', '--forecast', '2019-07-02', 'ws'], { files: { 'ws/p.yaml': text } });
    expect(set.code, set.stderr).toBe(0);
    expect(set.io.written.get('ws/p.yaml')).toBe(`${text}    forecast: 2019-07-02\n`);
    const snap = await runCli(['snapshot', 'ws'], { files: { 'ws/p.yaml': text } });
    expect(snap.code, snap.stderr).toBe(0);
    expect(snap.io.written.get('ws/p.yaml')).toBe(`${text}    history:\n      - {reported: 2019-06-19, forecast: 2019-06-28}\n`);
  });
});
