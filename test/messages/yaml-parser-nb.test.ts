// The yaml library's parser messages under --locale nb (issue #10.4): every sentence the library can write is
// Norwegian, found two ways — by reading the library's own source for its templates, and by breaking real YAML.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/messages/index.js';
import { hasYamlParserTemplate, yamlParserCodesNb } from '../../src/messages/nb/yaml-parser.js';
import { parseFull } from '../../src/source/full-parse.js';

const YAML_DIST = join(import.meta.dirname, '..', '..', 'node_modules', 'yaml', 'dist');

/** Every `onError(…, 'CODE', <sentence>)` in the library, with the sentence's `${…}` parts filled with a sample. */
function librarySentences(): { code: string; text: string }[] {
  const found: { code: string; text: string }[] = [];
  const files: string[] = [];
  for (const dir of ['compose', 'parse', '']) {
    for (const name of readdirSync(join(YAML_DIST, dir))) if (name.endsWith('.js')) files.push(join(YAML_DIST, dir, name));
  }
  const named = new Map<string, string>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    // Sentences kept in a variable first: `const message = '…'`, `const msg = atRoot ? `…` : `…``.
    for (const m of source.matchAll(/(?:const|let) (\w+) = ['`]([^'`]+)['`];/g)) named.set(m[1]!, m[2]!);
    for (const m of source.matchAll(/onError\([^,]+, '([A-Z_]+)', (['"`])((?:(?!\2).)+)\2/g)) found.push({ code: m[1]!, text: m[3]! });
    for (const m of source.matchAll(/onError\([^,]+, '([A-Z_]+)', (\w+)[,)]/g)) {
      const text = named.get(m[2]!);
      if (text !== undefined) found.push({ code: m[1]!, text });
    }
    for (const m of source.matchAll(/message: `(Unexpected [^`]+)`/g)) found.push({ code: 'UNEXPECTED_TOKEN', text: m[1]! });
    for (const m of source.matchAll(/\? `(\$\{name\}[^`]+)`\s*: `([^`]+)`/g)) {
      found.push({ code: 'MISSING_CHAR', text: m[1]! }, { code: 'BAD_INDENT', text: m[2]! });
    }
  }
  const samples: Record<string, string> = { raw: '\\q', fcName: 'flow map', name: 'Flow sequence', expectedEnd: ']', badChar: 'reserved character @', tagName: '!foo' };
  return found.map(({ code, text }) => ({
    code,
    text: text.replace(/\$\{([^}]+)\}/g, (_, expr: string) => samples[expr.trim()] ?? 'x'),
  }));
}

describe('the yaml library in Norwegian', () => {
  it('has a Norwegian sentence for every sentence template in the library (a new version fails here)', () => {
    const sentences = librarySentences();
    expect(sentences.length).toBeGreaterThan(40);
    const fallbackOnly = sentences.filter(({ text }) => !hasYamlParserTemplate(text));
    // Sentences built from other values at run time (a caught error's message, a directive's own text) are left to
    // the code's description.
    const dynamic = /^(x|Unsupported token \(type: x\)|Unexpected token in block scalar header: x|With stringKeys, all keys must be strings)$/;
    expect(fallbackOnly.filter(({ text }) => !dynamic.test(text))).toEqual([]);
  });

  it('has a description for every error code the library uses', () => {
    const codes = new Set(librarySentences().map((s) => s.code));
    expect([...codes].filter((code) => !yamlParserCodesNb().has(code))).toEqual([]);
  });

  it.each([
    ['bad escape', 'a: "x\\qy"\n', 'ugyldig YAML: ugyldig escape-sekvens \\q i en streng i doble anførselstegn'],
    ['tab', 'a:\n\tb: 1\n', 'linjen er rykket inn med tabulator, og YAML rykker bare inn med mellomrom'],
    ['unclosed quote', 'a: "open\n', 'ugyldig YAML: strengen i doble anførselstegn (") lukkes aldri'],
    ['unclosed flow', 'a:\n  b: [1, 2\n', 'ugyldig YAML: en liste i [ ] inni en blokk må ha nok innrykk og avsluttes med ]'],
    ['sequence item', 'a:\n  - b: 1\n   c: 2\n', 'ugyldig YAML: listeelement uten «-» foran'],
    ['plain start', 'a: [@x]\n', 'ugyldig YAML: en verdi uten anførselstegn kan ikke begynne med det reserverte tegnet @'],
    ['two anchors', 'a: &x &y 1\n', 'ugyldig YAML: en verdi kan ha høyst ett anker (&)'],
  ])('writes a real parse error (%s) in Norwegian, with no English left', (_, text, expected) => {
    const parsed = parseFull('plan.yaml', text);
    const first = parsed.problems[0];
    expect(first).toBeDefined();
    const nb = renderMessage(first!.message, 'nb');
    expect(nb).toBe(expected);
    expect(renderMessage(first!.message, 'en')).not.toBe(nb);
  });
});
