// Moved: the golden helper is test/helpers/golden.ts. This re-export only keeps branches written against the old path
// compiling; import from test/helpers/golden.js instead.
export { expectGolden } from '../helpers/golden.js';
