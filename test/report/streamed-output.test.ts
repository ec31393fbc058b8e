// Issue #18: large reports reach stdout in pieces, never as one string (a million milestones would pass V8's string
// limit); the pieces join to exactly the text the formatter gives as one string, and the JSON parses back.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { joinChunks, lineChunks, PIECE, trimmedEnd } from '../../src/report/chunks.js';
import { DRAWN_MILESTONES } from '../../src/report/export/html-subset.js';
import { fakeIo } from '../helpers/fake-io.js';

const N = 4000;

/** A chain of N milestones in one plan, with a board and a meeting, as plan text. */
function chainWorkspace(): Record<string, string> {
  const lines = ['plan:', '  id: chain', '  title: Chain', '  status_date: 2020-01-01', 'milestones:'];
  for (let i = 0; i < N; i++) {
    lines.push(`  - id: M${i}`, `    title: Step ${i} æøå`, `    date: 2030-12-31`);
    if (i > 0) lines.push(`    after: [M${i - 1}]`);
  }
  const governance = 'bodies:\n  - id: B\n    name: Board\nmeetings:\n  - body: B\n    date: 2021-03-01\n';
  return { 'ws/chain.yaml': `${lines.join('\n')}\n`, 'ws/governance.yaml': governance };
}

const files = chainWorkspace();

/** Runs milepel recording each stdout write: the pieces and their sizes. */
async function recordPieces(argv: readonly string[]): Promise<{ code: number; pieces: string[] }> {
  const pieces: string[] = [];
  const io = { ...fakeIo({ files, diskRoots: [] }), stdout: (text: string) => void pieces.push(text) };
  const code = await run(argv, io);
  return { code, pieces };
}

/**
 * Two-byte text (any 'æ') of this many UTF-16 units no longer fits V8's regular heap pages (128 KB objects): each
 * piece flattened for writing would be a large object of its own, mapped and unmapped (issue #18: 0.5 s of system
 * time for export json at 100,000 milestones when pieces were 64 K units).
 */
const LARGE_OBJECT_UNITS = 65_536 - 16;

/** Fails when the output came as one string: many pieces, none much longer than PIECE, each ending a line. */
function expectStreamed(pieces: readonly string[]): void {
  expect(pieces.length).toBeGreaterThan(4);
  for (const p of pieces) {
    expect(p.length).toBeLessThan(2 * PIECE);
    expect(p.length).toBeLessThan(LARGE_OBJECT_UNITS);
    expect(p.endsWith('\n')).toBe(true);
  }
}

