// Plan text holding `_xHHHH_` in the workbooks of SPEC §15 (tester round 16 #2). ECMA-376 Part 1 §22.9.2.19
// ST_Xstring: SpreadsheetML text reads `_xHHHH_` as U+HHHH, so a literal one is written `_x005F_xHHHH_`, and a control
// character no cell holds as it is is written `_xHHHH_` (tester round 79 F5). Read back with exceljs's reader and with
// milepel's own import, which decode it as Excel and LibreOffice do, and with Python's XML parser and the ECMA rule.
// (openpyxl 3.0.9 decodes only `_x005F_`, so its values are no check of the text: it shows `_x0007_` as written.)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { importXlsx } from '../../src/interchange/sheet/xlsx.js';
import { escapeXstring } from '../../src/report/sheet/xlsx.js';
import { runCli } from '../helpers/fake-io.js';

const TITLES = [
  'Fil_x000D_navn_x0041_.docx',
  'Rapport_x005F_x0041_ferdig',
  // Overlapping (the `_` closing one opens the next), lower-case hex, and what only looks like one.
  '_x005F_x0041_x0042_ _x000d_ _x0041 x0041_ _X0041_',
];

const PLAN = `plan:
  id: p
  title: "Plan_x0041_"
  status_date: 2019-06-19
bodies:
  - {id: S, name: "Styret"}
meetings:
  - {body: S, date: 2019-06-18}
goals:
  - {id: G1, title: "Mål_x0044_"}
measures:
  - {id: T1, title: "Tiltak_x0045_", goal: G1, responsible: PMO}
milestones:
  - {id: M1, title: "${TITLES[0]}", date: 2019-06-20, goal: G1, require: [S]}
  - {id: M2, title: "${TITLES[1]}", date: 2019-06-24, after: [M1]}
  - {id: M3, title: "${TITLES[2]}", date: 2019-06-25, after: [M2]}
`;

/** Every text cell of every sheet, as exceljs's reader gives it. */
async function textCells(bytes: Uint8Array): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const texts: string[] = [];
  for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === 'string' && texts.push(cell.value))));
  return texts;
}

async function workbookOf(command: string, plan = PLAN): Promise<Uint8Array> {
  const r = await runCli([command, 'ws', '--format', 'xlsx'], { files: { 'ws/p.yaml': plan }, diskRoots: [] });
  expect(r.stderr).toBe('');
  return r.io.outBytes();
}

describe('escapeXstring', () => {
  it('writes `_x005F_` for each `_` that starts `_xHHHH_`, overlapping ones too, and leaves other text alone', () => {
    expect(escapeXstring('Fil_x000D_navn')).toBe('Fil_x005F_x000D_navn');
    expect(escapeXstring('_x005F_x0041_')).toBe('_x005F_x005F_x005F_x0041_');
    expect(escapeXstring('a_x000d_b')).toBe('a_x005F_x000d_b');
    for (const text of ['plain', '_x0041', 'x0041_', '_X0041_', '_x00G1_', '_x_']) expect(escapeXstring(text)).toBe(text);
  });

  it('writes a character no cell holds as it is as `_xHHHH_`, and a `_` its escape would close as `_x005F_`; TAB, LF, bidi and pairs as they are', () => {
    expect(escapeXstring('bell\x07 esc\x1b[1m cr\rend')).toBe('bell_x0007_ esc_x001B_[1m cr_x000D_end');
    expect(escapeXstring('\0\x7f\x85\x9f\ufffe\uffff')).toBe('_x0000__x007F__x0085__x009F__xFFFE__xFFFF_');
    expect(escapeXstring('lone \ud800 and \udc00')).toBe('lone _xD800_ and _xDC00_');
    expect(escapeXstring('_x0041\x07')).toBe('_x005F_x0041_x0007_');
    expect(escapeXstring('a_\x07 _x004\x07')).toBe('a__x0007_ _x004_x0007_');
    for (const text of ['tab\tand\nline', 'rlo\u202e ls\u2028 ps\u2029 lrm\u200e', 'emoji \u{1f600}', '\\x07 as text']) expect(escapeXstring(text)).toBe(text);
  });
});

