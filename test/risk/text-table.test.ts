// The risk text table (report/risk/text.ts riskTable) measures its cells once for both sets of headers and stops
// laying out a table at its first line too wide (issue #18). Against laying out each table whole, as it was: the
// same lines, the same choice of full or short headers, at any width, in both locales.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatShownDate, word } from '../../src/report/locale.js';
import type { RiskRow } from '../../src/report/risk/model.js';
import { riskTable } from '../../src/report/risk/text.js';
import { percent, rhoText } from '../../src/report/risk/words.js';
import { displayWidth, renderTable, type Column } from '../../src/report/table.js';
import { cappedWidth, fitWidths } from '../../src/report/table-widths.js';
import { flattenText } from '../../src/report/safe-text.js';

const HEADERS = {
  en: { full: ['Deterministic', 'P50 (styringsdato)', 'P85 (rammedato)', 'P(on date)', 'P(deadline)', 'Critical'], short: ['Det.', 'P50', 'P85', 'P(date)', 'P(dl)', 'Crit.'] },
  nb: { full: ['Deterministisk', 'P50 (styringsdato)', 'P85 (rammedato)', 'P(i tide)', 'P(frist)', 'Kritisk'], short: ['Det.', 'P50', 'P85', 'P(dato)', 'P(fr.)', 'Krit.'] },
} as const;

/** Each table laid out whole with renderTable, then checked line by line: the full headers, else the short ones. */
function wholeTables(rows: readonly RiskRow[], width: number, l: 'en' | 'nb'): { lines: string[]; short: boolean } | 'narrow' {
  const date = (d: number | null): string => formatShownDate(d, l);
  const cells = rows.map((r) => [r.id, r.title, date(r.deterministic), date(r.p50), date(r.p85), percent(r.probByDate, l), percent(r.probByDeadline, l), percent(r.criticality, l)]);
  const render = (headers: readonly string[]): string[] => {
    const columns: Column[] = [
      { header: 'ID', cutTo: 6, refs: true }, { header: word(l, 'Title', 'Tittel'), flex: true, min: 8 },
      { header: headers[0]! }, { header: headers[1]! }, { header: headers[2]! },
      { header: headers[3]!, align: 'right' }, { header: headers[4]!, align: 'right' }, { header: headers[5]!, align: 'right' },
    ];
    // A table whose id would be cut below its cap is not taken (tester round 68 F3).
    const idWidest = Math.max(2, ...cells.map((c) => displayWidth(flattenText(c[0]!))));
    const titleWidest = Math.max(displayWidth(columns[1]!.header), ...cells.map((c) => displayWidth(flattenText(c[1]!))));
    const measured = columns.map((c, i) => ({ ...c, texts: [], widths: new Float64Array(), plain: new Uint8Array(), widest: i === 0 ? idWidest : i === 1 ? titleWidest : Math.max(displayWidth(c.header), ...cells.map((r) => displayWidth(r[i]!))) }));
    if (fitWidths(measured, width)[0]! < cappedWidth(columns[0]!, idWidest, width)) return [' '.repeat(width + 1)];
    return renderTable(columns, cells, width);
  };
  const full = render(HEADERS[l].full);
  if (full.every((line) => displayWidth(line) <= width)) return { lines: full, short: false };
  const short = render(HEADERS[l].short);
  if (short.every((line) => displayWidth(line) <= width)) return { lines: short, short: true };
  return 'narrow';
}

const textArb = fc.array(fc.constantFrom('a', 'B', '7', '-', ' ', 'æ', '漢', '\u0007', '🙂', 'é'), { maxLength: 40 }).map((a) => a.join(''));
/** Ids up to 90 characters: past a quarter of every width tried, so that some are cut to their cap. */
const idArb = fc.oneof(textArb, fc.array(fc.constantFrom('a', 'B', '-', '漢'), { minLength: 30, maxLength: 90 }).map((a) => a.join('')));
const dayArb = fc.option(fc.integer({ min: -719162, max: 2932896 }), { nil: null });
const shareArb = fc.double({ min: 0, max: 1, noNaN: true });
const rowArb = fc.record({ id: idArb, title: textArb, deterministic: dayArb, p50: dayArb, p85: dayArb, probByDate: shareArb, probByDeadline: fc.option(shareArb, { nil: null }), criticality: shareArb });

describe('the risk text table', () => {
  it('gives what laying out each table whole gives, at any width', () => {
    const seen = { full: 0, short: 0, narrow: 0 };
    fc.assert(fc.property(fc.array(rowArb, { minLength: 1, maxLength: 12 }), fc.integer({ min: 30, max: 220 }), fc.constantFrom('en' as const, 'nb' as const), (parts, width, locale) => {
      const rows = parts.map((p) => ({ ...p, ref: `p/${p.id}`, plan: 'p' }) as unknown as RiskRow);
      const expected = wholeTables(rows, width, locale);
      const got = riskTable(rows, { color: false, width, locale });
      if (expected === 'narrow') {
        seen.narrow++;
        expect(got.short).toBe(true);
      } else {
        seen[expected.short ? 'short' : 'full']++;
        expect(got).toEqual(expected);
      }
    }), { numRuns: 400 });
    expect(Math.min(seen.full, seen.short, seen.narrow)).toBeGreaterThan(10);
  });
});

describe('a long id in the risk table (tester round 68 F3)', () => {
  const row = (id: string, title: string): RiskRow => ({ id, title, ref: `ts/${id}`, plan: 'ts', deterministic: 18170, p50: 18170, p85: 18175, probByDate: 1, probByDeadline: null, criticality: 1 }) as unknown as RiskRow;
  const rows = [row('MP1', 'Prosjektplan er ferdigstilt'), row('Sentralt-styringsdokument-SSD-versjon-0.9-sendt-til-prosjektstyret-for-behandling', 'SSD sendt')];

  it('is cut to a quarter of the width, keeping its start and end, and the dates stay on its row', () => {
    const { lines } = riskTable(rows, { color: false, width: 80, locale: 'en' });
    const all = [...lines];
    expect(all.every((l) => displayWidth(l) <= 80)).toBe(true);
    const long = all.find((l) => l.includes('…'))!;
    expect(long).toMatch(/^Sentralt-s\S*…\S*behandling +2019-10-01 +2019-10-01 +2019-10-06/);
    expect(long.indexOf('2019')).toBeLessThanOrEqual(30);
  });

  it('keeps the titles in their column where a quarter of the width leaves them room', () => {
    const { lines } = riskTable(rows, { color: false, width: 120, locale: 'en' });
    const all = [...lines];
    expect(all.every((l) => displayWidth(l) <= 120)).toBe(true);
    expect(all.find((l) => l.startsWith('Sentralt'))).toMatch(/…\S* +SSD sendt +2019-10-01/);
  });
});

// Tester round 73 F4: a rank correlation that rounds to zero is shown 0.00 (0,00), never -0.00.
describe('a driver\'s rho', () => {
  it.each([[-0.0014, 'en', '0.00'], [-0.0014, 'nb', '0,00'], [0.004, 'en', '0.00'], [-0.005001, 'en', '-0.01'], [-0.53, 'nb', '-0,53'], [0.996, 'en', '1.00']] as const)('%d in %s is %s', (x, locale, shown) => {
    expect(rhoText(x, locale)).toBe(shown);
  });
});
