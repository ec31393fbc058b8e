// Tests for the validate format registry: names, guard, and the SARIF version binding.

import { describe, expect, it } from 'vitest';
import {
  getValidateFormatter,
  isValidateFormat,
  validateFormatNames,
  validateFormatters,
} from '../../src/report/validate/index.js';
import { PLAIN, workspace } from './validate-fixtures.js';

describe('validate format registry', () => {
  it('lists the formats of SPEC §7 and §15', () => {
    expect(validateFormatNames).toEqual(['text', 'json', 'github', 'junit', 'sarif', 'gitlab']);
    expect(Object.keys(validateFormatters).sort()).toEqual([...validateFormatNames].sort());
  });

  it('recognises only own format names', () => {
    for (const name of validateFormatNames) expect(isValidateFormat(name)).toBe(true);
    for (const name of ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'TEXT', 'csv', '']) {
      expect(isValidateFormat(name)).toBe(false);
    }
  });

  it('formats with every registered formatter, deterministically', () => {
    for (const name of validateFormatNames) {
      const first = validateFormatters[name](workspace(), PLAIN);
      expect(first.endsWith('\n')).toBe(true);
      expect(validateFormatters[name](workspace(), PLAIN)).toBe(first);
    }
  });

  it('bakes the tool version into SARIF', () => {
    const sarif = JSON.parse(getValidateFormatter('sarif', '9.8.7')(workspace(), PLAIN)) as {
      runs: { tool: { driver: { version: string } } }[];
    };
    expect(sarif.runs[0]?.tool.driver.version).toBe('9.8.7');
    expect(getValidateFormatter('json', '9.8.7')).toBe(validateFormatters.json);
  });
});
