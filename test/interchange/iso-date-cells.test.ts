// xlsx cells of the ISO 8601 date type (`t="d"`, ECMA-376 §18.18.11), as openpyxl (iso_dates), Strict OOXML writers and
// SheetJS (cellDates) write them: exceljs read "2026-03-02" as serial 2026, 1905-07-18, which the import wrote as the
// milestone's date and called exact (tester round 25 F2). The workbooks are made by the tests' own zip writer.
import { describe, expect, it } from 'vitest';
import { dateCellsIn, isoDateCells } from '../../src/interchange/sheet/iso-date-cells.js';
import { importXlsx } from '../../src/interchange/sheet/xlsx.js';
import { renderMessage } from '../../src/messages/index.js';
import { zip } from '../helpers/zip.js';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

/** A workbook of one sheet `Plan` (sheetId 7, part xl/worksheets/sheet1.xml, the name exceljs reads, found by a relationship `target`). */
function workbook(sheetData: string, target = 'worksheets/sheet1.xml'): Uint8Array {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zip([
    { name: '[Content_Types].xml', data: text(`<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`) },
    { name: '_rels/.rels', data: text(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`) },
    { name: 'xl/workbook.xml', data: text(`<?xml version="1.0"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Plan" sheetId="7" r:id="rId3"/></sheets></workbook>`) },
    { name: 'xl/_rels/workbook.xml.rels', data: text(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="${rel}/worksheet" Target="${target}"/><Relationship Id="rId4" Type="${rel}/styles" Target="styles.xml"/></Relationships>`) },
    { name: 'xl/styles.xml', data: text(`<?xml version="1.0"?><styleSheet xmlns="${main}"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`) },
    { name: 'xl/worksheets/sheet1.xml', data: text(`<?xml version="1.0"?><worksheet xmlns="${main}"><sheetData>${sheetData}</sheetData></worksheet>`) },
  ]);
}

const str = (r: string, s: string): string => `<c r="${r}" t="inlineStr"><is><t>${s}</t></is></c>`;
const HEADER = `<row r="1">${str('A1', 'id')}${str('B1', 'title')}${str('C1', 'date')}${str('D1', 'forecast')}</row>`;

describe('dateCellsIn', () => {
  it("finds the cells of type d with their value's text, whatever the attributes' order, quotes or prefix", () => {
    const xml = `<row r="2"><c r="C2" s="1" t="d"><v>2026-03-02</v></c><c t='d' r='D2'><v> 2026-03-18T17:00:00 </v></c>`
      + `<x:c r="E2" t="d"><x:v>2026-04-01</x:v></x:c><c r="F2" t="n"><v>46083</v></c><c r="G2" t="d"/><c r="H2" t="d"><f>TODAY()</f><v>2026-12-05</v></c></row>`;
    expect([...dateCellsIn(xml)]).toEqual([['C2', '2026-03-02'], ['D2', '2026-03-18T17:00:00'], ['E2', '2026-04-01'], ['H2', '2026-12-05']]);
  });

  it('finds the worksheet through the workbook and its relationships, a Target under /xl/ too, and nothing without d cells', () => {
    const rows = `${HEADER}<row r="2">${str('A2', 'A')}<c r="C2" t="d"><v>2026-03-02</v></c></row>`;
    expect([...isoDateCells(workbook(rows), 7)]).toEqual([['C2', '2026-03-02']]);
    expect([...isoDateCells(workbook(rows, '/xl/worksheets/sheet1.xml'), 7)]).toEqual([['C2', '2026-03-02']]);
    expect(isoDateCells(workbook(rows), 1).size).toBe(0);
    expect(isoDateCells(workbook(`${HEADER}<row r="2">${str('A2', 'A')}<c r="C2" s="1"><v>46083</v></c></row>`), 7).size).toBe(0);
  });
});

describe('importXlsx with ISO date cells', () => {
  it('reads each as its day, with a date style or without, a time of day left out, and a day that does not exist reported', async () => {
    const rows = `${HEADER}`
      + `<row r="2">${str('A2', 'A')}${str('B2', 'First')}<c r="C2" s="1" t="d"><v>2026-03-02</v></c></row>`
      + `<row r="3">${str('A3', 'B')}${str('B3', 'Second')}<c r="C3" t="d"><v>2026-03-16</v></c><c r="D3" s="1" t="d"><v>2026-03-18T17:00:00</v></c></row>`
      + `<row r="4">${str('A4', 'C')}${str('B4', 'Third')}<c r="C4" s="1" t="d"><v>2026-02-30</v></c></row>`;
    const r = await importXlsx(workbook(rows), { name: 'iso.xlsx' });
    expect(r.plans[0]?.milestones.map((m) => [m.id, m.date, m.forecast])).toEqual([['A', '2026-03-02', undefined], ['B', '2026-03-16', '2026-03-18']]);
    expect(r.findings.map((f) => [f.line, f.kind, renderMessage(f.message)])).toEqual([[4, 'dropped', expect.stringContaining('2026-02-30')]]);
  });
});

// Tester round 99 F4: exceljs decodes a shared string's `_x0007_` (ECMA-376 ST_Xstring) but not an inline string's, which
// openpyxl writes: a title came back as `Andre_x0007_bell`, while the same text as a shared string was read as the bell.
describe('importXlsx with escapes in inline strings', () => {
  it('reads _xHHHH_ as the character, _x005F_ before one as a literal underscore, in inline string cells', async () => {
    const rows = `${HEADER}`
      + `<row r="2">${str('A2', 'A')}${str('B2', 'Andre_x0007_bell_x000A_neste')}<c r="C2" t="d"><v>2026-03-02</v></c></row>`
      + `<row r="3">${str('A3', 'B')}${str('B3', 'kode _x005F_x0007_ som tekst')}<c r="C3" t="d"><v>2026-03-16</v></c></row>`;
    const r = await importXlsx(workbook(rows), { name: 'x.xlsx' });
    expect(r.plans[0]?.milestones.map((m) => [m.id, m.title])).toEqual([['A', 'Andre\u0007bell\nneste'], ['B', 'kode _x0007_ som tekst']]);
  });
});
