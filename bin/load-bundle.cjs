// Loads the CLI bundle with V8's code cache. Compiling about 2 MB of JavaScript and warming the functions a run
// needs cost more than a third of a `validate` run on a small workspace; scripts/build.mjs runs the bundle once and
// saves V8's compiled code beside it (dist/milepel.cjs.v8cache). V8 checks that the cache fits its own version,
// flags and this source; when it does not (another Node, a rebuilt bundle), the bundle compiles as usual.
// Node 22 has module.enableCompileCache; Node 20, which milepel supports, has only vm.Script's cachedData. The bundle
// is pure ASCII (scripts/build.mjs makes sure), so it is read as Latin-1: one byte per character, no UTF-8 decoding.
'use strict';
const { readFileSync, writeFileSync, renameSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

/** How Module.wrap, Node's CommonJS wrapper, begins. */
const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname) { ';

/**
 * Evaluates `<dir>/milepel.cjs` as a CommonJS module and returns its exports ({ run }).
 * @param {string} [dir] the bundle's directory (default: ../dist beside this file)
 * @returns {{ run: (argv: readonly string[]) => Promise<number>, codeCacheUsed: boolean, saveCodeCache: () => void }}
 */
function loadBundle(dir = join(__dirname, '..', 'dist')) {
  const file = join(dir, 'milepel.cjs');
  const cacheFile = `${file}.v8cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // scripts/build.mjs writes the module already wrapped in its function: V8 gets one string and never copies it. The
  // string Module.wrap joins was flattened into a second copy of the bundle, 1.5 MB of fresh pages, by the first
  // function V8 compiled from source (~500 of a validate run's page faults). A bundle built before is wrapped here.
  const text = readFileSync(file, 'latin1');
  const source = text.startsWith(WRAPPER_HEAD) ? text : Module.wrap(text);
  const script = new Script(source, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(file), module, file, dir);
  return {
    run: module.exports.run,
    /** Whether V8 took the saved code (false: no cache file, or V8 rejected it and compiled the source). */
    codeCacheUsed: cachedData !== undefined && !script.cachedDataRejected,
    /** Writes V8's code for the script and every function compiled so far (build time only), atomically. */
    saveCodeCache() {
      writeFileSync(`${cacheFile}.tmp`, script.createCachedData());
      renameSync(`${cacheFile}.tmp`, cacheFile);
    },
  };
}

module.exports = { loadBundle };
