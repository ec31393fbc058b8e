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
