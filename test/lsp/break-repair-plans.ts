// The workspace of test/lsp/break-repair.test.ts: three plans that refer to each other and a governance file, with
// every kind of entity a file's cached reading holds (model/fragments.ts) — milestones with and without a date,
// dated and undated gates, goals, measures, risks, governance requirements — and the findings that carry a plan or
// an index: a duplicate id, an invalid date, unknown references, meetings, readiness and dependency order, in files
// after the ones that break (beta, gamma, zeta), with rule overrides so that a wrong plan index changes a severity;
// and `after` entries that repeat a link (kept from a cached reading, they are found again against the first entry).

const ALPHA = `plan:
  id: alpha
  title: Alpha
  start: 2019-06-03
  status_date: 2019-08-15
  governance: {require: [PS]}
milestones:
  - id: A1
    title: Start
    date: 2019-06-03
    actual: 2019-06-03
  - id: A2
    title: Design
    date: 2019-06-11
    after: [{id: A1, lag: 5d}]
    meetings: [PS@2019-06-05]
    goal: GA
  - id: A3
    title: Build
    date: 2019-09-02
    after: [A2, beta/B1]
    forecast: 2019-02-30
  - id: A4
    title: Done
    date: 2020-Q1
    after: [A3, GA1]
  - id: A5
    title: Not dated yet
    after: [A4, alpha/A9]
  - id: A1
    title: Start again
    date: 2019-06-04
gates:
  - id: GA1
    date: 2019-10-01
    body: PS
    ready: {milestone: A3, lead: 2d}
  - id: GA2
    body: PS
goals:
  - {id: GA, title: Alpha goal}
measures:
  - {id: MA, title: Measure, goal: GA, milestones: [A1, A4]}
risks:
  - {id: RA, title: Risk, probability: 0.5, impact: 5d, milestones: [A3]}
`;

const BETA = `plan:
  id: beta
  title: Beta
  status_date: 2019-08-15
  rules: {invalid-date: warning, duplicate-id: warning}
milestones:
  - id: B1
    title: After alpha's design
    date: 2019-06-18
    after: [{id: alpha/A2, lag: 1w}]
  - id: B2
    title: After alpha's gate
    date: 2019-10-07
    after: [alpha/GA1, B1, beta/B1]
    goal: GB
    meetings: [PS@2019-10-02]
  - id: B3
    title: Typo
    date: 2019-10-08
    after: [B22]
    deadline: 2019-13-01
  - id: B1
    title: Twice
    date: 2019-10-09
gates:
  - id: GB1
    date: 2019-11-01
    ready: {milestone: alpha/A4}
goals:
  - {id: GB, title: Beta goal}
measures:
  - {id: MB, title: Measure, goal: GB, milestones: [B2, alpha/A3]}
`;

const GAMMA = `plan:
  id: gamma
  title: Gamma
  status_date: 2019-08-15
  rules: {unknown-reference: warning, overdue: off}
milestones:
  - id: C0
    title: Not dated
    after: [C1, beta/B9]
  - id: x/Z1
    title: Not dated either
  - id: C1
    title: After both
    date: 2019-06-20
    after: [beta/B1, alpha/A1, {id: beta/B1, lag: 2d}, alpha/A1]
  - id: C2
    title: After alpha's end
    date: 2019-12-02
    after: [alpha/A4, beta/GB1]
    goal: GC
    require: [PS, XX]
gates:
  - id: x/G
    body: PS
  - id: GC1
    date: 2019-12-10
    ready: {milestone: C2}
goals:
  - {id: GC, title: Gamma goal}
  - {id: GC2, title: Another}
  - {id: x/GZ, title: Zeta's}
risks:
  - {id: RC, title: Risk, probability: 0.2, impact: 3d..5d..10d, milestones: [C2, alpha/A2]}
`;

// A plan id and a gate id that make another file's gate ref (ids that break the pattern are still names): the
// duplicate checks look up gamma's undated gate and goal by their indices and its undated milestone by its ref.
const ZETA = `plan:
  id: gamma/x
  title: Zeta
milestones:
  - id: Z1
    title: Twice
    date: 2019-12-02
  - id: Z2
    title: After an undated one
    date: 2019-12-02
    after: [gamma/C0]
gates:
  - id: G
    date: 2019-12-01
goals:
  - {id: GZ, title: Zeta goal}
`;

const GOVERNANCE = `bodies:
  - id: PS
    name: Styringsgruppe
meetings:
  - {body: PS, date: 2019-06-05}
  - {body: PS, date: 2019-10-02}
`;

export const PLANS = { 'alpha.yaml': ALPHA, 'beta.yaml': BETA, 'gamma.yaml': GAMMA, 'governance.yaml': GOVERNANCE, 'zeta.yaml': ZETA } as const;
