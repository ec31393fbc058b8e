// `validate --width <n>` wraps messages, notes and hints to n columns (SPEC §7 / issue 10.6); without it lines stay whole.
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/table.js';
import { runCli } from '../helpers/fake-io.js';

describe('validate --width', () => {
  it.each([40, 60, 80])('keeps every line within %i columns and loses no word', async (width) => {
    const wide = await runCli(['validate', 'plans', '--width', '1000']);
    const r = await runCli(['validate', 'plans', '--width', String(width)]);
    expect(r.code).toBe(1);
    // A location longer than the width cannot be broken: it stands alone, and the message follows below it.
    for (const line of r.stdout.split('\n').filter((l) => !/^\S+: (error|warning):$/.test(l))) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
    // The same words in the same order: only line breaks and indentation differ (the excerpt is cut, not wrapped).
    const words = (text: string): string[] => text.split('\n').filter((l) => !/^\s*\d* *\|/.test(l)).join(' ').split(/\s+/).filter(Boolean);
    expect(words(r.stdout)).toEqual(words(wide.stdout));
  });

  it('does not wrap without --width, even on a narrow terminal', async () => {
    const r = await runCli(['validate', 'plans'], { isTTY: true, columns: 60, env: { NO_COLOR: '1' } });
    expect(r.stdout.split('\n').some((line) => displayWidth(line) > 60)).toBe(true);
  });
});
