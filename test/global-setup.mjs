// Vitest global setup: end-to-end tests run the code in src/, never a stale dist/. Before any test file loads, this
// regenerates the schema validator (src/schema/generated, written only when it changes) and bundles the CLI exactly as
// `npm run build` does (scripts/build.mjs), but into a scratch folder under node_modules/.cache/ beside a copy of
// bin/milepel.js and its loader, so that dist/ and other runs are left alone. The package root (schemas/, found by walking up from
// the bundle) is still this repository. Tests get the entry point with builtCli() from test/helpers/built-cli.ts.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, generateValidator } from '../scripts/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** @param {{ provide: (key: 'milepelBin', value: string) => void }} project */
export default async function setup(project) {
  generateValidator();
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'milepel-test-'));
  mkdirSync(join(dir, 'bin'));
  for (const file of ['milepel.js', 'load-bundle.cjs', 'package.json']) copyFileSync(join(root, 'bin', file), join(dir, 'bin', file));
  await bundle(join(dir, 'dist'));
  project.provide('milepelBin', join(dir, 'bin', 'milepel.js'));
  return () => rmSync(dir, { recursive: true, force: true });
}
