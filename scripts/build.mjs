// Build: precompile the plan schema into a standalone ajv validator, then bundle the CLI with esbuild.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import Module, { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The schema without the annotations editors read (descriptions, examples, defaults): they do not change what is
 * valid, and ajv would copy them into the generated code, which every run has to load. */
function withoutAnnotations(node) {
  if (Array.isArray(node)) return node.map(withoutAnnotations);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (['description', 'examples', 'default', 'title', '$comment', 'markdownDescription'].includes(key) && typeof value !== 'object' || key === 'examples' || key === 'default') continue;
    out[key] = key === 'properties' || key === 'patternProperties' || key === '$defs' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutAnnotations(v)])) : withoutAnnotations(value);
  }
  return out;
}

/** Writes only when the text differs, so that test runs reading the file meanwhile never see it half written. */
function writeIfChanged(path, text) {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
  writeFileSync(path, text);
}

/**
 * The schema as standalone ajv code (ESM, its runtime helpers imported), compiled with `options`, plus the name it
 * is exported under.
 */
function standaloneValidator(schema, options, ajvModule = 'ajv/dist/2020', vocabularies = []) {
  const Ajv = require(ajvModule).default;
  const standalone = require('ajv/dist/standalone').default;
  const ajv = new Ajv({ strict: true, code: { source: true, esm: true }, ...options });
  for (const vocabulary of vocabularies) ajv.addVocabulary(vocabulary);
  const validate = ajv.compile(withoutAnnotations(schema));
  // ajv's ESM output still calls require() for its runtime helpers: turn those into imports. Node and esbuild give
  // a CommonJS module's exports as the default import; vitest gives its `default` export when it is marked
  // __esModule, as ajv's helpers are (the `??`: without it, the length check of minLength threw in tests).
  let code = standalone(ajv, validate).replace(
    /const (func\d+) = require\("([^"]+)"\)\.default;/g,
    (_, name, mod) => `import ${name}_module from "${mod}.js";const ${name} = ${name}_module.default ?? ${name}_module;`,
  );
  code = code.replace(/^"use strict";/, '');
  if (/\brequire\(/.test(code)) throw new Error('standalone validator still calls require()');
  return code;
}

/** The keywords that constrain only values of one JSON type (JSON Schema 2020-12 §6): elsewhere they are ignored. */
const KEYWORDS_OF_TYPE = {
  string: ['pattern', 'minLength', 'maxLength'],
  object: ['required', 'properties', 'patternProperties', 'additionalProperties', 'propertyNames', 'minProperties', 'maxProperties', 'dependentRequired'],
  array: ['items', 'minItems', 'maxItems', 'uniqueItems'],
  integer: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
  number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
};

/**
 * `anyOf` whose branches each take one JSON type of their own (a reference is followed into `$defs`) and constrain
 * only values of that type, rewritten as one schema of those types holding every branch's keywords: a value of one
 * of the types meets exactly the keywords of its branch, so what is valid does not change. `{anyOf: [{type:
 * string, pattern: p}, {type: object, required: [id]}]}` becomes `{type: [string, object], pattern: p, required:
 * [id]}`, which ajv checks without making an error for the branch a value is not. Anything else is left as it is.
 */
function mergeTypeDisjointAnyOf(schema) {
  const defs = schema.$defs ?? {};
  const resolve = (branch) => (typeof branch.$ref === 'string' && Object.keys(branch).length === 1 && branch.$ref.startsWith('#/$defs/') ? defs[branch.$ref.slice('#/$defs/'.length)] : branch);
  const merged = (node) => {
    if (!Array.isArray(node.anyOf) || Object.keys(node).length !== 1) return undefined;
    const branches = node.anyOf.map(resolve);
    const types = new Set();
    const out = { type: [] };
    for (const branch of branches) {
      if (branch === null || typeof branch !== 'object' || typeof branch.type !== 'string' || !(branch.type in KEYWORDS_OF_TYPE)) return undefined;
      const family = branch.type === 'integer' ? 'number' : branch.type;
      if (types.has(family)) return undefined;
      types.add(family);
      out.type.push(branch.type);
      for (const [key, value] of Object.entries(branch)) {
        if (key === 'type') continue;
        if (!KEYWORDS_OF_TYPE[branch.type].includes(key) || key in out) return undefined;
        out[key] = value;
      }
    }
    return out;
  };
  const walk = (node) => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const rewritten = merged(node);
    const source = rewritten ?? node;
    return Object.fromEntries(Object.entries(source).map(([k, v]) => [k, walk(v)]));
  };
  return walk(schema);
}

