// The fast path's position records (src/source/positions.ts): for random YAML trees, block and flow, with LF, CRLF or
// CR-only line breaks, `locate` of every path — existing ones, and ones that leave the tree (unknown keys, indices out
// of range, negative or fractional indices, a key asked of a sequence, a number asked of a mapping, a step past a
// scalar) — equals the full yaml parser's, value and key alike, in document order and backwards.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFull } from '../../src/source/full-parse.js';
import { parseFastSource, type Path, type PathSegment } from '../../src/source/parse.js';

type Tree = string | number | null | Tree[] | { [key: string]: Tree };

const KEYS = ['id', 'title', '0', '1', '__proto__', 'constructor', 'blå', 'x-y', 'æøå', '日付'];
const scalar = fc.oneof(fc.constantFrom('M1', 'plan/M2', '2026-12-01', 'Blåbær — leveranse', '𝒳 wide', 'a b'), fc.integer({ min: -50, max: 50 }), fc.constant(null));
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((t) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(t('node'), { minLength: 1, maxLength: 3 }),
    fc.uniqueArray(fc.tuple(fc.constantFrom(...KEYS), t('node')), { minLength: 1, maxLength: 4, selector: ([k]) => k }).map((entries) => {
      const map: { [key: string]: Tree } = {};
      for (const [k, v] of entries) Object.defineProperty(map, k, { value: v, enumerable: true, writable: true, configurable: true });
      return map;
    }),
  ),
})).node;

function scalarText(v: string | number | null): string {
  if (v === null) return 'null';
  return typeof v === 'number' ? String(v) : /^[A-Za-z]/.test(v) && !v.includes(' #') ? v : `"${v}"`;
}

function isLeaf(v: Tree): v is string | number | null {
  return v === null || typeof v !== 'object';
}

/** A key as written: quoted unless it starts with a letter (`0` would be a number, which the fast path declines). */
function keyText(k: string): string {
  return /^[A-Za-z]/.test(k) ? k : `"${k}"`;
}

/** One-line flow form of a tree. */
function flow(v: Tree): string {
  if (isLeaf(v)) return scalarText(v);
  if (Array.isArray(v)) return `[${v.map(flow).join(', ')}]`;
  return `{${Object.keys(v).map((k) => `${keyText(k)}: ${flow(v[k]!)}`).join(', ')}}`;
}

/** Block form; containers whose children are all scalars are written in flow form when `flowLeaves`. */
function block(v: Tree, indent: string, flowLeaves: boolean, out: string[]): void {
  const entries: [string, Tree][] = Array.isArray(v) ? v.map((x) => ['- ', x]) : Object.keys(v as object).map((k) => [`${keyText(k)}:`, (v as { [key: string]: Tree })[k]!]);
  for (const [head, child] of entries) {
    const allLeaves = !isLeaf(child) && (Array.isArray(child) ? child : Object.values(child)).every(isLeaf);
    if (isLeaf(child) || (flowLeaves && allLeaves)) out.push(`${indent}${head}${head.endsWith(' ') ? '' : ' '}${flow(child)}`);
    else {
      out.push(`${indent}${head.trimEnd()}`);
      block(child, `${indent}  `, flowLeaves, out);
    }
  }
}

/** Paths of the tree and paths that leave it. */
function probes(v: Tree, prefix: Path, out: Path[]): void {
  out.push(prefix, [...prefix, 'nope'], [...prefix, 7], [...prefix, -1], [...prefix, 0.5], [...prefix, 0, 'id']);
  if (isLeaf(v)) return;
  if (Array.isArray(v)) v.forEach((x, i) => probes(x, [...prefix, i], out));
  else for (const k of Object.keys(v)) probes(v[k]!, [...prefix, k as PathSegment], out);
}

describe('fast-path positions', () => {
  it('locate agrees with the full parser on every path, in the tree or leaving it, for LF, CRLF and CR-only texts', () => {
    const root = fc.uniqueArray(fc.tuple(fc.constantFrom(...KEYS), tree), { minLength: 1, maxLength: 4, selector: ([k]) => k });
    fc.assert(
      fc.property(root, fc.boolean(), fc.constantFrom('\n', '\r\n', '\r'), (entries, flowLeaves, eol) => {
        const data: { [key: string]: Tree } = {};
        for (const [k, v] of entries) Object.defineProperty(data, k, { value: v, enumerable: true, writable: true, configurable: true });
        const lines: string[] = ['# a comment'];
        block(data, '', flowLeaves, lines);
        const text = lines.join(eol) + eol;
        const fast = parseFastSource('f.yaml', text);
        expect(fast, JSON.stringify(text)).toBeDefined();
        const full = parseFull('f.yaml', text);
        expect(fast!.data).toEqual(full.data);
        const paths: Path[] = [];
        probes(data, [], paths);
        for (const path of paths) {
          expect(fast!.locate(path), `value at ${JSON.stringify(path)} in ${JSON.stringify(text)}`).toEqual(full.locate(path));
          expect(fast!.locate(path, true), `key at ${JSON.stringify(path)}`).toEqual(full.locate(path, true));
        }
        // Lines are counted only as far as asked (parse.ts lineFinder): asked last place first, the answers are the same.
        const backwards = parseFastSource('f.yaml', text)!;
        for (const path of [...paths].reverse()) expect(backwards.locate(path), `backwards, value at ${JSON.stringify(path)}`).toEqual(full.locate(path));
      }),
      { numRuns: 300 },
    );
  });

  it('a text starting with a byte order mark is left to the full parser', () => {
    expect(parseFastSource('f.yaml', '\ufeffplan:\n  id: a\n')).toBeUndefined();
  });
});
