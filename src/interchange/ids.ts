// Ids from foreign files → milepel ids (SPEC §1.4 `^[A-Za-z0-9_][A-Za-z0-9._-]*$`, plan ids `^[a-z0-9][a-z0-9-]*$`), unique per plan.

const ID = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/** Hands out ids: the source's own when valid and unused, else a cleaned, numbered one. */
export class IdAllocator {
  private readonly used = new Set<string>();

  /** The id for `raw`, and whether it had to change. */
  allocate(raw: string): { id: string; isChanged: boolean } {
    let base = raw.trim();
    if (!ID.test(base)) {
      base = base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
      if (!/^[A-Za-z0-9_]/.test(base)) base = `_${base}`;
    }
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return { id, isChanged: id !== raw };
  }
}

/** A plan id from a project name: lower case, letters and digits joined by '-'; `fallback` when nothing is left. */
export function toPlanId(name: string, fallback: string): string {
  const id = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return id === '' ? fallback : id;
}

export const PLAN_ID = /^[a-z0-9][a-z0-9-]*$/;
