// overdue on a gate: a gate has no actual or forecast (SPEC §1.7), so the finding and its hint speak of `decided`.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { renderMessage } from '../../src/messages/index.js';

const PLAN = `plan: {id: a, title: A, status_date: 2027-02-01}
bodies: [{id: NEHS, name: Nasjonalt e-helsestyre}]
meetings: [{body: NEHS, date: 2027-01-13}]
milestones:
  - {id: M1, title: m, date: 2027-01-20}
gates:
  - {id: BP3, title: Beslutte, date: 2027-01-22, body: NEHS}
`;

describe('overdue on an undecided gate', () => {
  it('says it is not decided and hints at decided:, in English and Norwegian', () => {
    const a = analyze([{ file: 'a.yaml', text: PLAN }], { clockToday: 0 });
    const gate = a.diagnostics.find((d) => d.rule === 'overdue' && d.ref === 'a/BP3');
    expect(gate).toBeDefined();
    expect(renderMessage(gate!.message)).toMatch(/and not decided$/);
    expect(renderMessage(gate!.hint!)).toBe('record decided: YYYY-MM-DD if the decision at BP3 was taken, or move its date to 2027-02-01 or later');
    expect(renderMessage(gate!.hint!, 'nb')).toBe('skriv decided: ÅÅÅÅ-MM-DD hvis beslutningen i BP3 er tatt, eller flytt datoen til 01.02.2027 eller senere');
    // A milestone keeps its own hint.
    const milestone = a.diagnostics.find((d) => d.rule === 'overdue' && d.ref === 'a/M1');
    expect(renderMessage(milestone!.hint!)).toMatch(/^record actual: YYYY-MM-DD if M1 was achieved/);
  });
});
