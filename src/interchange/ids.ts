// Ids from foreign files → milepel ids (SPEC §1.4 `^[A-Za-z0-9_][A-Za-z0-9._-]*$`, plan ids `^[a-z0-9][a-z0-9-]*$`), unique per plan.

/** A milestone id (SPEC §1.4). */
export const MILESTONE_ID = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/**
 * Hands out ids: the source's own when valid and unused, else a cleaned, numbered one. Cleaning spells æ ø å (and
 * other letters with marks) in ASCII, as toPlanId does: `Æ-1` is `AE-1` and `Øst` `Ost`, where they were `1` and `st`
 * (a tester's finding).
 *
 * `written`: every id the file writes, rows left out included. Its valid ids are held for their own rows, wherever in
 * the file they are: a row whose id had to be cleaned never takes one, and nor does a numbered one (`A 100` before
 * `A-100` is `A-100-2`, never `A-100`, tester round 11 #1: the valid id went to the other row, and `r/A-100` in
 * another plan silently named another milestone). Only the rows whose id changes get a new name.
 */
export class IdAllocator {
  /** The ids handed out so far. */
  private readonly used = new Set<string>();
  /** The valid ids the file writes, each held for its own row. */
  private readonly held = new Set<string>();

  constructor(written: Iterable<string> = []) {
    for (const raw of written) if (MILESTONE_ID.test(raw.trim())) this.held.add(raw.trim());
  }

  /**
   * The id for `raw`; whether it had to change; whether only because an earlier row has the same valid id
   * (`isRepeated`); and `taken`: for an id that is no milepel id, the cleaned id when another row has it (so the row
   * got a number), else null.
   */
  allocate(raw: string): { id: string; isChanged: boolean; isRepeated: boolean; taken: string | null } {
    let base = raw.trim();
    const isValid = MILESTONE_ID.test(base);
    if (!isValid) {
      base = asciiLetters(base).replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
      if (!/^[A-Za-z0-9_]/.test(base)) base = `_${base}`;
    }
    // A valid id is its row's own (held for it), unless an earlier row took it; anything else avoids the held ids too.
    const isFree = (id: string): boolean => !this.used.has(id) && (id === raw.trim() || !this.held.has(id));
    let id = base;
    for (let n = 2; !isFree(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return { id, isChanged: id !== raw, isRepeated: isValid && base === raw && id !== raw, taken: !isValid && id !== base ? base : null };
  }
}

/** Letters with marks without them (é → e, å → a), and æ ø as ae o (Æ Ø as AE O). */
function asciiLetters(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/æ/g, 'ae').replace(/Æ/g, 'AE').replace(/ø/g, 'o').replace(/Ø/g, 'O');
}

/** A plan id from a project name: lower case, letters and digits joined by '-'; `fallback` when nothing is left. */
export function toPlanId(name: string, fallback: string): string {
  const id = asciiLetters(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return id === '' ? fallback : id;
}

export const PLAN_ID = /^[a-z0-9][a-z0-9-]*$/;
