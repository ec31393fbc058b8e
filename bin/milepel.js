#!/usr/bin/env node
// Entry: runs the CLI bundle (dist/milepel.cjs) and turns its result into the process exit code. CommonJS, as
// bin/package.json says, under the path it has always had (npx's cache of a clone still links bin/milepel.js).
'use strict';
const { setImmediate } = require('node:timers');
const { bundleFor, loadBundle } = require('./load-bundle.cjs');

const args = process.argv.slice(2);
// `milepel validate` runs dist/validate.cjs, a bundle of that command alone: less to read and deserialise in CI;
// `milepel set` runs dist/set.cjs, whose code cache holds the edit's compiled functions.
loadBundle(undefined, bundleFor(args))
  .run(args)
  .then((code) => {
    process.exitCode = code;
    // When nothing is left that keeps the event loop alive (no pending write to a stream, timer, worker or child),
    // Node would exit next anyway, but only after waiting for V8's background compile jobs and tearing the heap down:
    // ~5 ms of a 90 ms `validate` on the shipped plans. The output went out with writeSync (src/cli/std-write.ts),
    // and 'exit' listeners (src/cli/cleanup.ts) run either way. setImmediate lets promise callbacks still queued run first.
    setImmediate(() => {
      if (process.getActiveResourcesInfo().length === 0) process.exit(code);
    });
  });
