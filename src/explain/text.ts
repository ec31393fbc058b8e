// `milepel explain` as text: the heading, projected / latest / float, then the chain, the days crossed and the meetings.
import type { FormatOptions } from '../diagnostics/types.js';
import { renderMessage } from '../messages/index.js';
import type { Workspace } from '../model/types.js';
import { escapeControl } from '../report/safe-text.js';
import type { Explanation } from './explain.js';
import { explanationMessages } from './messages.js';

export function formatExplainText(ws: Workspace, e: Explanation, options: Pick<FormatOptions, 'locale'>): string {
  const t = explanationMessages(ws, e);
  const r = (m: Parameters<typeof renderMessage>[0]): string => escapeControl(renderMessage(m, options.locale));
  const lines = [r(t.heading), ...t.summary.map((m) => `  ${r(m)}`), '', r(t.chainHeading), ...t.chain.map((m) => `  ${r(m)}`), '', r(t.nonWorkingHeading)];
  for (const m of t.nonWorking) lines.push(`  ${r(m)}`);
  lines.push('', r(t.meetingsHeading));
  for (const m of t.meetings) lines.push(`  ${r(m)}`);
  return `${lines.join('\n')}\n`;
}
