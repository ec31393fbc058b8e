// Edits of the kind typing makes that break a plan's YAML, each at a place drawn from a seeded generator: for the
// property tests of the parsers (test/source/entry-parse.test.ts).

/** An edit that typically breaks YAML: where it goes is drawn with `rand`; undefined when the text has no place for it. */
export type Edit = (text: string, rand: () => number) => string | undefined;

const insertAt = (token: string): Edit => (text, rand) => {
  const at = Math.floor(rand() * (text.length + 1));
  return text.slice(0, at) + token + text.slice(at);
};

/** A random line of `text` matching `pattern`, with its offset. */
function pickLine(text: string, rand: () => number, pattern: RegExp): { start: number; line: string } | undefined {
  const lines: { start: number; line: string }[] = [];
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    if (pattern.test(line)) lines.push({ start, line });
    start = end < 0 ? text.length : end + 1;
  }
  return lines.length === 0 ? undefined : lines[Math.floor(rand() * lines.length)];
}

/** A random occurrence of `char` removed. */
const deleteChar = (char: string): Edit => (text, rand) => {
  const at: number[] = [];
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) at.push(i);
  const i = at[Math.floor(rand() * at.length)];
  return i === undefined ? undefined : text.slice(0, i) + text.slice(i + 1);
};

/** The value of a random `key: value` line typed after `token` (`date: [2026-06-12`, the language server's case). */
const beforeValue = (token: string): Edit => (text, rand) => {
  const p = pickLine(text, rand, /^\s*(?:- )?[\w-]+: \S/);
  if (p === undefined) return undefined;
  const at = p.start + p.line.indexOf(': ') + 2;
  return text.slice(0, at) + token + text.slice(at);
};

export const BREAKING_EDITS: Readonly<Record<string, Edit>> = {
  'insert [': insertAt('['),
  'insert {': insertAt('{'),
  'insert "': insertAt('"'),
  "insert '": insertAt("'"),
  'insert ": "': insertAt(': '),
  'insert tab': insertAt('\t'),
  'value after [': beforeValue('['),
  'value after {': beforeValue('{'),
  'value after "': beforeValue('"'),
  'value after *': beforeValue('*'),
  'value after &a ': beforeValue('&a '),
  'value after !!str ': beforeValue('!!str '),
  'value after |': beforeValue('|\n'),
  'stray "- "': (text, rand) => {
    const p = pickLine(text, rand, /\S/);
    if (p === undefined) return undefined;
    const at = p.start + p.line.search(/\S/);
    return text.slice(0, at) + '- ' + text.slice(at);
  },
  'delete ]': deleteChar(']'),
  'delete }': deleteChar('}'),
  'duplicate a key line': (text, rand) => {
    const p = pickLine(text, rand, /^\s*[\w-]+:/);
    return p === undefined ? undefined : text.slice(0, p.start) + p.line + '\n' + text.slice(p.start);
  },
  'indent a line': (text, rand) => {
    const p = pickLine(text, rand, /\S/);
    return p === undefined ? undefined : text.slice(0, p.start) + ' '.repeat(1 + Math.floor(rand() * 3)) + text.slice(p.start);
  },
  'remove a colon': (text, rand) => {
    const p = pickLine(text, rand, /:/);
    if (p === undefined) return undefined;
    const at = p.start + p.line.indexOf(':');
    return text.slice(0, at) + text.slice(at + 1);
  },
};
