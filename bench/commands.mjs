// Every command as a whole process on the generated workspaces (issue #18): the time and peak RSS of each, and its
// growth from 10,000 to 100,000 milestones. A growth above 12× (ten times the input) is worse than linear: a bug.
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The commands, as argument lists for a workspace directory. `fresh` commands write into the workspace (set,
 * snapshot), so each run gets its own copy, made outside the timed region; `import` reads what `export --format
 * mspdi` wrote for the same workspace.
 */
export function commandList(dir, { plan, ref, mspdi }) {
  return [
    ['validate', ['validate', dir, '--format', 'json']],
    ['critical-path json', ['critical-path', dir, '--format', 'json']],
    ['critical-path text', ['critical-path', dir, '--width', '100']],
    ['slippage text', ['slippage', dir, '--width', '100']],
    ['slippage json', ['slippage', dir, '--format', 'json']],
    ['slippage csv', ['slippage', dir, '--format', 'csv']],
    // The workspace as its own baseline: two workspaces read in one run (tester round 85: 550 MB at 100,000).
    ['slippage json --baseline', ['slippage', dir, '--format', 'json', '--baseline', dir]],
    ['meetings', ['meetings', dir, '--width', '100']],
    ['gantt', ['gantt', dir, '--width', '100']],
    ['roadmap', ['roadmap', dir, '--width', '100']],
    ['gates', ['gates', dir]],
    ['health', ['health', dir, '--format', 'json']],
    ['explain', ['explain', ref, dir]],
    ['export json', ['export', dir, '--format', 'json']],
    ['export mermaid', ['export', dir, '--format', 'mermaid']],
    ['export ics', ['export', dir, '--format', 'ics']],
    ['export html', ['export', dir, '--format', 'html']],
    ['export mspdi', ['export', dir, '--format', 'mspdi', '--plan', plan]],
    ['risk (100 iterations)', ['risk', dir, '--iterations', '100', '--format', 'json']],
    ['set', ['set', ref, '--forecast', '2031-06-02', dir], { fresh: true }],
    ['snapshot', ['snapshot', dir], { fresh: true }],
    ['import (mspdi)', ['import', mspdi, '--out', '@OUT@'], { out: true }],
  ];
}

/**
 * Runs each command of `commandList` on each workspace: median of `runs` timed runs after a warm-up, peak RSS from
 * one more. `once(argv, withMemory)` is run.mjs's process runner. Returns the table's rows and the growth figures.
 */
export function commandsBench({ once, bin, work, workspaces, runs, log }) {
  const results = new Map();
  for (const ws of workspaces) {
    const mspdi = join(work, `${ws.name}.mspdi.xml`);
    const exported = spawnSync(process.execPath, [bin, 'export', ws.dir, '--format', 'mspdi', '--plan', ws.plan], { maxBuffer: 1 << 30 });
    if (exported.status === null || exported.status > 1) throw new Error(`export mspdi of ${ws.name} failed: ${String(exported.stderr).slice(0, 300)}`);
    writeFileSync(mspdi, exported.stdout);
    for (const [label, args, opts = {}] of commandList(ws.dir, { plan: ws.plan, ref: ws.ref, mspdi })) {
      const scratch = join(work, `scratch-${ws.name}`);
      const prepare = () => {
        rmSync(scratch, { recursive: true, force: true });
        if (opts.fresh) cpSync(ws.dir, scratch, { recursive: true });
      };
      const argvFor = () => [bin, ...args.map((a) => (a === ws.dir && opts.fresh ? scratch : a === '@OUT@' ? scratch : a))];
      const n = ws.runs ?? runs;
      const samples = [];
      let status = 0;
      let rss;
      if (ws.once) {
        // One run, timed and measured at once (the chain and the rich workspace: a warm-up of tens of seconds buys
        // nothing there, and the RSS hook's cost is noise beside such a run).
        prepare();
        const r = once(argvFor(), true);
        status = r.status;
        samples.push(r.ms);
        rss = r.rssMiB;
      } else {
        for (let i = 0; i <= n; i++) {
          prepare();
          const r = once(argvFor());
          status = r.status;
          if (i > 0) samples.push(r.ms);
        }
        prepare();
        rss = once(argvFor(), true).rssMiB;
      }
      rmSync(scratch, { recursive: true, force: true });
      samples.sort((a, b) => a - b);
      const median = samples[Math.floor(samples.length / 2)];
      results.set(`${ws.name}|${label}`, { median, rss, status });
      log(`${`${label} ${ws.name}`.padEnd(44)} ${(median / 1000).toFixed(3).padStart(8)} s  ${rss.toFixed(0).padStart(6)} MiB  exit ${status}`);
    }
  }
  const labels = commandList('', { plan: '', ref: '', mspdi: '' }).map(([label]) => label);
  const names = workspaces.map((w) => w.name);
  const s = (m) => (m === undefined ? '–' : `${(m.median / 1000).toFixed(2)} s`);
  const growthOf = (label) => {
    const a = results.get(`10k|${label}`);
    const b = results.get(`100k|${label}`);
    return a && b ? b.median / a.median : undefined;
  };
  // Peak RSS of the large workspaces (#18: ≤ 500 MB at 100k; the chain has its own budget), not of the small ones.
  const rssNames = names.filter((n) => n !== '1k' && n !== '10k');
  const rssOf = (m) => (m === undefined ? '–' : `${m.rss.toFixed(0)} MiB`);
  const rows = [
    `| command | ${names.join(' | ')} | ${rssNames.map((n) => `peak RSS ${n}`).join(' | ')} | growth 10k → 100k |`,
    `|---|${names.map(() => '---:').join('|')}|${rssNames.map(() => '---:').join('|')}|---:|`,
    ...labels.map((label) => {
      const g = growthOf(label);
      return `| ${label} | ${names.map((n) => s(results.get(`${n}|${label}`))).join(' | ')} | ${rssNames.map((n) => rssOf(results.get(`${n}|${label}`))).join(' | ')} | ${g === undefined ? '–' : `${g.toFixed(1)} ×${g > 12 ? ' **(> 12 ×)**' : ''}`} |`;
    }),
  ];
  const growth = labels.map((label) => [label, growthOf(label)]).filter(([, g]) => g !== undefined);
  return { rows, growth, results };
}
