// `health` as a text scorecard: one table per plan, then the milestones that count against each failing check.
import { formatDate } from '../locale.js';
import { formatThresholdText, formatValueText } from './values.js';
import { displayWidth } from '../../text/width.js';
import { maxOf } from '../arrays.js';
import { cutId, renderTable, truncate, type Column } from '../table.js';
import { dropToFit, leftOutLines, neededWidth } from '../left-out-columns.js';
import { flattenText } from '../safe-text.js';
import { wrapWords } from '../wrap.js';
import type { FormatOptions } from '../../diagnostics/types.js';
import { namedRefs, type HealthView } from './model.js';
import { checkName, HEALTH_MESSAGES } from './messages.js';

export function formatHealthText(view: HealthView, options: FormatOptions): string {
  const w = HEALTH_MESSAGES[options.locale];
  const out: string[] = [];
  if (view.report.plans.length === 0) return `${w.noPlans}\n`;
  const columns: Column[] = [
    { header: '' }, { header: w.check, flex: true, min: 12 }, { header: w.value, align: 'right' }, { header: w.threshold, align: 'right' },
    { header: w.result }, { header: w.counted, align: 'right' },
  ];
  const wanted = columns.map(() => true);
  const tables = view.report.plans.map((p) => {
    const rows = p.checks.map((c) => [
      c.pass ? '✓' : '✗', checkName(c.id, options.locale), formatValueText(c, options.locale), formatThresholdText(c, options.locale),
      !c.pass ? w.fail : c.value === null ? w.na : w.pass, `${c.count} ${w.of} ${c.of}`,
    ]);
    const widest = columns.map((c, i) => (c.flex ? c.min ?? 8 : maxOf(rows.map((r) => displayWidth(r[i]!)), displayWidth(c.header))));
    return { p, rows, widest };
  });
  // The table is indented by two: it gets the width less those two columns. Too narrow for all of them (a tester's
  // --width 40 gave 53-column rows), it gives up the result (the ✓ or ✗ says it), then the count, and says so with
  // the width that shows them, as slippage and critical-path do (a tester found them gone without a word). That width
  // is one for the whole report, the widest any plan's table needs: a tester who followed akson's 53 was told 55 under
  // the next plan's table.
  // A plan whose checks are all off has no rows: nothing of it is left out, and it needs no width.
  const needed = maxOf(tables.filter((t) => t.rows.length > 0).map((t) => neededWidth(t.widest, wanted, 2)));
  for (const { p, rows, widest } of tables) {
    const plan = view.workspace.plans[p.plan]!;
    if (out.length > 0) out.push('');
    // Wrapped, not cut: at 40 columns a cut title lost the status date (a tester's finding).
    const title = flattenText(`${w.title}: ${plan.id} (${plan.title}), ${w.statusDate} ${formatDate(view.report.today, options.locale)}`);
    for (const line of wrapWords(title, options.width, '', '  ')) out.push(truncate(line, options.width));
    const keep = dropToFit(widest, wanted, [4, 5], options.width - 2);
    const table = renderTable(columns.filter((_, i) => keep[i]), rows.map((r) => r.filter((_, i) => keep[i])), options.width - 2);
    for (const line of table) out.push(`  ${line}`.trimEnd());
    // Wrapped, not cut: at 40 columns a cut line lost the very width that shows them.
    if (rows.length > 0) for (const line of leftOutLines(columns, widest, wanted, keep, options.width, options.locale, 2, needed)) out.push(line);
    out.push(`  ${w.score(p.passed, p.checks.length)}`);
    for (const c of p.checks) {
      if (c.pass || c.refs.length === 0) continue;
      const { refs, more } = namedRefs(view, c);
      const shown = refs.map(flattenText);
      if (more > 0) shown.push(w.more(more));
      // The check by the name its row has, its id as validate gives a rule's (tester round 110 F5: `high-float teller mot`
      // mixed the English id into a Norwegian line).
      for (const line of wrapList(`  ✗ ${checkName(c.id, options.locale)} [${c.id}]: `, shown, options.width)) out.push(line);
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * `head` then the items separated by commas, wrapped at `width` with continuation lines indented by four. An item that
 * does not fit beside the head starts the next line, and one wider than a line is cut as the tables cut ids (a tester
 * saw 54-column lines at --width 40).
 */
function wrapList(head: string, items: readonly string[], width: number): string[] {
  const indent = '    ';
  // A head wider than the line (a check's name at --width 40) is wrapped at its spaces, the list going on after it.
  const heads = displayWidth(head.trimEnd()) <= width ? [head] : wrapWords(head.trim(), width, '  ', indent);
  const lines: string[] = heads.slice(0, -1);
  let line = heads.length === 1 ? head : `${heads[heads.length - 1]!} `;
  let empty = true;
  items.forEach((item, i) => {
    const comma = i < items.length - 1 ? ',' : '';
    const text = cutId(item, width - indent.length - comma.length) + comma;
    if (displayWidth(line) + (empty ? 0 : 1) + displayWidth(text) > width && !(empty && line === indent)) {
      lines.push(line.trimEnd());
      line = indent;
      empty = true;
    }
    line += (empty ? '' : ' ') + text;
    empty = false;
  });
  lines.push(truncate(line.trimEnd(), width));
  return lines;
}
