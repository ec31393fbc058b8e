// The `encoding` finding's excerpt (SPEC §15, issue #11): the marker sits under exactly the first invalid byte (shown as
// U+FFFD, one column), with tabs, wide and astral characters before it; the finding holds its column in UTF-16 units.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderExcerpt, type Excerpt } from '../../src/report/validate/excerpt.js';
import { decodePlanBytes } from '../../src/source/decode.js';
import { builtCli } from '../helpers/built-cli.js';

const BIN = builtCli();
const show = (e: Excerpt): string[] => [`${e.gutter}${e.code}`, `${e.blankGutter}${e.indent}${e.marker}`];

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'milepel-caret-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The excerpt the CLI prints for the first invalid byte of `before` + 0xF8 + `after` on line 2. */
function viaDecode(before: string, after: string): string[] {
  const bytes = Buffer.concat([Buffer.from(`a: 1\n${before}`, 'utf8'), Buffer.from([0xf8]), Buffer.from(`${after}\n`, 'utf8')]);
  const decoded = decodePlanBytes(bytes);
  const line = decoded.text.split('\n')[1]!;
  return show(renderExcerpt(line, decoded.problem!.line, decoded.problem!.column, 100, 'character'));
}

describe("renderExcerpt 'character'", () => {
  it('marks one column under the bad byte, not the token after it', () => {
    expect(viaDecode('title: Leverand', 'rdialog')).toEqual(['    2 | title: Leverand\uFFFDrdialog', '      |                ^']);
  });

  it('stays under the bad byte after a tab, a wide character and an astral character', () => {
    // "\t" expands to the next multiple of 4, 日 and 😀 take two columns each: the byte is at display column 13 (from 0).
    expect(viaDecode('t: "\t日😀 ', 'x"')).toEqual(['    2 | t: "    日😀 \uFFFDx"', `      | ${' '.repeat(13)}^`]);
    // The finding holds the column in UTF-16 units (10: 😀 is two), as every finding does (tester round 94 F10); the
    // formats that show columns count characters (9). Counted in characters here it would land one character before.
    expect(viaDecode('t: "\t日😀 ', 'x"')).toEqual(show(renderExcerpt('t: "\t日😀 \uFFFDx"', 2, 10, 100, 'character')));
    expect(show(renderExcerpt('t: "\t日😀 \uFFFDx"', 2, 9, 100, 'character'))[1]).not.toBe(`      | ${' '.repeat(13)}^`);
  });

  it('marks one column on a cut long line and at the end of a line', () => {
    const long = `${'x'.repeat(300)}\uFFFD${'y'.repeat(300)}`;
    const e = renderExcerpt(long, 1, 301, 60, 'character');
    expect(e.marker).toBe('^');
    expect([...e.code][[...e.indent].length]).toBe('\uFFFD');
    expect(show(renderExcerpt('ab', 1, 3, 100, 'character'))[1]).toBe('      |   ^');
  });
});

describe('validate through the CLI', () => {
  it('prints the caret under the one bad byte, in both locales', () => {
    const file = join(dir, 'p.yaml');
    const text = Buffer.concat([Buffer.from('plan: {id: p, title: P}\nmilestones:\n  - {id: A, date: 2019-09-02, title: "\t日😀 ', 'utf8'), Buffer.from([0xf8]), Buffer.from('"}\n')]);
    writeFileSync(file, text);
    for (const lang of ['C', 'nb_NO.UTF-8']) {
      const r = spawnSync(process.execPath, [BIN, 'validate', file, '--today', '2019-09-01', '--no-color'], { encoding: 'utf8', env: { ...process.env, LANG: lang } });
      expect(r.status).toBe(1);
      const lines = r.stdout.split('\n');
      const at = lines.findIndex((l) => l.startsWith('    3 | '));
      // `  - {id: A, date: 2019-09-02, title: "` is 38 columns, the tab takes 2 (to 40), 日 and 😀 two each, then a space:
      // the byte is character 43 of its line and display column 45 (from 0).
      expect(lines.slice(at, at + 2)).toEqual(['    3 |   - {id: A, date: 2019-09-02, title: "  日😀 \uFFFD"}', `      | ${' '.repeat(45)}^`]);
      expect(lines[0]).toMatch(/:3:43: /);
    }
  });
});
