// Ids from foreign files → milepel ids (SPEC §1.4 `^[A-Za-z0-9_][A-Za-z0-9._-]*$`, plan ids `^[a-z0-9][a-z0-9-]*$`), unique per plan.

const ID = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/**
 * Hands out ids: the source's own when valid and unused, else a cleaned, numbered one. Cleaning spells æ ø å (and
 * other letters with marks) in ASCII, as toPlanId does: `Æ-1` is `AE-1` and `Øst` `Ost`, where they were `1` and `st`
 * (a tester's finding).
 */
export class IdAllocator {
  private readonly used = new Set<string>();

  /** The id for `raw`; whether it had to change, and whether only because an earlier one had it (`isRepeated`). */
  allocate(raw: string): { id: string; isChanged: boolean; isRepeated: boolean } {
    let base = raw.trim();
    const isValid = ID.test(base);
    if (!isValid) {
      base = asciiLetters(base).replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
      if (!/^[A-Za-z0-9_]/.test(base)) base = `_${base}`;
    }
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return { id, isChanged: id !== raw, isRepeated: isValid && base === raw && id !== raw };
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
