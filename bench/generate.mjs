// Generates seeded benchmark workspaces: N milestones in 10 plans with ~3 dependencies each, or a long chain.
import { writeFileSync } from 'node:fs';
import { freshDir, generatorArgs } from './fresh-dir.mjs';
import { join } from 'node:path';
import { dayText, random, weekday } from './seeded.mjs';

const DAY0 = Date.UTC(2020, 0, 1) / 86400000;
const STATUS = Date.UTC(2022, 5, 1) / 86400000;

function governance(rand, bodies = 3, perBody = 60) {
  const lines = ['# yaml-language-server: $schema=../../schemas/plan.schema.json', 'bodies:'];
  for (let b = 0; b < bodies; b++) lines.push(`  - id: B${b}`, `    name: Body ${b}`);
  lines.push('meetings:');
  for (let b = 0; b < bodies; b++) {
    for (let k = 0; k < perBody; k++) {
      lines.push(`  - body: B${b}`, `    date: ${dayText(weekday(DAY0 + k * 30 + b * 7 + Math.floor(rand() * 5)))}`);
    }
  }
  return lines.join('\n') + '\n';
}

/**
 * The link-type mix of the real P6 schedules (8–11 % of links not finish-to-start, a few leads), drawn from its own
 * generator so that the network itself is the same with and without it: an `after` entry as written.
 */
function withLinkType(mix, ref, lag) {
  const t = mix();
  const type = t < 0.04 ? 'SS' : t < 0.08 ? 'FF' : t < 0.1 ? 'SF' : 'FS';
  const lead = mix() < 0.03 ? `-${1 + Math.floor(mix() * 3)}d` : undefined;
  const fields = [`id: ${ref}`, ...(lead ?? lag ? [`lag: ${lead ?? lag}`] : []), ...(type === 'FS' ? [] : [`type: ${type}`])];
  return fields.length === 1 ? ref : `{${fields.join(', ')}}`;
}

/**
 * A workspace of n milestones in `plans` plan files, each with up to 3 earlier predecessors; with `linkTypes`, a tenth
 * of the links are SS, FF or SF, 3 % are leads and a tenth of the milestones have a duration.
 */
export function generateNetwork(dir, n, seed = 42, plans = 10, linkTypes = true) {
  const rand = random(seed);
  const mix = random(seed + 1);
  freshDir(dir);
  writeFileSync(join(dir, 'governance.yaml'), governance(rand));
  const perPlan = Math.ceil(n / plans);
  const spanDays = 365 * 6;
  const dates = new Int32Array(n);
  for (let p = 0; p < plans; p++) {
    const out = [
      '# yaml-language-server: $schema=../../schemas/plan.schema.json',
      'plan:', `  id: plan-${p}`, `  title: Plan ${p}`, '  status_date: 2022-06-01',
      `  governance: {require: [B${p % 3}]}`, 'milestones:',
    ];
    for (let k = 0; k < perPlan; k++) {
      const i = p * perPlan + k;
      if (i >= n) break;
      // Milestones are interleaved in time across plans so cross-plan edges point backwards in time.
      const t = k * plans + p;
      dates[i] = weekday(DAY0 + 30 + Math.floor((t / n) * spanDays));
      out.push(`  - id: M${k}`, `    title: Milestone ${k} of plan ${p} — leveranse ${i}`, `    date: ${dayText(dates[i])}`);
      if (linkTypes && mix() < 0.1) out.push(`    duration: ${1 + Math.floor(mix() * 10)}d`);
      if (dates[i] < STATUS && rand() < 0.95) out.push(`    actual: ${dayText(dates[i])}`);
      else if (rand() < 0.3) out.push(`    forecast: ${dayText(weekday(dates[i] + Math.floor(rand() * 20)))}`);
      const after = [];
      for (let d = 0; d < 3 && t > 50; d++) {
        const back = 1 + Math.floor(rand() * Math.min(t, Math.max(400, n / 50)));
        const tt = t - back;
        const pp = rand() < 0.8 ? p : tt % plans;
        const kk = Math.floor((tt - pp) / plans);
        if (kk < 0 || (pp === p && kk >= k)) continue;
        const ref = pp === p ? `M${kk}` : `plan-${pp}/M${kk}`;
        if (after.some((a) => a.includes(`${ref},`) || a.endsWith(ref) || a.includes(`${ref}}`))) continue;
        const lag = rand() < 0.2 ? `${1 + Math.floor(rand() * 5)}d` : undefined;
        after.push(linkTypes ? withLinkType(mix, ref, lag) : lag ? `{id: ${ref}, lag: ${lag}}` : ref);
      }
      if (after.length > 0) out.push(`    after: [${after.join(', ')}]`);
    }
    writeFileSync(join(dir, `plan-${String(p).padStart(2, '0')}.yaml`), out.join('\n') + '\n');
  }
}

/** One chain M0 → M1 → … of n milestones, split over `files` plan files. */
export function generateChain(dir, n, files = 10) {
  freshDir(dir);
  const perFile = Math.ceil(n / files);
  for (let f = 0; f < files; f++) {
    const out = ['plan:', `  id: chain-${f}`, `  title: Chain ${f}`, '  status_date: 2020-01-01', 'milestones:'];
    for (let i = f * perFile; i < Math.min(n, (f + 1) * perFile); i++) {
      const prev = i === 0 ? '' : i === f * perFile ? `chain-${f - 1}/M${i - 1}` : `M${i - 1}`;
      out.push(`  - id: M${i}`, `    title: Step ${i}`, '    date: 2030-12-31');
      if (prev) out.push(`    after: [${prev}]`);
    }
    writeFileSync(join(dir, `chain-${String(f).padStart(2, '0')}.yaml`), out.join('\n') + '\n');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  generatorArgs('generate.mjs', ['network|network-fs|chain', 'dir', 'milestones'], ([kind, dir, n]) => {
    if (kind === 'chain') generateChain(dir, Number(n));
    else generateNetwork(dir, Number(n), 42, 10, kind !== 'network-fs');
  });
}
