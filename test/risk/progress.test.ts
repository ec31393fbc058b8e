// The progress line of a long `risk` run on a terminal's stderr (cli/risk-progress.ts): drawn at most four times a
// second and always at the end, cleared before the report; never on a stderr that is no terminal, nor for a short run.
import { describe, expect, it } from 'vitest';
import { PROGRESS_WORK, riskProgress } from '../../src/cli/risk-progress.js';
import { runCli } from '../helpers/fake-io.js';
import type { Io } from '../../src/cli/io.js';
import { simulate } from '../../src/cli/risk-pool.js';
import { analyze } from '../../src/analyze.js';
import { compileNetwork } from '../../src/risk/network.js';

function stderrOf(isTTY: boolean, columns?: number, env: Record<string, string> = {}): { io: Io; written: string[] } {
  const written: string[] = [];
  return { io: { stderrIsTTY: isTTY, stderrColumns: () => columns, env, stderr: (t: string) => void written.push(t) } as unknown as Io, written };
}

describe('riskProgress', () => {
  it('is none on a stderr that is no terminal, or for a run shorter than PROGRESS_WORK node-iterations', () => {
    expect(riskProgress(stderrOf(false).io, PROGRESS_WORK * 10, 10_000, 'en')).toBeUndefined();
    expect(riskProgress(stderrOf(true).io, PROGRESS_WORK - 1, 10_000, 'en')).toBeUndefined();
  });

  // Tester round 64: a line wider than the terminal wrapped and left a row behind at every redraw (F1); a terminal that
  // cannot move its cursor showed the escape codes (F3).
  it('says a run repeated with wider dates is counted again, not gone backwards (tester round 64 F2)', () => {
    const { io, written } = stderrOf(true);
    const progress = riskProgress(io, PROGRESS_WORK, 1000, 'en', () => 0)!;
    progress.onBlock(1000);
    progress.onBlock(250);
    expect(written).toEqual([
      '\r\u001b[Kmilepel: risk: 1000 of 1000 iterations (100 %)',
      '\r\u001b[Kmilepel: risk: 250 of 1000 iterations (25 %, again with wider dates)',
    ]);
  });

  it('fits the line to a narrow terminal, and draws none where TERM is dumb', () => {
    const draw = (columns: number): string => {
      const { io, written } = stderrOf(true, columns);
      riskProgress(io, PROGRESS_WORK, 10_000, 'en', () => 0)!.onBlock(2500);
      return written[0]!;
    };
    expect(draw(80)).toBe('\r\u001b[Kmilepel: risk: 2500 of 10000 iterations (25 %)');
    expect(draw(47)).toBe('\r\u001b[Kmilepel: risk: 2500 of 10000 iterations (25 %)');
    expect(draw(46)).toBe('\r\u001b[Kmilepel: risk 25 %');
    expect(draw(12)).toBe('\r\u001b[Kmilepel: ri');
    expect(riskProgress(stderrOf(true, 80, { TERM: 'dumb' }).io, PROGRESS_WORK, 10_000, 'en')).toBeUndefined();
  });

  it('redraws one line at most every 250 ms, always at the last block, and clears it at the end', () => {
    const { io, written } = stderrOf(true);
    let clock = 0;
    const progress = riskProgress(io, PROGRESS_WORK, 1000, 'en', () => clock)!;
    for (const [t, done] of [[0, 250], [100, 500], [300, 750], [310, 1000]] as const) {
      clock = t;
      progress.onBlock(done);
    }
    progress.end();
    expect(written).toEqual([
      '\r\u001b[Kmilepel: risk: 250 of 1000 iterations (25 %)',
      '\r\u001b[Kmilepel: risk: 750 of 1000 iterations (75 %)',
      '\r\u001b[Kmilepel: risk: 1000 of 1000 iterations (100 %)',
      '\r\u001b[K',
    ]);
    const nb = stderrOf(true);
    riskProgress(nb.io, PROGRESS_WORK, 1000, 'nb', () => 0)!.onBlock(500);
    expect(nb.written).toEqual(['\r\u001b[Kmilepel: risk: 500 av 1000 iterasjoner (50 %)']);
  });

  it('simulate tells each block as it finishes, counting up to the iterations, on this thread and on workers', async () => {
    const { workspace: ws, graph, schedule } = analyze([{ file: 'p.yaml', text: CHAIN(400) }], { clockToday: 0 });
    const net = compileNetwork(ws, graph, schedule);
    for (const jobs of [1, 2]) {
      const told: number[] = [];
      // 400 nodes × 3,000 iterations: past SEQUENTIAL_WORK, so two jobs start workers.
      await simulate(net, 3000, 1, jobs, [], false, (done) => void told.push(done));
      expect(told, `--jobs ${jobs}`).toEqual(Array.from({ length: 12 }, (_, i) => 250 * (i + 1)));
    }
  });

  it('is drawn on a terminal by a run of PROGRESS_WORK node-iterations, on stderr alone', async () => {
    // 1,000 milestones × 20,000 iterations.
    const r = await runCli(['risk', 'ws', '--iterations', '20000', '--format', 'json'], { files: { 'ws/c.yaml': CHAIN(1000) }, stderrIsTTY: true });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).iterations).toBe(20000);
    expect(r.stderr).toContain('\r\u001b[Kmilepel: risk: 20000 of 20000 iterations (100 %)');
    expect(r.stderr.endsWith('\r\u001b[K')).toBe(true);
  }, 60_000);
});

/** A plan of `n` milestones in a chain, each with a three-point duration. */
function CHAIN(n: number): string {
  const lines = ['plan: {id: c, title: C, status_date: 2024-01-02}', 'milestones:'];
  for (let i = 0; i < n; i++) lines.push(`  - {id: M${i}, title: M${i}, date: 2024-03-01, duration: {min: 0d, likely: 1d, max: 3d}${i > 0 ? `, after: [M${i - 1}]` : ''}}`);
  return `${lines.join('\n')}\n`;
}
