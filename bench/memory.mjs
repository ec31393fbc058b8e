// `npm run bench` part for issue #18's memory item: what the analysis of a workspace keeps alive, per milestone.
// `analyze` is bundled from src/ (like bench/scheduler.mjs); a child process started with --expose-gc reads the
// workspace's texts, collects garbage, analyses them, lets go of its own copies of the texts and collects again: the
// growth of the V8 heap (plus ArrayBuffers) is the retained size of the Analysis that every report starts from, source
// texts included when the analysis still holds them. Peak RSS of whole commands is measured by run.mjs itself.
// Alone: node bench/memory.mjs [workspace…] (default: bench/work/network-10000 and network-100000).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleSource } from './bundle-src.mjs';

/** In the child: prints JSON {retained, texts, milestones} (bytes, bytes, count). */
async function child(bundleFile, workspace) {
  const { analyze } = await import(pathToFileURL(bundleFile).href);
  const heap = () => {
    globalThis.gc();
    globalThis.gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const read = () => readdirSync(workspace).filter((f) => f.endsWith('.yaml')).sort().map((f) => ({ file: f, text: readFileSync(join(workspace, f), 'utf8') }));
  const textBytes = read().reduce((sum, t) => sum + t.text.length, 0);
  const before = heap();
  // The texts are read inside the call, so the bench holds no copy of them once it returns.
  const analysis = analyze(read(), { clockToday: 19000 });
  const after = heap();
  process.stdout.write(JSON.stringify({ retained: after - before, texts: textBytes, milestones: analysis.workspace.milestones.length }));
}

/** Rows for results.md: retained size of the analysis of each workspace. */
export async function memoryBench(root, workspaces) {
  const tmp = mkdtempSync(join(tmpdir(), 'milepel-memory-'));
  try {
    const file = await bundleSource(root, tmp, 'export { analyze } from "./src/analyze.ts";');
    const rows = ['| analysis retained after GC | milestones | source text | retained | per milestone |', '|---|---:|---:|---:|---:|'];
    for (const { label, dir } of workspaces) {
      const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', fileURLToPath(import.meta.url), '--child', file, dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
      if (r.status !== 0) throw new Error(`memory bench child failed on ${dir}: ${r.stderr.slice(-500)}`);
      const m = JSON.parse(r.stdout);
      const mib = (b) => `${(b / 2 ** 20).toFixed(0)} MiB`;
      console.log(`retained by the analysis, ${label}: ${mib(m.retained)} (${(m.retained / m.milestones).toFixed(0)} bytes per milestone; source text ${mib(m.texts)})`);
      rows.push(`| ${label} | ${m.milestones.toLocaleString('en')} | ${mib(m.texts)} | ${mib(m.retained)} | ${(m.retained / m.milestones).toFixed(0)} bytes |`);
    }
    return { rows };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const self = fileURLToPath(import.meta.url);
if (process.argv[1] === self) {
  const args = process.argv.slice(2);
  if (args[0] === '--child') await child(args[1], args[2]);
  else {
    const root = join(dirname(self), '..');
    const dirs = args.length > 0 ? args : ['network-10000', 'network-100000'].map((d) => join(root, 'bench', 'work', d)).filter((d) => existsSync(d));
    const r = await memoryBench(root, dirs.map((dir) => ({ label: dir.split('/').pop(), dir })));
    console.log(r.rows.join('\n'));
  }
}
