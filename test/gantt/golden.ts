// Moved: the golden helper is test/helpers/golden.ts, CONTROL is test/helpers/control.ts. These re-exports only keep
// branches written against the old paths compiling; import from test/helpers/ instead.
export { expectGolden } from '../helpers/golden.js';
export { CONTROL } from '../helpers/control.js';
