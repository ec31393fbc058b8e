// Generates a rich, dense workspace (issue #18, "workspaces you have not seen"): the seeded network of
// bench/generate.mjs with every milestone carrying what a mature plan carries — a forecast history of four reports,
// deliverables, a responsible party, a RAG status, a three-point duration on a third of them — and about nine
// predecessors each, written as JSON indented by two spaces in `.yaml` files (as an export script would write it).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { generateNetwork } from './generate.mjs';
import { generatorArgs } from './fresh-dir.mjs';
import { dayText, random } from './seeded.mjs';

const PARTIES = ['Direktoratet for e-helse', 'Helse Sør-Øst RHF', 'Norsk helsenett SF', 'KS', '?'];
const STATUSES = ['green', 'yellow', 'red'];
const DAY = 86400000;

/** n milestones in 10 plans, rewritten as JSON with history, deliverables and ≈9 predecessors per milestone. */
export function generateRich(dir, n, seed = 11, extraEdges = 6) {
  generateNetwork(dir, n);
  const rand = random(seed);
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.yaml') || name === 'governance.yaml') continue;
    const file = join(dir, name);
    const data = YAML.parse(readFileSync(file, 'utf8'));
    const milestones = data.milestones;
    for (let k = 0; k < milestones.length; k++) {
      const m = milestones[k];
      const day = Date.parse(`${m.date}T00:00:00Z`) / DAY;
      m.responsible = PARTIES[Math.floor(rand() * PARTIES.length)];
      m.status = STATUSES[Math.floor(rand() * STATUSES.length)];
      m.deliverables = [`Leveranse ${k}a: avklart grensesnitt mot ${m.responsible}`, `Leveranse ${k}b: testrapport godkjent`];
      m.history = [120, 90, 60, 30].map((back) => ({
        reported: dayText(day - back - 400),
        forecast: dayText(day - Math.floor(rand() * 20)),
      }));
      if (rand() < 0.33 && m.actual === undefined) {
        const likely = 2 + Math.floor(rand() * 10);
        m.duration = `${Math.max(1, likely - 2)}d..${likely}d..${likely + 5 + Math.floor(rand() * 10)}d`;
      }
      const after = m.after ?? [];
      const seen = new Set(after.map((a) => (typeof a === 'string' ? a : a.id)));
      for (let e = 0; e < extraEdges && k > 1; e++) {
        const ref = `M${Math.floor(rand() * k)}`;
        if (seen.has(ref)) continue;
        seen.add(ref);
        after.push(rand() < 0.2 ? { id: ref, lag: `${1 + Math.floor(rand() * 5)}d` } : ref);
      }
      if (after.length > 0) m.after = after;
    }
    writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  generatorArgs('generate-rich.mjs', ['dir', 'milestones'], ([dir, n]) => generateRich(dir, Number(n)));
}
