// Standard output written straight to its file descriptor (src/cli/std-write.ts): partial writes, a full
// non-blocking descriptor, a reader that went away, other errors; and end to end, that a run builds no
// process.stdout when its output is a pipe (the point of the module: 7–16 ms of a small run).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fdWriter, type Failure } from '../../src/cli/std-write.js';
import { builtCli } from '../helpers/built-cli.js';
import { REPO_ROOT } from '../helpers/fake-io.js';

const errno = (code: string): Error => Object.assign(new Error(code), { code });

function harness(script: (bytes: Uint8Array, offset: number, length: number) => number) {
  const written: Buffer[] = [];
  const streamed: string[] = [];
  const failures: Failure[] = [];
  const write = fdWriter(1, () => ({ write: (data: string | Uint8Array) => (streamed.push(Buffer.from(data).toString()), true) }), (f) => failures.push(f), (_fd, bytes, offset, length) => {
    const n = script(bytes, offset, length);
    written.push(Buffer.from(bytes.subarray(offset, offset + n)));
    return n;
  });
  return { write, written, streamed, failures };
}

describe('fdWriter', () => {
  it('writes every byte, going on after a partial write; text is UTF-8', () => {
    const h = harness((_b, _o, length) => Math.min(length, 3));
    h.write('blåbær ✓');
    expect(Buffer.concat(h.written).toString()).toBe('blåbær ✓');
    expect(h.written.length).toBeGreaterThan(3);
    expect(h.streamed).toEqual([]);
  });

  it('hands the rest to the stream when the descriptor is full (EAGAIN), and every later write too', () => {
    let calls = 0;
    const h = harness((_b, _o, _length) => {
      calls += 1;
      if (calls === 1) return 4;
      throw errno('EAGAIN');
    });
    h.write('abcdefgh');
    h.write('ij');
    expect(Buffer.concat(h.written).toString()).toBe('abcd');
    expect(h.streamed).toEqual(['efgh', 'ij']);
    expect(h.failures).toEqual([]);
    expect(calls).toBe(2);
  });

  it('writes the UTF-8 of any text, short or longer than the buffer it keeps, one piece after another', () => {
    const h = harness((_b, _o, length) => length);
    const texts = ['a', 'blåbær ✓ \ud83d\ude00', 'lone \ud800 and \udc00', 'x'.repeat(200_000), '✓'.repeat(131_072), '\ud800'.repeat(5000) + 'é\ud83d\ude00'.repeat(3000), 'short again'];
    for (const text of texts) h.write(text);
    expect(h.written.map((b) => b.toString('hex'))).toEqual(texts.map((t) => Buffer.from(t, 'utf8').toString('hex')));
  });

  it('reports a reader that went away once and drops what follows', () => {
    const h = harness(() => {
      throw errno('EPIPE');
    });
    h.write('a');
    h.write('b');
    expect(h.failures).toEqual(['closed']);
  });

  it('reports any other error with its code', () => {
    const h = harness(() => {
      throw errno('ENOSPC');
    });
    h.write('a');
    expect(h.failures).toEqual([{ code: 'ENOSPC' }]);
  });
});

