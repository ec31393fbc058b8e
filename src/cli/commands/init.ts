// `milepel init [dir]`: writes an example workspace; never overwrites a file.
import { posix } from 'node:path';
import type { Io } from '../io.js';
import { packageFile } from '../package.js';
import { describeFsError, fsErrorCode } from '../fs-error.js';
import { UsageError } from '../usage-error.js';
import { GOVERNANCE_EXAMPLE, PLAN_EXAMPLE } from './init-template.js';

export function runInit(io: Io, dir = 'plans'): number {
  const files = [
    { path: posix.join(dir, 'governance.yaml'), text: GOVERNANCE_EXAMPLE },
    { path: posix.join(dir, 'example.yaml'), text: PLAN_EXAMPLE },
  ];
  const existing = files.filter((f) => io.exists(f.path));
  if (existing.length > 0) throw new UsageError(`${existing.map((f) => f.path).join(', ')} already ${existing.length === 1 ? 'exists' : 'exist'}; init never overwrites: choose another directory (milepel init <dir>)`);
  // The plans point editors at schemas/plan.schema.json beside them: inside the target, never above it (`init .`
  // must not write ../schemas/); a copy is put there unless one exists. Validation reads *.yaml only, so it is no plan.
  const schema = posix.join(dir, 'schemas', 'plan.schema.json');
  const wroteSchema = !io.exists(schema);
  try {
    io.makeDir(dir);
    for (const f of files) io.writeText(f.path, f.text);
    if (wroteSchema) {
      io.makeDir(posix.dirname(schema));
      io.writeText(schema, io.readText(packageFile('schemas/plan.schema.json')));
    }
  } catch (error) {
    const code = fsErrorCode(error);
    if (code === undefined) throw error;
    throw new UsageError(`cannot write the example workspace into ${dir}: ${describeFsError(error)} (${code}); choose another directory (milepel init <dir>)`);
  }
  const written = [...files.map((f) => f.path), ...(wroteSchema ? [schema] : [])];
  io.stdout(`Wrote ${written.join(', ')}.\nNext: milepel validate ${dir}\n`);
  return 0;
}
