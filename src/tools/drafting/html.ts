/**
 * The drafting report as one self-contained HTML file: inline CSS, inline SVG charts, no script, no external
 * resource (a Content-Security-Policy forbids any), every text HTML-escaped. It shows the changed sentences with
 * the old and new wording highlighted, money by clause before and after with the change drawn to its own scale (a
 * change of 1.6 M beside 90 M stays visible), what each change of the reform does on its own, the beneficiaries
 * most affected, and the sensitivity to the register's readings in words. It reads at 390 px wide (cards wrap,
 * tables scroll inside their box) and prints on A4 (print CSS: no page break inside a row, a card or a chart).
 */
import { AWARD_LINES } from '../../policy/ids.js';
import { fenFromYuan } from '../../core/money.js';
import { groupedYuan, signedYuan } from './format.js';
import { clipLabel, CONSTRAINT_LABEL, readingQuestion, sensitivityWords, STATUS_LABEL } from './labels.js';
import type { DraftingReport } from './report.js';
import type { TextPart } from './text.js';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

const e = escapeHtml;

/** Signed fen as a number for chart geometry only (amounts shown are always the exact strings). */
const fen = (yuan: string): number => (yuan.startsWith('-') ? -fenFromYuan(yuan.slice(1)) : fenFromYuan(yuan));

const CSS = `
:root{--ink:#1d2430;--muted:#5d6878;--line:#d9dee6;--base:#9aa5b4;--reform:#1f6fb2;--up:#1a7f4b;--down:#b3261e;--bg:#f6f7f9}
*{box-sizing:border-box}
body{margin:0;font:14px/1.55 "Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:1040px;margin:0 auto;padding:24px 28px 48px;background:#fff}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:32px 0 10px;padding-bottom:4px;border-bottom:2px solid var(--line)}
.sub{color:var(--muted);margin:0 0 16px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,210px),1fr));gap:12px;margin:16px 0}
.card{border:1px solid var(--line);border-radius:8px;padding:10px 12px;min-width:0}
.card .k{color:var(--muted);font-size:12px}.card .v{font-size:18px;font-weight:600;font-variant-numeric:tabular-nums;overflow-wrap:anywhere}
.scroll{overflow-x:auto;max-width:100%}
p,li,.sentence,h1{overflow-wrap:anywhere}
.en{display:block;color:var(--muted);font-size:12px}
table{border-collapse:collapse;width:100%;margin:8px 0}
th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
th{font-size:12px;color:var(--muted);font-weight:600}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.up{color:var(--up)}.down{color:var(--down)}
.sentence{border:1px solid var(--line);border-radius:8px;padding:8px 12px;margin:10px 0}
.sentence .item{font-weight:600}.sentence .params{color:var(--muted);font-size:12px}
.sentence p{margin:4px 0}.tag{display:inline-block;min-width:2.6em;color:var(--muted);font-size:12px}
del{background:#fde2e1;color:#8c1d18;text-decoration:line-through}ins{background:#d8f3e3;color:#0f5132;text-decoration:none;font-weight:600}
.off{color:var(--muted);text-decoration:line-through}
.legend{font-size:12px;color:var(--muted)}.legend i{display:inline-block;width:10px;height:10px;margin:0 4px 0 10px;vertical-align:-1px}
svg text{font-size:11px;fill:var(--ink)}svg text.head{fill:var(--muted);font-size:11px}svg .axis{stroke:var(--muted);stroke-width:1}
.bar-base{fill:var(--base)}.bar-reform{fill:var(--reform)}.bar-up{fill:var(--up)}.bar-down{fill:var(--down)}
.expl{margin:2px 0 10px 18px;color:var(--muted);font-size:13px}
footer{margin-top:32px;color:var(--muted);font-size:12px}
@media (max-width:600px){main{padding:14px 12px 32px}h1{font-size:19px}th,td{padding:4px 5px}.card .v{font-size:16px}}
.print{display:none}
@page{size:A4;margin:12mm 11mm 14mm}
@media print{
body{background:#fff;font-size:9pt;line-height:1.35}main{max-width:none;padding:0}
h2{font-size:13pt;margin:14px 0 6px;break-after:avoid;page-break-after:avoid}
.cards{grid-template-columns:repeat(4,1fr);margin:8px 0}.card{padding:6px 8px}.card .v{font-size:13pt}
tr,.card,.sentence,svg,li,.legend{break-inside:avoid;page-break-inside:avoid}
thead{display:table-header-group}th,td{padding:2px 6px}
.scroll{overflow:visible}.expl{margin-bottom:4px;font-size:8.5pt}.expl em{display:none}
svg{max-height:120mm}
.nil,.screen{display:none}.print{display:block}
.en{display:inline;font-size:inherit}.en::before{content:" / "}
[data-testid=sensitivity],[data-testid=split],[data-testid=by-clause],[data-testid=most-affected]{font-size:8pt}
}
`;

