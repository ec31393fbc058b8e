// Node's built-in modules loaded when first used, not with the bundle: a `validate` on a small workspace never hashes,
// locks or asks the host's name, and each module loaded at start-up costs every run (issue #18's start-up target).

/**
 * Node's built-in module `id` (`'node:crypto'`, `'node:os'`), loaded by this call if no one has loaded it yet.
 * Through process.getBuiltinModule (Node 20.16 and later), else the CommonJS main module's require (bin/milepel.js),
 * without loading node:module, whose createRequire brings in the ES module loader and source maps (three more of
 * Node's modules a run).
 * @throws Error when neither is there (an older Node 20 running milepel's sources as an ES module)
 */
export function builtinModule<T>(id: `node:${string}`): T {
  const viaProcess = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule;
  if (viaProcess !== undefined) return viaProcess(id) as T;
  const main = (process as { mainModule?: { require(id: string): unknown } }).mainModule;
  if (main !== undefined) return main.require(id) as T;
  throw new Error(`cannot load ${id}: this Node has neither process.getBuiltinModule nor a CommonJS main module`);
}
