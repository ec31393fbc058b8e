// Who answers for a measure: missing, empty or "?" means nobody yet (SPEC §1.5, rule unassigned).

/** The responsible party as written, or undefined when it is unassigned. */
export function assignedParty(responsible: string | undefined): string | undefined {
  const trimmed = responsible?.trim();
  return trimmed === undefined || trimmed === '' || trimmed === '?' ? undefined : responsible;
}
