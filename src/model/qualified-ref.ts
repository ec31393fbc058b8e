// A milestone reference as its full ref: how every resolver reads `after`, `milestones` and readiness entries.

/** `ref` as a full ref (`plan/ID`): a bare id is plan `planId`'s, a ref with a `/` stays as written. */
export function qualified(ref: string, planId: string): string {
  return ref.includes('/') ? ref : `${planId}/${ref}`;
}

/** The plan id of a full ref (`p` of `p/MP5`). */
export function planOfRef(ref: string): string {
  return ref.slice(0, ref.indexOf('/'));
}
