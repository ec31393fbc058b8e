// Ids from foreign files → milepel ids (SPEC §1.4 `^[A-Za-z0-9_][A-Za-z0-9._-]*$`, plan ids `^[a-z0-9][a-z0-9-]*$`), unique per plan.

/** A milestone id (SPEC §1.4). */
export const MILESTONE_ID = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/**
 * Hands out ids: the source's own when valid and unused, else a cleaned, numbered one. Cleaning spells æ ø å (and
 * other letters with marks) in ASCII, as toPlanId does: `Æ-1` is `AE-1` and `Øst` `Ost`, where they were `1` and `st`
 * (a tester's finding).
 *
 * `written`: the id each row writes as its own (a P6 activity code, an MS Project WBS code, a sheet's id cell), rows
 * left out included. Those that are milepel ids exactly as written are held for their own rows, wherever in the file
 * they are: a row whose id had to be cleaned never takes one, and nor does a numbered one (`A 100` before `A-100` is
 * `A-100-2`, never `A-100`, tester round 11 #1: the valid id went to the other row, and `r/A-100` in another plan
 * silently named another milestone). Only the rows whose id changes get a new name.
 *
 * An id with blanks around it (P6's `"A-100 "`, a CSV cell ` A-100`) is not written exactly: it had to be trimmed. It
 * is held only after the ids written exactly, so it yields to one (the padded row is numbered, `A-100-2`), but not to a
 * cleaned or numbered id (a sheet written `1; A 100` has blanks in every cell). An id the row falls back
 * on (`fallback`: P6's task_id for an activity without a code, MS Project's task ID for a WBS code that is no id) is no
 * id the file writes for it: it is not held, and avoids every held id. Tester round 13 #5: an activity without a code
 * took its task_id 4 from the activity whose code is 4, and `"A-100 "` took A-100 from the activity whose code is
 * A-100; the activities that wrote those ids were numbered, and said to repeat an earlier activity's code.
 */
export class IdAllocator {
  /** The ids handed out so far. */
  private readonly used = new Set<string>();
  /** The valid ids the file writes exactly, each held for its own row. */
  private readonly held = new Set<string>();
  /** The valid ids the file writes with blanks around them, held for their rows after `held`. */
  private readonly padded = new Set<string>();
  /**
   * For each id numbered so far, the number to try next: every number below it is taken, and stays so (tester round
   * 38 F6: each repeat tried -2, -3, … from 2, and 20,000 rows of one id took 32 s).
   */
  private readonly nextNumber = new Map<string, number>();

  constructor(written: Iterable<string> = []) {
    for (const raw of written) {
      if (MILESTONE_ID.test(raw)) this.held.add(raw);
      else if (MILESTONE_ID.test(raw.trim())) this.padded.add(raw.trim());
    }
  }

  /**
   * The id for `raw`, the row's own id as written (`own`) or one it falls back on (`fallback`); whether it had to
   * change; whether only because an earlier row writes the same valid id as its own (`isRepeated`); and `taken`: the id
   * the row would have had (`raw` trimmed, or cleaned when it is no milepel id) when another row has it, so the row got
   * a number, else null. `taken` is `raw` itself only for a fallback, and the trimmed `raw` for an own id with blanks
   * around it that another row writes exactly.
   */
  allocate(raw: string, kind: 'own' | 'fallback' = 'own'): { id: string; isChanged: boolean; isRepeated: boolean; taken: string | null } {
    const trimmed = raw.trim();
    let base = trimmed;
    if (!MILESTONE_ID.test(base)) {
      base = trimDashes(asciiLetters(base).replace(/[^A-Za-z0-9._-]+/g, '-'));
      if (!/^[A-Za-z0-9_]/.test(base)) base = `_${base}`;
    }
    const isExact = kind === 'own' && MILESTONE_ID.test(raw);
    const isPadded = kind === 'own' && !isExact && MILESTONE_ID.test(trimmed);
    // A row's own valid id is held for it, unless an earlier row wrote the same one; a padded one yields to the same id
    // written exactly; anything else (cleaned, numbered, a fallback) avoids the held ids of both kinds.
    const isFree = (id: string): boolean =>
      !this.used.has(id) && ((isExact && id === raw) || !this.held.has(id)) && ((isExact && id === raw) || (isPadded && id === trimmed) || !this.padded.has(id));
    let id = base;
    if (!isFree(id)) {
      let n = this.nextNumber.get(base) ?? 2;
      for (id = `${base}-${n}`; !isFree(id); id = `${base}-${n}`) n++;
      this.nextNumber.set(base, n + 1);
    }
    this.used.add(id);
    const isRepeated = id !== base && (isExact || (isPadded && !this.held.has(trimmed)));
    return { id, isChanged: id !== raw, isRepeated, taken: !isRepeated && id !== base ? base : null };
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
    .replace(/[^a-z0-9]+/g, '-');
  const trimmed = trimDashes(id)
    .slice(0, 60)
    .replace(/-+$/, '');
  return trimmed === '' ? fallback : trimmed;
}

/**
 * `text` without the dashes at its ends. By hand: `/^-+|-+$/g` retries a run of dashes inside the text from each of
 * them (tester round 38 F7: an id with 160,000 dashes took 32 s).
 */
function trimDashes(text: string): string {
  let from = 0;
  let to = text.length;
  while (from < to && text[from] === '-') from++;
  while (to > from && text[to - 1] === '-') to--;
  return text.slice(from, to);
}

export const PLAN_ID = /^[a-z0-9][a-z0-9-]*$/;
