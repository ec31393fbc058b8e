// Hover (SPEC §14): a milestone or gate gets its explanation (projected, latest, float, driver, holidays and closed
// days crossed, the meetings that serve each required body); a meeting its body and date; a body its name and meetings.
import type { Hover } from 'vscode-languageserver';
import { explainNode } from '../explain/explain.js';
import { explanationMessages } from '../explain/messages.js';
import { formatLocaleDate, renderMessage, type Locale, type Message } from '../messages/index.js';
import type { Analysis } from '../pipeline.js';
import { escapeControl } from '../report/safe-text.js';
import type { SymbolAt } from './navigation.js';

/** At most this many holidays are listed in a hover; the rest are counted. */
const MAX_DAYS_SHOWN = 12;

export function hoverFor(analysis: Analysis, at: SymbolAt, locale: Locale): Hover | null {
  const ws = analysis.workspace;
  const [kind, name] = [at.symbol.key.slice(0, at.symbol.key.indexOf(':')), at.symbol.key.slice(at.symbol.key.indexOf(':') + 1)];
  let lines: string[] | undefined;
  if (kind === 'm') {
    const node = ws.milestoneIndex.get(name);
    if (node !== undefined) lines = milestoneHover(analysis, node, locale);
  } else if (kind === 'mt') {
    const k = ws.meetingIndex.get(name);
    const m = k === undefined ? undefined : ws.meetings[k];
    if (m !== undefined) {
      const body = ws.bodies[ws.bodyIndex.get(m.body) ?? -1];
      // The reference stays as written (it is what the plan says); the date is shown in the locale (SPEC §15).
      lines = [`**${md(m.ref)}** — ${md(m.body)}${body?.name ? ` (${md(body.name)})` : ''} ${formatLocaleDate(m.date, locale)}`, ...(m.title ? [md(m.title)] : []), ...(m.location ? [md(m.location)] : [])];
    }
  } else if (kind === 'b') {
    const b = ws.bodies[ws.bodyIndex.get(name) ?? -1];
    if (b !== undefined) {
      // Sorted as days, then shown in the locale: DD.MM.YYYY does not sort as text.
      const meetings = ws.meetings.filter((m) => m.body === b.id).map((m) => m.date).sort((x, y) => x - y).map((d) => formatLocaleDate(d, locale));
      lines = [`**${md(b.id)}**${b.name ? ` — ${md(b.name)}` : ''}`, meetings.length > 0 ? meetings.join(', ') : '—'];
    }
  } else if (kind === 'g') {
    const g = ws.goals.find((x) => x.ref === name);
    if (g !== undefined) lines = [`**${md(g.ref)}** — ${md(g.title)}`];
  }
  if (lines === undefined) return null;
  return { contents: { kind: 'markdown', value: lines.join('\n\n') }, range: at.span };
}

function milestoneHover(analysis: Analysis, node: number, locale: Locale): string[] {
  const e = explainNode(analysis, node);
  const t = explanationMessages(analysis.workspace, e);
  const r = (m: Message): string => md(renderMessage(m, locale));
  const out = [`**${r(t.heading)}**`, t.summary.map((m) => `- ${r(m)}`).join('\n')];
  if (e.chain.length > 1) out.push(`${r(t.chainHeading)}\n${t.chain.map((m) => `- ${r(m)}`).join('\n')}`);
  const days = t.nonWorking.slice(0, MAX_DAYS_SHOWN).map((m) => `- ${r(m)}`);
  if (t.nonWorking.length > MAX_DAYS_SHOWN) days.push(`- … +${t.nonWorking.length - MAX_DAYS_SHOWN}`);
  out.push([r(t.nonWorkingHeading), ...days].join('\n'));
  out.push([r(t.meetingsHeading), ...t.meetings.map((m) => `- ${r(m)}`)].join('\n'));
  return out;
}

/** Plan text shown as Markdown: characters Markdown would act on are escaped, control characters shown as escapes. */
export function md(text: string): string {
  return escapeControl(text).replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}
