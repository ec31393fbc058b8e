// A band of years lists only what is drawn in its years: no row without a cell there, no goal or area heading left
// empty, and the line after the grid names the years the bands drawn show (tester round 18 #6).
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/text/width.js';
import { runCli } from '../helpers/fake-io.js';

// The finding's plan: A and B in the grid's years (1950–2049), C and E past them, D moved to 2031; G2 has only C and E.
const PLAN = `plan: {id: r, title: R, status_date: 2024-01-02}
goals:
  - {id: G1, title: Goal one, area: "Område A"}
  - {id: G2, title: Goal two}
milestones:
  - {id: A, title: a, date: 1950, goal: G1}
  - {id: B, title: b, date: 2024-Q2, goal: G1, status: green, progress: 1/3}
  - {id: C, title: c, date: 2100, goal: G2}
  - {id: D, title: d, date: 2030-06, forecast: 2031-01}
  - {id: E, title: e, date: 2060, after: [D], goal: G2}
`;

/** The lines after the heading and its blank line (the counts may take two) to the one before the measures' heading. */
async function gridOf(args: readonly string[], plan = PLAN): Promise<string[]> {
  const r = await runCli(['roadmap', 'ws', ...args], { files: { 'ws/r.yaml': plan } });
  expect(r.stderr).toBe('');
  const lines = r.stdout.split('\n');
  const width = args.includes('--width') ? Number(args[args.indexOf('--width') + 1]) : 100;
  for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
  const end = lines.findIndex((l) => l.startsWith('Measures and responsible parties') || l.startsWith('Tiltak og ansvar'));
  return lines.slice(lines.indexOf('') + 1, end - 1);
}

describe('roadmap bands of years (tester round 18 #6)', () => {
  it('lists in each band only the rows drawn in its years, and names the years drawn, at the default width (en)', async () => {
    expect(await gridOf(['--locale', 'en'])).toEqual([
      'R (r)',
      '',
      'Område A          1950  1951  1952  1953  1954  1955  1956  1957  1958  1959  1960  1961  1962  1963',
      ' G1 Goal one',
      '   A a            ◆',
      '',
      'R (r)',
      '',
      'Område A       2019  2020  2021  2022  2023  2024       2025  2026  2027  2028  2029  2030  2031',
      ' G1 Goal one',
      '   B b                                       green 1/3',
      '',
      'Without a go…  2019  2020  2021  2022  2023  2024       2025  2026  2027  2028  2029  2030  2031',
      '   D d                                                                                      ◆ (2030)',
      '',
      'Outside the years drawn (1950–1963 and 2019–2031): C (2100), E (2060).',
    ]);
  });

  it('does the same at the default width in nb', async () => {
    expect(await gridOf(['--locale', 'nb'])).toEqual([
      'R (r)',
      '',
      'Område A          1950  1951  1952  1953  1954  1955  1956  1957  1958  1959  1960  1961  1962  1963',
      ' G1 Goal one',
      '   A a            ◆',
      '',
      'R (r)',
      '',
      'Område A       2019  2020  2021  2022  2023  2024       2025  2026  2027  2028  2029  2030  2031',
      ' G1 Goal one',
      '   B b                                       grønn 1/3',
      '',
      'Uten resulta…  2019  2020  2021  2022  2023  2024       2025  2026  2027  2028  2029  2030  2031',
      '   D d                                                                                      ◆ (2030)',
      '',
      'Utenfor årene som vises (1950–1963 og 2019–2031): C (2100), E (2060).',
    ]);
  });

  it('does the same at --width 60, in en and nb', async () => {
    const bands = (area: string, green: string, without: string): string[] => [
      'R (r)',
      '',
      `${area}      1950  1951  1952  1953  1954  1955  1956  1957`,
      ' G1 Goal one',
      '   A a        ◆',
      '',
      'R (r)',
      '',
      `${area}       2018  2019  2020  2021  2022  2023  2024`,
      ' G1 Goal one',
      `   B b                                             ${green} 1/3`,
      '',
      'R (r)',
      '',
      `${without}  2025  2026  2027  2028  2029  2030  2031`,
      '   D d                                              ◆ (2030)',
      '',
    ];
    expect(await gridOf(['--width', '60', '--locale', 'en'])).toEqual([
      ...bands('Område A', 'green', 'Without a goal'),
      'Outside the years drawn (1950–1957 and 2018–2031): C (2100),',
      '  E (2060).',
    ]);
    expect(await gridOf(['--width', '60', '--locale', 'nb'])).toEqual([
      ...bands('Område A', 'grønn', 'Uten resultat…'),
      'Utenfor årene som vises (1950–1957 og 2018–2031): C (2100),',
      '  E (2060).',
    ]);
  });

  it('leaves the rows past the years out of a grid drawn whole too, which draws every year', async () => {
    const grid = await gridOf(['--width', '1000', '--locale', 'en']);
    expect(grid.filter((l) => /^ {3}[A-E] /.test(l)).map((l) => l.trim().split(' ')[0])).toEqual(['A', 'B', 'D']);
    expect(grid.some((l) => l.startsWith(' G2 ') || l.startsWith('No area'))).toBe(false);
    expect(grid.at(-1)).toBe('Outside the years drawn (1950–2031): C (2100), E (2060).');
  });

  // Tester round 91 F1: a milestone in 2150 made the grid run to 2123, and at 100 columns its empty years took the
  // titles' room ("M1 slipp…", longer at 80). The years end at the last one within the hundred that holds something.
  it('draws no empty years after the last one that holds something, a milestone past them aside', async () => {
    const far = 'plan: {id: q, title: Q, status_date: 2024-03-01}\ngoals:\n  - {id: G1, title: Goal one}\nmilestones:\n'
      + '  - {id: M1, title: slipped into next year, date: 2024, forecast: 2025-03, goal: G1}\n  - {id: M3, title: far future, date: 2150, goal: G1}\n';
    for (const width of ['60', '80', '100', '120']) {
      const grid = await gridOf(['--width', width, '--locale', 'en'], far);
      expect(grid[2]).toMatch(/^No area +2025$/);
      expect(grid[4]).toMatch(/^ {3}M1 slipped into next year +◆ \(2024\)$/);
      expect(grid.at(-1)).toBe('Outside the years drawn (2025): M3 (2150).');
    }
  });

  it('keeps a goal without milestones in the first band, and says so when every milestone lies past the years', async () => {
    const empty = PLAN.replace('  - {id: G2, title: Goal two}\n', '  - {id: G2, title: Goal two}\n  - {id: G3, title: Goal three}\n');
    const grid = await gridOf(['--width', '60', '--locale', 'en'], empty);
    expect(grid.slice(0, 9)).toEqual(['R (r)', '', 'Område A      1950  1951  1952  1953  1954  1955  1956  1957', ' G1 Goal one', '   A a        ◆', '',
      'No area       1950  1951  1952  1953  1954  1955  1956  1957', ' G3 Goal th…', '   (no milestones)']);
    const past = 'plan: {id: q, title: Q, status_date: 2024-01-02, start: 1900-01-01}\ngoals:\n  - {id: G1, title: Goal one}\nmilestones:\n  - {id: C, title: c, date: 2100, goal: G1}\n';
    expect(await gridOf(['--locale', 'en'], past)).toEqual(['Every milestone lies past the years 1900: C (2100).']);
    expect(await gridOf(['--locale', 'nb'], past)).toEqual(['Alle milepælene ligger etter årene 1900: C (2100).']);
  });
});