/**
 * Every `{$ref: '#/$defs/x'}` replaced by a copy of `x` (the plan schema's definitions refer to no one recursively), so
 * ajv writes each check where it is used. ajv inlines only a definition that holds no reference itself: a lag
 * (lagEstimate, whose first branch is signedDuration) and a duration's estimate were each a call of a function of
 * their own, with an options object and an instancePath string (`…/milestones/7/after/2/lag`) built for it,
 * at every lag and duration of every milestone. The same checks, inline: what is valid does not change.
 */
function withDefinitionsInline(schema) {
  const defs = schema.$defs ?? {};
  const walk = (node, depth) => {
    if (depth > 32) throw new Error('plan-is-valid.js: a definition refers to itself');
    if (Array.isArray(node)) return node.map((v) => walk(v, depth));
    if (node === null || typeof node !== 'object') return node;
    if (typeof node.$ref === 'string' && Object.keys(node).length === 1 && node.$ref.startsWith('#/$defs/')) {
      const name = node.$ref.slice('#/$defs/'.length);
      if (!Object.hasOwn(defs, name)) throw new Error(`plan-is-valid.js: no definition ${name}`);
      return walk(defs[name], depth + 1);
    }
    return Object.fromEntries(Object.entries(node).filter(([k]) => !(k === '$defs' && depth === 0)).map(([k, v]) => [k, walk(v, depth)]));
  };
  const out = walk(schema, 0);
  if (JSON.stringify(out).includes('"$ref"')) throw new Error('plan-is-valid.js: a $ref is left');
  return out;
}

/**
 * ajv checks a key of a mapping with more than eight known keys (a milestone's fifteen, the plan header's) by
 * `hasOwnProperty.call(schema11.properties.milestones.items.properties, key)`, four property reads and a call for
 * every key of every milestone; with fewer it compares the key with each name. This writes those checks as the
 * comparisons, the names read from the same schema (`schema11` is its root), so what is valid does not change.
 */
