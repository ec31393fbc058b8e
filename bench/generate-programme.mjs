// Generates a national-programme workspace (issue #18, "generated workspaces you have not seen"): many project plans
// of about a thousand milestones each, written as people and export scripts write them. Norwegian titles, a few with
// emoji; comments; deliverables, responsible parties, RAG status and progress; forecast histories; meeting references
// into a shared governance file; gates, goals, measures and risks; links inside a plan and across plans with lags,
// leads and link types; a tenth of the files with CRLF line ends, three written as JSON, and one with mistakes
// (a status that is not a RAG colour, an unknown reference, a Saturday). bench/generate.mjs's network is one shape; this is another, close to
// the one an independent tester measured in session 18 (94 files, 25 MB for 100,000 milestones).
import { writeFileSync } from 'node:fs';
import { freshDir, generatorArgs } from './fresh-dir.mjs';
import { join } from 'node:path';
import { dayText, random, weekday } from './seeded.mjs';

const DAY0 = Date.UTC(2024, 0, 1) / 86400000;
const STATUS = Date.UTC(2026, 5, 1) / 86400000;
const BODIES = [['PS', 'Prosjektstyret'], ['KR', 'KommIT-rådet'], ['NEHS', 'Nasjonalt e-helsestyre']];
const VERBS = ['er ferdigstilt', 'er avklart', 'er satt i produksjon', 'er godkjent', 'er levert', 'er publisert', 'er testet', 'er innført'];
const NOUNS = [
  'Løsningsarkitektur for dokumentdeling', 'Kravspesifikasjon for felles kommunal journal', 'Grensesnitt mot kjernejournal',
  'Tilgangsstyring på tvers av virksomheter', 'Grunndata om personell', 'Testrapport for integrasjon med EPJ',
  'Avtale med leverandør', 'Risikovurdering (ROS) og DPIA', 'Opplæringsplan for helsepersonell', 'Pilot i tre kommuner',
  'Migreringsplan for fastlegekontorer', 'Gevinstrealiseringsplan', 'Anskaffelsesstrategi', 'Målarkitektur for e-resept',
  'Overgang til forvaltning', 'Sikkerhetsgodkjenning', 'Dataplattform for helseanalyse', 'Henvisning 2.0 — fase 2',
];
const MARKS = ['', '', '', '', '', '', ' ✅', ' 🚀', ' ⚠️', ' (Ny)', ' – revidert'];
const PARTIES = ['Direktoratet for e-helse', 'Norsk helsenett SF', 'Helse Sør-Øst RHF', 'Helse Vest RHF', 'KS', 'Oslo kommune', 'Leverandør'];
const STATUSES = ['green', 'green', 'yellow', 'red'];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

/** The shared governance file: three bodies meeting about monthly over the programme's six years. */
function governance(rand) {
  const lines = ['# Styringsorganer og møteplan for programmet', 'bodies:'];
  for (const [id, name] of BODIES) lines.push(`  - id: ${id}`, `    name: ${name}`);
  lines.push('meetings:');
  const meetings = [];
  BODIES.forEach(([id], b) => {
    for (let k = 0; k < 72; k++) {
      const date = weekday(DAY0 + k * 30 + b * 6 + Math.floor(rand() * 4));
      meetings.push({ body: id, date });
      lines.push(`  - body: ${id}`, `    date: ${dayText(date)}`, `    title: Møte ${k + 1}/${id}`, '    location: Oslo');
    }
  });
  return { text: lines.join('\n') + '\n', meetings };
}

/** A YAML scalar for text that may need quotes (a colon followed by space, a leading special character). */
function scalar(text) {
  return /: |#|^[\s\-?[\]{}!&*|>'"%@`]/.test(text) ? JSON.stringify(text) : text;
}

/**
 * A programme of n milestones in `plans` project plans next to a governance file. Returns nothing; writes
 * governance.yaml and prosjekt-NN.yaml under dir (removed first).
 */
