// The language server's change → diagnostics latency (SPEC §14: ≤ 100 ms on the shipped plans, ≤ 1 s on 10,000
// milestones), measured with a real client over stdio: `milepel lsp` is spawned, initialised on a workspace, one of
// its files is opened and edited (an unsaved change to one milestone's date, alternating), and each sample is the
// wall time from sending didChange to receiving that file's publishDiagnostics.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';

/** Median latency in ms of `edits` changes to `file` (in workspace `paths` under `root`), after one warm-up change. */
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
  for (let i = 0; i <= edits; i++) {
    // Alternate between a later date and the original, so that every change really changes the schedule.
    const value = i % 2 === 0 ? '2030-01-02' : target[1];
    const done = next();
    const start = process.hrtime.bigint();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ range, text: value }] });
    await done;
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (i > 0) samples.push(ms);
  }
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  await new Promise((resolve) => child.on('exit', resolve));
  connection.dispose();
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], max: samples[samples.length - 1], n: samples.length };
}

/** Both workloads of SPEC §14, printed like run.mjs's lines; returns the targets for bench/results.md. */
export async function lspBench(bin, root, work, edits = 21) {
  const shipped = await lspLatency(bin, root, ['plans'], join(root, 'plans', 'akson.yaml'), edits);
  console.log(`${'lsp change → diagnostics, shipped plans'.padEnd(44)} ${(shipped.median / 1000).toFixed(3).padStart(8)} s  (max ${(shipped.max / 1000).toFixed(3)} s)`);
  const big = await lspLatency(bin, root, [join(work, 'network-10000')], join(work, 'network-10000', 'plan-00.yaml'), Math.max(5, Math.floor(edits / 2)));
  console.log(`${'lsp change → diagnostics, 10,000 milestones'.padEnd(44)} ${(big.median / 1000).toFixed(3).padStart(8)} s  (max ${(big.max / 1000).toFixed(3)} s)`);
  return {
    rows: [`| language server: change → diagnostics (median of ${shipped.n}) | shipped plans | ${shipped.median.toFixed(0)} ms | max ${shipped.max.toFixed(0)} ms |`,
      `| language server: change → diagnostics (median of ${big.n}) | 10,000 milestones | ${big.median.toFixed(0)} ms | max ${big.max.toFixed(0)} ms |`],
    targets: [
      ['lsp change → diagnostics, shipped plans ≤ 100 ms', `${shipped.median.toFixed(0)} ms`, shipped.median <= 100],
      ['lsp change → diagnostics, 10,000 milestones ≤ 1 s', `${big.median.toFixed(0)} ms`, big.median <= 1000],
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