describe('streamed output', { timeout: 120_000 }, () => {
  for (const [name, argv, isJson] of [
    ['critical-path json', ['critical-path', 'ws', '--format', 'json'], true],
    ['export json', ['export', 'ws', '--format', 'json'], true],
    ['export html', ['export', 'ws', '--format', 'html'], false],
    ['export ics', ['export', 'ws', '--format', 'ics'], false],
    ['slippage json', ['slippage', 'ws', '--format', 'json'], true],
    ['slippage csv', ['slippage', 'ws', '--format', 'csv'], false],
    ['risk json', ['risk', 'ws', '--format', 'json', '--iterations', '20', '--jobs', '1'], true],
    ['risk text', ['risk', 'ws', '--width', '100', '--iterations', '20', '--jobs', '1'], false],
    ['critical-path text', ['critical-path', 'ws', '--width', '100'], false],
    ['slippage text', ['slippage', 'ws', '--width', '100'], false],
    ['gantt', ['gantt', 'ws', '--width', '100'], false],
    ['export mermaid', ['export', 'ws', '--format', 'mermaid'], false],
    ['export mspdi', ['export', 'ws', '--format', 'mspdi'], false],
  ] as const) {
    it(`${name} is written in pieces that join to the whole text`, async () => {
      const streamed = await recordPieces(argv);
      expect(streamed.code).toBe(0);
      expectStreamed(streamed.pieces);
      const text = joinChunks(streamed.pieces);
      if (isJson) {
        const parsed = JSON.parse(text) as { milestones: unknown[] };
        expect(parsed.milestones).toHaveLength(N);
        // The whole-string form of the same document, made by JSON.stringify: byte for byte the streamed text.
        expect(text).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
      } else if (name === 'export html') {
        expect(text.startsWith('<!DOCTYPE html>\n')).toBe(true);
        expect(text.endsWith('</body>\n</html>\n')).toBe(true);
        // Above DRAWN_MILESTONES the page draws that many (html-subset.ts), still in pieces.
        expect(text.match(/<tr><td>M\d+<\/td>/g)).toHaveLength(Math.min(N, DRAWN_MILESTONES));
      } else if (name === 'critical-path text') {
        // One table row per milestone: marks, the id, the title; the whole text as formatCriticalPathText gives it
        // is compared with the golden files on the shipped plans.
        expect(text.startsWith('Critical path — status date 2020-01-01\n4000 milestones: ')).toBe(true);
        expect(text.match(/^[ *+!]{3} {2}M\d+ +Step \d+ æøå/gm)).toHaveLength(N);
        expect(text.endsWith('\n')).toBe(true);
      } else if (name === 'risk text') {
        // A table row per milestone; the whole text as formatRiskText gives it is compared with the golden files.
        expect(text.startsWith('Schedule risk: 20 iterations, seed 1, triangular distribution, status date 2020-01-01\n')).toBe(true);
        expect(text.match(/^ {2}M\d+ +Step \d+ æøå/gm)).toHaveLength(N);
        expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
      } else if (name === 'slippage text') {
        expect(text.startsWith('Slippage at 2020-01-01 against the planned dates\n')).toBe(true);
        expect(text.match(/ chain\/M\d+ +Step \d+ æøå/g)).toHaveLength(N);
      } else if (name === 'gantt') {
        // A chart row per milestone: its id and title in the label column.
        expect(text.match(/^ M\d+ Step \d+ æøå/gm)).toHaveLength(N);
      } else if (name === 'export mermaid') {
        expect(text.startsWith('gantt\n')).toBe(true);
        expect(text.match(/^ {4}M\d+ Step \d+ æøå :(crit, )?milestone, m_chain_M\d+, /gm)).toHaveLength(N);
      } else if (name === 'export mspdi') {
        expect(text.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Project xmlns=')).toBe(true);
        expect(text.endsWith('</Project>\n')).toBe(true);
        expect(text.match(/^ {4}<Task>$/gm)).toHaveLength(N);
      } else if (name === 'export ics') {
        expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
        expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
        expect(text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(N + 1);
      } else {
        expect(text.startsWith('\uFEFFref,')).toBe(true);
        expect(text.split('\r\n')).toHaveLength(N + 2);
      }
    });
  }

  it('roadmap text and JSON are written in pieces that join to the whole text', async () => {
    // N milestones under two goals of one plan: a grid row each, and an entry each in the JSON.
    const lines = ['plan:', '  id: r', '  title: R', '  status_date: 2020-01-01', 'goals:', '  - {id: G1, title: One, area: A}', '  - {id: G2, title: Two, area: A}', 'milestones:'];
    for (let i = 0; i < N; i++) lines.push(`  - {id: M${i}, title: Step ${i} æøå, date: 2030-12-31, goal: G${1 + (i % 2)}}`);
    const roadmapFiles = { 'ws/r.yaml': `${lines.join('\n')}\n` };
    const record = async (argv: readonly string[]): Promise<string[]> => {
      const pieces: string[] = [];
      const io = { ...fakeIo({ files: roadmapFiles, diskRoots: [] }), stdout: (text: string) => void pieces.push(text) };
      expect(await run(argv, io)).toBe(0);
      return pieces;
    };
    const text = await record(['roadmap', 'ws', '--width', '100']);
    expectStreamed(text);
    expect(joinChunks(text).match(/^ {3}M\d+ Step \d+ æøå/gm)).toHaveLength(N);
    const json = await record(['roadmap', 'ws', '--format', 'json']);
    expectStreamed(json);
    const parsed = JSON.parse(joinChunks(json)) as { goals: { milestones: unknown[] }[] };
    expect(parsed.goals.map((g) => g.milestones.length)).toEqual([N / 2, N / 2]);
    expect(joinChunks(json)).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
  });

  it('validate text is written in pieces of whole findings that join to formatText\'s text', async () => {
    // A weekend date on every milestone: N non-working-day warnings, about 1 MB of text.
    const lines = ['plan:', '  id: w', '  title: W', '  status_date: 2020-01-01', 'milestones:'];
    for (let i = 0; i < N; i++) lines.push(`  - {id: M${i}, title: Step ${i} æøå, date: 2030-12-29}`);
    const io = fakeIo({ files: { 'ws/w.yaml': `${lines.join('\n')}\n` }, diskRoots: [] });
    const pieces: string[] = [];
    const code = await run(['validate', 'ws'], { ...io, stdout: (text: string) => void pieces.push(text) });
    expect(code).toBe(0);
    expectStreamed(pieces);
    for (const p of pieces) expect(p.startsWith('ws/w.yaml:') || p.startsWith('⚠ ')).toBe(true);
    const text = joinChunks(pieces);
    expect(text.match(/^ws\/w\.yaml:\d+:\d+: warning: .* \[non-working-day\]$/gm)).toHaveLength(N);
    expect(text.endsWith(`⚠ 0 errors, ${N} warnings in 1 file\n`)).toBe(true);
  });

  it('validate --format github is written in pieces of whole commands, errors first (tester round 48 F1)', async () => {
    // A weekend date on every milestone and an unknown reference on every other: N warnings and N / 2 errors.
    const lines = ['plan:', '  id: w', '  title: W', '  status_date: 2020-01-01', 'milestones:'];
    for (let i = 0; i < N; i++) lines.push(`  - {id: M${i}, title: Step ${i} æøå, date: 2030-12-29${i % 2 === 0 ? ', after: [Nope]' : ''}}`);
    const io = fakeIo({ files: { 'ws/w.yaml': `${lines.join('\n')}\n` }, diskRoots: [] });
    const pieces: string[] = [];
    const code = await run(['validate', 'ws', '--format', 'github'], { ...io, stdout: (text: string) => void pieces.push(text) });
    expect(code).toBe(1);
    expectStreamed(pieces);
    // The workflow commands and nothing else: the count goes to stderr (tester round 110 F2).
    const commands = joinChunks(pieces).split('\n').slice(0, -1);
    expect(commands).toHaveLength(N + N / 2);
    expect(commands.slice(0, N / 2).every((c) => c.startsWith('::error file=ws/w.yaml,'))).toBe(true);
    expect(commands.slice(N / 2).every((c) => c.startsWith('::warning file=ws/w.yaml,'))).toBe(true);
  });

  it('a report\'s structural findings go to stderr in pieces of whole findings', async () => {
    // N meetings of one body on one day: N - 1 duplicate-id errors beside the report.
    const meetings = Array.from({ length: N }, () => '  - {body: B, date: 2021-03-01}').join('\n');
    const io = fakeIo({ files: { 'ws/g.yaml': `bodies: [{id: B, name: Board}]\nmeetings:\n${meetings}\n` }, diskRoots: [] });
    const pieces: string[] = [];
    const code = await run(['meetings', 'ws'], { ...io, stderr: (text: string) => void pieces.push(text) });
    expect(code).toBe(1);
    expectStreamed(pieces);
    const text = joinChunks(pieces);
    expect(text.match(/^ws\/g\.yaml:\d+:\d+: error: meeting B@2021-03-01 is defined twice: .* \[duplicate-id\]$/gm)).toHaveLength(N - 1);
    expect(text.endsWith(`✖ ${N - 1} errors in 1 file (warnings not checked: milepel validate lists every finding)\n`)).toBe(true);
  });

  it('lineChunks joins to the lines with a line feed after each, in pieces that end at line ends', () => {
    const lines = Array.from({ length: 30_000 }, (_, i) => (i % 7 === 0 ? '' : `line ${i} ${'x'.repeat(i % 50)}`));
    lines.push('y'.repeat(3 * PIECE));
    const pieces = [...lineChunks(lines)];
    expect(joinChunks(pieces)).toBe(`${lines.join('\n')}\n`);
    expect(pieces.length).toBeGreaterThan(4);
    for (const p of pieces) expect(p.endsWith('\n')).toBe(true);
    for (const p of pieces.slice(0, -1)) expect(p.length).toBeLessThan(2 * PIECE);
    expect([...lineChunks([])]).toEqual([]);
  });

  it('trimmedEnd gives the lines of their join trimmed at the end, blank lines and trailing spaces inside kept', () => {
    const cases: string[][] = [[], [''], ['', ' '], ['a'], ['a  ', '', ' \t', ''], ['', 'a', '', 'b ', ' ', 'c\u00a0 ', '\u3000', ''], [' x', '  ', 'y', '']];
    for (const lines of cases) expect([...trimmedEnd(lines)], JSON.stringify(lines)).toEqual(lines.join('\n').trimEnd().split('\n'));
  });
});
