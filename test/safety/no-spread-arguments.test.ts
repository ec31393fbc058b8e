// No argument spreads over arrays in src/: `Math.max(...xs)`, `push(...xs)` and kin overflow the stack from ~125,000 items (issue #11).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const CALLEES = /(?:Math\.(?:max|min|hypot)|\.(?:push|unshift|splice|concat)|String\.fromCharCode|String\.fromCodePoint|\.apply|Reflect\.apply)\s*\(/g;

function listTs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listTs(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Offsets of `...` directly inside the argument list that starts at `open` (nested brackets excluded). */
export function findSpreadArguments(text: string): number[] {
  const found: number[] = [];
  for (const match of text.matchAll(CALLEES)) {
    let depth = 0;
    for (let i = match.index + match[0].length - 1; i < text.length; i++) {
      const c = text[i];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        depth--;
        if (depth === 0) break;
      } else if (depth === 1 && text.startsWith('...', i)) found.push(i);
    }
  }
  return found;
}

describe('no argument spreads in src/', () => {
  it('the scanner finds the kinds it looks for (and not array literals)', () => {
    expect(findSpreadArguments('Math.max(...a)').length).toBe(1);
    expect(findSpreadArguments('Math.min(0, ...rows.map((r) => r.x))').length).toBe(1);
    expect(findSpreadArguments('lines.push(\'\', ...more)').length).toBe(1);
    expect(findSpreadArguments('String.fromCharCode(...codes)').length).toBe(1);
    expect(findSpreadArguments('out.push([...a, ...b])').length).toBe(0);
    expect(findSpreadArguments('out.push({ ...a })').length).toBe(0);
  });

  it('finds none in the source', () => {
    const files = listTs(join(ROOT, 'src'));
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.flatMap((file) => {
      // Comments blanked (same length, so line numbers hold): they may quote the pattern they warn against.
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, (c) => c.replace(/[^\n]/g, ' '));
      return findSpreadArguments(text).map((at) => `${relative(ROOT, file)}:${text.slice(0, at).split('\n').length}`);
    });
    expect(offenders).toEqual([]);
  });
});
