// One document per file whatever the case of its Windows drive letter: VS Code sends `file:///C:/x` and
// `file:///c%3A/x` for one file (src/lsp/scope.ts uriKey, src/lsp/params.ts foldDriveLetter); and a folder of
// initializationOptions.paths written `C:\plans` holds that file (resolveWorkspacePaths).
import { win32 } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCliDate } from '../../src/calendar/index.js';
import { foldDriveLetter, resolveWorkspacePaths } from '../../src/lsp/params.js';
import { uriKey } from '../../src/lsp/scope.js';
import { PlanWorkspace } from '../../src/lsp/workspace.js';

const PLAN = 'plan: {id: p, title: P}\nmilestones:\n  - {id: A, title: A, date: 2026-02-02}\n';

describe('uriKey', () => {
  it('folds the drive letter, encoded colon or not, and keeps the rest of the path as it is', () => {
    const key = uriKey('file:///C:/Planer/P.yaml');
    for (const uri of ['file:///c%3A/Planer/P.yaml', 'file:///c:/Planer/P.yaml', 'file:///C%3a/Planer/P.yaml']) expect(uriKey(uri), uri).toBe(key);
    expect(key).toBe('file:///c:/Planer/P.yaml');
    expect(uriKey('file:///C:/Planer%20(2026)/p.yaml')).toBe(uriKey('file:///c%3A/Planer%20%282026%29/p.yaml'));
    // Only a drive letter: a first folder named C is another file, and so is another scheme's URI.
    expect(uriKey('file:///C/x.yaml')).toBe('file:///C/x.yaml');
    expect(uriKey('untitled:C:/x')).toBe('untitled:C:/x');
  });

  it('makes the two spellings one file of the workspace', () => {
    const ws = new PlanWorkspace(() => parseCliDate('2026-01-05')!);
    ws.setText('file:///C:/plans/p.yaml', 'C:/plans/p.yaml', 'g', PLAN, true);
    expect(ws.get('file:///c%3A/plans/p.yaml')?.uri).toBe('file:///C:/plans/p.yaml');
    ws.setText('file:///c%3A/plans/p.yaml', 'C:/plans/p.yaml', 'g', PLAN.replace('P}', 'Q}'), true);
    expect(ws.files('g').map((f) => f.uri)).toEqual(['file:///c%3A/plans/p.yaml']);
  });
});

describe('foldDriveLetter', () => {
  it('folds a Windows path\'s drive letter and leaves a POSIX path alone', () => {
    expect(foldDriveLetter('C:\\Planer\\p.yaml')).toBe('c:\\Planer\\p.yaml');
    expect(foldDriveLetter('C:')).toBe('c:');
    expect(foldDriveLetter('c:\\x')).toBe('c:\\x');
    expect(foldDriveLetter('/C:/x')).toBe('/C:/x');
    expect(foldDriveLetter('Cx:\\x')).toBe('Cx:\\x');
  });
});

describe('resolveWorkspacePaths', () => {
  // As on Windows: the root and a document's path as pathOfUri gives them there (Node's path and URL functions for
  // Windows), the entries as a user writes them in the editor's settings.
  const root = foldDriveLetter(fileURLToPath('file:///c%3A/work', { windows: true }));
  const docPath = (uri: string): string => foldDriveLetter(fileURLToPath(uri, { windows: true }));

  it('folds the drive letter of an absolute entry as the documents\' is folded, in either case and slash', () => {
    expect(resolveWorkspacePaths(root, ['C:\\plans', 'C:/plans', 'c:\\plans', 'D:\\Delt\\Planer'], win32.resolve)).toEqual(['c:\\plans', 'c:\\plans', 'c:\\plans', 'd:\\Delt\\Planer']);
  });

  it('resolves a relative entry from the root, keeping the rest of the path as written', () => {
    expect(resolveWorkspacePaths(root, ['plans', 'Mer\\Planer', '..\\Felles', '\\Delt'], win32.resolve)).toEqual(['c:\\work\\plans', 'c:\\work\\Mer\\Planer', 'c:\\Felles', 'c:\\Delt']);
  });

  it('holds the documents the client names below it, by the prefix the server compares (scope.ts isWalkedFrom)', () => {
    const [dir] = resolveWorkspacePaths(root, ['C:\\plans'], win32.resolve);
    for (const uri of ['file:///c%3A/plans/p.yaml', 'file:///C:/plans/p.yaml']) expect(docPath(uri).startsWith(`${dir!}\\`), uri).toBe(true);
  });

  it('leaves a POSIX path as path.resolve gives it', () => {
    expect(resolveWorkspacePaths('/work', ['plans', '/C:/plans'])).toEqual(['/work/plans', '/C:/plans']);
  });
});
