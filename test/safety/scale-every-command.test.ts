// 130,000 milestones through every command (issue #11): generated once, no exit 3 (no stack overflow from spreads or
// recursion). An argument spread overflows V8's stack near 125,000 elements, so 130,000 is enough to catch one over the
// workspace; 200,000 took 9.5 of the suite's 15 minutes in CI. In-process (no process start per command).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const FILES = 4;
const PER_FILE = 32_500;
let root: string;
let plans: string;

/** One plan file: a chain of working-day milestones across years, with a body, a meeting and history. */
function generate(k: number): string {
  const lines = [`plan: {id: p${k}, title: "Plan ${k}", status_date: 2019-12-02}`, 'bodies:', `  - {id: B${k}, title: "Board ${k}"}`, 'meetings:', `  - {body: B${k}, date: 2025-01-07}`, 'goals:', `  - {id: G${k}, title: "Goal ${k}"}`, 'measures:', `  - {id: T${k}, title: "Measure ${k}", goal: G${k}, milestones: [M0]}`, 'milestones:'];
  for (let i = 0; i < PER_FILE; i++) {
    // 2020-01-01 + i days over ten years, as YYYY-MM-DD, cycling every 3,650 milestones.
    const day = new Date(Date.UTC(2020, 0, 1 + (i % 3650))).toISOString().slice(0, 10);
    lines.push(`  - id: M${i}`, `    title: "Milestone ${k}-${i}"`, `    date: ${day}`);
    if (i % 3650 !== 0) lines.push(`    after: [M${i - 1}]`);
    if (i % 1000 === 0) lines.push(`    goal: G${k}`, `    history: [{reported: 2019-11-01, forecast: ${day}}]`, '    forecast: 2031-01-02');
  }
  return `${lines.join('\n')}\n`;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'milepel-130k-'));
  plans = join(root, 'plans');
  mkdirSync(plans);
  for (let k = 0; k < FILES; k++) writeFileSync(join(plans, `p${k}.yaml`), generate(k));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const COMMANDS: readonly (readonly string[])[] = [
  ['validate', '--format', 'json'],
  ['critical-path'],
  ['critical-path', '--format', 'json'],
  ['slippage'],
  ['slippage', '--format', 'json', '--trend'],
  ['slippage', '--format', 'csv'],
  ['meetings', '--format', 'json'],
  ['gantt', '--width', '100'],
  ['roadmap'],
  ['export', '--format', 'json'],
  ['export', '--format', 'mermaid'],
  ['export', '--format', 'ics'],
  ['export', '--format', 'html'],
  ['set', 'p0/M10', '--forecast', '2031-02-03'],
  ['snapshot'],
];

describe(`${FILES * PER_FILE} milestones`, () => {
  it('go through every command without a bug exit (3) or a stack overflow', async () => {
    const failures: string[] = [];
    for (const command of COMMANDS) {
      const [name, ...rest] = command;
      const args = name === 'set' ? [name, rest[0]!, plans, ...rest.slice(1)] : [name!, plans, ...rest];
      const r = await runCli(args, { diskRoots: [root] });
      if (r.code === 3 || r.code === 2 || /Maximum call stack|internal error|RangeError/.test(r.stderr)) failures.push(`${args.join(' ')}: exit ${r.code} ${r.stderr.slice(0, 300)}`);
      else if (r.stdout.length === 0) failures.push(`${args.join(' ')}: no output`);
    }
    expect(failures).toEqual([]);
  }, 1_200_000);
});