describe('standard output of the built CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'milepel-stdout-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // Reports on stderr whenever process.stdout or process.stderr is built.
  const hook = join(dir, 'spy.cjs');
  writeFileSync(hook, `for (const name of ['stdout', 'stderr']) {
  const d = Object.getOwnPropertyDescriptor(process, name);
  Object.defineProperty(process, name, { configurable: true, enumerable: d.enumerable, get() { require('fs').writeSync(2, 'BUILT ' + name + '\\n'); return d.get.call(this); } });
}\n`);

  it('a validate run into a pipe builds neither stream and prints what it printed before', () => {
    const BIN = builtCli();
    const env = { PATH: process.env['PATH'] ?? '', TZ: 'UTC', LANG: 'C' };
    const spied = spawnSync(process.execPath, ['-r', hook, BIN, 'validate', 'plans', '--today', '2026-01-15'], { cwd: REPO_ROOT, encoding: 'utf8', env });
    const plain = spawnSync(process.execPath, [BIN, 'validate', 'plans', '--today', '2026-01-15'], { cwd: REPO_ROOT, encoding: 'utf8', env });
    expect(spied.stderr).toBe('');
    expect(spied.status).toBe(1);
    expect(spied.stdout).toMatch(/^plans\/akson\.yaml:27:11: warning: [^]* errors, \d+ warnings in 3 files\n$/);
    expect(spied).toMatchObject({ status: plain.status, stdout: plain.stdout, stderr: plain.stderr });
  });

  it('output that cannot be written (/dev/full): one milepel: line saying why and what to do, exit 2, in the run\'s locale', () => {
    const env = { PATH: process.env['PATH'] ?? '', TZ: 'UTC', LANG: 'C' };
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${builtCli()}" validate plans > /dev/full`], { cwd: REPO_ROOT, encoding: 'utf8', env });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('milepel: cannot write to standard output: no space left on the device (ENOSPC); nothing more is written: send the output where it can be written, or free the space\n');
    // A tester's round 4: English whatever the locale, and naming neither the output nor a fix.
    const nb = spawnSync('sh', ['-c', `"${process.execPath}" "${builtCli()}" critical-path plans --locale nb > /dev/full`], { cwd: REPO_ROOT, encoding: 'utf8', env });
    expect(nb.status).toBe(2);
    expect(nb.stderr).toBe('milepel: kan ikke skrive til standard utdata: ikke mer plass på enheten (ENOSPC); ingenting mer skrives: send utdataene dit de kan skrives, eller frigjør plass\n');
    const lang = spawnSync('sh', ['-c', `"${process.execPath}" "${builtCli()}" validate plans > /dev/full`], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...env, LANG: 'nb_NO.UTF-8' } });
    expect(lang.stderr).toMatch(/^milepel: kan ikke skrive til standard utdata: /);
  });

  // Tester round 77 F10: standard output opened for reading was "EBADF (EBADF) … or free the space", the full disk's advice.
  it('standard output not open for writing: says so, once, without the full disk\'s advice (en, nb)', () => {
    const env = { PATH: process.env['PATH'] ?? '', TZ: 'UTC', LANG: 'C' };
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${builtCli()}" validate plans 1</dev/null`], { cwd: REPO_ROOT, encoding: 'utf8', env });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('milepel: cannot write to standard output: it is not open for writing (EBADF); nothing more is written: send the output where it can be written\n');
    const nb = spawnSync('sh', ['-c', `"${process.execPath}" "${builtCli()}" validate plans --locale nb 1</dev/null`], { cwd: REPO_ROOT, encoding: 'utf8', env });
    expect(nb.stderr).toBe('milepel: kan ikke skrive til standard utdata: den er ikke åpen for skriving (EBADF); ingenting mer skrives: send utdataene dit de kan skrives\n');
  });

  it('a set whose report cannot be written says the file it wrote stays written (a tester read exit 2 as a refused edit)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'milepel-full-'));
    try {
      const plan = join(dir, 'a.yaml');
      writeFileSync(plan, 'plan: {id: a, title: A, status_date: 2026-03-02}\nmilestones:\n  - {id: A, title: t, date: 2026-05-13}\n');
      const env = { PATH: process.env['PATH'] ?? '', TZ: 'UTC', LANG: 'C' };
      const r = spawnSync('sh', ['-c', `"${process.execPath}" "${builtCli()}" set a/A "${dir}" --forecast 2026-05-14 > /dev/full`], { cwd: REPO_ROOT, encoding: 'utf8', env });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`milepel: cannot write to standard output: no space left on the device (ENOSPC); what this run wrote stays written (${plan}), only its report is cut short: send the output where it can be written, or free the space\n`);
      expect(readFileSync(plan, 'utf8')).toContain('forecast: 2026-05-14');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
