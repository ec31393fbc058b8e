// The calendar never uses Date, so results cannot depend on the machine's time zone.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '../../src/calendar');

describe('src/calendar', () => {
  it('has source files to check', () => {
    expect(readdirSync(DIR).filter((f) => f.endsWith('.ts')).length).toBeGreaterThan(4);
  });

  it.each(readdirSync(DIR).filter((f) => f.endsWith('.ts')))('%s uses no Date', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    expect(text).not.toMatch(/\bnew Date\b|\bDate\.|\bDate\(/);
    expect(text).not.toMatch(/from 'date-fns'|process\.|node:/);
  });
});
