// The language server's change → diagnostics latency (SPEC §14: ≤ 100 ms on the shipped plans, ≤ 1 s on 10,000
// milestones), measured with a real client over stdio: `milepel lsp` is spawned, initialised on a workspace, one of
// its files is opened and edited (an unsaved change to one milestone's date, alternating), and each sample is the
// wall time from sending didChange to receiving that file's publishDiagnostics. The server's CPU time per change
// (user + system, from /proc on Linux) is the steadier figure on a shared machine.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** Latency in ms (median, p90, worst) of `edits` changes to `file` (in workspace `paths` under `root`), after one warm-up change. */
export async function lspLatency(bin, root, paths, file, edits) {
  const child = spawn(process.execPath, [bin, 'lsp'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const uri = pathToFileURL(file).href;
  let waiting;
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    if (waiting !== undefined && p.uri === uri) {
      const w = waiting;
      waiting = undefined;
      w(p.diagnostics.length);
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
  const range = { start: { line: lineOf(at), character: column }, end: { line: lineOf(at), character: column + 10 } };
  ready = next();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  await ready;
  const samples = [];
  let cpuStart;
  for (let i = 0; i <= edits; i++) {
    if (i === 1) cpuStart = cpuMs(child.pid);
    // Alternate between a later date and the original, so that every change really changes the schedule.
    const value = i % 2 === 0 ? '2030-01-02' : target[1];
    const done = next();
    const start = process.hrtime.bigint();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ range, text: value }] });
    await done;
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (i > 0) samples.push(ms);
  }
  const cpuEnd = cpuMs(child.pid);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  await new Promise((resolve) => child.on('exit', resolve));
  connection.dispose();
  samples.sort((a, b) => a - b);
  const cpu = cpuStart !== undefined && cpuEnd !== undefined ? (cpuEnd - cpuStart) / edits : undefined;
  return { median: samples[Math.floor(samples.length / 2)], p90: samples[Math.ceil(samples.length * 0.9) - 1], max: samples[samples.length - 1], n: samples.length, cpu };
}

/** Both workloads of SPEC §14, printed like run.mjs's lines; returns the targets for bench/results.md. */
export async function lspBench(bin, root, work, edits = 21) {
  const shipped = await lspLatency(bin, root, ['plans'], join(root, 'plans', 'akson.yaml'), edits);
  const big = await lspLatency(bin, root, [join(work, 'network-10000')], join(work, 'network-10000', 'plan-00.yaml'), Math.max(11, edits));
  const line = (label, r) => `${label.padEnd(44)} ${(r.median / 1000).toFixed(3).padStart(8)} s  (p90 ${(r.p90 / 1000).toFixed(3)} s, max ${(r.max / 1000).toFixed(3)} s${r.cpu !== undefined ? `, CPU ${r.cpu.toFixed(0)} ms per change` : ''})`;
  console.log(line('lsp change → diagnostics, shipped plans', shipped));
  console.log(line('lsp change → diagnostics, 10,000 milestones', big));
  const row = (label, r) => `| language server: change → diagnostics (${r.n} changes) | ${label} | ${r.median.toFixed(0)} ms | ${r.p90.toFixed(0)} ms | ${r.max.toFixed(0)} ms | ${r.cpu !== undefined ? `${r.cpu.toFixed(0)} ms` : '–'} |`;
  return {
    rows: [row('shipped plans', shipped), row('10,000 milestones', big)],
    targets: [
      ['lsp change → diagnostics, shipped plans ≤ 100 ms (median, p90)', `${shipped.median.toFixed(0)} ms, ${shipped.p90.toFixed(0)} ms`, shipped.p90 <= 100],
      ['lsp change → diagnostics, 10,000 milestones ≤ 1 s (median, p90)', `${big.median.toFixed(0)} ms, ${big.p90.toFixed(0)} ms`, big.p90 <= 1000],
    ],
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = join(import.meta.dirname, '..');
  const { generateNetwork } = await import('./generate.mjs');
  const work = join(root, 'bench', 'work');
  const { existsSync } = await import('node:fs');
  if (!existsSync(join(work, 'network-10000'))) generateNetwork(join(work, 'network-10000'), 10000);
  await lspBench(join(root, 'bin', 'milepel.js'), root, work);
}
