// Generates seeded workspaces for `milepel risk`: n open milestones in 10 plans, 3 predecessors each (so ~3n edges),
// three-point durations on most milestones, three-point lags on some edges, one risk event per 20 milestones, and
// dates set by the logic at the likely values.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayText, random, weekday } from './seeded.mjs';
import { freshDir, generatorArgs } from './fresh-dir.mjs';

const DAY0 = Date.UTC(2024, 0, 1) / 86400000;

/**
 * A tight plan: each date is at least its predecessors' dates plus its own likely duration (working days as 7/5
 * calendar days) and a day, so that the schedule is driven by its logic and draws above the likely values slip it.
 */
export function generateRiskNetwork(dir, n, seed = 7, plans = 10) {
  const rand = random(seed);
  freshDir(dir);
  const window = Math.max(30, Math.min(400, Math.floor(n / 20)));
  const files = Array.from({ length: plans }, (_, p) => [
    'plan:', `  id: risk-${p}`, `  title: Risk plan ${p}`, '  status_date: 2024-01-01', 'milestones:',
  ]);
  const risks = Array.from({ length: plans }, () => []);
  const dates = new Int32Array(n);
  for (let t = 0; t < n; t++) {
    const p = t % plans;
    const k = Math.floor(t / plans);
    const out = files[p];
    let duration;
    let likely = 0;
    if (rand() < 0.8) {
      likely = 2 + Math.floor(rand() * 10);
      duration = `${Math.max(0, likely - 1 - Math.floor(rand() * 3))}d..${likely}d..${likely + 2 + Math.floor(rand() * 15)}d`;
    }
    const after = new Map();
    for (let d = 0; d < 3 && t > 3; d++) {
      const tt = t - 1 - Math.floor(rand() * Math.min(t, window));
      const pp = tt % plans;
      const kk = Math.floor(tt / plans);
      const ref = pp === p ? `M${kk}` : `risk-${pp}/M${kk}`;
      if (after.has(ref)) {
        d--;
        if (after.size >= t) break;
        continue;
      }
      after.set(ref, tt);
    }
    let date = DAY0;
    for (const tt of after.values()) date = Math.max(date, dates[tt] + Math.ceil((likely * 7) / 5) + 1);
    dates[t] = weekday(date);
    out.push(`  - id: M${k}`, `    title: Milestone ${k} of plan ${p}`, `    date: ${dayText(dates[t])}`);
    if (duration) out.push(`    duration: ${duration}`);
    if (after.size > 0) {
      out.push('    after:');
      for (const ref of after.keys()) out.push(rand() < 0.3 ? `      - {id: ${ref}, lag: -1d..1d..4d}` : `      - ${ref}`);
    }
    if (t % 20 === 19) risks[p].push(`  - {id: R${t}, title: Risk ${t}, probability: ${(0.05 + rand() * 0.4).toFixed(2)}, impact: 2d..5d..15d, milestones: [M${k}]}`);
  }
  for (let p = 0; p < plans; p++) {
    const text = [...files[p], ...(risks[p].length > 0 ? ['risks:', ...risks[p]] : [])].join('\n') + '\n';
    writeFileSync(join(dir, `risk-${String(p).padStart(2, '0')}.yaml`), text);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  generatorArgs('generate-risk.mjs', ['dir', 'milestones'], ([dir, n]) => generateRiskNetwork(dir, Number(n)));
}
