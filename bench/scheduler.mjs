// `npm run bench` part for issue #14's speed target: the v2 scheduler (SPEC §5: link types, leads, starts, the
// end-milestone rule) within 10 % of the v1 scheduler it replaced. Both are built from source: the v1 tree is checked
// out from git (commit 5a7fa0a^, the last before link types) into a temporary worktree. Each tree's own `analyze` reads
// the same generated 100,000-milestone finish-to-start workspace (v1 cannot express the other link types), then its
// `computeSchedule` (forward pass, backward pass, floats, critical paths) runs 31 times in each of three fresh processes
// per tree, the trees alternating; the figure is the best process's
// CPU time (user + system) of one run, min and median, the steadier measure on a shared machine. The
// v2 scheduler also runs on the link-type mix (bench/generate.mjs's default) for scale.
// Alone: node bench/scheduler.mjs [--base <commit>] prints the rows.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateNetwork } from './generate.mjs';
import { bundleSource } from './bundle-src.mjs';

export const V1_BASE = '5a7fa0a^';
const RUNS = 31;

/** Bundles `analyze` and `computeSchedule` of the tree at `dir` (libraries from `modules`) into one ESM file; returns its path. */
function bundle(dir, out, modules) {
  return bundleSource(dir, out, 'export { analyze } from "./src/analyze.ts"; export { computeSchedule } from "./src/schedule/cpm.ts";', modules);
}

/** Runs in a child process: times computeSchedule on a workspace; prints JSON {min, median} in ms of CPU. */
async function child(bundleFile, workspace) {
  const { analyze, computeSchedule } = await import(pathToFileURL(bundleFile).href);
  const texts = readdirSync(workspace).filter((f) => f.endsWith('.yaml')).map((f) => ({ file: f, text: readFileSync(join(workspace, f), 'utf8') }));
  const a = analyze(texts, { clockToday: 19000 });
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.cpuUsage();
    computeSchedule(a.workspace, a.graph, a.rank);
    const c = process.cpuUsage(t0);
    samples.push((c.user + c.system) / 1000);
  }
  samples.sort((x, y) => x - y);
  process.stdout.write(JSON.stringify({ min: samples[0], median: samples[RUNS >> 1], milestones: a.workspace.milestones.length }));
}

function measure(bundleFile, workspace) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', bundleFile, workspace], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`scheduler bench child failed: ${r.stderr.slice(-500)}`);
  return JSON.parse(r.stdout);
}

/** Rows and a target row for results.md; undefined when git cannot check out the v1 tree. */
export async function schedulerBench(root, work, base = V1_BASE) {
  const fs = join(work, 'network-fs-100000');
  const mix = join(work, 'network-100000');
  if (!existsSync(fs)) generateNetwork(fs, 100000, 42, 10, false);
  if (!existsSync(mix)) generateNetwork(mix, 100000);
  const tmp = mkdtempSync(join(tmpdir(), 'milepel-sched-'));
  const v1 = join(tmp, 'v1');
  try {
    const add = spawnSync('git', ['-C', root, 'worktree', 'add', '--detach', '--quiet', v1, base], { encoding: 'utf8' });
    if (add.status !== 0) {
      console.log(`scheduler v1 vs v2: skipped (git could not check out ${base}: ${add.stderr.trim()})`);
      return undefined;
    }
    const modules = join(root, 'node_modules');
    // The v1 tree's generated schema validator, made by its own build script with this checkout's libraries.
    symlinkSync(modules, join(v1, 'node_modules'), 'dir');
    const gen = spawnSync(process.execPath, [join(v1, 'scripts', 'build.mjs'), '--schema-only'], { cwd: v1, encoding: 'utf8' });
    if (gen.status !== 0) throw new Error(`v1 schema build failed: ${gen.stderr.slice(-500)}`);
    const v1Bundle = await bundle(v1, tmp, modules);
    const v2Bundle = await bundle(root, tmp, modules);
    // Alternate the trees so that a change in the machine's load hits both alike.
    const one = [], two = [];
    for (let k = 0; k < 3; k++) {
      one.push(measure(v1Bundle, fs));
      two.push(measure(v2Bundle, fs));
    }
    const best = (xs, key) => Math.min(...xs.map((x) => x[key]));
    const r = { v1: { min: best(one, 'min'), median: best(one, 'median') }, v2: { min: best(two, 'min'), median: best(two, 'median') }, mix: measure(v2Bundle, mix) };
    const ratio = r.v2.median / r.v1.median;
    const ms = (x) => `${x.toFixed(0)} ms`;
    console.log(`scheduler v1 ${ms(r.v1.median)}, v2 ${ms(r.v2.median)} (${ratio.toFixed(2)} ×), v2 on the link-type mix ${ms(r.mix.median)}`);
    return {
      rows: [
        '| scheduler (computeSchedule, CPU per run) | milestones | min | median |', '|---|---:|---:|---:|',
        `| v1 (${base}), finish-to-start network | 100,000 | ${ms(r.v1.min)} | ${ms(r.v1.median)} |`,
        `| v2, the same network | 100,000 | ${ms(r.v2.min)} | ${ms(r.v2.median)} |`,
        `| v2, link-type mix (SS/FF/SF, leads, durations) | 100,000 | ${ms(r.mix.min)} | ${ms(r.mix.median)} |`,
      ],
      targets: [['v2 scheduler within 10 % of v1 (same network, median CPU)', `${((ratio - 1) * 100).toFixed(1)} %`, ratio <= 1.1]],
    };
  } finally {
    spawnSync('git', ['-C', root, 'worktree', 'remove', '--force', v1]);
    rmSync(tmp, { recursive: true, force: true });
  }
}

const self = fileURLToPath(import.meta.url);
if (process.argv[1] === self) {
  const args = process.argv.slice(2);
  if (args[0] === '--child') await child(args[1], args[2]);
  else {
    const root = join(dirname(self), '..');
    const base = args.includes('--base') ? args[args.indexOf('--base') + 1] : V1_BASE;
    const r = await schedulerBench(root, join(root, 'bench', 'work'), base);
    if (r) console.log([...r.rows, '', ...r.targets.map(([t, m, ok]) => `${ok ? 'ok ' : 'NO '} ${t}: ${m}`)].join('\n'));
  }
}
