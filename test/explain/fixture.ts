// A hand-computed workspace for explain and the language server: an FS chain over Easter 2019, an FF link over
// 1 May and two closed days, a deadline, a 20-day governance window, a missing meeting, and a plan with a finish.
export const CHAIN_FILES: Readonly<Record<string, string>> = {
  'ws/p.yaml': [
    'plan:',
    '  id: p',
    '  title: P',
    '  status_date: 2019-04-01',
    '  governance: {require: [B], window: 20d}',
    '  calendar: {closed: [2019-05-02..2019-05-03]}',
    'bodies: [{id: B, name: Board}]',
    'meetings: [{body: B, date: 2019-04-10}, {body: B, date: 2019-05-20}]',
    'milestones:',
    '  - {id: A, title: Alpha, date: 2019-04-15}',
    '  - {id: B1, title: Beta, date: 2019-04-16, after: [{id: A, lag: 2d}], duration: 3d}',
    '  - {id: C, title: Gamma, date: 2019-04-17, after: [{id: B1, type: FF, lag: 5d}], deadline: 2019-05-15, meetings: [B@2019-04-10]}',
    '  - {id: D, title: Delta, date: 2019-03-01, meetings: [B@2019-05-20]}',
    '',
  ].join('\n'),
  'ws/q.yaml': [
    'plan: {id: q, title: Q, finish: 2019-12-20}',
    'milestones:',
    '  - {id: E, title: Epsilon, date: 2019-06-03}',
    '',
  ].join('\n'),
};

// A tester's workspace (/tmp/t2-dr/p.yaml): B at 9999-12-31, the last day in range, and E 5ew after it at 10000-02-04,
// outside it (date-range): the plan ends at E, whose projected date is left out, not at B.
export const EXTREMES_FILES: Readonly<Record<string, string>> = {
  'ws/p.yaml': [
    'plan:',
    '  id: p',
    '  title: Extremes',
    '  status_date: 2024-03-01',
    'milestones:',
    '  - id: P',
    '    title: p',
    '    date: 9999-10-01',
    '  - id: A',
    '    title: a',
    '    date: 9999-11-30',
    '    after: [{id: P, lag: 60ed}]',
    '  - id: B',
    '    title: b',
    '    date: 9999-12-31',
    '  - id: E',
    '    title: after B',
    '    date: 2024-03-04',
    '    after: [{id: B, lag: 5ew}]',
    '  - id: C',
    '    title: early',
    '    date: 0001-01-03',
    '',
  ].join('\n'),
};
