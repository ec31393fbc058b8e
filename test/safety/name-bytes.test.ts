// How a file name that is not UTF-8 is shown (src/cli/name-bytes.ts): its bad bytes as \xNN, its valid UTF-8 letters as
// they are (SPEC §15: "shown under its name with the bad bytes escaped"). Tester round 19 #10: `Møte` with a Latin-1
// æ after it was shown `M\xc3\xb8te \xe6.yaml`, and the hint's conversion from Latin-1 would have garbled the ø.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeNameBytes, hasUtf8Letters } from '../../src/cli/name-bytes.js';
import { builtCli } from '../helpers/built-cli.js';

const bytes = (...parts: (string | number[])[]): Buffer => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('escapeNameBytes', () => {
  it.each([
    ['a Latin-1 byte alone', bytes('m', [0xe6], 'ler.yaml'), 'm\\xe6ler.yaml', false],
    ['valid ø beside a Latin-1 æ', bytes('M', [0xc3, 0xb8], 'te ', [0xe6], '.yaml'), 'Møte \\xe6.yaml', true],
    ['a four-byte emoji beside a bad byte', bytes([0xf0, 0x9f, 0x93, 0x85, 0xff], '.yaml'), '📅\\xff.yaml', true],
    ['an overlong slash (C0 AF)', bytes('a', [0xc0, 0xaf], '.yaml'), 'a\\xc0\\xaf.yaml', false],
    ['a UTF-8-encoded surrogate (ED A0 80)', bytes([0xed, 0xa0, 0x80, 0xe6]), '\\xed\\xa0\\x80\\xe6', false],
    ['a sequence cut short at the end', bytes('x', [0xe2, 0x82]), 'x\\xe2\\x82', false],
    ['a C1 control (U+0085) and a bidi override (U+202E), valid UTF-8 but never shown', bytes([0xc2, 0x85, 0xe2, 0x80, 0xae, 0xe6]), '\\xc2\\x85\\xe2\\x80\\xae\\xe6', false],
    ['ASCII controls', bytes([0x1b], '[31m', [0x7f, 0xe6]), '\\x1b[31m\\x7f\\xe6', false],
  ])('%s', (_, name, shown, letters) => {
    expect(escapeNameBytes(name)).toBe(shown);
    expect(hasUtf8Letters(name)).toBe(letters);
  });
});

describe('a plan file named with UTF-8 letters and a Latin-1 byte', () => {
  it('is shown with only its bad byte escaped, and the hint says to retype that, not to convert the whole name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'milepel-name-bytes-'));
    try {
      mkdirSync(join(dir, 'plans'));
      writeFileSync(join(dir, 'plans', 'ok.yaml'), 'plan: {id: ok, title: T}\nmilestones: []\n');
      writeFileSync(Buffer.concat([Buffer.from(`${dir}/plans/`), bytes('M', [0xc3, 0xb8], 'te ', [0xe6], '.yaml')]), 'plan: {id: m, title: M}\n');
      const r = spawnSync(process.execPath, [builtCli(), 'validate'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'C' } });
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('plans/Møte \\xe6.yaml:1:1: error: the file name is not valid UTF-8');
      expect(r.stdout).toContain('hint: rename the file, retyping the characters shown as \\xNN: the rest of its name is UTF-8 already, which a conversion from Latin-1 (convmv -f latin1) would garble');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
