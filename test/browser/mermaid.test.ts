// The Mermaid export rendered by Mermaid's own bundle (node_modules) in headless Chromium: no parse error, every task drawn.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/fake-io.js';
import { artifactPath, browserSkipReason, launchChromium } from './chromium.js';

const skip = browserSkipReason();
const MERMAID = join(REPO_ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');

interface BrowserGlobals {
  mermaid: { initialize: (config: object) => void; parse: (text: string) => Promise<unknown>; render: (id: string, text: string) => Promise<{ svg: string }> };
  document: { getElementById: (id: string) => { innerHTML: string; querySelectorAll: (selector: string) => Iterable<{ id: string; textContent: string | null }> } | null };
}

interface Rendered {
  ok: boolean;
  error: string;
  taskIds: string[];
  labels: string[];
  title: string[];
}

describe.skipIf(skip !== undefined)('Mermaid export rendered by Mermaid', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60000);
  afterAll(async () => {
    await browser?.close();
  });

  async function render(name: string, args: readonly string[], files?: Record<string, string>): Promise<{ page: Page; result: Rendered; problems: string[] }> {
    const r = await runCli(['export', '--format', 'mermaid', ...args], files === undefined ? {} : { files, diskRoots: [] });
    expect(r.code).toBe(0);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.setContent('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div id="out"></div></body></html>');
    await page.addScriptTag({ path: MERMAID });
    const result = await page.evaluate(async (text: string): Promise<Rendered> => {
      // The test's TypeScript has no DOM library: the little of the page it touches is typed here.
      const { mermaid, document } = globalThis as unknown as BrowserGlobals;
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
      try {
        await mermaid.parse(text);
        const { svg } = await mermaid.render('diagram', text);
        const out = document.getElementById('out')!;
        out.innerHTML = svg;
        // Mermaid prefixes task ids with the diagram id and pads labels with a space.
        const taskIds = [...out.querySelectorAll('rect.task')].map((el) => el.id.replace(/^diagram-/, ''));
        const labels = [...out.querySelectorAll('text.taskText, text.taskTextOutsideRight, text.taskTextOutsideLeft')].map((el) => (el.textContent ?? '').trim());
        const title = [...out.querySelectorAll('text.titleText')].map((el) => el.textContent ?? '');
        return { ok: true, error: '', taskIds, labels, title };
      } catch (error) {
        return { ok: false, error: String(error), taskIds: [], labels: [], title: [] };
      }
    }, r.stdout);
    // Kept beside the screenshots so a failure can be replayed in the Mermaid live editor.
    writeFileSync(artifactPath(`${name}.mmd`), r.stdout);
    return { page, result, problems };
  }

  it('renders the shipped plans with a task per milestone and meeting', async () => {
    const { page, result, problems } = await render('export-mermaid-plans', ['plans', '--today', '2019-09-01']);
    expect(result.error).toBe('');
    expect(result.ok).toBe(true);
    expect(problems).toEqual([]);
    // 29 milestones, the dated gate akson/SSD-HOD and 16 meetings.
    expect(result.taskIds).toHaveLength(29 + 1 + 16);
    expect(result.taskIds).toContain('m_akson_MP9');
    expect(result.taskIds).toContain('mtg_NEHS_2019_09_12');
    expect(result.labels).toContain('MP9 Oversendelse til HOD');
    await page.locator('#out svg').screenshot({ path: artifactPath('export-mermaid-plans.png') });
    await page.close();
  });

  it('renders hostile titles without a parse error and without running anything', async () => {
    const { page, result, problems } = await render('export-mermaid-hostile', ['test/export/fixtures/hostile', 'test/gantt/fixtures/states']);
    expect(result.error).toBe('');
    expect(problems).toEqual([]);
    expect(result.taskIds).toHaveLength(15 + 5);
    expect(result.labels.some((l) => l.includes('<script>alert(1)</script>'))).toBe(true);
    expect(result.labels).toContain('› title Milepæl med linjeskift section Hacked title Hacked ∶ crit, 2019-01-01, 1d');
    await page.locator('#out svg').screenshot({ path: artifactPath('export-mermaid-hostile.png') });
    await page.close();
  });

  // Mermaid passes the title, unlike task text, through DOMPurify: `&` showed as `&amp;` and `<…>` was removed
  // (tester round 16 #5). Task text was right and stays as it was.
  it('shows a plan title with `&` and `<…>` as written, and task text too', async () => {
    const plan = 'plan: {id: p, title: "Akson <utkast v2> R&D", status_date: 2019-06-19}\nmilestones:\n  - {id: A, title: "Beslutning <foreløpig> R&D", date: 2019-06-20}\n';
    const { page, result, problems } = await render('export-mermaid-title', ['ws'], { 'ws/p.yaml': plan });
    expect(result.error).toBe('');
    expect(problems).toEqual([]);
    expect(result.title).toEqual(['Akson <utkast v2> R&D, status 2019-06-19']);
    expect(result.labels).toEqual(['A Beslutning <foreløpig> R&D']);
    await page.close();
  });

  it('the bundle is the one installed in node_modules', () => {
    expect(readFileSync(MERMAID, 'utf8').length).toBeGreaterThan(100000);
  });
});
