// GitLab fingerprints of many identical findings (16,000 duplicate meetings: tester round 24): each repeat's number is
// found from where the last one stopped, one hash a finding, not by trying #2, #3, … again for each (two minutes). The
// numbers are those the search from #2 gives: the first plain, then #2, #3, … in report order.
import { describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { fingerprint128 } from '../../src/report/fingerprint.js';
import { fingerprints } from '../../src/report/validate/gitlab.js';
import { verbatim } from '../report/validate-fixtures.js';

vi.mock('../../src/report/fingerprint.js', async (original) => {
  const real = await original<typeof import('../../src/report/fingerprint.js')>();
  return { ...real, fingerprint128: vi.fn(real.fingerprint128) };
});

const diagnostic = (line: number, message = 'NEHS@2024-01-10 is defined twice'): Diagnostic => ({ rule: 'duplicate-id', severity: 'error', ref: null, file: 'gov.yaml', line, column: 5, related: [], message: verbatim(message) });

describe('fingerprints of repeated findings', () => {
  it('hashes each finding once, and numbers the repeats #2, #3, … in order', () => {
    const hash = vi.mocked(fingerprint128);
    const repeated = Array.from({ length: 2000 }, (_, i) => diagnostic(3 + 2 * i));
    const other = diagnostic(1, 'another finding');
    hash.mockClear();
    const prints = fingerprints([repeated[0]!, other, ...repeated.slice(1)]);
    expect(hash).toHaveBeenCalledTimes(2001);
    // The message's id and the texts its data holds, by key (a yaml-syntax.parser message here: code, text).
    const base = ['duplicate-id', 'gov.yaml', '', 'yaml-syntax.parser', 'code=', 'text=NEHS@2024-01-10 is defined twice'].join('\u0000');
    const real = hash.getMockImplementation()!;
    expect(prints[0]).toBe(real(base));
    expect(prints[2]).toBe(real(`${base}\u0000#2`));
    expect(prints[2000]).toBe(real(`${base}\u0000#2000`));
    expect(new Set(prints).size).toBe(2001);
  });
});
