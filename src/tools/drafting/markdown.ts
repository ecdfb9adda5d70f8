/**
 * The drafting report as Markdown: the summary tables a drafter reads in a terminal or pastes into a memo. The
 * output depends only on the report (no dates, no paths), so the same reform and portfolio print the same text.
 */
import { groupedYuan, signedYuan } from './format.js';
import { CONSTRAINT_LABEL, readingQuestion, STATUS_LABEL } from './labels.js';
import type { DraftingReport } from './report.js';
import type { TextPart } from './text.js';

/** Escapes a table cell: pipes and line breaks. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function table(head: readonly string[], rows: readonly (readonly string[])[], align: readonly ('l' | 'r')[]): string[] {
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `| ${align.map((a) => (a === 'r' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

/** A sentence with its changed words in bold: the old side or the new side. */
function marked(parts: readonly TextPart[], side: 'old' | 'new'): string {
  return parts.map((p) => (p.kind === 'same' ? p.text : `**${side === 'old' ? p.old : p.new}**`)).join('');
}

/** Renders the report as Markdown. */
export function reportMarkdown(report: DraftingReport): string {
  const c = report.comparison;
  const d = c.diff;
  const out: string[] = [];
  out.push(`# 改革方案影响报告 / Reform impact report`, '');
  out.push(`- 改革方案 / Reform: ${d.reform.title.zh}${d.reform.title.en === d.reform.title.zh ? '' : ` — ${d.reform.title.en}`} (\`${d.reform.id}\`)`);
  out.push(`- 对照 / Baseline: ${d.baseline.title.zh}${d.baseline.title.en === d.baseline.title.zh ? '' : ` — ${d.baseline.title.en}`} (\`${d.baseline.id}\`)`);
  out.push(`- 组合 / Portfolio: ${c.beneficiaries} 个受益对象 / beneficiaries, ${c.lines} 个事项 / award lines`);
  if (d.reform.description) out.push(`- 说明 / Note: ${d.reform.description.zh}${d.reform.description.en === d.reform.description.zh ? '' : ` — ${d.reform.description.en}`}`);
  out.push('');

  out.push('## 改动 / What the reform changes', '');
  const changes: string[][] = [
    ...d.parameters.map((p) => [`参数 ${p.id}`, `${p.title.zh} / ${p.title.en}`, p.fromText ?? '（未设定 / unset）', p.toText ?? '（未设定 / unset）']),
    ...d.readings.map((r) => [`解读 ${r.id}`, `${readingQuestion(r.id).zh} / ${readingQuestion(r.id).en}`, `${r.from}：${r.fromLabel.zh}`, `${r.to}：${r.toLabel.zh}`]),
    ...d.lines.map((l) => [`条款 ${l.item}`, `${l.title.zh} / ${l.title.en}`, l.off === 'reform' ? '支付 / pays' : '已取消 / off', l.off === 'reform' ? '已取消 / off' : '支付 / pays']),
  ];
  if (changes.length === 0) out.push('（无改动 / no changes）');
  else out.push(...table(['改动 / Change', '内容 / What', '原 / Before', '新 / After'], changes, ['l', 'l', 'l', 'l']));
  out.push('');

  out.push('## 文本改动 / Changed sentences', '');
  if (report.text.changes.length === 0) out.push('（文本不变 / the text reads the same）');
  for (const s of report.text.changes) {
    out.push(`- ${s.item}（${s.params.join(', ')}）`);
    out.push(`  - 原 / old: ${marked(s.parts, 'old')}`);
    out.push(`  - 新 / new: ${marked(s.parts, 'new')}`);
  }
  for (const n of report.text.notInText) out.push(`- 文本未写出 / not written in the text: ${n.param} = ${n.value ?? 'null'}（${n.why.zh}）`);
  for (const l of d.lines) if (l.off === 'reform') out.push(`- ${l.item} 取消 / switched off: ~~${l.text}~~`);
  out.push('');

  out.push('## 金额 / Money', '');
  out.push(...table(
    ['', '对照 / Baseline', '改革 / Reform', '变化 / Change'],
    [
      ['合计 / Total', groupedYuan(c.total.baseline), groupedYuan(c.total.reform), signedYuan(c.total.delta)],
      ...c.byYear.map((y) => [`${y.awardYear} 年度 / award year`, groupedYuan(y.baseline), groupedYuan(y.reform), signedYuan(y.delta)]),
    ],
    ['l', 'r', 'r', 'r'],
  ));
  out.push('');
  out.push(`受益对象 / Beneficiaries: 增加 better off ${c.counts.betterOff} · 减少 worse off ${c.counts.worseOff} · 不变 unchanged ${c.counts.unchanged}`, '');

  if (c.split !== null && c.split.changes.length > 0) {
    const sp = c.split;
    const kind = { parameter: '参数 / parameter', reading: '解读 / reading', line: '条款 / line' } as const;
    out.push('## 各项改动的单独影响 / What each change does on its own', '');
    out.push('每项改动单独作用于对照方案时组合合计的变化；交互作用为全部改动同时作用的变化减去各项单独变化之和 / the change in the portfolio\'s total when each change alone is applied to the baseline; the interaction is the change of all of them together less the sum of the single changes.', '');
    out.push(...table(
      ['改动 / Change', '内容 / What', '原 → 新 / Before → after', '单独变化 / Alone', '增 / 减 (+/−)'],
      [
        ...sp.changes.map((x) => [
          `${kind[x.kind]} ${x.id}`, `${x.kind === 'reading' ? '' : `${x.item} `}${x.title.zh} / ${x.title.en}`,
          `${x.from.zh} → ${x.to.zh}${x.from.en === x.from.zh && x.to.en === x.to.zh ? '' : ` / ${x.from.en} → ${x.to.en}`}`,
          signedYuan(x.delta), `${x.betterOff} / ${x.worseOff}`,
        ]),
        ['各项单独变化之和 / Sum of the single changes', '', '', signedYuan(sp.sumOfSingles), ''],
        ['交互作用 / Interaction (together − sum)', '', '', signedYuan(sp.interaction), ''],
        ['全部改动 / All changes together', '', '', signedYuan(c.total.delta), `${c.counts.betterOff} / ${c.counts.worseOff}`],
      ],
      ['l', 'l', 'l', 'r', 'r'],
    ));
    out.push('');
  }

  out.push('## 按条款 / By clause', '');
  const off = new Set(d.lines.filter((l) => l.off === 'reform').map((l) => l.clause));
  out.push(...table(
    ['条款 / Line', '名称 / Title', '对照 / Baseline', '改革 / Reform', '变化 / Change'],
    c.byClause.map((x) => [x.item, `${x.title.zh}${off.has(x.clause) ? '（已取消 / off）' : ''}`, groupedYuan(x.baseline), groupedYuan(x.reform), signedYuan(x.delta)]),
    ['l', 'l', 'r', 'r', 'r'],
  ));
  out.push('');

  out.push('## 约束变化 / Constraints binding differently', '');
  if (c.bindingSummary.length === 0) out.push('（无 / none）');
  else {
    out.push(...table(
      ['约束 / Constraint', '新起作用（事项数）/ newly binding (lines)', '不再起作用 / no longer binding'],
      c.bindingSummary.map((b) => [`${CONSTRAINT_LABEL[b.code].zh} / ${CONSTRAINT_LABEL[b.code].en}`, String(b.newlyBinding), String(b.noLongerBinding)]),
      ['l', 'r', 'r'],
    ));
  }
  out.push('');
  if (c.statusChanges.length > 0) {
    out.push(...table(
      ['原状态 / From', '新状态 / To', '事项数 / Lines'],
      c.statusChanges.map((s) => [`${STATUS_LABEL[s.from].zh} / ${STATUS_LABEL[s.from].en}`, `${STATUS_LABEL[s.to].zh} / ${STATUS_LABEL[s.to].en}`, String(s.lines)]),
      ['l', 'l', 'r'],
    ));
    out.push('');
  }

  out.push('## 受影响最大的对象 / Most affected beneficiaries', '');
  if (c.mostAffected.length === 0) out.push('（无 / none）');
  else {
    out.push(...table(
      ['对象 / Beneficiary', '名称 / Name', '对照 / Baseline', '改革 / Reform', '变化 / Change'],
      c.mostAffected.map((b) => [b.beneficiaryId, b.name ?? '', groupedYuan(b.baseline), groupedYuan(b.reform), signedYuan(b.delta)]),
      ['l', 'l', 'r', 'r', 'r'],
    ));
  }
  out.push('');

  out.push('## 变化最大的事项 / Largest line changes', '');
  if (c.largestChanges.length === 0) out.push('（无 / none）');
  c.largestChanges.forEach((l, i) => {
    out.push(`${i + 1}. ${l.beneficiaryId} ${l.awardYear} ${l.item}（事项 / claim ${l.claimId}）：${groupedYuan(l.net.baseline)} → ${groupedYuan(l.net.reform)}（${signedYuan(l.net.delta)}）`);
    for (const s of l.explanation.baseline.zh) out.push(`   - 原 / before: ${s}`);
    for (const s of l.explanation.reform.zh) out.push(`   - 新 / after: ${s}`);
  });
  out.push('');

  if (report.sensitivity) {
    const sv = report.sensitivity;
    out.push('## 敏感性：登记册第11节的解读 / Sensitivity: the readings of register §11', '');
    out.push(`在改革方案下切换一项解读时组合合计的变化（改革方案合计 ${groupedYuan(sv.total)}）/ the change in the portfolio's total when one reading is switched under the reform (reform total ${groupedYuan(sv.total)}).`, '');
    out.push(...table(
      ['解读 / Reading', '现行 / In force', '改为 / Switched to', '合计 / Total', '变化 / Change', '增 / 减 (+/−)'],
      sv.rows.map((r) => {
        const q = readingQuestion(r.reading);
        return [`${r.reading} ${q.zh} / ${q.en}`, `${r.inForceLabel.zh} / ${r.inForceLabel.en}`, `${r.label.zh} / ${r.label.en}`, groupedYuan(r.total), signedYuan(r.delta), `${r.betterOff} / ${r.worseOff}`];
      }),
      ['l', 'l', 'l', 'r', 'r', 'r'],
    ));
    out.push('');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
