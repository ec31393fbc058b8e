#!/usr/bin/env node
// Entry shim: runs the CLI and turns its result into the process exit code.
import { run } from '../dist/milepel.js';

process.exitCode = await run(process.argv.slice(2));
