// The plan ids an import would write that plans already where it writes (`--out`) have: a plan id is unique in a workspace (SPEC §1.2, §10).

/** An imported plan's id that a plan already in `--out` has. */
export interface TakenPlanId {
  readonly id: string;
  /** The file of the plan that has it, as the user sees paths. */
  readonly file: string;
}

export interface TakenPlanIds {
  /** In the order of the imported plans. */
  readonly taken: readonly TakenPlanId[];
  /**
   * An id to give with `--plan-id` instead: the taken id with `-2`, `-3`, … (as a sheet's repeated row id is numbered,
   * ids.ts), the first that no plan in `--out` has and no file of that name (`<id>.yaml`) is in
   * `--out`. Null when the import writes more than one plan: `--plan-id` names the plan of a file of one project only.
   */
  readonly free: string | null;
}

/**
 * The imported plans' ids (`imported`, in file order) that plans in `--out` have (`existing`: plan id → its file), or
 * undefined when none has: validate would refuse the written plan and the one there for `duplicate-id`, and read the
 * imported links as naming the other plan's milestones (tester round 25 F11). `hasFile`: whether `--out` holds a file
 * or directory named after the id (`<id>.yaml`), which the import would refuse to overwrite.
 */
export function findTakenPlanIds(imported: readonly string[], existing: ReadonlyMap<string, string>, hasFile: (id: string) => boolean): TakenPlanIds | undefined {
  const taken: TakenPlanId[] = [];
  for (const id of imported) {
    const file = existing.get(id);
    if (file !== undefined) taken.push({ id, file });
  }
  const first = taken[0];
  if (first === undefined) return undefined;
  if (imported.length > 1) return { taken, free: null };
  let free = `${first.id}-2`;
  for (let n = 3; existing.has(free) || hasFile(free); n++) free = `${first.id}-${n}`;
  return { taken, free };
}
