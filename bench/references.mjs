// What the issue #18 check times beside milepel, in the same run: the JSON.parse floor (reading the same workspace's
// data written as JSON, nothing else) and TaskJuggler (tj3, the Debian package) scheduling the same network.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The script a floor process runs: read every `.json` file of a directory and parse it, as a plan reader must. */
const FLOOR_SCRIPT = "const fs=require('fs'),p=require('path');const d=process.argv[1];let n=0;for(const f of fs.readdirSync(d).sort())n+=Object.keys(JSON.parse(fs.readFileSync(p.join(d,f),'utf8'))).length;if(n===0)process.exit(3)";

/**
 * Writes the YAML files of the workspace `dir` as JSON files of the same data into `out` (once: an existing `out` is
 * kept) and returns the argument list of a Node process that reads and parses them all.
 */
export function jsonFloor(dir, out) {
  if (!existsSync(out)) {
    // Written beside `out` and renamed into place when whole: a run stopped halfway leaves no floor of a few files
    // that a later run would keep and time as the floor of the whole workspace.
    const partial = `${out}.partial`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    for (const f of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
      writeFileSync(join(partial, f.replace(/\.ya?ml$/, '.json')), JSON.stringify(parse(readFileSync(join(dir, f), 'utf8'))));
    }
    renameSync(partial, out);
  }
  return ['-e', FLOOR_SCRIPT, out];
}

/** A TaskJuggler identifier for a milestone or plan id (letters, digits and `_` only). */
const tjId = (id) => id.replace(/[^A-Za-z0-9_]/g, '_');

/**
 * Writes the network workspace `dir` (bench/generate.mjs) as a TaskJuggler project `file`, once: each plan a task
 * group, each milestone a `milestone` (or a task of its `duration` in working days), each `after` entry a `depends`
 * with its positive lag as `gaplength`. TaskJuggler has no SS/FF/SF links onto a task's end and no leads, so every
 * link is read as finish-to-start and leads are left out: the same number of tasks and links, not the same dates.
 * A milestone without predecessors starts on its date. Returns the file.
 */
export function taskJugglerProject(dir, file) {
  if (existsSync(file)) return file;
  const lines = ['project bench "bench" 2019-01-01 - 2035-01-01 {', '  timezone "UTC"', '}'];
  for (const f of readdirSync(dir).filter((f) => f.startsWith('plan')).sort()) {
    const data = parse(readFileSync(join(dir, f), 'utf8'));
    const plan = tjId(data.plan.id);
    lines.push(`task ${plan} "${data.plan.title}" {`);
    for (const m of data.milestones) {
      lines.push(`  task ${tjId(m.id)} "${m.title.replace(/"/g, '')}" {`, m.duration ? `    length ${m.duration}` : '    milestone');
      const links = (m.after ?? []).map((a) => (typeof a === 'string' ? { id: a } : a));
      if (links.length === 0) lines.push(`    start ${m.date}`);
      for (const link of links) {
        const ref = link.id.includes('/') ? link.id.split('/').map(tjId).join('.') : `${plan}.${tjId(link.id)}`;
        lines.push(link.lag && !link.lag.startsWith('-') ? `    depends ${ref} { gaplength ${link.lag} }` : `    depends ${ref}`);
      }
      lines.push('  }');
    }
    lines.push('}');
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** Whether TaskJuggler's tj3 can be run here. */
export function haveTaskJuggler() {
  return spawnSync('tj3', ['--version'], { stdio: 'ignore' }).status === 0;
}
