// The language server's change → diagnostics latency (SPEC §14: ≤ 100 ms on the shipped plans, ≤ 1 s on 10,000
// milestones), measured with a real client over stdio: `milepel lsp` is spawned, initialised on a workspace, one of
// its files is opened and edited (an unsaved change to one milestone's date, alternating), and each sample is the
// wall time from sending didChange to receiving that file's publishDiagnostics. The server's CPU time per change
// (user + system, from /proc on Linux) is the steadier figure on a shared machine. In mode `yaml` each change breaks
// the file's YAML (an unclosed `[` before the date) or repairs it again: the file's entities leave the model and come
// back, every reference to them turns unknown and back, and every later file's entities move to other indices. Each
// broken and each repaired text is new (the date differs each time), so no cache keyed by the text can answer it.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';

/** The server process's CPU time so far in ms (Linux /proc; undefined elsewhere). */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/**
 * Latency in ms (median, p90, worst) and server CPU per change of `edits` changes to `file` (in workspace `paths`
 * under `root`), after one warm-up change. `mode`: `date` changes a milestone's date, `yaml` breaks and repairs the YAML.
 */
export async function lspLatency(bin, root, paths, file, edits, mode = 'date') {
  // LSP_BENCH_NODE_ARGS: extra flags for the server's node, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile it.
  const nodeArgs = (process.env.LSP_BENCH_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');
  const child = spawn(process.execPath, [...nodeArgs, bin, 'lsp'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const uri = pathToFileURL(file).href;
  let waiting;
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    if (waiting !== undefined && p.uri === uri) {
      const w = waiting;
      waiting = undefined;
      w(p.diagnostics);
    }
  });
  connection.listen();
  const next = () => new Promise((resolve) => (waiting = resolve));
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {}, initializationOptions: { paths } });
  let ready = next();
  await connection.sendNotification('initialized', {});
  await ready;
  const text = readFileSync(file, 'utf8');
  const dates = [...text.matchAll(/date: (\d{4}-\d\d-\d\d)/g)];
  const target = dates[Math.floor(dates.length / 2)];
  const at = target.index + 'date: '.length;
  const lineOf = (offset) => text.slice(0, offset).split('\n').length - 1;
  const column = at - (text.lastIndexOf('\n', at - 1) + 1);
  const rangeOf = (length) => ({ start: { line: lineOf(at), character: column }, end: { line: lineOf(at), character: column + length } });
  ready = next();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  await ready;
  const samples = [];
  let current = target[1];
  for (let i = 0; i <= edits; i++) {
    // Alternate between a changed value and the original, so that every change really changes the analysis; in mode
    // `yaml` every broken and every repaired text is a new one (another date each time), as when typing.
    const day = `2030-01-${String(2 + (Math.floor(i / 2) % 25)).padStart(2, '0')}`;
    const value = mode === 'yaml' ? (i % 2 === 0 ? `[${day}` : day) : i % 2 === 1 ? target[1] : '2030-01-02';
    const done = next();
    const cpuBefore = cpuMs(child.pid);
    const start = process.hrtime.bigint();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ range: rangeOf(current.length), text: value }] });
    const diagnostics = await done;
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    // The server answers a request only after it has published every file's diagnostics for the change: the command
    // it runs, with no ref, answered at once (with an error, which is all a barrier needs).
    await connection.sendRequest('workspace/executeCommand', { command: 'milepel.explain', arguments: [] }).catch(() => undefined);
    const allMs = Number(process.hrtime.bigint() - start) / 1e6;
    const cpu = cpuBefore === undefined ? undefined : cpuMs(child.pid) - cpuBefore;
    current = value;
    const broken = diagnostics.some((d) => d.code === 'yaml-syntax');
    if (broken !== value.startsWith('[')) throw new Error(`lsp bench: change ${i} ${broken ? 'broke' : 'did not break'} the YAML`);
    if (i > 0) samples.push({ ms, allMs, cpu, odd: i % 2 === 1 });
  }
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  await new Promise((resolve) => child.on('exit', resolve));
  connection.dispose();
  return { ...stats(samples), first: stats(samples.filter((x) => !x.odd)), second: stats(samples.filter((x) => x.odd)) };
}

/** Median, p90 and worst wall time to the file's own diagnostics (ms), the same to all files', and CPU per change. */
function stats(samples) {
  const sorted = (values) => values.slice().sort((a, b) => a - b);
  const pick = (values, q) => values[Math.min(values.length - 1, Math.ceil(values.length * q) - 1)];
  const own = sorted(samples.map((x) => x.ms));
  const all = sorted(samples.map((x) => x.allMs));
  const cpus = samples.every((x) => x.cpu !== undefined) ? sorted(samples.map((x) => x.cpu)) : undefined;
  return {
    n: samples.length, median: pick(own, 0.5), p90: pick(own, 0.9), max: own[own.length - 1],
    allMedian: pick(all, 0.5), allP90: pick(all, 0.9),
    cpu: cpus === undefined ? undefined : cpus.reduce((sum, c) => sum + c, 0) / cpus.length, cpuP90: cpus === undefined ? undefined : pick(cpus, 0.9),
  };
}

