// `node bench/parsers.mjs [--runs N]`: the figures in src/source/fast-yaml.ts's module doc. Times the fast YAML path
// against the full yaml parser (both as the analysis entry point calls them) on the shipped plans and on a generated
// 100,000-milestone workspace (bench/generate.mjs, seed 42), in one process after a warm-up, median of N runs; and
// the startup cost of loading each parser's module in a fresh Node process (median of N). All figures are CPU time
// (user + system), which a busy shared machine disturbs far less than wall time. Prints Markdown.
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateNetwork } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, 'bench', 'work');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;

// Each parser bundled on its own (as the CLI's chunks load them), so that importing one measures only its own cost.
const esbuild = await import('esbuild');
const out = mkdtempSync(join(tmpdir(), 'milepel-parsers-'));
process.on('exit', () => rmSync(out, { recursive: true, force: true }));
const entries = { fast: 'export { parseFastSource as parse } from "./src/source/parse.ts";', full: 'export { parseFullChecked as parse } from "./src/source/full-parse.ts";' };
for (const [name, contents] of Object.entries(entries)) {
  await esbuild.build({
    stdin: { contents, resolveDir: root, loader: 'ts' }, outfile: join(out, `${name}.mjs`), bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
}
const fast = (await import(pathToFileURL(join(out, 'fast.mjs')).href)).parse;
const full = (await import(pathToFileURL(join(out, 'full.mjs')).href)).parse;

function yamlFiles(dir) {
  return readdirSync(dir, { recursive: true }).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(parse, files) {
  for (const f of files) if (parse(f.file, f.text) === undefined) throw new Error(`${f.file}: the fast path declined it`);
  const samples = [];
  for (let r = 0; r < runs; r++) {
    const start = process.cpuUsage();
    for (const f of files) parse(f.file, f.text);
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  return median(samples);
}

function startup(module) {
  const load = module === undefined ? '' : `await import(${JSON.stringify(pathToFileURL(join(out, module)).href)});`;
  const code = `${load} const u = process.cpuUsage(); console.log((u.user + u.system) / 1000);`;
  const samples = [];
  for (let r = 0; r < runs + 1; r++) {
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(String(child.stderr));
    if (r > 0) samples.push(Number(child.stdout));
  }
  return median(samples);
}

const big = join(work, 'network-100000');
if (!existsSync(big)) generateNetwork(big, 100000);
const workloads = [['shipped plans/', yamlFiles(join(root, 'plans'))], ['generated, 100,000 milestones', yamlFiles(big)]];

const rows = [];
for (const [label, files] of workloads) {
  const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);
  const fastMs = time(fast, files);
  const fullMs = time(full, files);
  rows.push(`| ${label} | ${(bytes / 1048576).toFixed(2)} MB | ${fastMs.toFixed(1)} ms (${(bytes / 1048576 / (fastMs / 1000)).toFixed(1)} MB/s) | ${fullMs.toFixed(1)} ms (${(bytes / 1048576 / (fullMs / 1000)).toFixed(1)} MB/s) | ${(fullMs / fastMs).toFixed(1)} × |`);
}
const bare = startup(undefined);
const fastStart = startup('fast.mjs') - bare;
const fullStart = startup('full.mjs') - bare;
console.log(`Node ${process.version}, median of ${runs} runs, ${new Date().toISOString().slice(0, 10)}; module sizes: fast ${statSync(join(out, 'fast.mjs')).size} B, full ${statSync(join(out, 'full.mjs')).size} B`);
console.log('');
console.log('| workload | size | fast path (CPU) | full parser (CPU) | full / fast |');
console.log('|---|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
console.log('');
console.log(`Loading the module in a fresh process, beyond \`node -e 0\` (${bare.toFixed(0)} ms): fast path ${fastStart.toFixed(0)} ms, full parser with the yaml library ${fullStart.toFixed(0)} ms.`);
