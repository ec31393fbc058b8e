// The plan schema as written (schemas/plan.schema.json), with the descriptions that explain a schema problem.
import schema from '../../schemas/plan.schema.json' with { type: 'json' };

/**
 * The plan schema, descriptions and examples included: only a file with schema problems needs it (check.ts). The
 * CLI's bundles load it from dist/vendor/plan-schema.cjs on the first call (scripts/build.mjs, lazyPlanSchema):
 * made as the bundle loaded, its 25 KB of nested objects cost every run 2.2 M instructions of a `validate` on the
 * shipped plans, which have no schema problem (issue #18).
 */
export function planSchema(): unknown {
  return schema;
}
