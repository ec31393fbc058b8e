// analyze-texts.ts analyzeFiles (issue #18): a report's files are decoded and analysed one at a time, and a text V8
// holds at two bytes a character keeps its bytes instead (source/parse.ts RereadSource), decoded again to quote a line.
// Against analyzeTexts of the same decoded texts: the same findings at the same places, the same lines quoted, the
// same text when asked, and no text held by such a source.
import { describe, expect, it } from 'vitest';
import { analyzeFiles, analyzeTexts } from '../../src/analyze-texts.js';
import { RereadSource } from '../../src/source/parse.js';
import { decodePlanBytes } from '../../src/source/decode.js';
import { formatText } from '../../src/report/validate/text.js';

const encoder = new TextEncoder();
const FILES: Record<string, string> = {
  // Two-byte texts (an em dash, a CJK title), one with CR LF, and a one-byte text (æ only) and an ASCII one.
  // Strings with a wide character shorter than 13 (which V8 copies when cut): the text can go.
  'ws/a.yaml': 'plan: {id: a, title: A — 1st, status_date: 2019-09-02}\nmilestones:\n  - {id: A1, title: Første — 1, date: 2019-09-07}\n  - {id: A2, title: 漢字, date: 2019-09-10, after: [A1, B9]}\n  - {id: A3, title: x, date: 2019-09-11, after: [b/B1], deadline: 2019-09-02}\n',
  'ws/b.yaml': 'plan: {id: b, title: B — CRLF, status_date: 2019-09-02}\r\nmilestones:\r\n  - id: B1\r\n    title: "Ett — to"\r\n    date: 2019-09-14\r\n    forecast: 2019-08-01\r\n',
  'ws/c.yaml': 'plan: {id: c, title: Cæ, status_date: 2019-09-02}\nmilestones:\n  - {id: C1, title: æ, date: 2019-09-07, after: [a/A9]}\n',
  'ws/d.yaml': 'plan: {id: d, title: D, status_date: 2019-09-02}\nmilestones:\n  - {id: D1, title: d, date: 2019-09-08}\n',
  // A title with a wide character of 13 or more: V8 keeps it as a view into the text, which then stays, so the source
  // keeps it and not its bytes as well. A JSON text's strings are JSON.parse's own: its bytes are kept.
  'ws/f.yaml': 'plan: {id: f, title: F, status_date: 2019-09-02}\nmilestones:\n  - id: F1\n    title: Leveranse — en lang tittel\n    date: 2019-09-07\n',
  'ws/g.yaml': '{"plan": {"id": "g", "title": "G", "status_date": "2019-09-02"}, "milestones": [{"id": "G1", "title": "Leveranse — en lang tittel", "date": "2019-09-07"}]}\n',
  // A file the fast path leaves to the full parser (an anchor), two-byte too: it keeps its text.
  'ws/e.yaml': 'plan: {id: e, title: E — anchored, status_date: 2019-09-02}\nmilestones:\n  - &m {id: E1, title: e, date: 2019-09-07}\n',
};

describe('analyzeFiles', () => {
  it('gives what analyzeTexts gives for the decoded texts, and keeps bytes, not text, for two-byte texts', async () => {
    const names = Object.keys(FILES).sort();
    const options = { clockToday: 18000, keepData: false } as const;
    const fromTexts = await analyzeTexts(names.map((file) => ({ file, text: decodePlanBytes(encoder.encode(FILES[file]!)).text })), options);
    const fromFiles = await analyzeFiles(names.map((file) => ({ file, bytes: encoder.encode(FILES[file]!) })), options);
    expect(fromFiles.diagnostics.length).toBeGreaterThan(4);
    expect(JSON.stringify(fromFiles.diagnostics)).toBe(JSON.stringify(fromTexts.diagnostics));
    const text = { color: false, width: 100, locale: 'en' } as const;
    expect(formatText(fromFiles.result, text)).toBe(formatText(fromTexts.result, text));
    expect(fromFiles.sources.map((s) => s instanceof RereadSource)).toEqual([true, true, false, false, false, false, true]);
    for (const s of fromFiles.sources) {
      expect(s.text).toBe(FILES[s.file]);
      expect(s.data).toBeUndefined();
      // No string property holds the text (nor a closure's: the line starts were found and the text let go).
      expect(Object.values(s).some((v) => typeof v === 'string' && v.length > 40)).toBe(!(s instanceof RereadSource));
      const lines = FILES[s.file]!.split(/\r?\n/);
      // Lines as the report quotes them (the fast path's own, else LazyLines over the text).
      for (let n = 1; n <= lines.length; n++) expect(fromFiles.result.sourceLine(s.file, n), `${s.file}:${n}`).toBe(lines[n - 1]);
    }
  });

  it('reads each file when the analysis asks for it, after the one before was added', async () => {
    const seen: string[] = [];
    function* files(): Generator<{ file: string; bytes: Uint8Array }> {
      for (const file of Object.keys(FILES).sort()) {
        seen.push(file);
        yield { file, bytes: encoder.encode(FILES[file]!) };
      }
    }
    const analysis = await analyzeFiles(files(), { clockToday: 18000 });
    expect(seen).toEqual(Object.keys(FILES).sort());
    expect(analysis.result.files).toEqual(seen);
  });
});
