// Property tests for edits: on generated files of every layout, only one region changes, and it reads back as intended.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addHistoryEntries } from '../../src/edit/history.js';
import { setMilestoneField, type SettableKey } from '../../src/edit/set-field.js';

interface Layout {
  flow: boolean;
  crlf: boolean;
  bom: boolean;
  quote: '' | "'" | '"';
  comments: boolean;
  order: number;
  hasForecast: boolean;
  hasHistory: 'none' | 'block' | 'flow';
  finalNewline: boolean;
}

const layout = fc.record<Layout>({
  flow: fc.boolean(), crlf: fc.boolean(), bom: fc.boolean(), quote: fc.constantFrom('', "'", '"'), comments: fc.boolean(),
  order: fc.nat(5), hasForecast: fc.boolean(), hasHistory: fc.constantFrom('none', 'block', 'flow'), finalNewline: fc.boolean(),
});

/** A two-milestone plan in the given layout; the edited milestone is the first. */
function render(l: Layout): string {
  const q = (v: string): string => `${l.quote}${v}${l.quote}`;
  const c = (text: string): string => (l.comments ? `  # ${text}` : '');
  const pairs: [string, string][] = [['id', 'A'], ['title', 'First one'], ['date', q('2019-09-02')]];
  if (l.hasForecast) pairs.push(['forecast', q('2019-09-09')]);
  pairs.push(['responsible', 'DIR']);
  const rotated = [...pairs.slice(l.order % pairs.length), ...pairs.slice(0, l.order % pairs.length)];
  let milestone: string;
  if (l.flow) {
    const history = l.hasHistory === 'none' ? '' : `, history: [{reported: 2019-08-01, forecast: ${q('2019-09-02')}}]`;
    milestone = `  - {${rotated.map(([k, v]) => `${k}: ${v}`).join(', ')}${history}}${c('flow')}\n`;
  } else {
    const [first, ...rest] = rotated;
    milestone = `  - ${first![0]}: ${first![1]}${c('first')}\n${rest.map(([k, v]) => `    ${k}: ${v}${c(k)}\n`).join('')}`;
    if (l.hasHistory === 'block') milestone += `    history:\n      - {reported: 2019-08-01, forecast: ${q('2019-09-02')}}${c('h')}\n`;
    if (l.hasHistory === 'flow') milestone += `    history: [{reported: 2019-08-01, forecast: ${q('2019-09-02')}}]${c('h')}\n`;
  }
  let text = `# plan${c('top')}\nplan: {id: p, title: P}\n\nmilestones:\n${milestone}\n  # next${c('x')}\n  - id: B\n    date: 2019-10-01${c('end')}\n`;
  if (!l.finalNewline) text = text.slice(0, -1);
  if (l.crlf) text = text.replaceAll('\n', '\r\n');
  return l.bom ? `\uFEFF${text}` : text;
}

/** The single changed region: [prefix length, removed text, inserted text]. */
function changedRegion(before: string, after: string): [number, string, string] {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return [start, before.slice(start, before.length - end), after.slice(start, after.length - end)];
}

const data = (text: string): { milestones: Record<string, unknown>[] } => parse(text.replace(/^\uFEFF/, ''), { schema: 'core' }) as { milestones: Record<string, unknown>[] };

describe('edit properties', () => {
  it('set changes one region, without touching comments, line endings or the other milestone', () => {
    const key = fc.constantFrom<SettableKey>('forecast', 'actual', 'status');
    fc.assert(fc.property(layout, key, fc.constantFrom('2019-09-20', '2020', 'red'), (l, k, value) => {
      const v = k === 'status' ? 'red' : value === 'red' ? '2019-09-20' : k === 'actual' ? '2019-09-20' : value;
      const before = render(l);
      const r = setMilestoneField(before, 0, k, v);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const [, removed, inserted] = changedRegion(before, r.text);
      expect(removed).not.toContain('#');
      expect(removed).not.toContain('\n');
      expect(inserted).not.toContain('#');
      if (l.crlf) expect(r.text.replaceAll('\r\n', '')).not.toContain('\n');
      expect(r.text.startsWith('\uFEFF')).toBe(l.bom);
      expect(r.text.endsWith('\n')).toBe(l.finalNewline);
      const [a, b] = [data(before), data(r.text)];
      expect(String(b.milestones[0]![k])).toBe(v);
      expect(b.milestones[1]).toEqual(a.milestones[1]);
      expect({ ...b.milestones[0], [k]: null }).toEqual({ ...a.milestones[0], [k]: null });
    }), { numRuns: 300 });
  });

  it('history appends one entry and changes nothing else', () => {
    fc.assert(fc.property(layout, fc.constantFrom('2019-09-20', '2020-Q1'), (l, forecast) => {
      const before = render(l);
      const r = addHistoryEntries(before, [{ milestone: 0, reported: '2019-09-01', forecast, replace: null }]);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const [, removed] = changedRegion(before, r.text);
      expect(removed).toBe('');
      if (l.crlf) expect(r.text.replaceAll('\r\n', '')).not.toContain('\n');
      const [a, b] = [data(before), data(r.text)];
      const history = b.milestones[0]!['history'] as { reported: string; forecast: unknown }[];
      expect(history.at(-1)).toEqual({ reported: '2019-09-01', forecast });
      expect(history.slice(0, -1)).toEqual((a.milestones[0]!['history'] as unknown[] | undefined) ?? []);
      expect(b.milestones[1]).toEqual(a.milestones[1]);
    }), { numRuns: 300 });
  });
});