function marked(parts: readonly TextPart[], side: 'old' | 'new'): string {
  return parts.map((p) => (p.kind === 'same' ? e(p.text) : side === 'old' ? `<del>${e(p.old)}</del>` : `<ins>${e(p.new)}</ins>`)).join('');
}

const cls = (delta: string): string => (delta.startsWith('-') ? 'down' : delta === '0.00' ? '' : 'up');

/**
 * By row: baseline and reform as paired bars to one scale (left), and the change as a bar to its own scale around
 * an axis (right), so that a change small beside the amounts is still seen.
 */
function clauseBars(rows: readonly { label: string; baseline: string; reform: string; delta: string; key: string }[], title: string): string {
  const width = 960;
  const left = 70;
  const absW = 290;
  const mid = 720;
  const half = 140;
  const rowH = 26;
  const top = 24;
  const max = Math.max(1, ...rows.flatMap((r) => [fen(r.baseline), fen(r.reform)]));
  const maxDelta = Math.max(1, ...rows.map((r) => Math.abs(fen(r.delta))));
  const scale = (v: number): number => Math.round((v / max) * absW * 10) / 10;
  const body = rows.map((r, i) => {
    const y = top + i * rowH;
    const v = fen(r.delta);
    const w = Math.round((Math.abs(v) / maxDelta) * half * 10) / 10;
    const x = v < 0 ? mid - w : mid;
    const deltaBar = v === 0 ? '' :
      `<rect x="${x}" y="${y + 5}" width="${Math.max(w, 1)}" height="13" class="${v < 0 ? 'bar-down' : 'bar-up'}" data-delta="${e(r.delta)}"><title>${e(`${r.label} 变化 / change ${signedYuan(r.delta)}`)}</title></rect>` +
      `<text x="${v < 0 ? x - 6 : x + Math.max(w, 1) + 6}" y="${y + 16}" text-anchor="${v < 0 ? 'end' : 'start'}">${e(signedYuan(r.delta))}</text>`;
    return `<g data-key="${e(r.key)}"><text x="${left - 8}" y="${y + 14}" text-anchor="end">${e(r.label)}</text>` +
      `<rect x="${left}" y="${y + 2}" width="${scale(fen(r.baseline))}" height="9" class="bar-base"><title>${e(`${r.label} 对照 / baseline ${groupedYuan(r.baseline)}`)}</title></rect>` +
      `<rect x="${left}" y="${y + 12}" width="${scale(fen(r.reform))}" height="9" class="bar-reform"><title>${e(`${r.label} 改革 / reform ${groupedYuan(r.reform)}`)}</title></rect>` +
      `<text x="${left + Math.max(scale(fen(r.baseline)), scale(fen(r.reform))) + 6}" y="${y + 16}">${e(groupedYuan(r.reform))}</text>${deltaBar}</g>`;
  }).join('');
  const height = top + rows.length * rowH + 8;
  return `<svg role="img" aria-label="${e(title)}" viewBox="0 0 ${width} ${height}" width="100%" data-chart="${e(title)}">` +
    `<text x="${left}" y="14" class="head">金额 / amount</text><text x="${mid}" y="14" text-anchor="middle" class="head">变化（单独比例尺）/ change (own scale)</text>` +
    `<line class="axis" x1="${left}" y1="${top}" x2="${left}" y2="${height - 8}"/><line class="axis" x1="${mid}" y1="${top}" x2="${mid}" y2="${height - 8}"/>${body}</svg>`;
}

