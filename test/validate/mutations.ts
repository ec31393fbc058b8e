// Mutations of plan text for fuzzing: delete, duplicate, swap and re-indent lines, replace words, insert and truncate.
import fc from 'fast-check';

const TOKENS = [
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', '2019-02-30', '2019-Q5', '2019-13', '2019-00-01', '2020', '2019-Q1',
  '99999-01-01', '0000-01-01', '?', '[]', '{}', '&a', '*a', '&a [1, 2]', '*b', '<<: *a', '"', "'", '[', ']', '{', '}', ':', ': ', '- ', '-', '#', ',',
  '\t', '\r', '\r\n', '\x1b[31m', '\u0085', '\u2028', '\ufeff', 'null', '~', 'true', 'off', 'no', '0x1F', '1e9', '-1', '3/2', '10000000000d', '5ed', '2ew',
  'NEHS@2019-06-19', 'NEHS@2019-02-30', 'akson/MP1', 'akson/MP9', 'ghost/MP1', 'MP1', 'MP2', 'RM3', '!!str', '!!binary', '!foo', '%YAML 1.1', '---', '...',
  '|', '>', '|-', 'x-', 'x-note: 1', 'after: [MP1]', 'after: [MP9]', 'require: []', 'window: 5d', 'lead: 2d', 'id: MP1', 'date: 2019-08-31',
];

export const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`) },
);

export type Mutation =
  | { kind: 'delete' | 'duplicate'; line: number }
  | { kind: 'swap'; line: number; other: number }
  | { kind: 'indent'; line: number; delta: number }
  | { kind: 'replace'; line: number; word: number; token: string }
  | { kind: 'insert'; offset: number; token: string }
  | { kind: 'truncate'; offset: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), line: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), delta: fc.integer({ min: -4, max: 4 }) }),
  { arbitrary: fc.record({ kind: fc.constant('replace' as const), line: fc.nat(), word: fc.nat(), token }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('insert' as const), offset: fc.nat(), token }), weight: 2 },
  fc.record({ kind: fc.constant('truncate' as const), offset: fc.nat() }),
);

export function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const at = (n: number): number => n % lines.length;
  switch (m.kind) {
    case 'delete': lines.splice(at(m.line), 1); break;
    case 'duplicate': lines.splice(at(m.line), 0, lines[at(m.line)]!); break;
    case 'swap': [lines[at(m.line)], lines[at(m.other)]] = [lines[at(m.other)]!, lines[at(m.line)]!]; break;
    case 'indent': {
      const line = lines[at(m.line)]!;
      lines[at(m.line)] = m.delta >= 0 ? ' '.repeat(m.delta) + line : line.replace(new RegExp(`^ {0,${-m.delta}}`), '');
      break;
    }
    case 'replace': {
      const line = lines[at(m.line)]!;
      const words = [...line.matchAll(/[A-Za-z0-9_@/.?-]+/g)];
      const word = words.length > 0 ? words[m.word % words.length]! : undefined;
      lines[at(m.line)] = word ? line.slice(0, word.index) + m.token + line.slice(word.index + word[0].length) : line + m.token;
      break;
    }
    case 'insert': {
      const offset = m.offset % (text.length + 1);
      return text.slice(0, offset) + m.token + text.slice(offset);
    }
    case 'truncate': return text.slice(0, m.offset % (text.length + 1));
  }
  return lines.join('\n');
}

