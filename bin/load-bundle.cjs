// Loads the CLI bundle with V8's code cache. Compiling about 2 MB of JavaScript and warming the functions a run
// needs cost more than a third of a `validate` run on a small workspace; scripts/build.mjs runs the bundle once and
// saves V8's compiled code beside it (dist/milepel.cjs.v8cache). V8 checks that the cache fits its own version,
// flags and this source; when it does not (another Node, a rebuilt bundle), the bundle compiles as usual.
// Node 22 has module.enableCompileCache; Node 20, which milepel supports, has only vm.Script's cachedData. The bundle
// is pure ASCII (scripts/build.mjs makes sure), so it is read as Latin-1: one byte per character, no UTF-8 decoding.
'use strict';
const { Buffer } = require('node:buffer');
const { closeSync, fstatSync, openSync, readSync, statSync, writeFileSync, renameSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');

/** Node's CommonJS Module class (wrap, createRequire): what require('node:module') exports, without loading that
 * public module, which brings in the ES module loader and source maps (three more of Node's modules per run). */
const Module = module.constructor;

/** The commands that have a bundle of their own in dist/ (scripts/build.mjs builds one per entry, each with the code
 * cache of a run of that command). */
const COMMAND_BUNDLES = ['validate', 'set'];

/** The bundle for a command line (the arguments after `milepel`): the command's own, or the whole CLI's. */
function bundleFor(args) {
  return COMMAND_BUNDLES.includes(args[0]) ? args[0] : 'milepel';
}

/** How Module.wrap, Node's CommonJS wrapper, begins. */
const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname) { ';

/**
 * Reads the whole of `file` into `buffer` from its start, or into a new buffer (of at least `minSize` bytes) when
 * `buffer` is missing or too small. The code cache is read into the buffer that held the bundle's bytes (already
 * turned into a string by then): its pages are in memory already, where a buffer of its own was ~150 more page faults
 * per run, which cost more than the reading itself on this kind of host.
 * @returns {{ buffer: Buffer, length: number }}
 */
function readInto(file, buffer, minSize = 0) {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const target = buffer !== undefined && buffer.length >= size ? buffer : Buffer.allocUnsafeSlow(Math.max(size, minSize));
    let length = 0;
    for (let got = -1; length < size && got !== 0; length += got) got = readSync(fd, target, length, size - length, length);
    return { buffer: target, length };
  } finally {
    closeSync(fd);
  }
}

/** The bundle `<dir>/<name>.cjs`, read as Latin-1, its file and the buffer it was read into; the whole CLI's bundle
 * when a one-command bundle is missing (a dist/ built before scripts/build.mjs made them). */
function readBundle(dir, name, minSize) {
  const file = join(dir, `${name}.cjs`);
  try {
    const { buffer, length } = readInto(file, undefined, minSize);
    return { file, text: buffer.toString('latin1', 0, length), buffer };
  } catch (error) {
    if (name === 'milepel' || error.code !== 'ENOENT') throw error;
    return readBundle(dir, 'milepel', minSize);
  }
}

/**
 * Evaluates `<dir>/<name>.cjs` as a CommonJS module and returns its exports ({ run }): `milepel.cjs`, the whole CLI,
 * or a bundle of one command (`validate.cjs`, `set.cjs`; scripts/build.mjs says what each leaves out).
 * @param {string} [dir] the bundle's directory (default: ../dist beside this file)
 * @param {string} [name] the bundle's name without .cjs (default: milepel)
 * @returns {{ run: (argv: readonly string[]) => Promise<number>, codeCacheUsed: boolean, saveCodeCache: () => void }}
 */
function loadBundle(dir = join(__dirname, '..', 'dist'), name = 'milepel') {
  // The buffer is made large enough for the code cache too (a bundle without its largest parts is smaller than it).
  const cacheSize = statSync(join(dir, `${name}.cjs.v8cache`), { throwIfNoEntry: false })?.size ?? 0;
  const { file, text, buffer } = readBundle(dir, name, cacheSize);
  const cacheFile = `${file}.v8cache`;
  let cachedData;
  try {
    const read = readInto(cacheFile, buffer);
    cachedData = read.buffer.subarray(0, read.length);
  } catch {
    cachedData = undefined;
  }
  // scripts/build.mjs writes the module already wrapped in its function: V8 gets one string and never copies it. The
  // string Module.wrap joins was flattened into a second copy of the bundle, 1.5 MB of fresh pages, by the first
  // function V8 compiled from source (~500 of a validate run's page faults). A bundle built before is wrapped here.
  const source = text.startsWith(WRAPPER_HEAD) ? text : Module.wrap(text);
  const script = new Script(source, { filename: file, cachedData });
  const bundle = { exports: {} };
  script.runInThisContext().call(bundle.exports, bundle.exports, Module.createRequire(file), bundle, file, dir);
  return {
    run: bundle.exports.run,
    /** Whether V8 took the saved code (false: no cache file, or V8 rejected it and compiled the source). */
    codeCacheUsed: cachedData !== undefined && !script.cachedDataRejected,
    /** Writes V8's code for the script and every function compiled so far (build time only), atomically. */
    saveCodeCache() {
      writeFileSync(`${cacheFile}.tmp`, script.createCachedData());
      renameSync(`${cacheFile}.tmp`, cacheFile);
    },
  };
}

module.exports = { loadBundle, bundleFor, readInto, COMMAND_BUNDLES };
