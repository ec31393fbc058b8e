// `export --format mspdi` writes a milestone's `x-wbs` (the summary tasks an import read it from) back as summary tasks
// (tester round 99 F7: P6 → milepel → MS Project → milepel lost the work breakdown). Read by GNOME Planner's MS
// Project stylesheet, an independent reader, and by milepel's own import, which gives the same x-wbs back, exactly.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const dir = mkdtempSync(join(tmpdir(), 'milepel-mspdi-outline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PLAN = `plan: {id: p, title: P, status_date: 2024-01-02, calendar: {holidays: none}}
milestones:
  - {id: A, title: Start, date: 2024-01-05, x-wbs: [Fase 1, Analyse]}
  - {id: B, title: Design, date: 2024-01-12, after: [A], x-wbs: [Fase 1, Design & test]}
  - {id: C, title: Bygg, date: 2024-01-19, after: [B], x-wbs: [Fase 2]}
  - {id: D, title: Også analyse, date: 2024-01-10, after: [A], x-wbs: [Fase 1, Analyse]}
  - {id: E, title: Slutt, date: 2024-01-26, after: [C, D]}
`;

interface Node { readonly name: string; readonly start: string; readonly end: string; readonly children: readonly Node[] }

/** Planner's task tree from the XML: each task's name, start, end and the tasks below it. */
function plannerTree(xml: string): Node[] {
  const file = join(dir, 'p.xml');
  writeFileSync(file, xml);
  const planner = execFileSync('xsltproc', ['/usr/share/planner/stylesheets/msp2planner.xsl', file], { encoding: 'utf8' });
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, isArray: (tag) => tag === 'task' }).parse(planner);
  const tree = (tasks: Record<string, unknown>[] | undefined): Node[] => (tasks ?? []).map((t) => ({
    name: String(t['name']), start: String(t['start']), end: String(t['end']), children: tree(t['task'] as Record<string, unknown>[] | undefined),
  }));
  return tree(parsed.project.tasks.task as Record<string, unknown>[]);
}

const leaf = (name: string, day: string): Node => ({ name, start: `${day}T170000Z`, end: `${day}T170000Z`, children: [] });

describe('export --format mspdi: x-wbs as summary tasks', () => {
  it('nests the tasks under their summary tasks, which span them, as Planner reads the file', async () => {
    const r = await runCli(['export', 'ws', '--format', 'mspdi'], { files: { 'ws/p.yaml': PLAN }, diskRoots: [] });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // Each summary task where the first task below it comes, in task order (A, then B and D after A, C, E).
    expect(plannerTree(r.stdout)).toEqual([
      { name: 'Fase 1', start: '20240105T170000Z', end: '20240112T170000Z', children: [
        { name: 'Analyse', start: '20240105T170000Z', end: '20240110T170000Z', children: [leaf('Start', '20240105'), leaf('Også analyse', '20240110')] },
        { name: 'Design & test', start: '20240112T170000Z', end: '20240112T170000Z', children: [leaf('Design', '20240112')] },
      ] },
      { name: 'Fase 2', start: '20240119T170000Z', end: '20240119T170000Z', children: [leaf('Bygg', '20240119')] },
      leaf('Slutt', '20240126'),
    ]);
    // Rows count in file order; outline numbers name the place; links still name tasks by UID.
    expect([...r.stdout.matchAll(/<ID>(\d+)<\/ID>\s*<Name>([^<]*)<\/Name>[\s\S]*?<OutlineNumber>([\d.]+)<\/OutlineNumber>/g)].map((m) => `${m[1]} ${m[3]} ${m[2]}`)).toEqual([
      '1 1 Fase 1', '2 1.1 Analyse', '3 1.1.1 Start', '4 1.1.2 Også analyse', '5 1.2 Design &amp; test', '6 1.2.1 Design', '7 2 Fase 2', '8 2.1 Bygg', '9 3 Slutt',
    ]);
  });

  it('imports back with the same x-wbs on every milestone, exactly (exit 0)', async () => {
    const xml = (await runCli(['export', 'ws', '--format', 'mspdi'], { files: { 'ws/p.yaml': PLAN }, diskRoots: [] })).stdout;
    const back = await runCli(['import', 'p.xml', '--out', 'back'], { files: { 'p.xml': xml } });
    expect([back.code, back.stderr]).toEqual([0, 'p.xml: imported exactly (nothing approximated or dropped)\n']);
    const text = back.io.written.get('back/p.yaml')!;
    const wbs = Object.fromEntries([...text.matchAll(/- id: (\w+)\n(?: {4}.*\n)*? {4}x-wbs: (.*)\n/g)].map((m) => [m[1], m[2]]));
    expect(wbs).toEqual({ A: '[Fase 1, Analyse]', B: '[Fase 1, Design & test]', C: '[Fase 2]', D: '[Fase 1, Analyse]' });
    expect(text.slice(text.indexOf('- id: E'))).not.toContain('x-wbs');
  });

  it('writes no summary task, rows as before, for a plan without x-wbs; a foreign summary task is still approximated', async () => {
    const plain = PLAN.replace(/, x-wbs: \[[^\]]*\]/g, '');
    const r = await runCli(['export', 'ws', '--format', 'mspdi'], { files: { 'ws/p.yaml': plain }, diskRoots: [] });
    expect(r.stdout).not.toContain('<Summary>1</Summary>');
    expect([...r.stdout.matchAll(/<UID>(\d+)<\/UID>\s*<ID>(\d+)<\/ID>/g)].every((m) => m[1] === m[2])).toBe(true);
    const xml = (await runCli(['export', 'ws', '--format', 'mspdi'], { files: { 'ws/p.yaml': PLAN }, diskRoots: [] })).stdout.replace('<Notes>x-wbs</Notes>', '<Notes>Fase</Notes>');
    const back = await runCli(['import', 'p.xml', '--out', 'back'], { files: { 'p.xml': xml } });
    expect(back.code).toBe(1);
    expect(back.stderr).toContain('summary task "Fase 1" is not a milestone: kept as x-wbs on the tasks below it');
  });

  it('cuts an x-wbs deeper than 100 levels there, and says so', async () => {
    const deep = PLAN.replace('x-wbs: [Fase 2]', `x-wbs: [${Array.from({ length: 150 }, (_, i) => `L${i}`).join(', ')}]`);
    const r = await runCli(['export', 'ws', '--format', 'mspdi'], { files: { 'ws/p.yaml': deep }, diskRoots: [] });
    expect(r.stderr).toBe('milepel: note: the x-wbs key of 1 milestone is left out (summary tasks hold an x-wbs only as a list of at most 100 texts): p/C\n');
    expect(Math.max(...[...r.stdout.matchAll(/<OutlineLevel>(\d+)<\/OutlineLevel>/g)].map((m) => Number(m[1])))).toBe(101);
  });
});
