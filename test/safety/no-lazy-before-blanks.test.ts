// No regular expression in src/ grows a lazy group in front of a run of blanks (`(\S.*?)\s*$`, `[^#]*?[ \t]*:`): on a
// line with a long run of blanks inside it, such a group retries the run from every character it grows by. 200,000
// spaces in one value took validate 30–70 s (test/safety/long-blank-runs.test.ts holds those lines).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** A lazy quantifier, then (past a group's end or start) a blank class repeated. */
const LAZY_BEFORE_BLANKS = /[*+]\?\)?(?:\(\?:|\()?(?:\\s|\[ \\t\]| )[*+]/;

/** Where the pattern is safe, and why (none so far). */
const ALLOWED: ReadonlyMap<string, string> = new Map();

function listTs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listTs(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The code lines (not comments) of `text` where the pattern is. */
export function lazyBeforeBlanks(text: string): number[] {
  return text.split('\n').flatMap((line, i) => (/^\s*(?:\/\/|\*|\/\*)/.test(line) || !LAZY_BEFORE_BLANKS.test(line) ? [] : [i + 1]));
}

describe('no lazy group before a run of blanks in src/', () => {
  it('the scanner finds the shapes it looks for, and not comments', () => {
    expect(lazyBeforeBlanks('const LINE = /^(\\S.*?)\\s*$/;')).toEqual([1]);
    expect(lazyBeforeBlanks('const K = /([^#]*?)[ \\t]*:/y;')).toEqual([1]);
    expect(lazyBeforeBlanks('const E = /^(.+?)(?:\\s+(FS|SS))?$/;')).toEqual([1]);
    expect(lazyBeforeBlanks(' * a lazy `(\\S.*?)\\s*$` took half a minute')).toEqual([]);
    expect(lazyBeforeBlanks('const G = /^(\\S.*)$/;')).toEqual([]);
  });

  it('finds none', () => {
    const found = listTs(join(ROOT, 'src')).flatMap((path) => {
      const file = relative(ROOT, path).split('\\').join('/');
      return ALLOWED.has(file) ? [] : lazyBeforeBlanks(readFileSync(path, 'utf8')).map((line) => `${file}:${line}`);
    });
    expect(found).toEqual([]);
  });
});