/** Horizontal bars of a signed delta around a middle axis. */
function deltaBars(rows: readonly { label: string; full?: string; delta: string; key: string }[], title: string, keep: 'end' | 'start' = 'end'): string {
  const width = 960;
  const labelW = 300;
  const mid = labelW + (width - labelW) / 2;
  const half = (width - labelW) / 2 - 110;
  const rowH = 22;
  const top = 8;
  const max = Math.max(1, ...rows.map((r) => Math.abs(fen(r.delta))));
  const body = rows.map((r, i) => {
    const y = top + i * rowH;
    const v = fen(r.delta);
    const w = Math.round((Math.abs(v) / max) * half * 10) / 10;
    const x = v < 0 ? mid - w : mid;
    const labelX = v < 0 ? x - 6 : x + w + 6;
    // A long label is clipped to the label column, keeping its distinguishing end (or start); the whole of it is
    // the text's <title> (the tooltip of SVG) and its data-label.
    const full = r.full ?? r.label;
    const shown = clipLabel(r.label, LABEL_UNITS, keep);
    return `<g data-key="${e(r.key)}"><text x="${labelW - 8}" y="${y + 14}" text-anchor="end" data-label="${e(full)}"><title>${e(full)}</title>${e(shown)}</text>` +
      `<rect x="${x}" y="${y + 4}" width="${w}" height="13" class="${v < 0 ? 'bar-down' : 'bar-up'}"><title>${e(`${full} ${signedYuan(r.delta)}`)}</title></rect>` +
      `<text x="${labelX}" y="${y + 15}" text-anchor="${v < 0 ? 'end' : 'start'}">${e(signedYuan(r.delta))}</text></g>`;
  }).join('');
  const height = top * 2 + rows.length * rowH;
  return `<svg role="img" aria-label="${e(title)}" viewBox="0 0 ${width} ${height}" width="100%" data-chart="${e(title)}">` +
    `<line class="axis" x1="${mid}" y1="${top}" x2="${mid}" y2="${height - top}"/>${body}</svg>`;
}

/** How much of a label fits the 300-unit label column of a chart, at 11 px: a CJK character counts 2, others 1. */
const LABEL_UNITS = 50;

const money = (yuan: string): string => `<td class="n">${e(groupedYuan(yuan))}</td>`;
const change = (yuan: string): string => `<td class="n ${cls(yuan)}">${e(signedYuan(yuan))}</td>`;

