// SPEC §1 and §4: `plan.rules` maps any rule id to a severity; the schema must know every rule milepel has.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { checkSchema } from '../../src/schema/check.js';

describe('plan.rules', () => {
  it('accepts every rule id of the rule table, each with each severity', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(19);
    for (const severity of ['error', 'warning', 'off']) {
      const rules = Object.fromEntries(RULES.map((r) => [r.id, severity]));
      expect(checkSchema({ plan: { id: 'p', title: 'P', rules } }), severity).toEqual([]);
    }
  });

  it('still refuses a rule id it does not know', () => {
    expect(checkSchema({ plan: { id: 'p', title: 'P', rules: { 'no-such-rule': 'off' } } })).toHaveLength(1);
  });
});
