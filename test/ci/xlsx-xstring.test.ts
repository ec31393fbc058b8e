// Plan text holding `_xHHHH_` in the workbooks of SPEC §15 (tester round 16 #2). ECMA-376 Part 1 §22.9.2.19
// ST_Xstring: SpreadsheetML text reads `_xHHHH_` as U+HHHH, so a literal one is written `_x005F_xHHHH_`. Read back
// with exceljs's reader and with milepel's own import, which decode it as Excel and LibreOffice do. (openpyxl 3.0.9
// decodes none of it, so it is no check here: it read the unescaped title back unchanged.)
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
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

async function workbookOf(command: string): Promise<Uint8Array> {
  const r = await runCli([command, 'ws', '--format', 'xlsx'], { files: { 'ws/p.yaml': PLAN }, diskRoots: [] });
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
