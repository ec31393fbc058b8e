// SVG labels of the HTML timeline are cut to a count of characters (the page cannot measure them): after control
// characters are shown escaped, so that the escapes count too and the ellipsis shows (a tester's title with \x1b in it
// grew past its room and was clipped by the label column mid-word, without one).
import { describe, expect, it } from 'vitest';
import { clipPlanText } from '../../src/report/export/html-escape.js';
import { runCli } from '../helpers/fake-io.js';

describe('clipPlanText', () => {
  it('cuts the escaped text, never inside an escape, and makes it safe for HTML', () => {
    const title = 'M4 Tab\there and ESC \x1b[31mred\x1b[0m and a very very very long tail that keeps going';
    const label = clipPlanText(title, 46);
    expect(label).toBe('M4 Tab here and ESC \\x1b[31mred\\x1b[0m and a…');
    expect([...label].length).toBeLessThanOrEqual(46);
    // A cut that would fall inside `\x1b` keeps the escape out whole.
    expect(clipPlanText('abcdefgh\x1bxyz', 11)).toBe('abcdefgh…');
    expect(clipPlanText('<b> & "q"', 46)).toBe('&lt;b&gt; &amp; &quot;q&quot;');
    expect(clipPlanText('short', 46)).toBe('short');
  });
});

describe('export --format html', () => {
  it('ends a label with an escape in its title in the ellipsis', async () => {
    const files = { 'ws/p.yaml': 'plan: {id: p, title: P}\nmilestones:\n  - id: M4\n    title: "Tab\\there and ESC \\e[31mred\\e[0m and a very very very long tail that keeps going"\n    date: 2026-11-30\n' };
    const r = await runCli(['export', 'ws', '--format', 'html', '--today', '2026-11-01'], { files });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('>M4 Tab here and ESC \\x1b[31mred\\x1b[0m and a…<title>');
  });

  it('risk --format html cuts its distribution title the same way (its twin)', async () => {
    const files = { 'ws/p.yaml': 'plan: {id: p, title: P}\nmilestones:\n  - {id: A, title: "ESC \\e[31mred\\e[0m and a very very very long tail that keeps going on and on and on to the end of it", date: 2026-11-30, duration: 5d..10d..20d}\n' };
    const r = await runCli(['risk', 'ws', '--format', 'html', '--milestone', 'p/A', '--iterations', '20', '--today', '2026-11-01'], { files });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('class="title">p/A — ESC \\x1b[31mred\\x1b[0m and a very very very long tail that keeps going on and on an…</text>');
  });
});


// Tester round 36 F1: a chart starting in a month's last days drew "Jan 2024" and "Feb" 14 px apart, over each other.
describe('the upper axis labels of the HTML timeline', () => {
  const upper = (html: string): { x: number; text: string }[] =>
    [...html.matchAll(/<text class="axis upper" x="([\d.]+)" y="14">([^<]*)</g)].map((m) => ({ x: Number(m[1]), text: m[2]! }));

  it.each([
    ['2024-01-30', '2024-06-28', 'Feb 2024'], ['2024-01-25', '2024-04-30', 'Jan 2024'], ['2024-02-27', '2024-09-30', '2024'],
    ['2024-01-03', '2025-06-27', '2024'], ['2024-12-30', '2025-06-27', '2024'], ['2025-05-29', '2029-06-27', '2025'],
  ])('never overlap, and the first names its year (a chart from %s to %s)', async (start, end, first) => {
    const files = { 'ws/p.yaml': `plan: {id: p, title: P}\nmilestones:\n  - {id: A, title: Start, date: ${start}}\n  - {id: B, title: Slutt, date: ${end}}\n` };
    const r = await runCli(['export', 'ws', '--format', 'html', '--today', '2024-01-01'], { files });
    const labels = upper(r.stdout);
    expect(labels[0]?.text).toBe(first);
    // 7 px a character, as the page's axis font is laid out (html-svg.ts's AXIS_CHAR_PX), and a space between.
    for (let i = 1; i < labels.length; i++) expect(labels[i]!.x - labels[i - 1]!.x, `${labels[i - 1]!.text} → ${labels[i]!.text}`).toBeGreaterThanOrEqual((labels[i - 1]!.text.length + 1) * 7);
  });
});
