// Office formats (SPEC §15): CSV with BOM and locale separators, xlsx workbooks read back by an independent reader
// (openpyxl under /usr/bin/python3), the same bytes under every TZ, and an xlsx refused on a terminal.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { csvField, formatCsv } from '../../src/report/sheet/csv.js';
import { columns } from '../../src/report/sheet/table.js';
import { REPO_ROOT, runCli } from '../helpers/fake-io.js';

const BIN = join(REPO_ROOT, 'bin/milepel.js');
const PYTHON = '/usr/bin/python3';
const tmp = mkdtempSync(join(tmpdir(), 'milepel-office-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const TODAY = ['--today', '2019-09-01'];

function milepel(args: readonly string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: Buffer; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, env: { PATH: process.env['PATH'], ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

interface SheetDump { title: string; freeze: string | null; filter: string | null; widths: Record<string, number>; rows: unknown[][]; types: string[][] }

/** Reads a workbook with openpyxl: every sheet's freeze panes, filter, column widths, values (dates as ISO) and Python cell types. */
function readWorkbook(bytes: Buffer): SheetDump[] {
  const file = join(tmp, `book-${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(file, bytes);
  const script = `
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    rows, types = [], []
    for row in ws.iter_rows():
        rows.append([c.value.date().isoformat() if isinstance(c.value, datetime.datetime) else c.value for c in row])
        types.append([type(c.value).__name__ for c in row])
    out.append({"title": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
                "widths": {k: v.width for k, v in ws.column_dimensions.items()}, "rows": rows, "types": types})
print(json.dumps(out))
`;
  const r = spawnSync(PYTHON, ['-c', script, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`openpyxl could not read the workbook: ${r.stderr}`);
  return JSON.parse(r.stdout) as SheetDump[];
}

describe('CSV fields (SPEC §15)', () => {
  it('quotes a field holding the separator (whichever it is), a quote, CR or LF', () => {
    expect(csvField('a,b', 'text', ',', '.')).toBe('"a,b"');
    expect(csvField('a,b', 'text', ';', ',')).toBe('"a,b"'); // quoted for a reader that splits on ','
    expect(csvField('a;b', 'text', ';', ',')).toBe('"a;b"');
    expect(csvField('a;b', 'text', ',', '.')).toBe('"a;b"'); // quoted for a reader that splits on ';'
    expect(csvField('say "hi"', 'text', ',', '.')).toBe('"say ""hi"""');
  });

  it('prefixes text starting with = + - @ TAB CR with a quote mark, but not numbers', () => {
    for (const text of ['=1+1', '+47 22', '-x', '@SUM(A1)']) expect(csvField(text, 'text', ',', '.')).toBe(`'${text}`);
    expect(csvField('\tx', 'text', ',', '.')).toBe('"\'\tx"');
    expect(csvField('\rx', 'text', ',', '.')).toBe('"\'\rx"');
    expect(csvField(-5, 'integer', ',', '.')).toBe('-5');
    expect(csvField('a-b', 'text', ',', '.')).toBe('a-b');
  });

  it('writes a decimal comma under nb, dates as ISO days, empty for null', () => {
    expect(csvField(0.5, 'decimal', ';', ',')).toBe('0,5');
    expect(csvField(0.5, 'decimal', ',', '.')).toBe('0.5');
    expect(csvField(18139, 'date', ';', ',')).toBe('2019-08-31');
    expect(csvField(null, 'text', ',', '.')).toBe('');
    const table = { name: 't', columns: columns(['x', 'decimal'], ['y', 'text']), rows: [[1.25, 'a;b']] };
    expect(formatCsv(table, { locale: 'nb' })).toBe('\uFEFFx;y\r\n1,25;"a;b"\r\n');
    expect(formatCsv(table, { locale: 'en' })).toBe('\uFEFFx,y\r\n1.25,"a;b"\r\n');
  });
});

describe('line breaks and tabs in CSV text (RFC 4180 §2.6)', () => {
  it('keeps them as written inside a quoted field; other control characters stay escaped', () => {
    expect(csvField('one\ntwo', 'text', ',', '.')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo\tthree', 'text', ';', ',')).toBe('"one\r\ntwo\tthree"');
    expect(csvField('a\x1b[31m\nb\u202e', 'text', ',', '.')).toBe('"a\\x1b[31m\nb\\u202e"');
  });

  // A tester's finding: a title on two lines came out as the two characters `\n`.
  it('a title with a line break, a tab and quotes reads back exactly with csv-parse, in en and nb', async () => {
    const title = 'Første linje, "sitat"\nandre linje;\tslutt';
    const plan = `plan: {id: p, title: P, status_date: 2020-01-01}\nmilestones:\n  - {id: A, title: ${JSON.stringify(title)}, date: 2020-01-10}\n  - {id: B, title: "=1\\r\\n2", date: 2020-01-10}\n`;
    for (const [locale, delimiter] of [['en', ','], ['nb', ';']] as const) {
      const r = await runCli(['slippage', 'ws', '--format', 'csv', '--locale', locale], { files: { 'ws/p.yaml': plan }, diskRoots: [] });
      expect(r.stderr).toBe('');
      const records = parseCsv(r.stdout, { bom: true, columns: true, delimiter }) as Record<string, string>[];
      expect(records.map((x) => x['title'])).toEqual([title, "'=1\r\n2"]);
    }
  });
});

describe('slippage --format csv', () => {
  it('starts with the BOM; en: comma; nb (flag or LANG): semicolon; one row per milestone, --trend adds a column only', async () => {
    const en = await runCli(['slippage', 'plans', '--format', 'csv', ...TODAY]);
    const nb = await runCli(['slippage', 'plans', '--format', 'csv', ...TODAY], { env: { LANG: 'nb_NO.UTF-8' } });
    const nbFlag = await runCli(['slippage', 'plans', '--format', 'csv', '--locale', 'nb', ...TODAY]);
    expect(en.stdout.startsWith('\uFEFFref,plan,id,title,status,')).toBe(true);
    expect(nb.stdout.startsWith('\uFEFFref;plan;id;title;status;')).toBe(true);
    expect(nbFlag.stdout).toBe(nb.stdout);
    const recordsEn = parseCsv(en.stdout, { bom: true, columns: true }) as Record<string, string>[];
    const recordsNb = parseCsv(nb.stdout, { bom: true, columns: true, delimiter: ';' }) as Record<string, string>[];
    expect(recordsNb).toEqual(recordsEn);
    const json = JSON.parse((await runCli(['slippage', 'plans', '--format', 'json', ...TODAY])).stdout) as { milestones: { ref: string; baseline: string; slip_days: number }[] };
    expect(recordsEn.map((r) => r['ref'])).toEqual(json.milestones.map((m) => m.ref));
    expect(recordsEn.map((r) => [r['baseline'], Number(r['slip_days'])])).toEqual(json.milestones.map((m) => [m.baseline, m.slip_days]));
    const trend = parseCsv((await runCli(['slippage', 'plans', '--format', 'csv', '--trend', ...TODAY])).stdout, { bom: true, columns: true }) as Record<string, string>[];
    expect(trend).toHaveLength(recordsEn.length);
    expect(Object.keys(trend[0]!).at(-1)).toBe('trend');
  });

  it('the same bytes under every TZ', () => {
    const outs = ['Pacific/Kiritimati', 'America/Adak', 'Europe/Oslo', 'UTC'].map((TZ) => milepel(['slippage', 'plans', '--format', 'csv', '--locale', 'nb', ...TODAY], { TZ }));
    for (const out of outs) expect(out.stdout.equals(outs[0]!.stdout)).toBe(true);
    expect(outs[0]!.status).toBe(0);
  });
});

describe('--format xlsx', () => {
  const reports = ['slippage', 'critical-path', 'meetings', 'roadmap'] as const;

  it.each(reports)('%s: real date cells, a frozen header row, a filter over the table, sensible widths', (command) => {
    const r = milepel([command, 'plans', '--format', 'xlsx', ...TODAY]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const sheets = readWorkbook(r.stdout);
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) {
      expect(sheet.freeze).toBe('A2');
      const width = sheet.rows[0]!.length;
      expect(sheet.filter).toBe(`A1:${String.fromCharCode(64 + width)}${Math.max(1, sheet.rows.length)}`);
      for (const w of Object.values(sheet.widths)) expect(w).toBeGreaterThanOrEqual(6);
      for (const w of Object.values(sheet.widths)) expect(w).toBeLessThanOrEqual(61);
      const header = sheet.rows[0] as string[];
      header.forEach((name, column) => {
        const isDateColumn = ['baseline', 'current', 'projected', 'actual', 'date', 'latest', 'end_date', 'meeting_date'].includes(name);
        for (const types of sheet.types.slice(1)) {
          if (isDateColumn) expect(['datetime', 'NoneType']).toContain(types[column]);
          else expect(types[column]).not.toBe('datetime');
        }
      });
    }
  });

  it('health: one row per plan and check, as the JSON says (SPEC §15 lists health among the workbooks)', () => {
    const r = milepel(['health', 'plans', '--format', 'xlsx', ...TODAY]);
    expect(r.stderr).toBe('');
    const json = JSON.parse(milepel(['health', 'plans', '--format', 'json', ...TODAY]).stdout.toString('utf8')) as { plans: { plan: string; checks: { id: string; value: number | null; threshold: number; pass: boolean; count: number; of: number; refs: string[] }[] }[] };
    expect(r.status).toBe(json.plans.some((p) => p.checks.some((c) => !c.pass)) ? 1 : 0);
    const [sheet] = readWorkbook(r.stdout);
    expect(sheet!.title).toBe('health');
    expect(sheet!.freeze).toBe('A2');
    expect(sheet!.rows[0]).toEqual(['plan', 'check', 'value', 'threshold', 'pass', 'count', 'of', 'refs']);
    const expected = json.plans.flatMap((p) => p.checks.map((c) => [p.plan, c.id, c.value, c.threshold, c.pass ? 'yes' : 'no', c.count, c.of, c.refs.join(', ') || null]));
    expect(expected.length).toBeGreaterThan(10);
    expect(sheet!.rows.slice(1)).toEqual(expected);
  });

  it('slippage: the workbook holds what the JSON says', () => {
    const [sheet] = readWorkbook(milepel(['slippage', 'plans', '--format', 'xlsx', ...TODAY]).stdout);
    const json = JSON.parse(milepel(['slippage', 'plans', '--format', 'json', ...TODAY]).stdout.toString('utf8')) as { milestones: { ref: string; baseline: string; projected: string; actual: string | null; slip_days: number; float: number }[] };
    const header = sheet!.rows[0] as string[];
    const col = (name: string): number => header.indexOf(name);
    const rows = sheet!.rows.slice(1);
    expect(rows.map((r) => r[col('ref')])).toEqual(json.milestones.map((m) => m.ref));
    expect(rows.map((r) => [r[col('baseline')], r[col('projected')], r[col('actual')], r[col('slip_days')], r[col('float')]]))
      .toEqual(json.milestones.map((m) => [m.baseline, m.projected, m.actual, m.slip_days, m.float]));
  });

  // A tester's finding: 1900-01-01 came back as 1900-01-02 and 1899-12-31 as 1900-01-01 (Excel's 1900 leap-year bug:
  // serials 1–60 mean a day later in Excel and openpyxl than in exceljs's count). A day before 1900-03-01 is text in
  // the form the column's date cells show: ISO, under nb DD.MM.YYYY (it was ISO under nb too, a tester's finding).
  it('a date before 1900-03-01 is text in the locale\'s form, one from 1900-03-01 on a date cell; openpyxl reads back every day', () => {
    const dir = join(tmp, 'early');
    rmSync(dir, { recursive: true, force: true });
    const days = ['0001-01-01', '1899-12-31', '1900-01-01', '1900-02-28', '1900-03-01', '1900-03-02'];
    const plan = ['plan: {id: p, title: P, status_date: 1900-03-05}', 'milestones:', ...days.map((d, i) => `  - {id: M${i}, title: M, date: ${d}, actual: ${d}}`)].join('\n');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'p.yaml'), `${plan}\n`);
    const nb = (day: string): string => day.split('-').reverse().join('.');
    for (const locale of ['en', 'nb']) {
      const [sheet] = readWorkbook(milepel(['slippage', dir, '--format', 'xlsx', '--locale', locale]).stdout);
      const col = (sheet!.rows[0] as string[]).indexOf('baseline');
      expect(sheet!.rows.slice(1).map((r) => r[col])).toEqual(days.map((d, i) => (locale === 'nb' && i < 4 ? nb(d) : d)));
      expect(sheet!.types.slice(1).map((t) => t[col])).toEqual(['str', 'str', 'str', 'str', 'datetime', 'datetime']);
    }
  });

  // A tester's finding: openpyxl read a title on two lines back as 'Line one\\nLine two' (the two characters \n).
  // Other controls are SpreadsheetML's `_xHHHH_` (xlsx-xstring.test.ts), which openpyxl 3.0.9 shows as written.
  it('a tab or line break in plan text is the character itself in the cell, which wraps; another control is `_xHHHH_`', () => {
    const dir = join(tmp, 'lines');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'p.yaml'), 'plan: {id: p, title: P}\nmilestones:\n  - {id: M1, title: "Line one\\nLine two\\tend\\e", date: 2019-09-02}\n');
    const out = milepel(['slippage', dir, '--format', 'xlsx', ...TODAY]).stdout;
    const [sheet] = readWorkbook(out);
    const col = (sheet!.rows[0] as string[]).indexOf('title');
    expect(sheet!.rows[1]![col]).toBe('Line one\nLine two\tend_x001B_');
    const file = join(tmp, 'lines.xlsx');
    writeFileSync(file, out);
    const wrap = spawnSync(PYTHON, ['-c', `import openpyxl, sys\nws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]\nprint(ws.cell(2, ${col + 1}).alignment.wrap_text)`, file], { encoding: 'utf8' });
    expect(wrap.stdout.trim()).toBe('True');
  });

  it('roadmap: milestones and measures sheets; unassigned measures as in the JSON', () => {
    const sheets = readWorkbook(milepel(['roadmap', 'plans', '--format', 'xlsx', ...TODAY]).stdout);
    expect(sheets.map((s) => s.title)).toEqual(['milestones', 'measures']);
    const json = JSON.parse(milepel(['roadmap', 'plans', '--format', 'json', ...TODAY]).stdout.toString('utf8')) as { summary: { milestones: number; measures: number; unassigned: number } };
    expect(sheets[0]!.rows.length - 1).toBe(json.summary.milestones);
    expect(sheets[1]!.rows.length - 1).toBe(json.summary.measures);
    expect(sheets[1]!.rows.filter((r) => r[4] === 'yes')).toHaveLength(json.summary.unassigned);
  });

  it('the same bytes under every TZ (dates are days, the zip carries no clock)', () => {
    const outs = ['Pacific/Kiritimati', 'America/Adak', 'Europe/Oslo'].map((TZ) => milepel(['critical-path', 'plans', '--format', 'xlsx', ...TODAY], { TZ }));
    for (const out of outs) expect(out.stdout.equals(outs[0]!.stdout)).toBe(true);
  });

  it('refuses a terminal: exit 2, one line, nothing written', async () => {
    const r = await runCli(['slippage', 'plans', '--format', 'xlsx'], { isTTY: true });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.io.outBytes().length).toBe(0);
    expect(r.stderr).toMatch(/^milepel: slippage --format xlsx writes a binary workbook: redirect it to a file[^\n]*\n$/);
  });
});