/**
 * A plan of `n` milestones and one more whose `after` is a flow list, on one line, of every other one's id in lower
 * case: `n` unknown references, each with a suggestion and a span to find in that line (tester round 83 F12: each
 * span's scan started at the line's start, 4 s to the first diagnostics at 10,000). Returns the file.
 */
function writeOneLongList(dir, n) {
  const file = join(dir, 'p.yaml');
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const lines = ['plan: {id: p, title: P, status_date: 2026-01-05}', 'milestones:'];
  for (let i = 0; i < n; i++) lines.push(`  - {id: M${i}, title: m, date: 2026-02-02}`);
  lines.push(`  - {id: Z, title: z, date: 2026-03-02, after: [${Array.from({ length: n }, (_, i) => `m${i}`).join(', ')}]}`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/**
 * The workloads of SPEC §14 (shipped plans ≤ 100 ms, 10,000 milestones ≤ 1 s), each with changes that keep the YAML
 * parsing and changes that break and repair it, printed like run.mjs's lines; returns the rows and targets for
 * bench/results.md. `only`: run just the workloads whose label contains it.
 */
export async function lspBench(bin, root, work, edits = 21, only = undefined) {
  const shippedFile = join(root, 'plans', 'akson.yaml');
  const bigDir = join(work, 'network-10000');
  const bigFile = join(bigDir, 'plan-00.yaml');
  const listFile = writeOneLongList(join(work, 'one-list-10000'), 10000);
  const workloads = [
    { label: 'shipped plans', limit: 100, run: () => lspLatency(bin, root, ['plans'], shippedFile, edits) },
    { label: 'shipped plans, YAML broken / repaired', limit: 100, run: () => lspLatency(bin, root, ['plans'], shippedFile, edits, 'yaml') },
    { label: '10,000 milestones', limit: 1000, run: () => lspLatency(bin, root, [bigDir], bigFile, Math.max(11, edits)) },
    { label: '10,000 milestones, YAML broken / repaired', limit: 1000, run: () => lspLatency(bin, root, [bigDir], bigFile, Math.max(11, edits), 'yaml') },
    { label: '10,000 misspelt references in one flow list', limit: 1000, run: () => lspLatency(bin, root, [dirname(listFile)], listFile, Math.max(11, edits)) },
  ].filter((w) => only === undefined || w.label.includes(only));
  const rows = [];
  const targets = [];
  const ms = (x) => `${x.toFixed(0)} ms`;
  for (const w of workloads) {
    const r = await w.run();
    const cpu = r.cpu !== undefined ? `, CPU ${ms(r.cpu)} per change (p90 ${ms(r.cpuP90)})` : '';
    console.log(`lsp change → diagnostics, ${w.label}: ${ms(r.median)} (p90 ${ms(r.p90)}, max ${ms(r.max)}; all files ${ms(r.allMedian)}, p90 ${ms(r.allP90)}${cpu})`);
    if (w.label.includes('YAML')) {
      for (const [name, x] of [['breaking', r.first], ['repairing', r.second]]) console.log(`  ${name}: ${ms(x.median)} (p90 ${ms(x.p90)}; all files ${ms(x.allMedian)}, p90 ${ms(x.allP90)}${x.cpu !== undefined ? `, CPU ${ms(x.cpu)} per change` : ''})`);
    }
    rows.push(`| language server: change → diagnostics (${r.n} changes) | ${w.label} | ${ms(r.median)} | ${ms(r.p90)} | ${ms(r.max)} | ${ms(r.allMedian)}, ${ms(r.allP90)} | ${r.cpu !== undefined ? ms(r.cpu) : '–'} |`);
    const worst = Math.max(r.p90, r.allP90);
    targets.push([`lsp change → diagnostics, ${w.label} ≤ ${w.limit} ms (median, p90; all files' p90)`, `${ms(r.median)}, ${ms(r.p90)}; ${ms(r.allP90)}`, worst <= w.limit]);
  }
  return { rows, targets };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = join(import.meta.dirname, '..');
  const { generateNetwork } = await import('./generate.mjs');
  const work = join(root, 'bench', 'work');
  if (!existsSync(join(work, 'network-10000'))) generateNetwork(join(work, 'network-10000'), 10000);
  // `node bench/lsp.mjs [label part]`, e.g. `node bench/lsp.mjs YAML` for the break / repair workloads only.
  await lspBench(join(root, 'bin', 'milepel.js'), root, work, 21, process.argv[2]);
}