const tmp = mkdtempSync(join(tmpdir(), 'milepel-xstring-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * Every shared string of a workbook as Python reads it: the XML parsed by ElementTree (which refuses a character XML
 * 1.0 cannot hold), `_xHHHH_` decoded left to right as ECMA-376 Part 1 §22.9.2.19 says; the workbook opened by openpyxl.
 */
function pythonStrings(bytes: Uint8Array): string[] {
  const file = join(tmp, `book-${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(file, bytes);
  const script = `
import json, re, sys, zipfile, openpyxl
import xml.etree.ElementTree as ET
openpyxl.load_workbook(sys.argv[1])
ns = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
root = ET.fromstring(zipfile.ZipFile(sys.argv[1]).read('xl/sharedStrings.xml'))
texts = [''.join(t.text or '' for t in si.iter(ns + 't')) for si in root.iter(ns + 'si')]
print(json.dumps([re.sub('_x([0-9A-Fa-f]{4})_', lambda m: chr(int(m.group(1), 16)), t) for t in texts]))
`;
  const r = spawnSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`python could not read the workbook: ${r.stderr}`);
  return JSON.parse(r.stdout) as string[];
}

// Tester round 79 F5: BEL and ESC came out as the four characters `\x07` and `\x1b`, the cell of a title that says so.
describe('xlsx reports keep control characters in plan text exactly (ST_Xstring)', () => {
  const CONTROLS = ['bell\x07 esc\x1b[1m cr\rend', 'del\x7f nel\x85 csi\x9b rlo\u202e ls\u2028 end', '_x0041\x07 after'];
  const LITERAL = ['literal \\x07 text', 'Fil_x0007_navn'];
  const titles = [...CONTROLS, ...LITERAL];
  /** A YAML double-quoted scalar: JSON's, with DEL and the C1 controls (which YAML does not print) escaped too. */
  const yaml = (text: string): string => JSON.stringify(text).replace(/[\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16)}`);
  const plan = `plan: {id: p, title: P, status_date: 2019-09-01}\nmilestones:\n${titles.map((t, i) => `  - {id: M${i}, title: ${yaml(t)}, date: 2019-09-0${i + 2}}\n`).join('')}`;

  it.each(['slippage', 'critical-path'])('%s: exceljs and Python read every title back exactly, each unlike the others', async (command) => {
    const bytes = await workbookOf(command, plan);
    const cells = await textCells(bytes);
    const strings = pythonStrings(bytes);
    for (const title of titles) {
      expect(cells, JSON.stringify(title)).toContain(title);
      expect(strings, JSON.stringify(title)).toContain(title);
    }
  });

  it("milepel's own import reads the critical-path workbook's titles back exactly", async () => {
    const imported = await importXlsx(await workbookOf('critical-path', plan), { name: 'critical-path.xlsx' });
    expect(imported.plans[0]!.milestones.map((m) => m.title)).toEqual(titles);
  });
});

describe('xlsx reports keep `_xHHHH_` in plan text (ST_Xstring)', () => {
  it.each(['critical-path', 'slippage', 'risk'])('%s: exceljs reads every title back exactly', async (command) => {
    const cells = await textCells(await workbookOf(command));
    for (const title of TITLES) expect(cells, title).toContain(title);
  });

  it('meetings and roadmap: the milestone, goal and measure titles read back exactly', async () => {
    expect(await textCells(await workbookOf('meetings'))).toContain(TITLES[0]);
    const roadmap = await textCells(await workbookOf('roadmap'));
    for (const title of [...TITLES, 'Mål_x0044_', 'Tiltak_x0045_']) expect(roadmap, title).toContain(title);
  });

  // The critical-path workbook has the columns a milestone sheet needs (id, title, date); slippage's has no date.
  it("milepel's own import reads the critical-path workbook's titles back exactly", async () => {
    const imported = await importXlsx(await workbookOf('critical-path'), { name: 'critical-path.xlsx' });
    expect(imported.plans[0]!.milestones.map((m) => m.title)).toEqual(TITLES);
  });
});