describe('import of a workbook another program wrote', () => {
  // openpyxl's iso_dates writes date cells as ISO text (t="d"), which exceljs read as serial 2026: 1905-07-18 (tester
  // round 25 F2).
  it("reads openpyxl's ISO date cells as their days, and exits 0", () => {
    const file = join(tmp, 'iso-dates.xlsx');
    const script = `
import datetime, sys, openpyxl
wb = openpyxl.Workbook(iso_dates=True)
ws = wb.active
ws.append(['ID', 'Tittel', 'Dato', 'Prognose', 'Etter'])
ws.append(['A', 'Første', datetime.date(2026, 3, 2), None, None])
ws.append(['B', 'Andre', datetime.date(2026, 3, 16), datetime.datetime(2026, 3, 18, 17, 0), 'A'])
wb.save(sys.argv[1])
`;
    expect(spawnSync(PYTHON, ['-c', script, file], { encoding: 'utf8' }).status).toBe(0);
    const out = join(tmp, 'iso-out');
    const r = milepel(['import', file, '--out', out]);
    expect(r.stderr).toContain('imported exactly');
    expect(r.status).toBe(0);
    const yaml = readFileSync(join(out, 'iso-dates.yaml'), 'utf8');
    expect(yaml).toContain('    date: 2026-03-02\n');
    expect(yaml).toContain('    date: 2026-03-16\n    forecast: 2026-03-18\n');
  });
});

describe('CSV quoting across separators (a file read with the other separator)', () => {
  it('quotes text holding `,` or `;` whichever separator is in use, so no cell starts a formula', async () => {
    const { csvField } = await import('../../src/report/sheet/csv.js');
    expect(csvField('A;=1+1', 'text', ',', '.')).toBe('"A;=1+1"');
    expect(csvField('a,=1+1', 'text', ';', ',')).toBe('"a,=1+1"');
    expect(csvField('plain', 'text', ';', ',')).toBe('plain');
    expect(csvField(1.5, 'decimal', ';', ',')).toBe('1,5');
    expect(csvField(1.5, 'decimal', ',', '.')).toBe('1.5');
  });
});
