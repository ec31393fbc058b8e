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

  it('keeps a plan whose top-level key is misspelt one letter off, or written in Norwegian: its findings say what is meant', () => {
    expect(looksLikePlan('plan: {id: p, title: P}\nmilestone:\n  - {id: A, title: A, date: 2026-02-02}\n')).toBe(true);
    expect(looksLikePlan('plan: {id: p, title: P}\nMilestones: []\nrisk: []\n')).toBe(true);
    expect(looksLikePlan('plan: {id: p, title: P}\nmilepæler: []\n')).toBe(true);
  });
});
