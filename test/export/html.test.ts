// The HTML export as text: self-contained (no script, no network), every piece of plan text escaped, one SVG element per milestone and meeting.
import { describe, expect, it } from 'vitest';
import { wrappablePlanText } from '../../src/report/export/html-escape.js';
import { HTML_STYLE } from '../../src/report/export/html-style.js';
import { runCli } from '../helpers/fake-io.js';
import { CONTROL } from '../helpers/control.js';

const HOSTILE = 'test/export/fixtures/hostile';

async function page(args: readonly string[]): Promise<string> {
  const r = await runCli(['export', '--format', 'html', ...args]);
  expect(r.code).toBe(0);
  return r.stdout;
}

describe('HTML export', () => {
  it('is one self-contained page: no script, no external resource, a CSP that forbids both', async () => {
    const html = await page(['plans', '--today', '2019-09-01']);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|\shref=|url\(http|@import/i);
    // The SVG namespace is the only URL in the page.
    expect([...html.matchAll(/https?:\/\/[^\s"']+/g)].map((m) => m[0])).toEqual(['http://www.w3.org/2000/svg']);
    expect(html).toContain('@media print');
  });

  it('has one SVG element per milestone (data-ref) and per meeting (data-meeting)', async () => {
    const html = await page(['plans', '--today', '2019-09-01']);
    // 29 milestones and the dated gate akson/SSD-HOD (a square, class gate).
    expect(html.match(/ data-ref="/g)).toHaveLength(30);
    expect(html).toMatch(/<path class="gate [^"]*" data-ref="akson\/SSD-HOD" data-date="2020-01-31" d="M[^"]*H/);
    expect(html.match(/ data-meeting="/g)).toHaveLength(16);
    expect(html).toContain('data-ref="akson/MP3" data-date="2019-09-27"');
    expect(html).toContain('data-meeting="NEHS@2019-09-12" data-date="2019-09-12"');
    expect(html).toContain('class="today"');
  });

  it('writes Norwegian headings and dates with --locale nb', async () => {
    const html = await page(['plans', '--today', '2019-09-01', '--locale', 'nb']);
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain('Statusdato 01.09.2019');
    expect(html).toContain('<h2>Milepæler</h2>');
  });

  it('escapes every piece of hostile plan text', async () => {
    const html = await page([HOSTILE]);
    expect(html).not.toMatch(CONTROL);
    expect(html).not.toMatch(/<script|<img|<b>|<i>|onerror=alert\(2\)>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;double&quot; &#39;single&#39; &amp; amp; a:b #hash');
    expect(html).toContain('&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('Styret &lt;b&gt;fet&lt;/b&gt; &amp; &quot;sitat&quot;: #1;');
    expect(html).toContain('Plan &quot;quoted&quot; &lt;script&gt;alert(&#39;plan&#39;)&lt;/script&gt;');
    expect(html).toContain('\\x1b[31mRød\\x1b[0m tekst med ESC og \\u202eomvendt\\u202c retning og \\x07 bjelle');
    expect(html).toContain('Milepæl med linjeskift section Hacked');
    expect(html).toContain('Særdeles langt norsk tittelfelt om samhandling på tvers av kommunehelsetjenesten og spesialisthelsetjenesten, med æøå ÆØÅ');
  });

  it('draws grid lines over the whole range, even 0001–9999 (they stopped at the year 5000)', async () => {
    const files = { 'ws/a.yaml': 'plan: {id: a, title: A}\nmilestones:\n  - {id: A, title: first, date: 0001-01-01}\n  - {id: B, title: last, date: 9999-12-31}\n' };
    const r = await runCli(['export', '--format', 'html', 'ws', '--today', '2024-01-01'], { files, diskRoots: [] });
    expect(r.code, r.stderr).toBe(0);
    const years = [...r.stdout.matchAll(/<text class="axis" x="[^"]*" y="32">(\d+)</g)].map((m) => Number(m[1]));
    expect(years.length).toBeLessThanOrEqual(80);
    const step = years[1]! - years[0]!;
    expect(years.at(-1)! + step).toBeGreaterThan(9999);
  });

  it.each([
    ['2020-01-01', '2060-12-31'], ['1900-01-01', '2400-12-31'], ['0001-01-01', '9999-12-31'], ['2024-01-01', '2024-12-31'], ['2020-01-01', '2025-06-30'],
  ])('labels the axis from %s to %s at one round step, no label within its own width and a blank of the next (7 px a character)', async (first, last) => {
    // Every year of 2020–2060 once had a label 18 px after the one before, so that they ran together (session 12).
    const files = { 'ws/a.yaml': `plan: {id: a, title: A}\nmilestones:\n  - {id: A, title: first, date: ${first}}\n  - {id: B, title: last, date: ${last}}\n` };
    const r = await runCli(['export', '--format', 'html', 'ws', '--today', '2024-01-01'], { files, diskRoots: [] });
    expect(r.code, r.stderr).toBe(0);
    const labels = [...r.stdout.matchAll(/<text class="axis" x="([^"]*)" y="32">([^<]+)</g)].map((m) => ({ x: Number(m[1]), text: m[2]! }));
    expect(labels.length).toBeGreaterThan(5);
    for (let i = 1; i < labels.length; i++) expect(labels[i]!.x - labels[i - 1]!.x, labels[i]!.text).toBeGreaterThanOrEqual((labels[i - 1]!.text.length + 1) * 7);
    if (/^\d+$/.test(labels[0]!.text)) {
      const years = labels.map((l) => Number(l.text));
      const step = years[1]! - years[0]!;
      expect(years.every((y, i) => y % step === 0 && (i === 0 || y - years[i - 1]! === step)), years.join(' ')).toBe(true);
    }
  });

  it('gives the same bytes under every time zone and on every run', async () => {
    const before = process.env['TZ'];
    try {
      process.env['TZ'] = 'Pacific/Kiritimati';
      const a = await page(['plans', '--today', '2019-09-01']);
      process.env['TZ'] = 'America/Adak';
      expect(await page(['plans', '--today', '2019-09-01'])).toBe(a);
    } finally {
      if (before === undefined) delete process.env['TZ'];
      else process.env['TZ'] = before;
    }
  });
});

// Tester round 16 #7: a long unbroken word (a URL) in a title widened the milestone table past the window. Only such
// words may break: the layout of ordinary titles stays as it was (test/browser/html.test.ts measures the page).
describe('long words in the HTML export', () => {
  it('are in a span that the stylesheet lets break anywhere; shorter words and markup characters as before', () => {
    expect(HTML_STYLE).toContain('\n.long { overflow-wrap: anywhere; }\n');
    expect(wrappablePlanText('Gjennomføringsstrategi er vedtatt')).toBe('Gjennomføringsstrategi er vedtatt');
    const url = 'https://www.ehelse.no/a?b=1&c=<2>';
    expect(wrappablePlanText(`Se ${url} og ${'x'.repeat(25)}`)).toBe(`Se <span class="long">https://www.ehelse.no/a?b=1&amp;c=&lt;2&gt;</span> og <span class="long">${'x'.repeat(25)}</span>`);
    expect(wrappablePlanText(`${'y'.repeat(24)}\n${'z'.repeat(30)}\x1b`)).toBe(`${'y'.repeat(24)} <span class="long">${'z'.repeat(30)}\\x1b</span>`);
  });

  it('title cells, deliverables, the plan title and meeting titles and locations: every text a table or heading shows', async () => {
    const word = 'w'.repeat(40);
    const plan = `plan: {id: p, title: "T ${word}1"}\nbodies: [{id: S, name: S}]\nmeetings:\n  - {body: S, date: 2019-06-18, title: "${word}2", location: "${word}3"}\nmilestones:\n  - {id: A, title: "${word}4", date: 2019-06-20, deliverables: ["${word}5"], responsible: "${word}6"}\n`;
    const html = await runCli(['export', '--format', 'html', 'ws', '--today', '2019-06-19'], { files: { 'ws/p.yaml': plan }, diskRoots: [] });
    const spans = [...html.stdout.matchAll(/<span class="long">(w+\d)<\/span>/g)].map((m) => m[1]);
    expect(spans).toEqual([`${word}1`, `${word}1`, `${word}4`, `${word}5`, `${word}6`, `${word}2`, `${word}3`]);
    // The page's <title> holds no markup.
    expect(html.stdout).toContain(`<title>T ${word}1</title>`);
  });
});
