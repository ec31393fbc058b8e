// SPEC §15: --locale nb (or LANG/LC_ALL nb*, no*, nn*) for validate, set and the CLI's own lines; machine formats stay English.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const WS = `plan:
  id: w
  title: W
milestones:
  - id: A
    title: A
    date: 2019-09-02
  - id: B
    title: B
    date: 2019-08-31
`;
const FILES = { files: { 'ws/w.yaml': WS } };

describe('the locale of validate', () => {
  it('is Norwegian text under --locale nb: message, severity, hint and summary', async () => {
    const r = await runCli(['validate', 'ws', '--no-color', '--locale', 'nb', '--today', '2019-09-01'], FILES);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ws/w.yaml:10:11: advarsel: styringsdatoen for w/B, 31.08.2019, er ikke en arbeidsdag: det er en lørdag [non-working-day]');
    expect(r.stdout).toContain('= tips: bruk 30.08.2019 eller 02.09.2019, de nærmeste arbeidsdagene');
    expect(r.stdout).toContain('w/B er forsinket: beregnet til 31.08.2019, 1 dag før statusdatoen 01.09.2019, og uten faktisk dato');
    expect(r.stdout).toContain('⚠ 0 feil og 2 advarsler i 1 fil');
  });

  for (const variable of ['LANG', 'LC_ALL'] as const) {
    for (const value of ['nb_NO.UTF-8', 'no_NO', 'nn_NO.UTF-8']) {
      it(`follows ${variable}=${value} in text output`, async () => {
        const r = await runCli(['validate', 'ws', '--no-color', '--today', '2019-09-01'], { ...FILES, env: { [variable]: value } });
        expect(r.stdout).toContain('er ikke en arbeidsdag');
      });
    }
  }

  it('keeps English for LANG=en_GB and for a language it does not know', async () => {
    for (const LANG of ['en_GB.UTF-8', 'de_DE.UTF-8', 'C']) {
      const r = await runCli(['validate', 'ws', '--no-color', '--today', '2019-09-01'], { ...FILES, env: { LANG } });
      expect(r.stdout).toContain("w/B's date 2019-08-31 is not a working day: it is a Saturday");
    }
  });

  for (const format of ['json', 'github', 'junit', 'sarif']) {
    it(`keeps ${format} English with ISO dates under LANG=nb, and follows an explicit --locale nb`, async () => {
      const byLang = await runCli(['validate', 'ws', '--format', format, '--today', '2019-09-01'], { ...FILES, env: { LANG: 'nb_NO.UTF-8' } });
      expect(byLang.stdout).toContain('is not a working day: it is a Saturday');
      expect(byLang.stdout).not.toContain('arbeidsdag');
      const explicit = await runCli(['validate', 'ws', '--format', format, '--locale', 'nb', '--today', '2019-09-01'], FILES);
      expect(explicit.stdout).toContain('31.08.2019, er ikke en arbeidsdag');
    });
  }

  it('refuses an unknown --locale with one milepel: line and exit 2', async () => {
    const r = await runCli(['validate', 'ws', '--locale', 'de'], FILES);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('milepel: --locale de is not supported: use nb or en\n');
  });
});

describe('the locale of set', () => {
  it('says what changed in Norwegian; the values stay as written in the file', async () => {
    const r = await runCli(['set', 'w/A', '--forecast', '2019-08-30', 'ws', '--locale', 'nb', '--today', '2019-08-01'], FILES);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('ws/w.yaml:8: forecast (ingen) → 2019-08-30\n');
    const already = await runCli(['set', 'w/A', '--forecast', '2019-09-02', 'ws', '--locale', 'nb'], { files: { 'ws/w.yaml': WS.replace('date: 2019-09-02', 'date: 2019-09-02\n    forecast: 2019-09-02') } });
    expect(already.stdout).toBe('ws/w.yaml: forecast for w/A er allerede 2019-09-02; ingenting er skrevet\n');
  });

  it('refuses a date that does not exist in Norwegian, under --locale nb and under LANG=nb', async () => {
    for (const extra of [{ args: ['--locale', 'nb'], env: {} }, { args: [], env: { LANG: 'nb_NO.UTF-8' } }]) {
      const r = await runCli(['set', 'w/B', '--forecast', '2019-02-30', 'ws', ...extra.args], { ...FILES, env: extra.env });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('milepel: --forecast: 2019-02-30 finnes ikke: februar 2019 har 28 dager; ingenting er skrevet\n');
      expect(r.io.written.size).toBe(0);
    }
  });
});
