// A plans repository that is not a clone of milepel follows the README: installs milepel each documented way
// (release tarball by URL, the tarball committed in the repository, a git dependency on the release tag) and
// runs every CI recipe's commands exactly as README.md writes them. No registry: the URL is served locally,
// the git remote is a local clone, and npm runs with --prefer-offline.
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/fake-io.js';

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string; scripts: Record<string, string> };
const TARBALL = `milepel-${pkg.version}.tgz`;
const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'milepel-install-'));

/** The environment of a CI job: no variables of the CI running these tests, npm kept off the network. */
const BASE_ENV: NodeJS.ProcessEnv = {
  PATH: process.env['PATH'], HOME: process.env['HOME'], LANG: 'C.UTF-8',
  npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false',
  GIT_AUTHOR_NAME: 'test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'test', GIT_COMMITTER_EMAIL: 'test@example.invalid',
};

interface Run { code: number | null; stdout: string; stderr: string }

/** Runs a command line with bash (as CI runners do); asynchronous, so the local HTTP server keeps answering. */
function sh(command: string, cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', command], { cwd, env: { ...BASE_ENV, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function ok(command: string, cwd: string, env?: NodeJS.ProcessEnv): Promise<Run> {
  const r = await sh(command, cwd, env);
  if (r.code !== 0) throw new Error(`${command} exited ${r.code}\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** The fenced code blocks of one README section, with their info strings. */
function blocks(section: string): { lang: string; body: string }[] {
  const start = readme.indexOf(`\n## ${section}\n`);
  expect(start, `README section ${section}`).toBeGreaterThan(0);
  const end = readme.indexOf('\n## ', start + 4);
  const text = readme.slice(start, end < 0 ? undefined : end);
  // A block inside a list item is indented like its fence: take that indentation off each line.
  return [...text.matchAll(/^( *)```(\w*)\n([\s\S]*?)^ *```$/gm)].map((m) => ({ lang: m[2]!, body: m[3]!.split('\n').map((l) => l.slice(m[1]!.length)).join('\n') }));
}

const installCommands = blocks('Install in a plans repository').filter((b) => b.lang === 'sh').map((b) => b.body.trim());
const ciBlocks = blocks('In CI');
const githubRuns = (): string[] => {
  const block = ciBlocks.find((b) => b.lang === 'yaml' && b.body.includes('npx --no-install milepel'))!;
  return (parse(block.body) as { steps: { run?: string }[] }).steps.flatMap((s) => (s.run === undefined ? [] : [s.run]));
};
const gitlabScript = (): string[] => {
  const block = ciBlocks.find((b) => b.lang === 'yaml' && b.body.includes('script:'))!;
  return Object.values(parse(block.body) as Record<string, { script: string[] }>)[0]!.script;
};
const shellLines = (): string[] => ciBlocks.find((b) => b.lang === 'sh')!.body.trim().split('\n');
/** The language server's command in README's Neovim set-up (`cmd = { 'npx', … }`), as words. */
const neovimCommand = (): string[] => {
  const lua = blocks('In the editor').find((b) => b.lang === 'lua')!.body;
  return [.../cmd = \{([^}]*)\}/.exec(lua)![1]!.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
};

let server: Server;
let port = 0;
let clone = '';

beforeAll(async () => {
  expect(existsSync(join(REPO_ROOT, 'dist/milepel.cjs')), 'run npm run build before the tests').toBe(true);
  // One pack for every way. --ignore-scripts: dist/ is already built, and other tests read it while this one runs.
  mkdirSync(join(tmp, 'release'));
  await ok(`npm pack --silent --ignore-scripts --pack-destination ${join(tmp, 'release')}`, REPO_ROOT);
  // The git remote: a clone of this repository with a release tag made by the release script.
  clone = join(tmp, 'milepel');
  await ok(`git clone --quiet ${REPO_ROOT} ${clone}`, tmp);
  await ok(`bash ${join(REPO_ROOT, 'scripts/release.sh')} --tarball ${join(tmp, 'release', TARBALL)}`, clone);
  // The release page, served from here: https://github.com/<path> becomes http://127.0.0.1:<port>/<path>.
  server = createServer((req, res) => {
    const name = req.url === `/milepel/milepel/releases/download/v${pkg.version}/${TARBALL}` ? TARBALL : undefined;
    if (name === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(readFileSync(join(tmp, 'release', name)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
}, 180_000);

afterAll(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  rmSync(tmp, { recursive: true, force: true });
});

/** A fresh plans repository: git init, the shipped plans, npm init -y. */
async function plansRepository(name: string): Promise<string> {
  const dir = join(tmp, name);
  mkdirSync(dir);
  cpSync(join(REPO_ROOT, 'plans'), join(dir, 'plans'), { recursive: true });
  await ok('git init --quiet . && npm init -y >/dev/null', dir);
  return dir;
}

/** What the install left: milepel alone (no development dependencies), with its bundle. */
function expectInstalled(repo: string): void {
  expect(readdirSync(join(repo, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['milepel']);
  expect(existsSync(join(repo, 'node_modules/milepel/dist/milepel.cjs'))).toBe(true);
  const lock = readFileSync(join(repo, 'package-lock.json'), 'utf8');
  expect(lock).toContain('"node_modules/milepel"');
}

async function runShellRecipe(repo: string): Promise<void> {
  const r = await sh(shellLines().join('\n'), repo);
  expect(r.code, r.stderr).toBe(1);
  expect(r.stdout).toMatch(/^plans\/akson.yaml:39:16: error: /m);
}

describe('the README documents the install and the recipes of this version', () => {
  it('three install commands, each naming this version; the action recipe names its tag', () => {
    expect(installCommands).toEqual([
      `npm install --save-dev https://github.com/milepel/milepel/releases/download/v${pkg.version}/${TARBALL}`,
      `npm install --save-dev ./vendor/${TARBALL}`,
      `npm install --save-dev github:milepel/milepel#v${pkg.version}`,
    ]);
    expect(ciBlocks.some((b) => b.body.includes(`uses: milepel/milepel@v${pkg.version}`))).toBe(true);
    expect(githubRuns()).toEqual(['npm ci', 'npx --no-install milepel validate plans/ --format github']);
    expect(gitlabScript()[0]).toBe('npm ci');
  });

  it('the quick start gives a plans repository the first of them, and runs the plans with npx --no-install', () => {
    const quick = blocks('Quick start').filter((b) => b.lang === 'sh').map((b) => b.body.trim().split('\n'));
    expect(quick.some((lines) => lines.includes(installCommands[0]!) && lines.some((l) => l.startsWith('npx --no-install milepel validate')))).toBe(true);
  });

  it('milepel builds on prepack and runs no script at install', () => {
    expect(pkg.scripts['prepack']).toBe('node scripts/build.mjs');
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(pkg.scripts[hook]).toBeUndefined();
  });
});

describe('a plans repository installs milepel and runs the CI recipes', () => {
  it('the tarball in the repository: every recipe as written', async () => {
    const repo = await plansRepository('with-tarball');
    mkdirSync(join(repo, 'vendor'));
    copyFileSync(join(tmp, 'release', TARBALL), join(repo, 'vendor', TARBALL));
    await ok(installCommands[1]!, repo);
    expectInstalled(repo);
    await ok('git add -A && git commit --quiet -m plans', repo);

    // GitHub Actions: each `run` step in the workspace, as a step of its own.
    const summary = join(tmp, 'step-summary.md');
    const github = { GITHUB_ACTIONS: 'true', CI: 'true', GITHUB_WORKSPACE: repo, GITHUB_STEP_SUMMARY: summary };
    const [install, validate] = githubRuns();
    await ok(install!, repo, github);
    const annotations = await sh(validate!, repo, github);
    expect(annotations.code).toBe(1);
    expect(annotations.stdout).toMatch(/^::error file=plans\/akson.yaml,line=39,col=16,/m);
    expect(readFileSync(summary, 'utf8')).toMatch(/^### milepel validate: 2 errors, 14 warnings in 3 files$/m);

    // GitLab CI: the script lines in one shell; the job fails on the findings, the report is written.
    const gitlab = await sh(gitlabScript().join('\n'), repo, { GITLAB_CI: 'true', CI: 'true', CI_PROJECT_DIR: repo });
    expect(gitlab.code).toBe(1);
    const report = JSON.parse(readFileSync(join(repo, 'gl-code-quality.json'), 'utf8')) as { location: { path: string } }[];
    expect(new Set(report.map((i) => i.location.path))).toEqual(new Set(['plans/akson.yaml', 'plans/felles-grunnmur.yaml']));

    await runShellRecipe(repo);

    // The editors' command (README's Neovim set-up, the VS Code extension's default) starts the server installed here:
    // milepel is no command on PATH, and no package of that name is on the registry (tester round 12 #3).
    const vscode = JSON.parse(readFileSync(join(REPO_ROOT, 'editors/vscode/package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { default: string[] }> } } };
    expect(vscode.contributes.configuration.properties['milepel.command']!.default).toEqual(neovimCommand());
    const frames = ['initialize', 'shutdown', 'exit'].map((method, i) => {
      const body = JSON.stringify(method === 'exit' ? { jsonrpc: '2.0', method } : { jsonrpc: '2.0', id: i + 1, method, params: method === 'initialize' ? { processId: null, rootUri: null, capabilities: {} } : null });
      return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    });
    writeFileSync(join(tmp, 'lsp-session'), frames.join(''));
    const lsp = await sh(`${neovimCommand().join(' ')} < ${join(tmp, 'lsp-session')}`, repo);
    expect(lsp.code, lsp.stderr).toBe(0);
    expect(lsp.stdout).toContain('"serverInfo":{"name":"milepel"}');
  }, 180_000);

  it('a git dependency on the release tag of a local clone: installs without building, the recipes run', async () => {
    const repo = await plansRepository('with-git');
    const command = installCommands[2]!.replace('github:milepel/milepel', `git+file://${clone}`);
    await ok(command, repo);
    expectInstalled(repo);
    // The tag's tree is the package: no scripts for npm to run, no development dependencies to install.
    const tagged = JSON.parse((await ok(`git show v${pkg.version}:package.json`, clone)).stdout) as Record<string, unknown>;
    expect(tagged['scripts']).toBeUndefined();
    expect(tagged['devDependencies']).toBeUndefined();
    expect((await ok(`git ls-tree --name-only v${pkg.version}`, clone)).stdout.split('\n')).toEqual(expect.arrayContaining(['action.yml', 'bin', 'dist', 'package.json', 'schemas']));
    await runShellRecipe(repo);
  }, 180_000);

  it('the release tarball by URL', async () => {
    const repo = await plansRepository('with-url');
    await ok(installCommands[0]!.replace('https://github.com', `http://127.0.0.1:${port}`), repo);
    expectInstalled(repo);
    await runShellRecipe(repo);
  }, 180_000);
});
