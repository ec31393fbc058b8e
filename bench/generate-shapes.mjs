// Generated workspaces in the shapes other writers give them (issue #18: "generated workspaces you have not seen"):
// the seeded network of bench/generate.mjs, rewritten as a JSON writer or a YAML library would write it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { generateNetwork } from './generate.mjs';
import { generatorArgs } from './fresh-dir.mjs';

/**
 * Each shape: what it rewrites a plan file's data to. `json`: JSON indented by two spaces in a `.yaml` file, as
 * `json.dump(indent=2)` or `JSON.stringify(data, null, 2)` writes it (YAML 1.2 reads JSON); until 2 Dec 2026 the fast
 * YAML path declined flow collections over several lines, and such a workspace validated 3.7 × slower per milestone.
 * `yaml-narrow`: the yaml package's output at a line width shorter than key and value, which puts every title on the
 * lines below its key (`title:` and then the text, folded); until 2 Dec 2026 declined too, 3.4 × slower.
 * `yaml-flow`: the yaml package's flow style, every collection in brackets over several lines, texts folded inside
 * them, values below their keys (as PyYAML's default_flow_style=True writes too); declined until 2 Dec 2026.
 */
export const SHAPES = {
  json: (data) => `${JSON.stringify(data, null, 2)}\n`,
  'yaml-narrow': (data) => YAML.stringify(data, { lineWidth: 20, minContentWidth: 20 }),
  'yaml-flow': (data) => YAML.stringify(data, { collectionStyle: 'flow', lineWidth: 60 }),
};

/** The network of generateNetwork(dir, n), each file then rewritten in `shape` (a key of SHAPES). */
export function generateShape(dir, n, shape) {
  const write = SHAPES[shape];
  if (write === undefined) throw new Error(`unknown shape ${shape}: ${Object.keys(SHAPES).join(', ')}`);
  generateNetwork(dir, n);
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.yaml')) continue;
    const file = join(dir, name);
    writeFileSync(file, write(YAML.parse(readFileSync(file, 'utf8'))));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  generatorArgs('generate-shapes.mjs', ['shape', 'dir', 'milestones'], ([shape, dir, n]) => generateShape(dir, Number(n), shape));
}