export function generateProgramme(dir, n, plans = Math.min(93, Math.max(1, Math.floor(n / 100))), seed = 7) {
  const rand = random(seed);
  freshDir(dir);
  const gov = governance(rand);
  writeFileSync(join(dir, 'governance.yaml'), gov.text);
  const perPlan = Math.ceil(n / plans);
  const spanDays = 365 * 6;
  const crlf = new Set([3, 17, 29, 41, 52, 64, 77, 88, 90]);
  const asJson = new Set([11, 47, 83]);
  const mistakes = Math.floor(plans * 0.65);
  for (let p = 0; p < plans; p++) {
    const planId = `prosjekt-${String(p).padStart(2, '0')}`;
    const prefix = `P${p}`;
    const count = Math.max(0, Math.min(perPlan, n - p * perPlan));
    const data = {
      plan: {
        id: planId,
        title: `${pick(rand, NOUNS)} – delprosjekt ${p}`,
        owner: pick(rand, PARTIES),
        status_date: dayText(STATUS),
        calendar: { holidays: 'NO', closed: ['2024-07-08..2024-07-26', '2025-07-07..2025-07-25', '2026-07-06..2026-07-24'] },
        governance: p % 10 === 0 ? { require: [BODIES[p % 3][0]], window: '45ed' } : { require: [BODIES[p % 3][0]] },
      },
      goals: [], measures: [], gates: [], risks: [], milestones: [],
    };
    for (let g = 0; g < 4; g++) data.goals.push({ id: `${prefix}-G${g}`, title: `${pick(rand, NOUNS)} gir gevinst`, area: pick(rand, NOUNS) });
    for (let k = 0; k < count; k++) {
      const t = k * plans + p;
      const date = weekday(DAY0 + 20 + Math.floor((t / n) * spanDays));
      const m = { id: `${prefix}-M${k}`, title: `${pick(rand, NOUNS)} ${pick(rand, VERBS)}${pick(rand, MARKS)}`, date: dayText(date) };
      if (rand() < 0.6) m.goal = `${prefix}-G${Math.floor(rand() * 4)}`;
      if (rand() < 0.9) m.responsible = pick(rand, PARTIES);
      if (rand() < 0.1) m.duration = rand() < 0.5 ? `${1 + Math.floor(rand() * 10)}d` : `${2 + Math.floor(rand() * 3)}d..${6 + Math.floor(rand() * 4)}d..${12 + Math.floor(rand() * 10)}d`;
      if (date < STATUS && rand() < 0.9) m.actual = dayText(weekday(date + Math.floor(rand() * 5)));
      else if (rand() < 0.4) m.forecast = dayText(weekday(date + Math.floor(rand() * 30)));
      if (rand() < 0.04) m.deadline = dayText(weekday(date + 20));
      if (rand() < 0.5) m.status = pick(rand, STATUSES);
      if (rand() < 0.2) m.progress = `${Math.floor(rand() * 4)}/4`;
      if (rand() < 0.3) {
        m.history = [];
        for (let h = 3; h > 0; h--) m.history.push({ reported: dayText(STATUS - h * 60), forecast: dayText(weekday(date + Math.floor(rand() * 15 * (4 - h)))) });
      }
      const nd = Math.floor(rand() * 3);
      if (nd > 0) m.deliverables = Array.from({ length: nd }, (_, d) => `Leveranse ${k}.${d + 1}: ${pick(rand, NOUNS).toLowerCase()}`);
      if (rand() < 0.08) {
        const before = gov.meetings.filter((x) => x.date <= date && x.date > date - 60);
        if (before.length > 0) m.meetings = [before.map((x) => `${x.body}@${dayText(x.date)}`)[Math.floor(rand() * before.length)]];
      }
      const after = [];
      for (let d = 0; d < 3 && t > 200; d++) {
        const back = 1 + Math.floor(rand() * Math.min(t, Math.max(60, n / 15)));
        const tt = t - back;
        const pp = rand() < 0.85 ? p : tt % plans;
        const kk = Math.floor((tt - pp) / plans);
        if (kk < 0 || (pp === p && kk >= k)) continue;
        const ref = pp === p ? `${prefix}-M${kk}` : `prosjekt-${String(pp).padStart(2, '0')}/P${pp}-M${kk}`;
        if (after.some((a) => (typeof a === 'string' ? a : a.id) === ref)) continue;
        const r = rand();
        after.push(r < 0.8 ? ref : r < 0.9 ? { id: ref, lag: `${1 + Math.floor(rand() * 5)}d` } : { id: ref, type: pick(rand, ['SS', 'FF']) });
      }
      if (after.length > 0) m.after = after;
      data.milestones.push(m);
    }
    for (let g = 0; g < 3 && count > 10; g++) {
      const at = data.milestones[Math.floor(((g + 1) * count) / 4)];
      data.gates.push({ id: `${prefix}-BP${g + 2}`, title: `Beslutningspunkt ${g + 2}`, model: 'prosjektveiviseren', date: at.date, body: BODIES[g][0], ready: { milestone: at.id, lead: '5d' } });
    }
    for (let r = 0; r < 6 && count > 10; r++) {
      data.risks.push({ id: `${prefix}-R${r}`, title: `${pick(rand, NOUNS)} forsinkes`, probability: Math.round(rand() * 50 + 5) / 100, impact: `${2 + r}d..${5 + r}d..${15 + r}d`, milestones: [data.milestones[Math.floor(rand() * count)].id], responsible: pick(rand, PARTIES) });
    }
    for (let s = 0; s < 4 && count > 10; s++) data.measures.push({ id: `${prefix}-T${s}`, goal: `${prefix}-G${s}`, title: `Tiltak ${s}: ${pick(rand, NOUNS)}`, milestones: [data.milestones[s].id] });
    if (p === mistakes && count > 10) {
      data.milestones[5].status = 'amber';
      data.milestones[7].after = ['finnes-ikke'];
      data.milestones[8].date = '2024-06-01';
    }
    const text = asJson.has(p) ? `${JSON.stringify(data, null, 2)}\n` : toYaml(data, rand);
    writeFileSync(join(dir, `${planId}.yaml`), crlf.has(p) ? text.replace(/\n/g, '\r\n') : text);
  }
}

