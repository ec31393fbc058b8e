#!/usr/bin/env node
// Entry: runs the CLI bundle (dist/milepel.cjs) and turns its result into the process exit code. CommonJS, as
// bin/package.json says, under the path it has always had (npx's cache of a clone still links bin/milepel.js).
'use strict';
require('./load-bundle.cjs')
  .loadBundle()
  .run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
