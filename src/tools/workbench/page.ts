/**
 * The workbench as one self-contained HTML file: the page's skeleton and styles, the policy text, the portfolio
 * and the bundled script (the engine and the drafting tools, built for the browser by build.ts). The script is
 * carried once, as text; a small inline loader turns it into a Blob URL, runs it in the page and starts the Web
 * Worker from the same URL. A Content-Security-Policy forbids every request outside the file.
 */
import { escapeHtml } from '../drafting/html.js';

/** What the page is made of. */
export interface WorkbenchPageInput {
  /** The bundled script (build.ts). */
  readonly code: string;
  /** The canonical text, `policy/policy.zh.md`. */
  readonly policyText: string;
  /** The portfolio as JSON text: a list of multi-year inputs. */
  readonly portfolioJson: string;
  readonly portfolioName: string;
  readonly version: string;
}

/** JSON or script text made safe inside a `<script>` element (no `</script`, no `<!--`). */
function scriptText(text: string): string {
  return text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** JSON made safe inside a `<script type="application/json">` element. */
function jsonText(text: string): string {
  return text.replace(/</g, '\\u003c');
}

const CSP = "default-src 'none'; script-src 'unsafe-inline' blob:; worker-src blob:; style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'; font-src 'none'; form-action 'none'; base-uri 'none'";

const CSS = `
:root{--ink:#1d2430;--muted:#5d6878;--line:#d9dee6;--accent:#1f6fb2;--up:#1a7f4b;--down:#b3261e;--bg:#f6f7f9;--ins:#d8f3e3;--del:#fde2e1;--focus:#f2a900}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:15px/1.7 "Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;color:var(--ink);background:var(--bg)}
.en{color:var(--muted);font-size:.86em}
header.top{background:#fff;border-bottom:1px solid var(--line);padding:10px 16px}
header.top h1{font-size:18px;margin:0;line-height:1.4}
header.top .sub{color:var(--muted);font-size:13px;margin:2px 0 6px}
.toolbar{display:flex;flex-wrap:wrap;gap:6px;align-items:center}
.toolbar button,.toolbar label.file,dialog button{font:inherit;font-size:13px;padding:4px 10px;border:1px solid var(--line);border-radius:6px;background:#fff;color:var(--ink);cursor:pointer;min-height:32px}
.toolbar label.file input{position:absolute;width:1px;height:1px;opacity:0}
.toolbar label.file:focus-within{outline:3px solid var(--focus)}
#wb-summary{position:sticky;top:0;z-index:5;background:#1d2430;color:#fff;padding:6px 16px;font-size:14px;display:flex;flex-wrap:wrap;gap:4px 16px;align-items:center}
#wb-summary .up{color:#7be0a7}#wb-summary .down{color:#ffaba5}
#wb-status{font-size:12px;color:#c9d1dc}
.layout{display:grid;grid-template-columns:minmax(0,1.5fr) minmax(0,1fr);gap:16px;max-width:1400px;margin:0 auto;padding:12px 16px 48px}
#wb-doc{background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px 22px 20px;min-width:0}
#wb-doc h2{font-size:19px;text-align:center;margin:14px 0 6px}#wb-doc h3{font-size:16px;margin:18px 0 4px}
#wb-doc p{margin:6px 0;text-indent:2em}
button.num,button.words{font:inherit;color:var(--accent);background:#eef5fc;border:1px dashed var(--accent);border-radius:4px;padding:0 3px;margin:0 1px;cursor:pointer;text-indent:0;line-height:1.5}
button.num.changed,button.words.changed{background:var(--ins);color:#0f5132;border:1px solid #1a7f4b;font-weight:600}
button.words{color:#6a3fb5;border-color:#6a3fb5;background:#f3eefc}
.editing{display:inline-flex;flex-direction:column;vertical-align:top;text-indent:0}
input.edit{font:inherit;padding:0 4px;border:2px solid var(--accent);border-radius:4px;min-width:6em}
input.edit[aria-invalid=true]{border-color:var(--down);background:#fff5f5}
.why{display:block;max-width:22em;font-size:12px;line-height:1.4;color:var(--down);background:#fff;border:1px solid var(--down);border-radius:4px;padding:2px 6px;margin-top:2px}
.grant.off,.grant.off button{text-decoration:line-through;color:var(--muted)}
button.line-switch{font:inherit;font-size:11px;text-indent:0;border:1px solid var(--up);color:var(--up);background:#fff;border-radius:10px;padding:0 6px;margin:0 4px;cursor:pointer;vertical-align:1px;line-height:1.6}
button.line-switch[aria-checked=false]{border-color:var(--down);color:var(--down);background:var(--del)}
:focus-visible{outline:3px solid var(--focus);outline-offset:1px}
aside{min-width:0}
.panel{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 14px;margin-bottom:12px}
.panel h2{font-size:15px;margin:0 0 6px;padding-bottom:3px;border-bottom:2px solid var(--line)}
.cards{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:8px}
.card{border:1px solid var(--line);border-radius:6px;padding:6px 8px;min-width:0}
.card .k{color:var(--muted);font-size:12px}.card .v{font-size:16px;font-weight:600;font-variant-numeric:tabular-nums;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid var(--line);padding:3px 5px;text-align:left;vertical-align:top}
th{font-size:12px;color:var(--muted);font-weight:600}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
th.n{white-space:normal}
td.who{overflow-wrap:anywhere}
.up{color:var(--up)}.down{color:var(--down)}
tr.same{color:var(--muted)}
.barcell{width:22%;min-width:40px}.bar{display:block;height:8px;border-radius:2px;background:var(--muted);min-width:1px}.bar.up{background:var(--up)}.bar.down{background:var(--down)}
.scroll{overflow-x:auto}
ol,ul{padding-left:20px;margin:4px 0}
li{margin:3px 0;font-size:13px}
.expl{font-size:12px;color:var(--muted);margin:4px 0}
fieldset.reading{border:1px solid var(--line);border-radius:6px;margin:6px 0;padding:4px 8px 6px;font-size:13px}
fieldset.reading.changed{border-color:#1a7f4b;background:#f3fbf6}
fieldset.reading legend{font-weight:600;padding:0 4px}
label.option{display:block;cursor:pointer;padding:1px 0}
.issues{color:var(--down);font-size:13px}
button.reset{font-size:11px;padding:0 6px;border:1px solid var(--line);border-radius:4px;background:#fff;cursor:pointer}
dialog{width:min(900px,96vw);max-height:92vh;border:1px solid var(--line);border-radius:8px;padding:12px 16px}
dialog textarea{width:100%;min-height:12em;font:13px/1.5 inherit}
footer{color:var(--muted);font-size:12px;text-align:center;padding:12px}
@media (max-width:1000px){.layout{grid-template-columns:minmax(0,1fr);padding:8px}#wb-doc{padding:6px 12px 14px}}
@media (max-width:480px){body{font-size:15px}#wb-doc p{text-indent:0}.cards{grid-template-columns:minmax(0,1fr)}.barcell{display:none}header.top h1{font-size:16px}}
@media print{
  @page{size:A4;margin:14mm 12mm}
  body{background:#fff;font-size:11pt}
  .toolbar,#wb-summary,fieldset.reading:not(.changed),#wb-other,dialog,button.reset,.no-print{display:none!important}
  .layout{display:block;padding:0}
  #wb-doc,.panel{border:0;padding:0}
  button.num,button.words,button.line-switch{border:0;background:none;color:inherit;padding:0}
  button.num.changed,button.words.changed{background:var(--ins)}
  .panel,table,li{break-inside:avoid}
}
`;

/** The page's skeleton: the toolbar, the text, the panels, the dialog for an edited text. */
const BODY = `
<header class="top">
  <h1>政策起草工作台 <span class="en" lang="en">Policy drafting workbench</span></h1>
  <p class="sub">《郑州航空港区支持人工智能产业发展的若干政策措施（征求意见稿）》· 点击正文中的数字直接修改，金额随即重算 <span class="en" lang="en">click a number in the text to change it; the money is recomputed at once</span></p>
  <div class="toolbar" role="toolbar" aria-label="工作台操作 / workbench actions">
    <label class="file">载入组合 / Load portfolio (JSON or 2 CSV)<input id="wb-load-portfolio" type="file" accept=".json,.csv" multiple></label>
    <button type="button" id="wb-open-paste">粘贴修改稿 / Paste edited text</button>
    <label class="file">导入改革方案 / Import reform<input id="wb-import-reform" type="file" accept=".yaml,.yml,.json"></label>
    <button type="button" id="wb-export-yaml">导出改革方案 YAML / Export reform</button>
    <button type="button" id="wb-export-md">导出全文 .md / Export text</button>
    <button type="button" id="wb-export-report">导出影响报告 HTML / Export report</button>
    <button type="button" id="wb-print">打印 / Print (A4)</button>
    <button type="button" id="wb-reset">全部复原 / Reset all</button>
  </div>
  <p class="sub" id="wb-portfolio-name"></p>
  <ul class="issues" id="wb-portfolio-issues" hidden aria-live="polite"></ul>
  <ul class="issues" id="wb-import-issues" hidden aria-live="polite"></ul>
  <ul class="issues" id="wb-errors" hidden aria-live="polite"></ul>
</header>
<div id="wb-summary" aria-live="polite">
  <span>改革合计 / Reform total <b id="wb-summary-total">…</b></span>
  <span>变化 / Change <b id="wb-summary-delta">…</b></span>
  <span id="wb-status" role="status">正在载入… / loading…</span>
</div>
<div class="layout">
  <main id="wb-doc" lang="zh-CN" aria-label="政策正文 / the policy text"><div id="wb-text"></div></main>
  <aside aria-label="金额与设置 / money and settings">
    <section class="panel" aria-labelledby="h-money">
      <h2 id="h-money">金额 / Money</h2>
      <div class="cards">
        <div class="card"><div class="k">原文合计 / Draft as written</div><div class="v" data-testid="total-baseline">…</div></div>
        <div class="card"><div class="k">改革合计 / Reform</div><div class="v" data-testid="total-reform">…</div></div>
        <div class="card"><div class="k">变化 / Change</div><div class="v" data-testid="total-delta">…</div></div>
        <div class="card"><div class="k">增加 / 减少 / 不变 · better / worse / same</div><div class="v" data-testid="counts">…</div></div>
      </div>
      <h3>按奖励年度 / By award year</h3>
      <div class="scroll"><table data-testid="by-year"><thead><tr><th>年度 / Year</th><th class="n">原文 / Draft</th><th class="n">改革 / Reform</th><th class="n">变化 / Change</th></tr></thead><tbody></tbody></table></div>
    </section>
    <section class="panel" aria-labelledby="h-changes">
      <h2 id="h-changes">你的改动 / Your changes</h2>
      <ul id="wb-changes"></ul>
    </section>
    <section class="panel" aria-labelledby="h-clause">
      <h2 id="h-clause">按条款 / By clause</h2>
      <div class="scroll"><table data-testid="by-clause"><thead><tr><th>条款 / Line</th><th class="n">原文 / Draft</th><th class="n">改革 / Reform</th><th class="n">变化 / Change</th><th class="barcell"><span class="en">Δ</span></th></tr></thead><tbody></tbody></table></div>
    </section>
    <section class="panel" aria-labelledby="h-binding">
      <h2 id="h-binding">约束变化 / Constraints binding differently</h2>
      <div class="scroll"><table data-testid="binding"><thead><tr><th>约束 / Constraint</th><th class="n">新起作用 / newly binding</th><th class="n">不再起作用 / no longer</th></tr></thead><tbody></tbody></table></div>
      <ul data-testid="status-changes"></ul>
    </section>
    <section class="panel" aria-labelledby="h-affected">
      <h2 id="h-affected">受影响最大的对象 / Most affected</h2>
      <div class="scroll"><table data-testid="most-affected"><thead><tr><th>对象 / Beneficiary</th><th class="n">改革 / Reform</th><th class="n">变化 / Change</th></tr></thead><tbody></tbody></table></div>
      <h3>变化最大的事项 / Largest line changes</h3>
      <ol data-testid="largest"></ol>
    </section>
    <section class="panel" aria-labelledby="h-readings">
      <h2 id="h-readings">解读（登记册第11节）/ Readings (register §11)</h2>
      <div id="wb-readings"></div>
      <details id="wb-other"><summary>其他解读 / other readings</summary><div id="wb-other-readings"></div></details>
    </section>
  </aside>
</div>
<dialog id="wb-paste" aria-labelledby="h-paste">
  <h2 id="h-paste">修改稿 → 改革方案 / Edited text → reform</h2>
  <p>粘贴或载入修改后的全文（Markdown 或纯文本）。改动的数字与门槛用语读作参数；其他改动逐条列为“未建模”。<br><span class="en" lang="en">Paste or load the edited full text (Markdown or plain). Changed numbers and threshold words become parameters; every other edit is listed as not modelled.</span></p>
  <label for="wb-paste-text">修改稿 / Edited text</label>
  <textarea id="wb-paste-text" spellcheck="false"></textarea>
  <p><label class="file">载入文件 / Load a file (.md, .txt) <input id="wb-paste-file" type="file" accept=".md,.txt,.markdown,text/plain"></label></p>
  <p><button type="button" id="wb-paste-read">读出改革方案 / Read the reform</button>
     <button type="button" id="wb-paste-apply" disabled>应用 / Apply</button>
     <button type="button" id="wb-paste-close">关闭 / Close</button></p>
  <div id="wb-paste-result" hidden>
    <h3>读出的改动 / Recognised</h3><ul id="wb-paste-recognised"></ul>
    <h3>未建模的改动 / Not modelled</h3><ul id="wb-paste-not-modelled"></ul>
  </div>
</dialog>
`;

/** The whole page. */
export function workbenchHtml(input: WorkbenchPageInput): string {
  const data = JSON.stringify({ policyText: input.policyText, portfolioName: input.portfolioName, version: input.version });
  const loader = `(function(){var c=document.getElementById('wb-code').textContent;var u=URL.createObjectURL(new Blob([c],{type:'text/javascript'}));` +
    `window.__WB_CODE_URL__=u;var s=document.createElement('script');s.src=u;document.body.appendChild(s);})();`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">
<title>政策起草工作台 / Policy drafting workbench — zz-airport-ai-policy ${escapeHtml(input.version)}</title>
<style>${CSS}</style>
</head>
<body data-state="loading">
${BODY}
<footer>zz-airport-ai-policy ${escapeHtml(input.version)} · 组合 / portfolio: ${escapeHtml(input.portfolioName)} · 本文件自含引擎、正文与数据，不访问网络 / this file holds the engine, the text and the data, and makes no network request</footer>
<script type="application/json" id="wb-data">${jsonText(data)}</script>
<script type="application/json" id="wb-portfolio-data">${jsonText(input.portfolioJson)}</script>
<script type="text/plain" id="wb-code">${scriptText(input.code)}</script>
<script>${loader}</script>
</body>
</html>
`;
}
