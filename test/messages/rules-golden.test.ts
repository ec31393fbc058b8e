// Every rule's messages, hints and notes in both locales: validate's text output on each test/fixtures/err folder.
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/messages/index.js';
import { expectGolden } from '../helpers/golden.js';
import { runCli } from '../helpers/fake-io.js';
import { fixtureDirs, readFixture } from '../validate/expectations.js';

describe('rule messages in every locale, against golden files', () => {
  const dirs = fixtureDirs('test/fixtures/err');
  it('covers a fixture folder per rule', () => {
    expect(dirs.length).toBeGreaterThanOrEqual(14);
  });
  for (const dir of dirs) {
    for (const locale of LOCALES) {
      const name = `rules/${dir.replace('test/fixtures/err/', '')}.${locale}.txt`;
      it(name, async () => {
        const fixture = readFixture(dir);
        const r = await runCli(['validate', dir, '--no-color', '--locale', locale, ...fixture.args], { env: { LANG: 'C' } });
        expect(r.stderr).toBe('');
        expectGolden(name, r.stdout);
      });
    }
  }
});