function withKnownKeysInline(code, root) {
  let count = 0;
  const out = code.replace(/\bfunc2\.call\(schema11((?:\.[A-Za-z_$][\w$]*)+), (key\d+)\)/g, (_, path, key) => {
    let node = root;
    for (const name of path.slice(1).split('.')) node = Object.hasOwn(node, name) ? node[name] : undefined;
    if (node === null || typeof node !== 'object' || Array.isArray(node)) throw new Error(`plan-is-valid.js: no properties at schema11${path}`);
    count++;
    return `(${Object.keys(node).map((name) => `${key} === ${JSON.stringify(name)}`).join(' || ')})`;
  });
  if (count === 0 || /\bfunc2\.call\(/.test(out)) throw new Error(`plan-is-valid.js: ${count} key checks written inline, some left or none found`);
  return out;
}

/**
 * Two validators of schemas/plan.schema.json: `validate-plan.js` collects every error (allErrors), for the schema
 * findings; `plan-is-valid.js` stops at the first and writes no messages, for the question most files answer yes
 * to. With allErrors, ajv tries every branch of an anyOf even after one fits, and each branch that does not fit
 * makes an error object: a date (a string or a year number) made one per date, 1.4 kB of garbage per milestone and
 * a tenth of a 100,000-milestone validate's allocation. Both come from the same schema and the same ajv, so they
 * agree on what is valid (mergeTypeDisjointAnyOf keeps what is valid too); test/schema/first-error.test.ts checks it.
 */
export function generateValidator() {
  const schema = JSON.parse(readFileSync(join(root, 'schemas/plan.schema.json'), 'utf8'));
  const out = join(root, 'src/schema/generated');
  mkdirSync(out, { recursive: true });
  const header = '// Generated by scripts/build.mjs from schemas/plan.schema.json; do not edit.\n';
  writeIfChanged(join(out, 'validate-plan.js'), `${header}${standaloneValidator(schema, { allErrors: true })}\n`);
  writeIfChanged(
    join(out, 'validate-plan.d.ts'),
    '// Generated by scripts/build.mjs; do not edit.\nimport type { AjvError } from \'../ajv-error.js\';\n' +
      'export declare const validate: ((data: unknown) => boolean) & { errors?: AjvError[] | null };\nexport default validate;\n',
  );
  // The draft-2020 class tracks what unevaluatedProperties would need and so tries every branch of an anyOf even
  // without allErrors; the schema uses none of 2020's own keywords (dependentRequired is in ajv's `next`
  // vocabulary), so the default class compiles it to code that stops at the first branch that fits.
  const { $schema: _, ...draftFree } = withDefinitionsInline(mergeTypeDisjointAnyOf(withoutAnnotations(schema)));
  const next = require('ajv/dist/vocabularies/next').default;
  const isValid = withKnownKeysInline(standaloneValidator(draftFree, { allErrors: false, messages: false, allowUnionTypes: true }, 'ajv', [next]), draftFree);
  writeIfChanged(join(out, 'plan-is-valid.js'), `${header}${isValid}\n`);
  writeIfChanged(
    join(out, 'plan-is-valid.d.ts'),
    '// Generated by scripts/build.mjs; do not edit.\nexport declare const validate: (data: unknown) => boolean;\nexport default validate;\n',
  );
}

/** commander loads node:child_process at startup for executable subcommands, which milepel never uses: load it on first use. */
const lazyChildProcessForCommander = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(`${'node_modules'}/commander/`) ? { path: 'lazy-child-process', namespace: 'milepel-lazy' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'milepel-lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

/** The modules that import the commands' modules (`./commands/<command>.js`): the command tree. */
const COMMAND_IMPORTERS = ['program.ts', 'program-tools.ts'].map((file) => join('src', 'cli', file));

/**
 * The bundle of one command (dist/<command>.cjs): src/cli/main.ts with every other command's module left out, which
 * bin/milepel.js runs when the first argument names that command. main.ts defines only the invoked command on its
 * commander program (see commandOf there; the tree is built by program.ts and program-tools.ts, which import the
 * commands), so the others' modules are never asked for; each is replaced by a module that throws if one ever were.
 * `validate` on the shipped plans reads 0.9 instead of 1.2 MB of bundle and 0.6 instead of 0.75 MB of code cache,
 * and V8 makes no functions for the 17 commands it does not run.
 */
function onlyCommand(command) {
  return {
    name: 'only-command',
    setup(build) {
      build.onResolve({ filter: /^\.\/commands\/[a-z-]+\.js$/ }, (args) =>
        COMMAND_IMPORTERS.some((file) => args.importer.endsWith(file)) && args.path !== `./commands/${command}.js` ? { path: args.path, namespace: 'milepel-other-command' } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'milepel-other-command' }, (args) => ({
        contents: `throw new Error(${JSON.stringify(`${command}.cjs holds only the ${command} command, not ${args.path}`)});`,
        loader: 'js',
      }));
    },
  };
}

/** The commands with a bundle of their own beside the whole CLI's: bin/load-bundle.cjs lists them, and bin/milepel.js
 * picks one by the first argument. */
const { COMMAND_BUNDLES } = require('../bin/load-bundle.cjs');

/** exceljs (2.4 MB, only for xlsx import and export) goes into its own file, required on first use: inside the
 * bundle it would add to every run's reading and compiling. */
const vendorExceljs = {
  name: 'vendor-exceljs',
  setup(build) {
    build.onResolve({ filter: /^exceljs$/ }, () => ({ path: './vendor/exceljs.cjs', external: true }));
  },
};

/**
 * Libraries that only `milepel lsp` and `milepel import` use, each group in a file of its own under vendor/, required
 * when a module that imports them first runs (as exceljs). In the bundle they were 0.5 MB of its 2.1 MB, never
 * compiled by validate yet read, and described in the code cache (their functions' names and scopes), by every run:
 * about 1 ms of `milepel validate` on the shipped plans. A group is one file because its packages share classes:
 * vscode-jsonrpc's connection recognises the ResponseError that src/lsp/ throws by `instanceof`.
 * Keys: the vendor files (vendor/<key>.cjs); values: the import specifiers in src/ that each one serves.
 */
const VENDOR_GROUPS = {
  lsp: ['vscode-languageserver', 'vscode-languageserver/node.js', 'vscode-languageserver-textdocument'],
  'csv-parse': ['csv-parse/sync'],
  saxes: ['saxes'],
};
/** The plugin that serves each specifier of `groups` (as VENDOR_GROUPS) from its vendor file. */
function vendorGroups(groups) {
  return {
    name: 'vendor-groups',
    setup(build) {
      const group = new Map(Object.entries(groups).flatMap(([file, specifiers]) => specifiers.map((s) => [s, file])));
      const filter = new RegExp(`^(${[...group.keys()].map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);
      build.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'milepel-vendor' }));
      build.onResolve({ filter: /^\.\/vendor\//, namespace: 'milepel-vendor' }, (args) => ({ path: args.path, external: true }));
      build.onLoad({ filter: /.*/, namespace: 'milepel-vendor' }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(`./vendor/${group.get(args.path)}.cjs`)})[${JSON.stringify(args.path)}];`,
        loader: 'js',
      }));
    },
  };
}

