// Norwegian (bokmål) texts of the plan schema's descriptions, keyed by the English text in schemas/plan.schema.json.
// The schema stays English (editors show it); hints under --locale nb use these. test/messages/schema-descriptions.test.ts
// fails when a description has no entry here, or an entry no description. The entries live in one file per area of
// the schema (schema-descriptions-<area>.ts), joined here in the schema's order.
import { planDescriptionsNb } from './schema-descriptions-plan.js';
import { ruleDescriptionsNb } from './schema-descriptions-rules.js';
import { milestoneDescriptionsNb } from './schema-descriptions-milestones.js';
import { roadmapDescriptionsNb } from './schema-descriptions-roadmap.js';
import { valueDescriptionsNb } from './schema-descriptions-values.js';

let descriptions: ReadonlyMap<string, string> | undefined;

/** The descriptions by English text, built on first use: an English run never reads them. */
export function schemaDescriptionsNb(): ReadonlyMap<string, string> {
  descriptions ??= new Map(entries());
  return descriptions;
}

/** Every entry, the areas in the schema's order. */
const entries = (): [string, string][] => [...planDescriptionsNb(), ...ruleDescriptionsNb(), ...milestoneDescriptionsNb(), ...roadmapDescriptionsNb(), ...valueDescriptionsNb()];