/** The plan as YAML the way a person writes it: block mappings, short lists in flow style, a comment now and then. */
function toYaml(data, rand) {
  const out = ['# yaml-language-server: $schema=../../schemas/plan.schema.json', `# ${data.plan.title}`, 'plan:'];
  const plan = data.plan;
  out.push(`  id: ${plan.id}`, `  title: ${scalar(plan.title)}`, `  owner: ${plan.owner}`, `  status_date: ${plan.status_date}`);
  out.push(`  calendar:`, `    holidays: ${plan.calendar.holidays}`, `    closed: [${plan.calendar.closed.join(', ')}]`);
  out.push(`  governance: {require: [${plan.governance.require.join(', ')}]${plan.governance.window ? `, window: ${plan.governance.window}` : ''}}`);
  out.push('goals:');
  for (const g of data.goals) out.push(`  - id: ${g.id}`, `    title: ${scalar(g.title)}`, `    area: ${scalar(g.area)}`);
  if (data.measures.length > 0) out.push('measures:');
  for (const s of data.measures) out.push(`  - id: ${s.id}`, `    goal: ${s.goal}`, `    title: ${scalar(s.title)}`, `    milestones: [${s.milestones.join(', ')}]`);
  if (data.gates.length > 0) out.push('gates:');
  for (const g of data.gates) {
    out.push(`  - id: ${g.id}`, `    title: ${g.title}`, `    model: ${g.model}`, `    date: ${g.date}`, `    body: ${g.body}`, `    ready: {milestone: ${g.ready.milestone}, lead: ${g.ready.lead}}`);
  }
  if (data.risks.length > 0) out.push('risks:');
  for (const r of data.risks) {
    out.push(`  - id: ${r.id}`, `    title: ${scalar(r.title)}`, `    probability: ${r.probability}`, `    impact: ${r.impact}`, `    milestones: [${r.milestones.join(', ')}]`, `    responsible: ${r.responsible}`);
  }
  out.push('milestones:');
  for (const m of data.milestones) {
    if (rand() < 0.02) out.push('', `  # ${m.title}: se styringsdokumentet`);
    out.push(`  - id: ${m.id}`, `    title: ${scalar(m.title)}`);
    for (const key of ['date', 'forecast', 'actual', 'deadline', 'duration', 'goal', 'responsible', 'status']) {
      if (m[key] !== undefined) out.push(`    ${key}: ${scalar(m[key])}`);
    }
    if (m.progress !== undefined) out.push(`    progress: "${m.progress}"`);
    if (m.after !== undefined) {
      const items = m.after.map((a) => (typeof a === 'string' ? a : `{${Object.entries(a).map(([k, v]) => `${k}: ${v}`).join(', ')}}`));
      out.push(`    after: [${items.join(', ')}]`);
    }
    if (m.meetings !== undefined) out.push(`    meetings: [${m.meetings.join(', ')}]`);
    if (m.deliverables !== undefined) {
      out.push('    deliverables:');
      for (const d of m.deliverables) out.push(`      - ${scalar(d)}`);
    }
    if (m.history !== undefined) {
      out.push('    history:');
      for (const h of m.history) out.push(`      - reported: ${h.reported}`, `        forecast: ${h.forecast}`);
    }
  }
  return out.join('\n') + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  generatorArgs('generate-programme.mjs', ['dir', 'milestones'], ([dir, n]) => generateProgramme(dir, Number(n)));
}
