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
    expect(r.stdout).toContain('ws/w.yaml:10:11: advarsel: den planlagte datoen for w/B, 31.08.2019, er ikke en arbeidsdag: det er en lørdag [non-working-day]');
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

  it('takes --locale as LANG is taken: any case, with a territory, encoding or modifier (a tester\'s NB, nb_NO.UTF-8)', async () => {
    for (const flag of ['NB', 'nb_NO.UTF-8', 'nn-NO', 'No']) {
      const r = await runCli(['validate', 'ws', '--locale', flag], FILES);
      expect(r.stdout, flag).toContain('er ikke en arbeidsdag');
    }
    for (const flag of ['EN', 'en_GB.UTF-8']) {
      const r = await runCli(['validate', 'ws', '--locale', flag], { ...FILES, env: { LANG: 'nb_NO.UTF-8' } });
      expect(r.stdout, flag).toContain('is not a working day');
    }
  });

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

describe("the CLI's own milepel: lines in Norwegian (issue #10.4)", () => {
  // Each case: the arguments, and the one line expected under --locale nb (or LANG=nb when the line comes before options are read).
  const CASES: readonly { args: readonly string[]; nb: string; en: string }[] = [
    { args: ['valdate'], nb: "ukjent kommando 'valdate' (mente du validate?)", en: "unknown command 'valdate' (Did you mean validate?)" },
    { args: ['validate', 'ws', '--strct'], nb: "ukjent valg '--strct' (mente du --strict?)", en: "unknown option '--strct' (Did you mean --strict?)" },
    { args: ['import'], nb: "argumentet 'file' mangler: skriv det etter `milepel import`; `milepel import --help` viser hvordan", en: "missing required argument 'file': write it after `milepel import`; `milepel import --help` shows how" },
    { args: ['import', 'a', 'b'], nb: "for mange argumenter til 'import': den tar 1 argument, fikk 2; `milepel import --help` viser hvordan den kalles", en: "too many arguments for 'import'. Expected 1 argument but got 2: `milepel import --help` shows how to call it" },
    { args: ['validate', 'ws', '--today'], nb: "valget '--today <date>' trenger en verdi: skriv verdien etter valget; `milepel validate --help` viser hva det tar", en: "option '--today <date>' argument missing: write its value after it; `milepel validate --help` shows what it takes" },
    // --format without its value lists the command's formats (tester round 60 F7); one format is named alone.
    { args: ['risk', 'ws', '--format'], nb: "valget '--format <format>' trenger en verdi: skriv en av text, json, html, xlsx etter valget", en: "option '--format <format>' argument missing: write one of text, json, html, xlsx after it" },
    { args: ['gantt', 'ws', '--format'], nb: "valget '--format <format>' trenger en verdi: skriv text etter valget", en: "option '--format <format>' argument missing: write text after it" },
    { args: ['validate', 'ws', '--format', 'xml'], nb: '--format xml: validate har ikke formatet xml; bruk en av text, json, github, junit, sarif, gitlab', en: '--format xml: validate has no format xml; use one of text, json, github, junit, sarif, gitlab' },
    { args: ['validate', 'nope'], nb: 'nope: filen eller mappen finnes ikke', en: 'nope: no such file or directory' },
    { args: ['validate', 'ws', '--today', '1.9.19'], nb: '--today "1.9.19" er ikke en dato: bruk ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ (f.eks. 2019-09-01 eller 01.09.2019)', en: '--today "1.9.19" is not a date: use YYYY-MM-DD or DD.MM.YYYY (e.g. 2019-09-01 or 01.09.2019)' },
    // The Norwegian order too (a tester's finding, session 12): the month is checked first, as in YYYY-MM-DD.
    { args: ['validate', 'ws', '--today', '32.13.2019'], nb: '--today 32.13.2019 finnes ikke: det er ingen måned 13', en: '--today 32.13.2019 does not exist: there is no month 13' },
    { args: ['validate', 'ws', '--today', '00.01.2019'], nb: '--today 00.01.2019 finnes ikke: dagene nummereres fra 01', en: '--today 00.01.2019 does not exist: days are numbered from 01' },
    { args: ['validate', 'ws', '--today', '30.02.2024'], nb: '--today 30.02.2024 finnes ikke: februar 2024 har 29 dager', en: '--today 30.02.2024 does not exist: February 2024 has 29 days' },
    // A date of the right form that does not exist is explained as set explains it (a tester's finding, session 12).
    { args: ['validate', 'ws', '--today', '2024-02-30'], nb: '--today 2024-02-30 finnes ikke: februar 2024 har 29 dager', en: '--today 2024-02-30 does not exist: February 2024 has 29 days' },
    { args: ['validate', 'ws', '--today', '2023-13-01'], nb: '--today 2023-13-01 finnes ikke: det er ingen måned 13', en: '--today 2023-13-01 does not exist: there is no month 13' },
    { args: ['critical-path', 'ws', '--plan', 'x'], nb: '--plan x: arbeidsområdet har ingen slik plan; mente du w? (planer: w)', en: '--plan x: no such plan in the workspace; did you mean w? (plans: w)' },
    { args: ['gantt', 'ws', '--scale', 'decade'], nb: '--scale decade er ikke en skala: bruk day, week, month, quarter, year', en: '--scale decade is not a scale: use day, week, month, quarter, year' },
    { args: ['set', 'w/Q', '--forecast', '2019-09-03', 'ws'], nb: '"w/Q": ingen slik milepæl i ws/w.yaml; mente du w/A eller w/B? (ingenting er skrevet)', en: '"w/Q": no such milestone in ws/w.yaml; did you mean w/A or w/B? (nothing written)' },
    { args: ['set', 'w/A', 'ws'], nb: 'set trenger --forecast <dato>, --actual <dato> eller --status green|yellow|red', en: 'set needs --forecast <date>, --actual <date> or --status green|yellow|red' },
    { args: ['slippage', 'ws', '--baseline', 'missing-dir'], nb: '--baseline missing-dir: filen eller mappen finnes ikke; oppgi en planfil, en mappe eller <git-rev>:<sti>, f.eks. origin/main:plans', en: '--baseline missing-dir: no such file or directory; give a plan file, a directory, or <git-rev>:<path> such as origin/main:plans' },
    { args: ['init', 'ws'], nb: 'ws/governance.yaml, ws/example.yaml finnes allerede; init overskriver aldri: velg en annen mappe (milepel init <mappe>)', en: 'ws/governance.yaml, ws/example.yaml already exist; init never overwrites: choose another directory (milepel init <dir>)' },
    { args: [], nb: 'ingen kommando er gitt: kjør `milepel --help` for listen over kommandoer', en: 'no command given: run `milepel --help` for the list of commands' },
  ];
  const existing = { files: { 'ws/w.yaml': WS, 'ws/governance.yaml': 'bodies: []\n', 'ws/example.yaml': 'plan: {id: e, title: E}\n' } };

  for (const c of CASES) {
    it(`milepel ${c.args.join(' ')}: exit 2 and one line, in nb under LANG=nb and in en otherwise`, async () => {
      const files = c.args[0] === 'init' ? existing : FILES;
      const nb = await runCli([...c.args], { ...files, env: { LANG: 'nb_NO.UTF-8' } });
      expect(nb.code).toBe(2);
      expect(nb.stderr).toBe(`milepel: ${c.nb}\n`);
      const en = await runCli([...c.args], { ...files, env: { LANG: 'C' } });
      expect(en.stderr).toBe(`milepel: ${c.en}\n`);
      expect(nb.io.written.size + en.io.written.size).toBe(0);
    });
  }

  it('translates --locale nb even when LANG says English', async () => {
    const r = await runCli(['validate', 'nope', '--locale', 'nb'], { ...FILES, env: { LANG: 'en_US.UTF-8' } });
    expect(r.stderr).toBe('milepel: nope: filen eller mappen finnes ikke\n');
  });
});
