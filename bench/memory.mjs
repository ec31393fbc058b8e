// `npm run bench` part for issue #18's memory item: what the analysis of a workspace keeps alive, per milestone.
// `analyzeFiles` is bundled from src/ (like bench/scheduler.mjs); a child process started with --expose-gc collects
// garbage and analyses the workspace's files as a report command does (src/cli/workspace.ts: each file read, decoded
// and analysed in turn, `keepData: false`, structural findings only, a large file read again rather than kept). It
// then lets go of the parts of the Analysis one at a time, collecting garbage after each: the growth of the V8 heap plus external memory (ArrayBuffers, and the
// decoded texts, which V8 keeps outside its heap) is the retained size of the whole Analysis and of its parts — the
// sources (texts or bytes, and position tables, held by the findings' line lookup), the findings, the graph and
// schedule, and the workspace model itself. Peak RSS of whole commands is measured by run.mjs itself.
// Alone: node bench/memory.mjs [workspace…] (default: bench/work/network-10000 and network-100000).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleSource } from './bundle-src.mjs';

/** The parts of an Analysis let go of in this order; each one's retained size is the heap it frees. */
const PARTS = ['sources', 'findings', 'schedule', 'model'];

/** In the child: prints JSON {retained, parts: {sources, findings, schedule, model}, texts, milestones} (bytes, count). */
async function child(bundleFile, workspace) {
  const { analyzeFiles, rereadable, REREAD_FROM_BYTES } = await import(pathToFileURL(bundleFile).href);
  // A large file is read again to quote a line, not kept (src/cli/reread.ts), as the CLI gives it.
  const io = { readBytes: (path) => readFileSync(path) };
  const heap = () => {
    globalThis.gc();
    globalThis.gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.external;
  };
  // Every plan file under the workspace, in subdirectories too (as the CLI finds them: src/cli/load.ts PLAN_FILE).
  const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.ya?ml$/i.test(e.name) ? [join(dir, e.name)] : []));
  // One file at a time, as the CLI reads them (src/cli/load.ts planFileBytes).
  function* read() {
    for (const file of files(workspace).sort()) {
      const bytes = readFileSync(file);
      textBytes += bytes.length;
      yield bytes.length >= REREAD_FROM_BYTES ? { file, bytes, reread: rereadable(io, file, bytes) } : { file, bytes };
    }
  }
  // The parts are held by this object's properties only: a local variable of the function that called analyze could
  // stay alive in a register of its frame after it is cleared, and with it the whole Analysis.
  const held = {};
  let milestones = 0;
  let textBytes = 0;
  const load = async () => {
    // The files are read inside the call, so the bench holds no copy of them once it returns.
    const a = await analyzeFiles(read(), { clockToday: 19000, keepData: false, findings: 'structural' });
    milestones = a.workspace.milestones.length;
    // `result` keeps the sources (its line lookup quotes their text): they go with it.
    held.sources = [a.sources, a.result];
    held.findings = a.diagnostics;
    held.schedule = [a.schedule, a.graph, a.rank];
    held.model = a.workspace;
  };
  const before = heap();
  await load();
  let last = heap();
  const retained = last - before;
  const parts = {};
  for (const part of PARTS) {
    held[part] = undefined;
    const now = heap();
    parts[part] = last - now;
    last = now;
  }
  process.stdout.write(JSON.stringify({ retained, parts, texts: textBytes, milestones }));
}

/** Rows for results.md: retained size of the analysis of each workspace. */
export async function memoryBench(root, workspaces) {
  const tmp = mkdtempSync(join(tmpdir(), 'milepel-memory-'));
  try {
    const file = await bundleSource(root, tmp, 'export { analyzeFiles } from "./src/analyze-texts.ts"; export { rereadable, REREAD_FROM_BYTES } from "./src/cli/reread.ts";');
    const rows = [
      '| analysis retained after GC | milestones | source text | retained | per milestone | sources | findings | schedule and graph | model |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ];
    for (const { label, dir } of workspaces) {
      const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', fileURLToPath(import.meta.url), '--child', file, dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
      if (r.status !== 0) throw new Error(`memory bench child failed on ${dir}: ${r.stderr.slice(-500)}`);
      const m = JSON.parse(r.stdout);
      if (m.milestones === 0) throw new Error(`memory bench: no milestones in ${dir}`);
      const mib = (b) => `${(b / 2 ** 20).toFixed(0)} MiB`;
      const per = (b) => `${(b / m.milestones).toFixed(0)} B`;
      console.log(`retained by the analysis, ${label}: ${mib(m.retained)} (${per(m.retained)} per milestone: ${PARTS.map((p) => `${p} ${per(m.parts[p])}`).join(', ')}; source text ${mib(m.texts)})`);
      rows.push(`| ${label} | ${m.milestones.toLocaleString('en')} | ${mib(m.texts)} | ${mib(m.retained)} | ${per(m.retained)} | ${PARTS.map((p) => per(m.parts[p])).join(' | ')} |`);
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
