// Which YAML outside the workspace the language server takes for a plan (src/lsp/scope.ts looksLikePlan): one with a
// plan's top-level keys and none that a plan cannot have (tester round 13 #7: a `.gitlab-ci.yml` of a Terraform
// pipeline has a `plan:` job next to `stages:` and `apply:`, and got six schema findings).
import { describe, expect, it } from 'vitest';
import { looksLikePlan } from '../../src/lsp/scope.js';

const TERRAFORM = 'stages: [plan, apply]\nplan:\n  stage: plan\n  script: terraform plan -out plan.tfplan\napply:\n  stage: apply\n  script: terraform apply plan.tfplan\n';

describe('looksLikePlan', () => {
  it('is false for CI files and other YAML, even with a plan key among their keys', () => {
    expect(looksLikePlan(TERRAFORM)).toBe(false);
    expect(looksLikePlan(TERRAFORM.replace('stages: [plan, apply]\n', ''))).toBe(false);
    expect(looksLikePlan('include: ci/terraform.yml\nplan:\n  extends: .plan\n')).toBe(false);
    expect(looksLikePlan('"stages": [plan]\n\'plan\': {script: terraform plan}\n')).toBe(false);
    expect(looksLikePlan('name: plans\non: [push]\njobs:\n  plan:\n    runs-on: ubuntu-latest\n')).toBe(false);
    expect(looksLikePlan('services:\n  db: {image: postgres}\n')).toBe(false);
    expect(looksLikePlan('')).toBe(false);
  });

  it('is true for a plan, whole or mid-typing, with $schema, extension keys and comments', () => {
    expect(looksLikePlan('plan: {id: p, title: P}\nmilestones:\n  - {id: A, title: A, date: 2026-02-02}\n')).toBe(true);
    expect(looksLikePlan('milestones: [\n')).toBe(true);
    expect(looksLikePlan('\uFEFF# yaml-language-server: $schema=plan.schema.json\n$schema: ../plan.schema.json\nx-owner: PMO\nplan:\n  id: p\n')).toBe(true);
    expect(looksLikePlan('plan:\r\n  id: p\r\nstages:\r\n')).toBe(false);
    expect(looksLikePlan('{plan: {id: p, title: P}, milestones: []}\n')).toBe(true);
    // Keys inside the plan's mappings are not top-level: `stage`, `script` under an indented key do not count.
    expect(looksLikePlan('plan:\n  id: p\n  stages: [x]\nrisks: []\n')).toBe(true);
    // A key being typed has no colon yet.
    expect(looksLikePlan('plan: {id: p, title: P}\nmiles\n')).toBe(true);
  });

  // Tester round 17 #4: JSON.stringify writes no blank after a key's colon, and the plan key was not found.
  it('is true for a plan written as compact JSON, and false for a compact JSON CI file', () => {
    const json = '{"plan":{"id":"p","title":"P"},"milestones":[{"id":"A","title":"A","date":"2027-01-05","after":["A"]}],"notes":"x"}\n';
    expect(looksLikePlan(json)).toBe(true);
    expect(looksLikePlan(json.replace(/":/g, '": '))).toBe(true);
    expect(looksLikePlan("{'plan':{'id':'p','title':'P'}}")).toBe(true);
    expect(looksLikePlan('{"plan":{"stage":"plan","script":"terraform plan"},"apply":{"stage":"apply"}}')).toBe(false);
  });

  it('keeps a plan whose top-level key is misspelt one letter off, or written in Norwegian: its findings say what is meant', () => {
    expect(looksLikePlan('plan: {id: p, title: P}\nmilestone:\n  - {id: A, title: A, date: 2026-02-02}\n')).toBe(true);
    expect(looksLikePlan('plan: {id: p, title: P}\nMilestones: []\nrisk: []\n')).toBe(true);
    expect(looksLikePlan('plan: {id: p, title: P}\nmilepæler: []\n')).toBe(true);
  });
});

// Tester round 14 #5: a plan with one top-level key the schema does not know got no findings at all, not even its
// cycle; a GitLab CI file in flow style was taken for a plan, as only the first key of a flow mapping was read.
const CYCLE = 'milestones:\n  - {id: A, title: A, date: 2026-05-15, after: [B]}\n  - {id: B, title: B, date: 2026-05-20, after: [A]}\n';
const NOTES = `plan: {id: q, title: Q, status_date: 2026-01-05}\nnotes: draft for the steering group\n${CYCLE}`;

describe('looksLikePlan, from what the top-level keys hold (tester round 14 #5)', () => {
  it('is true for a plan with a stray top-level key, in block or flow style, whichever entity says so', () => {
    expect.soft(looksLikePlan(NOTES)).toBe(true);
    for (const list of ['milepeler', 'milstnes', 'Milepæler']) expect(looksLikePlan(NOTES.replace('milestones:', `${list}:`)), list).toBe(true);
    // Only the milestones say it: the header is being typed.
    expect.soft(looksLikePlan(`plan:\n  id: q\nnotes: x\n${CYCLE}`)).toBe(true);
    expect.soft(looksLikePlan('plan:\n  id: q\n  title: Q\nnotes: |\n  plan: x\n  stages: y\n')).toBe(true);
    expect.soft(looksLikePlan('{plan: {id: q, title: Q}, notes: x, milestones: []}\n')).toBe(true);
    expect.soft(looksLikePlan('{"notes": "a, b: {c}", \'plan\': {"id": q, title: \'Q\'\'s\'}}\n')).toBe(true);
    // A governance file: bodies and meetings.
    expect.soft(looksLikePlan('bodies:\n  - id: PS\n    name: Styre\nmeetings:\n  - {body: PS, date: 2026-03-02}\nnotater: x\n')).toBe(true);
    expect.soft(looksLikePlan('kommentar: x\nmeetings:\n- body: PS\n  date: 2026-03-02\n')).toBe(true);
  });

  it('is false for other formats: every key of a flow mapping counts, and a plan key holding another format\'s keys is theirs', () => {
    expect.soft(looksLikePlan('{plan: {stage: plan, script: terraform plan}, apply: {stage: apply, script: terraform apply}}\n')).toBe(false);
    expect.soft(looksLikePlan('{\n  plan: {stage: plan, script: terraform plan},\n  apply: {stage: apply, script: terraform apply}\n}\n')).toBe(false);
    // `dates` is one letter off `gates`, and `plan` a plan key: what they hold is a GitLab job's.
    expect.soft(looksLikePlan('# GitLab CI\nplan:\n  stage: build\n  script: terraform plan\ndates:\n  stage: test\n  script: ./check-dates.sh\n')).toBe(false);
    expect.soft(looksLikePlan('plan:\n  stage: plan\n  script: terraform plan\n')).toBe(false);
    expect.soft(looksLikePlan('plan: {extends: .plan, rules: [{if: $CI}]}\n')).toBe(false);
    // A block scalar's lines are text: `id` and `title` in a script are no plan header.
    expect.soft(looksLikePlan('plan: |\n  id: p\n  title: terraform plan\nstages: [x]\n')).toBe(false);
    expect.soft(looksLikePlan('name: plan\non:\n  push: {branches: [main]}\njobs:\n  plan:\n    runs-on: ubuntu-latest\n    steps:\n      - {id: plan, run: terraform plan}\n')).toBe(false);
    expect.soft(looksLikePlan('services:\n  plan:\n    image: planner\n    environment: {id: x, title: y}\n')).toBe(false);
    expect.soft(looksLikePlan('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: plan\ndata:\n  plan.yaml: |\n    plan: {id: p, title: P}\n---\napiVersion: apps/v1\nkind: Deployment\n')).toBe(false);
  });
});
