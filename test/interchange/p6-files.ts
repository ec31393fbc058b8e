// Where the real P6 exports live: `../shared/data/p6` beside the clone (CI), one level further up from a worktree.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/fake-io.js';

export const P6_DIR = [join(REPO_ROOT, '..', 'shared', 'data', 'p6'), join(REPO_ROOT, '..', '..', 'shared', 'data', 'p6')].find((d) => existsSync(d)) ?? join(REPO_ROOT, '..', 'shared', 'data', 'p6');
