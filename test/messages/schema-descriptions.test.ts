// Schema hints under --locale nb (issue #10.4): every description in the plan schema has a Norwegian text, and no text is stale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { msg, renderMessage } from '../../src/messages/index.js';
import { schemaDescriptionsNb } from '../../src/messages/nb/schema-descriptions.js';

const ROOT = join(import.meta.dirname, '..', '..');

function descriptions(): Set<string> {
  const found = new Set<string>();
  const stack: unknown[] = [JSON.parse(readFileSync(join(ROOT, 'schemas', 'plan.schema.json'), 'utf8'))];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'description' && typeof value === 'string') found.add(value);
      else stack.push(value);
    }
  }
  return found;
}

describe('the plan schema in Norwegian', () => {
  it('has a Norwegian text for every description and none for a description that is gone', () => {
    const english = descriptions();
    expect(english.size).toBeGreaterThan(100);
    const missing = [...english].filter((d) => !schemaDescriptionsNb().has(d));
    const stale = [...schemaDescriptionsNb().keys()].filter((d) => !english.has(d));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  it('translates every one (no text left as the English or empty)', () => {
    const untranslated = [...schemaDescriptionsNb()].filter(([en, nb]) => nb.trim() === '' || nb === en || nb === 'TODO').map(([en]) => en);
    expect(untranslated).toEqual([]);
  });

  it('renders a schema hint in the locale, continuing the sentence', () => {
    const english = 'Plan id, unique in the workspace. Other plans refer to this plan\'s milestones as `<plan-id>/<milestone-id>`.';
    const hint = msg('schema.required.hint', { key: 'id', description: english });
    expect(renderMessage(hint, 'en')).toBe('add id: …; plan id, unique in the workspace. Other plans refer to this plan\'s milestones as `<plan-id>/<milestone-id>`');
    const nb = renderMessage(hint, 'nb');
    // As milepel's own hints, it ends without a full stop.
    expect(nb.endsWith('`<plan-id>/<milestone-id>`')).toBe(true);
    expect(nb.startsWith('legg til id: …; ')).toBe(true);
    expect(nb).toContain('`<plan-id>/<milestone-id>`');
    expect(nb).not.toContain('unique in the workspace');
  });
});
