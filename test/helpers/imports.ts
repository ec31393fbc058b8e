// The static import graph of src/, read from the source text, for the architecture tests. Counts `import … from` and
// `export … from` of relative modules; leaves out `import type` (erased) and `await import(…)` (loaded on demand).
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { findFiles, fromRoot } from './walk.js';

const STATIC = /^(?:import|export)\s+(?!type\b)[^;]*?from\s+['"]([^'"]+)['"]|^import\s+['"]([^'"]+)['"]/gms;

/** Repository-relative .ts path → the repository-relative .ts paths (and bare package names) it imports statically. */
export function staticImportGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const rel of findFiles('src', /\.ts$/)) {
    const text = readFileSync(fromRoot(rel), 'utf8');
    const targets: string[] = [];
    for (const m of text.matchAll(STATIC)) {
      const spec = (m[1] ?? m[2])!;
      targets.push(spec.startsWith('.') ? posix.join(posix.dirname(rel), spec).replace(/\.js$/, '.ts') : spec);
    }
    graph.set(rel, targets);
  }
  return graph;
}

/** Every module (and package) `from` reaches through static imports, `from` included. Iterative. */
export function staticClosure(graph: ReadonlyMap<string, readonly string[]>, from: string): Set<string> {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (seen.has(x)) continue;
    seen.add(x);
    for (const y of graph.get(x) ?? []) stack.push(y);
  }
  return seen;
}
