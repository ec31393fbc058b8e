// `export --format mspdi` says what an import of the file reads back otherwise (tester round 57 F3): milestones pushed by
// a predecessor come back with their projected date as forecast, a holiday rule as the closed days of the years written,
// and milestones' x- keys not at all, but an x-wbs of texts, written as summary tasks (tester round 99 F7).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const ROUND_TRIP = `plan:
  id: rt
  title: Round trip
  status_date: 2021-12-01
milestones:
  - id: A
    title: A
    date: 2021-12-06
    x-wbs: [Fase 1]
  - id: B
    title: B (planned 8 Dec, pushed by A)
    date: 2021-12-08
    after: [{id: A, lag: 5d}]
    x-wbs: [Fase 1, Bygg]
    x-kilde: P6
  - id: C
    title: C
    date: 2022-03-03
`;

const notes = (stderr: string): string[] => stderr.split('\n').filter((line) => line.startsWith('milepel: '));

describe('export --format mspdi: what a round trip through the file changes', () => {
  it('names the milestones pushed by a predecessor, the years of holidays written and the x- keys, in en and nb', async () => {
    const en = await runCli(['export', 'ws', '--format', 'mspdi'], { files: { 'ws/rt.yaml': ROUND_TRIP } });
    expect(en.code).toBe(0);
    expect(notes(en.stderr)).toEqual([
      'milepel: note: 1 milestone pushed by a predecessor is written finishing on its projected date, which an import of the file reads as its forecast: imported again, it keeps its dates but no predecessor pushes it (no driver in critical-path, no pushed_by in slippage): rt/B',
      "milepel: note: the plan's calendar takes the Norwegian holidays of every year (holidays: NO); the file holds them as the closed days of 2021–2022 only: imported again, the plan has those days as closed days and no holidays in other years",
      'milepel: note: the x-kilde key of 1 milestone is left out (MS Project XML has no field for it): rt/B',
    ]);
    const nb = await runCli(['export', 'ws', '--format', 'mspdi', '--locale', 'nb'], { files: { 'ws/rt.yaml': ROUND_TRIP } });
    expect(notes(nb.stderr)).toEqual([
      'milepel: merk: 1 milepæl som skyves av en forgjenger, skrives med slutt på den beregnede datoen, som en import av filen leser som prognose (forecast): importert igjen beholder den datoene sine, men ingen forgjenger skyver den (ingen driver i critical-path, ingen pushed_by i slippage): rt/B',
      'milepel: merk: planens kalender følger de norske helligdagene i alle år (holidays: NO); filen har dem bare som stengte dager i 2021–2022: importert igjen har planen de dagene som stengte dager og ingen helligdager i andre år',
      'milepel: merk: x-kilde-nøkkelen til 1 milepæl er utelatt (MS Project XML har ikke felt for den): rt/B',
    ]);
    // What the note says: imported again, B has its projected date as forecast, and A no longer pushes it.
    const back = await runCli(['import', 'rt.xml', '--out', 'back'], { files: { 'rt.xml': en.stdout } });
    const text = back.io.written.get('back/rt.yaml') ?? '';
    expect(text).toMatch(/- id: B\n(?: {4}.*\n)*? {4}forecast: 2021-12-13\n/);
    // The x-wbs comes back from the summary tasks, exactly; x-kilde does not.
    expect(text).toMatch(/- id: A\n(?: {4}.*\n)*? {4}x-wbs: \[Fase 1\]\n/);
    expect(text).toMatch(/- id: B\n(?: {4}.*\n)*? {4}x-wbs: \[Fase 1, Bygg\]\n/);
    expect(text).not.toContain('x-kilde');
    expect(text).toContain('holidays: "none"');
  });

  it('says none of it for a plan without holidays, pushed milestones or x- keys, and names one key alone', async () => {
    const plain = 'plan: {id: p, title: P, calendar: {holidays: none}}\nmilestones:\n  - {id: A, title: A, date: 2021-12-06}\n  - {id: B, title: B, date: 2021-12-20, after: [A]}\n';
    expect((await runCli(['export', 'ws', '--format', 'mspdi'], { files: { 'ws/p.yaml': plain } })).stderr).toBe('');
    // An x-wbs that is no list of texts has no summary tasks to be written as.
    const one = plain.replace('date: 2021-12-20,', 'date: 2021-12-20, x-wbs: "1.2",');
    expect(notes((await runCli(['export', 'ws', '--format', 'mspdi'], { files: { 'ws/p.yaml': one } })).stderr)).toEqual([
      'milepel: note: the x-wbs key of 1 milestone is left out (summary tasks hold an x-wbs only as a list of at most 100 texts): p/B',
    ]);
    // Tester round 99 F7: "the file has no summary tasks" was not so, and "the x-wbs key of 25 milestones are" not English.
    const other = plain.replace('date: 2021-12-20,', 'date: 2021-12-20, x-kilde: P6,');
    expect(notes((await runCli(['export', 'ws', '--format', 'mspdi'], { files: { 'ws/p.yaml': other } })).stderr)).toEqual([
      'milepel: note: the x-kilde key of 1 milestone is left out (MS Project XML has no field for it): p/B',
    ]);
  });
});

describe('export --format mspdi: a date MS Project cannot hold (tester round 66 F8)', () => {
  it('names the milestones with a date outside 1984-01-01 … 2149-12-31, in en and nb; none for dates inside', async () => {
    const plan = 'plan: {id: typo, title: T, status_date: 2024-01-02, calendar: {holidays: none}}\nmilestones:\n  - {id: M1, title: a, date: 0202-05-02}\n  - {id: M2, title: b, date: 2150-01-04}\n  - {id: M3, title: c, date: 2024-05-02}\n';
    const en = await runCli(['export', 'ws', '--format', 'mspdi'], { files: { 'ws/typo.yaml': plan }, diskRoots: [] });
    expect(en.code).toBe(0);
    expect(notes(en.stderr)).toContain('milepel: note: MS Project holds dates from 1984-01-01 to 2149-12-31 only and will not open this file: 2 milestones have dates outside them (a mistyped year?): typo/M1, typo/M2');
    const nb = await runCli(['export', 'ws', '--format', 'mspdi', '--locale', 'nb'], { files: { 'ws/typo.yaml': plan }, diskRoots: [] });
    expect(notes(nb.stderr).some((line) => line.includes('MS Project har bare datoer fra 01.01.1984 til 31.12.2149 og vil ikke åpne denne filen: 2 milepæler har datoer utenfor dem'))).toBe(true);
    const inside = await runCli(['export', 'ws', '--format', 'mspdi'], { files: { 'ws/typo.yaml': plan.replace('0202-05-02', '2024-05-02').replace('2150-01-04', '2149-12-31') }, diskRoots: [] });
    expect(inside.stderr).not.toContain('MS Project holds dates');
  });
});
