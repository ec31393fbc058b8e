// Bundles named exports of a source tree's TypeScript into one ESM file that a bench child process imports
// (bench/scheduler.mjs times computeSchedule of two trees, bench/memory.mjs measures what `analyze` retains).
import { join } from 'node:path';

/**
 * Bundles `contents` (export statements, resolved from `dir`, libraries from `modules`) into a new file in `out`;
 * returns its path.
 */
export async function bundleSource(dir, out, contents, modules = join(dir, 'node_modules')) {
  const esbuild = await import('esbuild');
  const file = join(out, `bundle-${Math.random().toString(36).slice(2)}.mjs`);
  await esbuild.build({
    stdin: { contents, resolveDir: dir, loader: 'ts' },
    outfile: file, bundle: true, nodePaths: [modules], format: 'esm', platform: 'node', target: 'node20', logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return file;
}
