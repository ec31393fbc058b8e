// The meetings summary counts every milestone §4.2 fails for, a listed meeting outside the interval (rule 1) as well
// as a missing one (rule 2): ok + missing = milestones, and the headline names both (tester round 10 #5).
import { describe, expect, it } from 'vitest';
import { runCli, readRepoFile } from '../helpers/fake-io.js';

const LATE_ONLY = `bodies:
  - {id: NEHS, name: Nasjonalt e-helsestyre}
  - {id: KR, name: KommIT-rådet}
meetings:
  - {body: NEHS, date: 2019-06-19}
  - {body: KR, date: 2019-09-13}
plan:
  id: ak
  title: Ak
  status_date: 2019-06-19
  governance: {require: [NEHS]}
milestones:
  - {id: MP2, title: Leverandørdialog, date: 2019-08-30, meetings: [NEHS@2019-06-19, KR@2019-09-13]}
`;

describe('meetings summary with a listed meeting too late', () => {
  it('is not "has a preceding board meeting", and counts the milestone as missing', async () => {
    const text = await runCli(['meetings', 'ws', '--width', '120'], { files: { 'ws/p.yaml': LATE_ONLY } });
    expect(text.stdout.split('\n')[0]).toBe('1 of 1 milestones lists a meeting outside the admissible interval: MP2');
    const json = JSON.parse((await runCli(['meetings', 'ws', '--format', 'json'], { files: { 'ws/p.yaml': LATE_ONLY } })).stdout);
    expect(json.summary).toEqual({ milestones: 1, ok: 0, missing: 1 });
  });

  it('names both kinds on the shipped plans with a late meeting listed on MP3', async () => {
    const akson = readRepoFile('plans/akson.yaml').replace('    meetings: [PS@2019-08-28, NEHS@2019-09-12, KR@2019-09-13]', '    meetings: [PS@2019-08-28, NEHS@2019-09-12, KR@2019-09-13, PS@2019-10-08]');
    const files = { 'ws/akson.yaml': akson, 'ws/governance.yaml': readRepoFile('plans/governance.yaml') };
    const text = await runCli(['meetings', 'ws', '--width', '120'], { files });
    expect(text.stdout.split('\n')[0]).toBe('1 of 9 milestones lacks a preceding board meeting: MP2; 1 lists a meeting outside the admissible interval: MP3');
    const nb = await runCli(['meetings', 'ws', '--width', '120', '--locale', 'nb'], { files });
    expect(nb.stdout.split('\n')[0]).toBe('1 av 9 milepæler mangler et forutgående styremøte: MP2; 1 oppgir et møte utenfor det gyldige intervallet: MP3');
    const json = JSON.parse((await runCli(['meetings', 'ws', '--format', 'json'], { files })).stdout);
    expect(json.summary).toEqual({ milestones: 9, ok: 7, missing: 2 });
  });
});
