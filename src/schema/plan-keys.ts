// Every key the plan schema names anywhere, for telling a key glued to its value from a word with a colon in a text
// (tester round 84 F5: `title:Avklaring ref:sak-12` was split into a title and a key `ref`).
import { planSchema } from './document.js';

let keys: ReadonlySet<string> | undefined;

/** Whether `key` is a property of some mapping of the plan schema (schemas/plan.schema.json), or an `x-` key. */
export function isPlanKey(key: string): boolean {
  if (key.startsWith('x-')) return true;
  keys ??= collect(planSchema());
  return keys.has(key);
}

/** The names under every `properties` of the schema, walked without recursion. */
function collect(schema: unknown): ReadonlySet<string> {
  const found = new Set<string>();
  const stack: unknown[] = [schema];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    const properties = (node as Record<string, unknown>)['properties'];
    if (properties !== null && typeof properties === 'object' && !Array.isArray(properties)) for (const name of Object.keys(properties)) found.add(name);
    for (const value of Object.values(node)) stack.push(value);
  }
  return found;
}
