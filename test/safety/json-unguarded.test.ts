// JSON on stdout is written without the workflow-command guard (src/cli/main.ts isJsonOutput): scanning it changed
// nothing and cost ~1 s on the 1,000,000-long chain. This checks the claim it rests on: whatever the titles, ids and
// file names hold, no line of any command's JSON starts (after whitespace) with `::`, so the guard would be a no-op.
import { describe, expect, it } from 'vitest';
import { guardWorkflowCommands } from '../../src/report/safe-text.js';
import { runCli } from '../helpers/fake-io.js';

const PLAN = [
  'plan: {id: p, title: "::warning::plan\\n::error::second line", status_date: 2024-03-01}',
  'bodies:',
  '  - {id: "::B", name: "\\u2028::notice::x"}',
  'meetings:',
  '  - {body: "::B", date: 2024-02-27}',
  'milestones:',
  '  - id: "::A"',
  '    title: "::error file=x::\\r\\n::warning::y \\e[31m::z \\u2029::w"',
  '    date: 2024-03-04',
  '    require: ["::B"]',
  '    deliverables: ["\\n::stop-commands::t"]',
  '  - {id: B, title: "  ::debug::b", date: 2024-03-01, after: ["::A"], deadline: 2024-03-02}',
  '',
].join('\n');

const COMMANDS = [
  ['validate', '--format', 'json'], ['validate', '--format', 'sarif'], ['validate', '--format', 'gitlab'],
  ['critical-path', '--format', 'json'], ['slippage', '--format', 'json'], ['meetings', '--format', 'json'], ['roadmap', '--format', 'json'],
  ['gates', '--format', 'json'], ['health', '--format', 'json'], ['health', '--format', 'sarif'], ['explain', 'B', '--format', 'json'],
  ['export', '--format', 'json'], ['risk', '--iterations', '50', '--format', 'json'],
];

describe('JSON on stdout cannot start a workflow command', () => {
  for (const args of COMMANDS) {
    it(args.join(' '), async () => {
      const [command, ...rest] = args as [string, ...string[]];
      const r = await runCli([command, ...(command === 'explain' ? [rest[0]!, 'ws/::dir', ...rest.slice(1)] : ['ws/::dir', ...rest]), '--today', '2024-03-01'], { files: { 'ws/::dir/::p.yaml': PLAN } });
      expect(r.stdout.length, r.stderr).toBeGreaterThan(20);
      JSON.parse(r.stdout);
      // meetings, roadmap and gates show no text of this plan (no required meeting, goal or gate): nothing to test there.
      if (!['meetings', 'roadmap', 'gates'].includes(command)) expect(r.stdout).toContain('::');
      expect(guardWorkflowCommands(r.stdout)).toBe(r.stdout);
      // And so it is the same as the guarded stream's: stderr is guarded as before.
      expect(guardWorkflowCommands(r.stderr)).toBe(r.stderr);
    });
  }
});
