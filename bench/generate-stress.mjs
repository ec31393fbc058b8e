// Stress shapes for issue #18's growth check (10,000 → 100,000 milestones, ≤ 12 ×), unlike the bench's network:
// `node bench/generate-stress.mjs SHAPE N DIR`, deterministic (no random numbers).
//   fanin      one milestone after all the others (an `after` list of N − 2 refs on one 700 KB line)
//   manyplans  N / 100 plan files of 100 milestones, each plan's chain with links into an earlier plan
//   governed   one plan whose milestones each list a meeting (BODY@date), most of which do not exist (43 % unknown
//              references, the nearest-meeting hint for each), N / 5 meetings, N / 10 gates
//   risky      a chain with a three-point duration and lag on every milestone and N / 10 risk events of 10 milestones
//              each: the spread of p(M) grows along the chain (years at 10,000), which `milepel risk` must hold
// Run every command over them with bench/commands.mjs's list, or by hand (README: Performance).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshDir, generatorArgs } from './fresh-dir.mjs';

const SHAPES = ['fanin', 'manyplans', 'governed', 'risky'];
const day = (i) => { const d = new Date(Date.UTC(2027, 0, 4) + (i % 3000) * 86400000); return d.toISOString().slice(0, 10); };
const gov = (meetings) => {
  let s = 'bodies:\n  - {id: PS, name: Prosjektstyret}\n  - {id: KR, name: KommIT}\nmeetings:\n';
  for (let i = 0; i < meetings; i++) s += `  - {body: ${i % 2 ? 'KR' : 'PS'}, date: ${day(i * 7 % 3000)}}\n`;
  return s;
};
/** Writes the workspace of `shape` (SHAPES) with `n` milestones into the folder `out` (bench/fresh-dir.mjs freshDir). */
function generateStress(shape, n, out) {
  freshDir(out);
  if (shape === 'fanin') {
    let s = 'plan: {id: f, title: Fan-in, status_date: 2027-01-04}\nmilestones:\n  - {id: M0, title: Start, date: 2027-01-04}\n';
    for (let i = 1; i < n - 1; i++) s += `  - {id: M${i}, title: Work ${i}, date: 2027-03-01, after: [M0], duration: ${i % 20}d}\n`;
    s += `  - {id: END, title: End, date: 2027-06-01, after: [${Array.from({ length: n - 2 }, (_, i) => `M${i + 1}`).join(', ')}]}\n`;
    writeFileSync(join(out, 'f.yaml'), s);
  } else if (shape === 'manyplans') {
    const per = 100;
    for (let p = 0; p < n / per; p++) {
      let s = `plan: {id: p${p}, title: Plan ${p}, status_date: 2027-01-04}\nmilestones:\n`;
      for (let i = 0; i < per; i++) {
        const after = i > 0 ? [`M${i - 1}`] : [];
        if (p > 0 && i % 10 === 0) after.push(`p${(p * 7) % p}/M${(i + 5) % per}`);
        s += `  - {id: M${i}, title: Milestone ${i}, date: ${day(p + i * 3)}${after.length ? `, after: [${after.join(', ')}]` : ''}}\n`;
      }
      writeFileSync(join(out, `p${p}.yaml`), s);
    }
  } else if (shape === 'governed') {
    writeFileSync(join(out, 'governance.yaml'), gov(Math.max(100, n / 5)));
    let s = 'plan: {id: g, title: Governed, status_date: 2027-01-04, governance: {require: [PS]}}\nmilestones:\n';
    for (let i = 0; i < n; i++) s += `  - {id: M${i}, title: Milestone ${i}, date: ${day(i % 3000)}, meetings: [${i % 2 ? 'KR' : 'PS'}@${day(((i % 3000) - (i % 3000) % 7) % 3000)}]${i > 0 ? `, after: [M${i - 1 - (i % 3 === 0 && i > 5 ? 3 : 0)}]` : ''}}\n`;
    s += 'gates:\n';
    for (let i = 0; i < n / 10; i++) s += `  - {id: G${i}, title: Gate ${i}, date: ${day((i * 10 + 5) % 3000)}, body: PS, ready: {milestone: M${i * 10}}}\n`;
    writeFileSync(join(out, 'g.yaml'), s);
  } else if (shape === 'risky') {
    let s = 'plan: {id: r, title: Risky, status_date: 2027-01-04}\nmilestones:\n';
    for (let i = 0; i < n; i++) s += `  - {id: M${i}, title: Milestone ${i}, date: ${day(i % 3000)}, duration: 1d..2d..4d${i > 0 ? `, after: [{id: M${i - 1}, lag: 0d..1d..3d}${i > 10 ? `, M${i - 10}` : ''}]` : ''}}\n`;
    s += 'risks:\n';
    for (let i = 0; i < n / 10; i++) s += `  - {id: R${i}, title: Risk ${i}, probability: 0.${(i % 9) + 1}, impact: 1d..3d..9d, milestones: [${Array.from({ length: 10 }, (_, k) => `M${(i * 10 + k * 37) % n}`).filter((v, k, a) => a.indexOf(v) === k).join(', ')}]}\n`;
    writeFileSync(join(out, 'r.yaml'), s);
  }
}

generatorArgs('generate-stress.mjs', ['shape', 'milestones', 'dir'], ([shape, n, out]) => generateStress(shape, Number(n), out), { countAt: 1, choices: { shape: SHAPES } });
