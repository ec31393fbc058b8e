#!/usr/bin/env node
// Entry: runs the CLI bundle (dist/milepel.cjs) and turns its result into the process exit code.
'use strict';
require('./load-bundle.cjs')
  .loadBundle()
  .run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
