// `milepel risk --format xlsx` (SPEC §11, §15) read back by an independent reader, openpyxl under /usr/bin/python3:
// the workbook holds what the JSON says, with real date cells, a frozen header row and filters.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const PYTHON = '/usr/bin/python3';
const tmp = mkdtempSync(join(tmpdir(), 'milepel-risk-xlsx-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Sheet { title: string; freeze: string | null; filter: string | null; rows: unknown[][]; types: string[][]; formats: string[][] }

function readWorkbook(bytes: Buffer): Sheet[] {
  const file = join(tmp, `risk-${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(file, bytes);
  const script = `
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    rows = [[c.value.date().isoformat() if isinstance(c.value, datetime.datetime) else c.value for c in row] for row in ws.iter_rows()]
    types = [[type(c.value).__name__ for c in row] for row in ws.iter_rows()]
    formats = [[c.number_format for c in row] for row in ws.iter_rows()]
    out.append({"title": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "rows": rows, "types": types, "formats": formats})
print(json.dumps(out))
`;
  const r = spawnSync(PYTHON, ['-c', script, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`openpyxl could not read the workbook: ${r.stderr}`);
  return JSON.parse(r.stdout) as Sheet[];
}

interface RiskJson {
  milestones: Record<string, string | number | null>[];
  drivers: Record<string, string | number>[];
}

const ARGS = ['test/fixtures/valid/risk', '--seed', '3', '--iterations', '1500', '--jobs', '1'];
const DATES = ['current', 'deadline', 'deterministic', 'p10', 'p50', 'p80', 'p85', 'p90', 'mean'];

describe('risk --format xlsx', () => {
  it('milestones, drivers and the --milestone distribution, as the JSON says, read back by openpyxl', async () => {
    const xlsx = await runCli(['risk', ...ARGS, '--milestone', 'D', '--format', 'xlsx']);
    expect(xlsx.stderr).toBe('');
    expect(xlsx.code).toBe(0);
    const json = JSON.parse((await runCli(['risk', ...ARGS, '--format', 'json'])).stdout) as RiskJson;
    const sheets = readWorkbook(xlsx.io.outBytes());
    expect(sheets.map((s) => s.title)).toEqual(['milestones', 'drivers', 'distribution']);
    for (const s of sheets) {
      expect(s.freeze).toBe('A2');
      expect(s.filter).toBe(`A1:${String.fromCharCode(64 + s.rows[0]!.length)}${s.rows.length}`);
    }
    const [milestones, drivers, distribution] = sheets as [Sheet, Sheet, Sheet];
    const header = milestones.rows[0] as string[];
    const records = milestones.rows.slice(1).map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
    expect(records.map((r) => r['ref'])).toEqual(json.milestones.map((m) => m['ref']));
    const jsonFields = Object.keys(json.milestones[0]!);
    for (const [i, m] of json.milestones.entries()) for (const f of jsonFields) expect(records[i]![f], `${String(m['ref'])} ${f}`).toEqual(m[f]);
    for (const [c, name] of header.entries()) {
      for (const types of milestones.types.slice(1)) {
        if (DATES.includes(name)) expect(['datetime', 'NoneType']).toContain(types[c]);
        else expect(types[c]).not.toBe('datetime');
      }
    }
    expect(drivers.rows.slice(1)).toEqual(json.drivers.map((d) => [d['end'], d['source'], d['kind'], d['sensitivity']]));
    expect(drivers.rows.length).toBeGreaterThan(1);
    // The distribution of D: counts sum to the iterations, cumulative share ends at 1, and P50 is where it first reaches 0.5.
    const days = distribution.rows.slice(1) as [string, number, number, number][];
    expect(days.reduce((s, r) => s + r[1], 0)).toBe(1500);
    expect(days.at(-1)![3]).toBeCloseTo(1, 12);
    const d = json.milestones.find((m) => m['ref'] === 'usikkerhet/D')!;
    expect(days.find((r) => r[3] >= 0.5)![0]).toBe(d['p50']);
    expect(days[0]![0] <= String(d['p10'])).toBe(true);
    expect(distribution.types.slice(1).every((t) => t[0] === 'datetime' && t[1] === 'int')).toBe(true);
  }, 60_000);

  // Tester round 74 F5: a lag's rho of -0.0007 (the JSON's value, rounded to four places) was a cell formatted `0.00`,
  // which Excel and LibreOffice show as -0.00: a real negative driver to the eye. A decimal cell now shows two to four
  // decimals (`0.00##`), the value it holds: -0.0007.
  it('a decimal cell shows up to the four places the JSON gives: a rho near zero is not shown as -0.00', async () => {
    const plan = [
      'plan: {id: r, title: R, status_date: 2020-01-01}',
      'milestones:',
      '  - {id: S, title: s, date: 2020-01-06}',
      '  - {id: A, title: a, date: 2020-01-07, after: [S], duration: 5d..10d..30d}',
      '  - {id: B, title: b, date: 2020-01-07, after: [S], duration: 1d..2d..3d}',
      '  - {id: E, title: e, date: 2020-01-07, after: [A, {id: B, lag: 0d..1d..2d}]}',
    ].join('\n');
    const args = ['risk', 'ws/r.yaml', '--seed', '52', '--iterations', '300', '--jobs', '1'];
    const files = { 'ws/r.yaml': `${plan}\n` };
    const json = JSON.parse((await runCli([...args, '--format', 'json'], { files })).stdout) as RiskJson;
    const lag = json.drivers.find((d) => d['kind'] === 'lag')!;
    expect(lag['sensitivity']).toBe(-0.0007);
    const drivers = readWorkbook((await runCli([...args, '--format', 'xlsx'], { files })).io.outBytes())[1]!;
    const row = drivers.rows.findIndex((r) => r[2] === 'lag');
    expect(drivers.rows[row]![3]).toBe(-0.0007);
    expect(drivers.formats[row]![3]).toBe('0.00##');
    expect(drivers.formats.slice(1).every((f) => f[3] === '0.00##')).toBe(true);
  }, 60_000);

  it('without --milestone: no distribution sheet; refused on a terminal with exit 2', async () => {
    const sheets = readWorkbook((await runCli(['risk', ...ARGS, '--format', 'xlsx'])).io.outBytes());
    expect(sheets.map((s) => s.title)).toEqual(['milestones', 'drivers']);
    const tty = await runCli(['risk', ...ARGS, '--format', 'xlsx'], { isTTY: true });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toMatch(/^milepel: risk --format xlsx writes a binary workbook/);
    expect(tty.io.outBytes().length).toBe(0);
  }, 60_000);
});