/** Renders the report as one self-contained HTML document. */
export function reportHtml(report: DraftingReport): string {
  const c = report.comparison;
  const d = c.diff;
  const parts: string[] = [];
  const title = `改革方案影响报告 / Reform impact report — ${d.reform.title.zh}`;
  parts.push(`<header><h1>${e(d.reform.title.zh)}${d.reform.title.en === d.reform.title.zh ? '' : ` <small>${e(d.reform.title.en)}</small>`}</h1>`);
  parts.push(`<p class="sub">改革方案 / reform <code>${e(d.reform.id)}</code> · 对照 / baseline: ${e(d.baseline.title.zh)} (<code>${e(d.baseline.id)}</code>) · ` +
    `组合 / portfolio: ${c.beneficiaries} 个受益对象 / beneficiaries, ${c.lines} 个事项 / lines</p>`);
  if (d.reform.description) parts.push(`<p>${e(d.reform.description.zh)}</p>`);
  parts.push('</header>');

  parts.push('<section class="cards">' +
    `<div class="card"><div class="k">对照合计 / Baseline total</div><div class="v" data-testid="total-baseline">${e(groupedYuan(c.total.baseline))}</div></div>` +
    `<div class="card"><div class="k">改革合计 / Reform total</div><div class="v" data-testid="total-reform">${e(groupedYuan(c.total.reform))}</div></div>` +
    `<div class="card"><div class="k">变化 / Change</div><div class="v ${cls(c.total.delta)}" data-testid="total-delta">${e(signedYuan(c.total.delta))}</div></div>` +
    `<div class="card"><div class="k">增加 / 减少 / 不变 · better / worse / same</div><div class="v" data-testid="counts">${c.counts.betterOff} / ${c.counts.worseOff} / ${c.counts.unchanged}</div></div>` +
    '</section>');

  parts.push('<h2>改动 / What the reform changes</h2>');
  const rows = [
    ...d.parameters.map((p) => `<tr><td>参数 <code>${e(p.id)}</code></td><td>${e(p.title.zh)} / ${e(p.title.en)}</td><td>${e(p.fromText ?? '（未设定 / unset）')}</td><td><strong>${e(p.toText ?? '（未设定 / unset）')}</strong></td></tr>`),
    ...d.readings.map((r) => `<tr><td>解读 <code>${e(r.id)}</code></td><td>${e(readingQuestion(r.id).zh)}<span class="en">${e(readingQuestion(r.id).en)}</span></td><td>${e(r.from)}：${e(r.fromLabel.zh)}</td><td><strong>${e(r.to)}：${e(r.toLabel.zh)}</strong></td></tr>`),
    ...d.lines.map((l) => `<tr><td>条款 ${e(l.item)}</td><td>${e(l.title.zh)} / ${e(l.title.en)}</td><td>${l.off === 'reform' ? '支付 / pays' : '已取消 / off'}</td><td><strong>${l.off === 'reform' ? '已取消 / off' : '支付 / pays'}</strong></td></tr>`),
  ];
  parts.push(rows.length === 0 ? '<p>（无改动 / no changes）</p>' : `<table><thead><tr><th>改动 / Change</th><th>内容 / What</th><th>原 / Before</th><th>新 / After</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);

  parts.push('<h2>文本改动 / Changed sentences</h2>');
  if (report.text.changes.length === 0 && d.lines.every((l) => l.off !== 'reform')) parts.push('<p>（文本不变 / the text reads the same）</p>');
  for (const s of report.text.changes) {
    parts.push(`<div class="sentence" data-item="${e(s.item)}"><div><span class="item">${e(s.item)}</span> <span class="params">${e(s.params.join(', '))}</span></div>` +
      `<p class="old"><span class="tag">原 old</span>${marked(s.parts, 'old')}</p><p class="new"><span class="tag">新 new</span>${marked(s.parts, 'new')}</p></div>`);
  }
  for (const l of d.lines) {
    if (l.off !== 'reform') continue;
    parts.push(`<div class="sentence" data-item="${e(l.item)}"><div><span class="item">${e(l.item)}</span> <span class="params">取消 / switched off</span></div><p class="old"><span class="tag">原 old</span><del>${e(l.text)}</del></p></div>`);
  }
  for (const n of report.text.notInText) parts.push(`<p class="sub">文本未写出 / not written in the text: <code>${e(n.param)}</code> = ${e(n.value ?? 'null')}（${e(n.why.zh)}）</p>`);

  parts.push('<h2>金额 / Money</h2>');
  parts.push(`<table data-testid="by-year"><thead><tr><th></th><th class="n">对照 / Baseline</th><th class="n">改革 / Reform</th><th class="n">变化 / Change</th></tr></thead><tbody>` +
    `<tr><td>合计 / Total</td>${money(c.total.baseline)}${money(c.total.reform)}${change(c.total.delta)}</tr>` +
    c.byYear.map((y) => `<tr data-year="${y.awardYear}"><td>${y.awardYear} 年度 / award year</td>${money(y.baseline)}${money(y.reform)}${change(y.delta)}</tr>`).join('') +
    '</tbody></table>');

  if (c.split !== null && c.split.changes.length > 0) {
    const sp = c.split;
    parts.push('<h2>各项改动的单独影响 / What each change does on its own</h2>');
    parts.push('<p class="sub">每项改动单独作用于对照方案时组合合计的变化；交互作用为全部改动同时作用的变化减去各项单独变化之和 / the change in the portfolio\'s total when each change alone is applied to the baseline; the interaction is the change of all of them together less the sum of the single changes.</p>');
    const kind = { parameter: '参数 / parameter', reading: '解读 / reading', line: '条款 / line' } as const;
    parts.push(deltaBars([
      ...sp.changes.map((x) => ({ label: `${x.kind === 'reading' ? x.id : x.item} ${x.title.zh}`, full: `${x.kind === 'reading' ? x.id : x.item} ${x.title.zh}：${x.from.zh} → ${x.to.zh}`, delta: x.delta, key: `${x.kind}:${x.id}` })),
      { label: '交互作用 / interaction', delta: sp.interaction, key: 'interaction' },
    ], '各项改动的单独影响 / each change on its own', 'start'));
    parts.push(`<table data-testid="split"><thead><tr><th>改动 / Change</th><th>内容 / What</th><th>原 → 新 / Before → after</th><th class="n">单独变化 / Alone</th><th class="n">+ / −</th></tr></thead><tbody>` +
      sp.changes.map((x) => `<tr data-change="${e(`${x.kind}:${x.id}`)}"><td>${kind[x.kind]} <code>${e(x.id)}</code></td><td>${e(x.title.zh)}<span class="en">${e(x.title.en)}</span></td>` +
        `<td>${e(x.from.zh)} → <strong>${e(x.to.zh)}</strong>${x.from.en === x.from.zh && x.to.en === x.to.zh ? '' : `<span class="en">${e(x.from.en)} → ${e(x.to.en)}</span>`}</td>${change(x.delta)}<td class="n">${x.betterOff} / ${x.worseOff}</td></tr>`).join('') +
      `<tr data-change="sum"><td colspan="3">各项单独变化之和 / Sum of the single changes</td>${change(sp.sumOfSingles)}<td></td></tr>` +
      `<tr data-change="interaction"><td colspan="3">交互作用 / Interaction (together − sum)</td>${change(sp.interaction)}<td></td></tr>` +
      `<tr data-change="total"><td colspan="3"><strong>全部改动 / All changes together</strong></td>${change(c.total.delta)}<td class="n">${c.counts.betterOff} / ${c.counts.worseOff}</td></tr>` +
      '</tbody></table>');
  }

  parts.push('<h2>按条款 / Money by clause, before and after</h2>');
  parts.push('<p class="legend"><i style="background:var(--base)"></i>对照 / baseline<i style="background:var(--reform)"></i>改革 / reform<i style="background:var(--up)"></i>增加 / up<i style="background:var(--down)"></i>减少 / down（变化按单独比例尺 / changes to their own scale）</p>');
  const shown = c.byClause.filter((x) => x.baseline !== '0.00' || x.reform !== '0.00');
  parts.push(clauseBars(shown.map((x) => ({ label: x.item, baseline: x.baseline, reform: x.reform, delta: x.delta, key: x.clause })), '按条款金额 / money by clause'));
  const off = new Set(d.lines.filter((l) => l.off === 'reform').map((l) => l.clause));
  parts.push(`<table data-testid="by-clause"><thead><tr><th>条款 / Line</th><th>名称 / Title</th><th class="n">对照 / Baseline</th><th class="n">改革 / Reform</th><th class="n">变化 / Change</th></tr></thead><tbody>` +
    c.byClause.map((x) => `<tr data-clause="${e(x.clause)}"${x.baseline === '0.00' && x.reform === '0.00' ? ' class="nil"' : ''}><td>${e(x.item)}</td><td${off.has(x.clause) ? ' class="off"' : ''}>${e(x.title.zh)}</td>${money(x.baseline)}${money(x.reform)}${change(x.delta)}</tr>`).join('') +
    '</tbody></table>');

  parts.push('<h2>约束变化 / Constraints binding differently</h2>');
  parts.push(c.bindingSummary.length === 0 ? '<p>（无 / none）</p>' :
    `<table data-testid="binding"><thead><tr><th>约束 / Constraint</th><th class="n">新起作用 / newly binding</th><th class="n">不再起作用 / no longer binding</th></tr></thead><tbody>` +
    c.bindingSummary.map((b) => `<tr data-code="${e(b.code)}"><td>${e(CONSTRAINT_LABEL[b.code].zh)} / ${e(CONSTRAINT_LABEL[b.code].en)}</td><td class="n">${b.newlyBinding}</td><td class="n">${b.noLongerBinding}</td></tr>`).join('') +
    '</tbody></table>');
  if (c.statusChanges.length > 0) {
    parts.push(`<table><thead><tr><th>原状态 / From</th><th>新状态 / To</th><th class="n">事项数 / Lines</th></tr></thead><tbody>` +
      c.statusChanges.map((s) => `<tr><td>${e(STATUS_LABEL[s.from].zh)} / ${e(STATUS_LABEL[s.from].en)}</td><td>${e(STATUS_LABEL[s.to].zh)} / ${e(STATUS_LABEL[s.to].en)}</td><td class="n">${s.lines}</td></tr>`).join('') +
      '</tbody></table>');
  }

  parts.push('<h2>受影响最大的对象 / Beneficiaries most affected</h2>');
  if (c.mostAffected.length === 0) parts.push('<p>（无 / none）</p>');
  else {
    parts.push(deltaBars(c.mostAffected.map((b) => ({ label: `${b.beneficiaryId} ${b.name ?? ''}`.trim(), delta: b.delta, key: b.beneficiaryId })), '受影响最大的对象 / most affected'));
    parts.push(`<table data-testid="most-affected"><thead><tr><th>对象 / Beneficiary</th><th>名称 / Name</th><th class="n">对照 / Baseline</th><th class="n">改革 / Reform</th><th class="n">变化 / Change</th></tr></thead><tbody>` +
      c.mostAffected.map((b) => `<tr data-beneficiary="${e(b.beneficiaryId)}"><td>${e(b.beneficiaryId)}</td><td title="${e(b.name ?? '')}">${e(b.name ?? '')}</td>${money(b.baseline)}${money(b.reform)}${change(b.delta)}</tr>`).join('') +
      '</tbody></table>');
  }

  parts.push('<h2>变化最大的事项 / Largest line changes</h2>');
  if (c.largestChanges.length === 0) parts.push('<p>（无 / none）</p>');
  parts.push('<ol>' + c.largestChanges.map((l) =>
    `<li><strong>${e(l.beneficiaryId)} ${l.awardYear} ${e(l.item)}</strong>（事项 / claim ${e(l.claimId)}）：${e(groupedYuan(l.net.baseline))} → ${e(groupedYuan(l.net.reform))} ` +
    `<span class="${cls(l.net.delta)}">（${e(signedYuan(l.net.delta))}）</span>` +
    `<div class="expl">原 / before：${l.explanation.baseline.zh.map(e).join('<br>')}<br><em>${l.explanation.baseline.en.map(e).join('<br>')}</em></div>` +
    `<div class="expl">新 / after：${l.explanation.reform.zh.map(e).join('<br>')}<br><em>${l.explanation.reform.en.map(e).join('<br>')}</em></div></li>`).join('') + '</ol>');

  if (report.sensitivity) {
    const sv = report.sensitivity;
    parts.push('<h2>敏感性：登记册第11节的解读 / Sensitivity: the readings of register §11</h2>');
    parts.push(`<p class="sub">在改革方案下切换一项解读时组合合计的变化（改革方案合计 ${e(groupedYuan(sv.total))}）/ change in the portfolio's total when one reading is switched under the reform.</p>`);
    parts.push(`<div class="screen">${deltaBars(sv.rows.map((r) => ({ label: `${r.reading} → ${r.label.zh}`, full: sensitivityWords(r).zh, delta: r.delta, key: `${r.reading}=${r.option}` })), '敏感性 / sensitivity', 'start')}</div>`);
    const nil = sv.rows.filter((r) => r.delta === '0.00').length;
    if (nil > 0) parts.push(`<p class="sub print">打印稿略去不改变合计的 ${nil} 行 / ${nil} rows that leave the total unchanged are left out of the printed copy.</p>`);
    parts.push(`<table data-testid="sensitivity"><thead><tr><th>解读 / Reading</th><th>现行 / In force</th><th>改为 / Switched to</th><th class="n">合计 / Total</th><th class="n">变化 / Change</th><th class="n">+ / −</th></tr></thead><tbody>` +
      sv.rows.map((r) => {
        const q = readingQuestion(r.reading);
        return `<tr data-reading="${e(r.reading)}" data-option="${e(r.option)}"${r.delta === '0.00' ? ' class="nil"' : ''}><td><code>${e(r.reading)}</code> ${e(q.zh)}<span class="en">${e(q.en)}</span></td>` +
          `<td>${e(r.inForceLabel.zh)}<span class="en">${e(r.inForceLabel.en)}</span></td><td>${e(r.label.zh)}<span class="en">${e(r.label.en)}</span></td>` +
          `${money(r.total)}${change(r.delta)}<td class="n">${r.betterOff} / ${r.worseOff}</td></tr>`;
      }).join('') +
      '</tbody></table>');
  }

  parts.push(`<footer>zz-airport-ai-policy ${e(report.engineVersion)} · ${AWARD_LINES.length} 条支付事项 / award lines · 金额单位：元 / amounts in yuan</footer>`);
  return '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(title)}</title><style>${CSS}</style></head>` +
    `<body><main>${parts.join('\n').replace(/<table/g, '<div class="scroll"><table').replace(/<\/table>/g, '</table></div>')}</main></body></html>\n`;
}
