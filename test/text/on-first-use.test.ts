// Regular expressions with Unicode property classes are made on first use, not as their module loads (issue #18:
// seven module-level ones cost 12–14 M instructions, 6 %, of every `validate` on the shipped plans).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { onFirstUse } from '../../src/text/on-first-use.js';

const SRC = join(import.meta.dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * The regular expressions a module makes as it loads (in the initialisers of its top-level declarations, outside any
 * function) whose pattern holds a `\p{…}` class: a literal, or `new RegExp(…)` of text that holds one or names a
 * top-level value that does.
 */
function propertyClassesAtLoad(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  // Top-level names whose value is written with a property class (a pattern's source text, as glued-key.ts's KEY).
  const withClass = source.statements.filter(ts.isVariableStatement).flatMap((s) => s.declarationList.declarations)
    .filter((d) => d.initializer?.getText(source).includes('\\p{') === true).map((d) => d.name.getText(source));
  const holdsClass = (arg: ts.Expression): boolean => arg.getText(source).includes('\\p{') || withClass.some((name) => new RegExp(`\\b${name}\\b`).test(arg.getText(source)));
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isRegularExpressionLiteral(node) && node.text.includes('\\p{')) found.push(node.text);
    if (ts.isNewExpression(node) && node.expression.getText(source) === 'RegExp' && (node.arguments ?? []).some(holdsClass)) found.push(node.getText(source));
    ts.forEachChild(node, visit);
  };
  for (const statement of source.statements) if (ts.isVariableStatement(statement)) visit(statement);
  return found.map((pattern) => `${relative(SRC, file)}: ${pattern.slice(0, 60)}`);
}

describe('onFirstUse', () => {
  it('makes the expression on the first call only, and gives the same object after', () => {
    let made = 0;
    const pattern = onFirstUse(() => {
      made++;
      return /\p{L}/gu;
    });
    expect(made).toBe(0);
    const first = pattern();
    expect(first.exec('1a')?.index).toBe(1);
    expect(pattern()).toBe(first);
    expect(pattern().lastIndex).toBe(2);
    expect(made).toBe(1);
  });

  it('finds a module-level pattern with a property class (the check below can fail)', () => {
    const probe = join(SRC, 'text', 'on-first-use.ts');
    expect(propertyClassesAtLoad(probe)).toEqual([]);
    const file = ts.createSourceFile('x.ts', 'const A = /\\p{L}/u;\nfunction f() { return /\\p{N}/u; }\n', ts.ScriptTarget.Latest, true);
    const literals = file.statements.filter(ts.isVariableStatement).map((s) => s.declarationList.declarations[0]!.initializer!.getText(file));
    expect(literals).toEqual(['/\\p{L}/u']);
  });

  it('no module in src/ makes a \\p{…} pattern as it loads', () => {
    expect(sourceFiles(SRC).flatMap(propertyClassesAtLoad)).toEqual([]);
  });
});