/**
 * Libraries that the one-command bundles leave to a vendor file although the whole CLI's bundle holds them: the
 * yaml library (170 KB) reads plan files only where the fast reader (src/source/fast-yaml.ts) declines one, which
 * the shipped plans and most plan files never make it do, and validate writes nothing. validate.cjs is 19 % smaller
 * for it. The commands that always use it (set, snapshot: they edit YAML text) keep it in milepel.cjs, and set.cjs
 * holds it too (set.cjs takes only these groups, VENDOR_GROUPS, not COMMAND_VENDOR_GROUPS).
 */
const COMMAND_VENDOR_GROUPS = { yaml: ['yaml'] };

/**
 * The validator that lists every schema error (src/schema/generated/validate-plan.js, 140 KB with the schema inside)
 * runs only on a file the first-error validator rejects (src/schema/check.ts), which the shipped plans and a CI run
 * on valid plans never are. In validate.cjs it is a stand-in that loads dist/vendor/validate-plan.cjs on first use
 * and passes its errors on (ajv's validators leave them on the function, as `validate.errors`).
 */
const lazyFullValidator = {
  name: 'lazy-full-validator',
  setup(build) {
    build.onResolve({ filter: /\/generated\/validate-plan\.js$/ }, (args) => ({ path: args.path, namespace: 'milepel-lazy-validator' }));
    build.onResolve({ filter: /^\.\/vendor\//, namespace: 'milepel-lazy-validator' }, (args) => ({ path: args.path, external: true }));
    build.onLoad({ filter: /.*/, namespace: 'milepel-lazy-validator' }, () => ({
      contents: `let full;
export function validate(data) {
  full ??= require('./vendor/validate-plan.cjs').validate;
  const isValid = full(data);
  validate.errors = full.errors;
  return isValid;
}
export default validate;`,
      loader: 'js',
    }));
  },
};

/**
 * The plan schema as written (src/schema/document.ts), read only to explain a schema problem, is a stand-in in the
 * CLI's bundles that loads dist/vendor/plan-schema.cjs on the first call: made as the bundle loaded, its nested
 * objects cost every run 2.2 M instructions of a `validate` on the shipped plans (issue #18).
 */
const lazyPlanSchema = {
  name: 'lazy-plan-schema',
  setup(build) {
    // Its importers in src/schema (schema-lookup.ts for check.ts, meeting-hint.ts for the id pattern a body id is told
    // of, and any later one: a split of check.ts once put the whole schema back in validate.cjs) share one stand-in;
    // the language server's completions, outside src/schema, read the schema itself.
    const schemaDir = join(root, 'src', 'schema') + sep;
    build.onResolve({ filter: /^\.\/document\.js$/ }, (args) =>
      args.importer.startsWith(schemaDir) ? { path: args.path, namespace: 'milepel-lazy-schema' } : undefined,
    );
    build.onResolve({ filter: /^\.\/vendor\//, namespace: 'milepel-lazy-schema' }, (args) => ({ path: args.path, external: true }));
    build.onLoad({ filter: /.*/, namespace: 'milepel-lazy-schema' }, () => ({
      contents: "let schema;\nexport function planSchema() {\n  return (schema ??= require('./vendor/plan-schema.cjs'));\n}",
      loader: 'js',
    }));
  },
};

/**
 * package.json as src/cli/program.ts and run-error.ts import it, for its version alone: the whole manifest (scripts,
 * dependencies, keywords) was an object of 50 properties and more made as each bundle loaded.
 */
const packageVersionOnly = {
  name: 'package-version-only',
  setup(build) {
    build.onResolve({ filter: /\/package\.json$/ }, (args) =>
      ['program.ts', 'run-error.ts'].some((file) => args.importer.endsWith(join('src', 'cli', file))) ? { path: join(root, 'package.json'), namespace: 'milepel-package-version' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'milepel-package-version' }, (args) => ({
      contents: JSON.stringify({ version: JSON.parse(readFileSync(args.path, 'utf8')).version }),
      loader: 'json',
    }));
  },
};

/** The entry of each vendor group: an object from import specifier to that package's exports. */
function vendorEntry(specifiers) {
  return { contents: `module.exports = {${specifiers.map((s) => `${JSON.stringify(s)}: require(${JSON.stringify(s)})`).join(', ')}};`, resolveDir: root, loader: 'js' };
}

/**
 * Bundles src/cli/main.ts into `outdir` (default dist/; the tests' global setup builds into a scratch folder) as one
 * CommonJS module already wrapped in its function, milepel.cjs, which bin/load-bundle.cjs evaluates with V8's code
 * cache (see there why), beside the one-command bundles (validate.cjs, see onlyCommand), risk-worker.cjs (the risk
 * simulation's worker threads), vendor/exceljs.cjs and the vendor groups. Dynamic imports become require(): a
 * vm.Script has no module loader for import().
 */
export async function bundle(outdir = join(root, 'dist'), { codeCache = true } = {}) {
  rmSync(outdir, { recursive: true, force: true });
  const esbuild = await import('esbuild');
  const common = {
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    supported: { 'dynamic-import': false },
    sourcemap: false,
    legalComments: 'eof',
    // Non-ASCII in strings, regular expressions and names escaped by esbuild itself, which knows which escape each
    // place takes: asciiOnly's \u{…} in a regular expression without the u flag is the letter u (a tester's plan file
    // milepæler.csv became the plan id milep-ler: toPlanId's /æ/g had become /\u{e6}/g).
    charset: 'ascii',
    logLevel: 'warning',
    outExtension: { '.js': '.cjs' },
  };
  const cli = {
    ...common,
    outdir,
    // Without indentation, line breaks and comments the bundle is 1.1 MB instead of 1.6, and with local names shortened
    // validate.cjs is 512 instead of 640 KB: every run reads it and copies it into a string, a page fault for every
    // 4 KB. Property names, strings and messages stay as written; no code of milepel reads a function's or class's
    // name (UsageError sets its own), so only MILEPEL_DEBUG's stack traces show the short names. For a profile with
    // the source's names, build with MILEPEL_BUILD_NAMES=1.
    minifyWhitespace: true,
    minifyIdentifiers: process.env.MILEPEL_BUILD_NAMES !== '1',
    // The sources are ES modules that find files beside themselves through import.meta.url. The URL is made when it
    // is first asked for (schema, init and risk find the package's files); validate and most commands never ask.
    define: { 'import.meta.url': '__milepelModule.url' },
    banner: { js: "const __milepelModule = { get url() { return require('node:url').pathToFileURL(__filename).href; } };" },
    plugins: [lazyChildProcessForCommander, vendorExceljs, lazyPlanSchema, packageVersionOnly],
  };
  await esbuild.build({ ...cli, entryPoints: { milepel: join(root, 'src/cli/main.ts'), 'risk-worker': join(root, 'src/cli/risk-worker.ts') }, plugins: [...cli.plugins, vendorGroups(VENDOR_GROUPS)] });
  for (const command of COMMAND_BUNDLES) {
    const groups = command === 'set' ? VENDOR_GROUPS : { ...VENDOR_GROUPS, ...COMMAND_VENDOR_GROUPS };
    await esbuild.build({ ...cli, entryPoints: { [command]: join(root, 'src/cli/main.ts') }, plugins: [...cli.plugins, vendorGroups(groups), onlyCommand(command), lazyFullValidator] });
  }
  await esbuild.build({ ...common, minifyWhitespace: true, entryPoints: { 'validate-plan': join(root, 'src/schema/generated/validate-plan.js') }, outdir: join(outdir, 'vendor') });
  await esbuild.build({ ...common, minifyWhitespace: true, stdin: { contents: "module.exports = require('./schemas/plan.schema.json');", resolveDir: root, loader: 'js' }, outfile: join(outdir, 'vendor', 'plan-schema.cjs'), outExtension: undefined });
  await esbuild.build({ ...common, entryPoints: { exceljs: 'exceljs' }, outdir: join(outdir, 'vendor') });
  for (const [file, specifiers] of Object.entries({ ...VENDOR_GROUPS, ...COMMAND_VENDOR_GROUPS })) {
    await esbuild.build({ ...common, stdin: vendorEntry(specifiers), outfile: join(outdir, 'vendor', `${file}.cjs`), outExtension: undefined });
  }
  for (const name of ['milepel', ...COMMAND_BUNDLES]) {
    asciiOnly(join(outdir, `${name}.cjs`));
    wrapAsFunction(join(outdir, `${name}.cjs`));
    if (codeCache) writeCodeCache(outdir, name);
  }
}

/**
 * Makes the bundle pure ASCII, so that bin/load-bundle.cjs reads it as Latin-1: decoding 2 MB of UTF-8 with a few
 * non-ASCII characters in it, and V8 then holding two bytes per character, cost about 12 ms of every run. esbuild
 * already escapes non-ASCII in strings, regular expressions and names (charset: ascii); what is left is in comments
 * (≥, →, …), where an escape changes nothing. Fails the build if anything else would change.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  // UTF-16 units as \uXXXX: the one escape that means the same in a string, a template and a regular expression with
  // or without the u flag (a pair of them is the code point in each).
  const ascii = text.replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (/[\u0080-\u{10ffff}]/u.test(ascii)) throw new Error(`${file} is not ASCII after escaping`);
  writeFileSync(file, ascii);
}

/**
 * Writes the bundle as the function that bin/load-bundle.cjs compiles, `(function (exports, require, module, __filename,
 * __dirname) { … \n});`, Node's own CommonJS wrapper (Module.wrap). The loader used to wrap it at run time, and V8
 * flattened the joined string into one more copy of the whole bundle when it first compiled a function that the code
 * cache did not hold (there is one in every run: the cache is written by a run with --today).
 */
function wrapAsFunction(file) {
  writeFileSync(file, Module.wrap(readFileSync(file, 'latin1')), 'latin1');
}

/**
 * Runs `milepel validate` on the shipped plans once in a child process (output discarded) with the bundle
 * `<outdir>/<name>.cjs` and saves V8's code cache of it: the code of the script and of every function that run
 * compiled, which is what a CI run of validate needs (the whole CLI's bundle shares that code with the other commands).
 * set.cjs's cache is written by `milepel set` on a copy of the shipped plans instead, an edit that introduces a
 * finding: the code of the edit, the yaml library and the report of what it introduced, which a validate run never
 * compiles, were compiled from source in every set run (issue #18: 117 M of 3,358 M instructions on 20,000
 * milestones). A failure here only costs speed, so it warns instead of failing the build.
 */
export function writeCodeCache(outdir, name = 'milepel') {
  const loader = JSON.stringify(join(root, 'bin', 'load-bundle.cjs'));
  const copy = name === 'set' ? mkdtempSync(join(tmpdir(), 'milepel-build-')) : undefined;
  if (copy !== undefined) cpSync(join(root, 'plans'), copy, { recursive: true });
  const args = copy === undefined ? ['validate', join(root, 'plans'), '--today', '2026-01-15'] : ['set', 'akson/MP2', '--forecast', '2031-06-02', copy, '--today', '2026-01-15'];
  const script = `const b = require(${loader}).loadBundle(${JSON.stringify(outdir)}, ${JSON.stringify(name)});
b.run(${JSON.stringify(args)}).then(() => b.saveCodeCache());`;
  const result = spawnSync(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (copy !== undefined) rmSync(copy, { recursive: true, force: true });
  if (result.status !== 0) process.stderr.write(`build: no V8 code cache for ${name}.cjs (the bundle runs, only slower to start): ${result.stderr}\n`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  generateValidator();
  if (!process.argv.includes('--schema-only')) await bundle();
}
