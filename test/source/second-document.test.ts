// A file with a second YAML document: the hint names what starts it — a `---` line, or the `...` that ended the first
// document (YAML 1.2 §9.1.4), whose line it gives (tester round 25 F12: it said to remove a `---` the file lacked).
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/messages/index.js';
import { parseSource } from '../../src/source/full-parse.js';

const FIRST = 'plan:\n  id: c\n  title: C\nmilestones:\n  - {id: X, title: X, date: 2026-06-01}\n';
const problem = (text: string): [number, string, string, string] => {
  const p = parseSource('e.yaml', text).problems[0]!;
  return [p.line, p.message.id, renderMessage(p.hint!), renderMessage(p.hint!, 'nb')];
};

describe('a second YAML document', () => {
  it('after a ... line: the hint names that line, in en and nb', () => {
    expect(problem(`${FIRST}...\ngarbage: [\n`)).toEqual([7, 'yaml-syntax.multiple-documents', 'remove the ... line (line 6), which ends the document, or what follows it', 'fjern linjen med ... (linje 6), som avslutter dokumentet, eller det som står etter den']);
    expect(problem(`${FIRST}... # end\n\nmore: 1\n`)[2]).toBe('remove the ... line (line 6), which ends the document, or what follows it');
  });

  it('started by ---: the hint says to remove the --- line', () => {
    expect(problem(`${FIRST}---\nmore: 1\n`).slice(1, 3)).toEqual(['yaml-syntax.multiple-documents', 'remove the --- line, or move the second document into a file of its own']);
    expect(problem(`${FIRST}...\n---\nmore: 1\n`)[2]).toBe('remove the --- line, or move the second document into a file of its own');
  });
});
