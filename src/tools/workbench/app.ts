/**
 * The workbench page: the policy as the document reads, every bound number editable in place, boundary words that
 * switch in place, the register's consequential readings as switches, award lines that can be switched off, and
 * the money recomputed in a Web Worker after each edit. Chinese first, English beside it. The page's skeleton and
 * styles are in page.ts; this file builds the text and the panels and keeps the reform being drafted.
 */
import { AWARD_LINES, ITEM_LABEL, type ClauseId } from '../../policy/ids.js';
import { CLAUSES, CLAUSE_WORDS } from '../../clauses/index.js';
import { parameterDef, READINGS } from '../../policy/catalogue.js';
import { DEFAULT_PARAMETER_VALUES } from '../../policy/parameters.js';
import { PolicyInputError } from '../../edges/input/errors.js';
import { diffReforms } from '../drafting/compare.js';
import { groupedYuan, signedYuan } from '../drafting/format.js';
import { reformFromText, reformToYaml, type TextReform } from '../drafting/fromText.js';
import { CONSTRAINT_LABEL, STATUS_LABEL } from '../drafting/labels.js';
import { readBinding, readParameterNumber } from '../drafting/readWords.js';
import { BASELINE_REFORM, parseReform, reformFormatOf, validateReform, type Reform } from '../drafting/reform.js';
import { bindText, renderText, writeParameter, type Bilingual, type Binding, type BoundText } from '../drafting/text.js';
import type { PageComparison, PortfolioSource, WorkerAnswer, WorkerIssue, WorkerRequest } from './protocol.js';
import { printable } from './printable.js';

/** What the page knows when it starts (embedded by page.ts). */
export interface PageData {
  readonly policyText: string;
  readonly portfolioName: string;
  readonly version: string;
}

/** One edit's timing, kept for the tests and the bench (`window.__workbench.timings`). */
export interface EditTiming {
  /** From the edit to the figures on the page, in ms. */
  readonly ms: number;
  /** The worker's own time, in ms. */
  readonly workerMs: number;
  /** Beneficiaries evaluated again. */
  readonly evaluated: number;
}

type Values = Record<string, string | null>;

const $ = <T extends HTMLElement = HTMLElement>(sel: string, root: ParentNode = document): T => {
  const el = root.querySelector<T>(sel);
  if (!el) throw new Error(`workbench page: missing ${sel}`);
  return el;
};

/** Creates an element with attributes and children (text children are text nodes, never HTML). */
function h(tag: string, attrs: Record<string, string | boolean | undefined> = {}, ...children: (Node | string | null | undefined)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined) el.append(c);
  return el;
}

const bi = (b: Bilingual): string => `${b.zh} / ${b.en}`;
const cls = (delta: string): string => (delta.startsWith('-') ? 'down' : delta === '0.00' ? '' : 'up');

/** Runs the page. */
export function startApp(data: PageData, portfolioText: string, codeUrl: string): void {
  const bound: BoundText = bindText(data.policyText);
  const values: Values = {};
  const readings: Record<string, string> = {};
  const disabled = new Set<ClauseId>();
  const timings: EditTiming[] = [];
  let lastComparison: PageComparison | null = null;
  let loaded = false;

  // ---- The worker -------------------------------------------------------------------------------------------
  const worker = new Worker(codeUrl);
  let nextId = 1;
  let busy = false;
  let pending: { reform: Reform; at: number } | null = null;
  const inFlight = new Map<number, { at: number; kind: WorkerRequest['type'] }>();
  const reportWaiters = new Map<number, (html: string | null) => void>();
  const post = (req: WorkerRequest, at = performance.now()): void => {
    inFlight.set(req.id, { at, kind: req.type });
    worker.postMessage(req);
  };
  const setState = (state: 'loading' | 'computing' | 'ready' | 'error'): void => {
    document.body.dataset.state = state;
  };

  function pump(): void {
    if (busy || !pending || !loaded) return;
    busy = true;
    setState('computing');
    const { reform, at } = pending;
    pending = null;
    post({ type: 'compute', id: nextId++, reform }, at);
  }

  function schedule(): void {
    const reform = currentReform();
    renderChanges(reform);
    if (!reform) return;
    pending = { reform, at: performance.now() };
    pump();
  }

  worker.onmessage = (ev: MessageEvent<WorkerAnswer>) => {
    const a = ev.data;
    const sent = inFlight.get(a.id);
    inFlight.delete(a.id);
    switch (a.type) {
      case 'ready':
        return;
      case 'loaded':
        loaded = true;
        busy = false;
        $('#wb-portfolio-name').textContent = `${a.name}：${a.beneficiaries} 个受益对象、${a.years} 个年度 / ${a.beneficiaries} beneficiaries, ${a.years} award years`;
        status(`已载入组合（${Math.round(a.ms)} ms）/ portfolio loaded (${Math.round(a.ms)} ms)`);
        showIssues('#wb-portfolio-issues', []);
        pending = { reform: currentReform() ?? BASELINE_REFORM, at: performance.now() };
        pump();
        if (!busy) setState('ready');
        return;
      case 'computed': {
        busy = false;
        lastComparison = a.comparison;
        renderMoney(a.comparison);
        const ms = performance.now() - (sent?.at ?? performance.now());
        timings.push({ ms, workerMs: a.ms, evaluated: a.evaluated });
        status(`已重算：${Math.round(ms)} ms，重新计算 ${a.evaluated} 个对象 / recomputed in ${Math.round(ms)} ms, ${a.evaluated} beneficiaries evaluated again`);
        document.body.dataset.computed = String(a.id);
        if (pending) pump();
        else setState('ready');
        return;
      }
      case 'report':
        reportWaiters.get(a.id)?.(a.html);
        reportWaiters.delete(a.id);
        return;
      case 'error':
        if (a.request === 'report') {
          reportWaiters.get(a.id)?.(null);
          reportWaiters.delete(a.id);
        }
        if (a.request === 'load') showIssues('#wb-portfolio-issues', a.issues);
        else showIssues('#wb-errors', a.issues);
        busy = false;
        if (pending) pump();
        else setState(loaded ? 'ready' : 'error');
        return;
    }
  };
  worker.onerror = (e) => {
    showIssues('#wb-errors', [{ path: '(worker)', message: { zh: `后台计算出错：${e.message}`, en: `the background computation failed: ${e.message}` } }]);
    setState('error');
  };

  function load(source: PortfolioSource): void {
    loaded = false;
    busy = true;
    setState('loading');
    status('正在载入组合并按原文计算… / loading the portfolio and computing the draft as written…');
    post({ type: 'load', id: nextId++, source });
  }

  function status(text: string): void {
    $('#wb-status').textContent = text;
  }

  function showIssues(sel: string, issues: readonly WorkerIssue[]): void {
    const box = $(sel);
    box.replaceChildren(...issues.map((x) => h('li', {}, h('code', {}, x.path), ' ', x.message.zh, h('br'), h('span', { class: 'en', lang: 'en' }, x.message.en))));
    box.hidden = issues.length === 0;
  }

  // ---- The reform being drafted ----------------------------------------------------------------------------
  function currentReform(): Reform | null {
    try {
      const reform = validateReform({
        id: 'workbench',
        title: { zh: '工作台中的改革方案', en: 'reform drafted in the workbench' },
        parameters: { ...values },
        readings: { ...readings },
        disabledLines: AWARD_LINES.filter((c) => disabled.has(c)),
      });
      showIssues('#wb-errors', []);
      return reform;
    } catch (e) {
      if (!(e instanceof PolicyInputError)) throw e;
      showIssues('#wb-errors', e.issues.map((x) => ({ path: x.path, message: x.message })));
      return null;
    }
  }

  /** Sets a parameter (a value equal to the default is no change). */
  function setValue(param: string, value: string | null): void {
    if (value === (DEFAULT_PARAMETER_VALUES[param] ?? null)) delete values[param];
    else values[param] = value;
  }

  /** Replaces the whole reform (an imported file, a pasted text). */
  function adopt(reform: Reform): void {
    for (const k of Object.keys(values)) delete values[k];
    for (const k of Object.keys(readings)) delete readings[k];
    disabled.clear();
    for (const [k, v] of Object.entries(reform.parameters)) setValue(k, v);
    Object.assign(readings, reform.readings);
    for (const c of reform.disabledLines) disabled.add(c);
    refreshText();
    refreshReadings();
    schedule();
  }

  const valueOf = (param: string): string | null => (param in values ? values[param]! : DEFAULT_PARAMETER_VALUES[param] ?? null);

  // ---- The text ----------------------------------------------------------------------------------------------
  interface BoundView {
    readonly binding: Binding;
    readonly el: HTMLElement;
  }
  const views: BoundView[] = [];
  const lineViews = new Map<ClauseId, { switchEl: HTMLButtonElement; parts: HTMLElement[] }>();

  /** The grant sentence of each award line, located in the text. */
  const grants = AWARD_LINES.map((c) => {
    const at = data.policyText.indexOf(CLAUSE_WORDS[c].text);
    return { clause: c, start: at, end: at + CLAUSE_WORDS[c].text.length };
  }).filter((g) => g.start >= 0);

  function buildText(): void {
    const root = $('#wb-text');
    const source = data.policyText;
    let offset = 0;
    for (const line of source.split('\n')) {
      const start = offset;
      const end = offset + line.length;
      offset = end + 1;
      if (line.trim() === '') continue;
      const heading = /^(#{1,6}) /.exec(line);
      const tag = heading ? `h${Math.min(6, heading[1]!.length + 1)}` : 'p';
      const block = h(tag, { class: 'para' });
      const cuts = new Set<number>([start + (heading ? heading[0].length : 0), end]);
      for (const b of bound.bindings) if (b.start >= start && b.end <= end) cuts.add(b.start).add(b.end);
      for (const g of grants) if (g.start >= start && g.end <= end) cuts.add(g.start).add(g.end);
      const points = [...cuts].sort((x, y) => x - y);
      for (let i = 0; i + 1 < points.length; i++) {
        const a = points[i]!;
        const z = points[i + 1]!;
        const grant = grants.find((g) => g.start <= a && z <= g.end);
        const g0 = grants.find((g) => g.start === a);
        if (g0) block.append(lineSwitch(g0.clause));
        const binding = bound.bindings.find((b) => b.start === a);
        let node: HTMLElement;
        if (binding) {
          node = h('span', { class: 'bound', 'data-binding': binding.param });
          views.push({ binding, el: node });
        } else node = h('span', {}, source.slice(a, z));
        if (grant) {
          node.classList.add('grant');
          node.dataset.line = grant.clause;
          lineViews.get(grant.clause)?.parts.push(node);
        }
        block.append(node);
      }
      root.append(block);
    }
    refreshText();
  }

  function lineSwitch(c: ClauseId): HTMLButtonElement {
    const el = h('button', { type: 'button', role: 'switch', class: 'line-switch', 'data-line': c, 'aria-checked': 'true' }) as HTMLButtonElement;
    el.addEventListener('click', () => {
      if (disabled.has(c)) disabled.delete(c);
      else disabled.add(c);
      refreshLines();
      schedule();
    });
    lineViews.set(c, { switchEl: el, parts: [] });
    return el;
  }

  function refreshLines(): void {
    for (const [c, v] of lineViews) {
      const off = disabled.has(c);
      v.switchEl.setAttribute('aria-checked', String(!off));
      v.switchEl.textContent = off ? `${ITEM_LABEL[c]} 已取消 / off` : `${ITEM_LABEL[c]} 支付 / pays`;
      v.switchEl.title = `${off ? '恢复' : '取消'}${CLAUSE_WORDS[c].title.zh} / switch ${CLAUSE_WORDS[c].title.en} ${off ? 'on' : 'off'}`;
      for (const p of v.parts) p.classList.toggle('off', off);
    }
  }

  function refreshText(): void {
    for (const v of views) renderBinding(v);
    refreshLines();
  }

  const original = (b: Binding): string => data.policyText.slice(b.start, b.end);

  function numberText(param: string, fallback: string): string {
    const v = valueOf(param);
    return v === (DEFAULT_PARAMETER_VALUES[param] ?? null) ? fallback : writeParameter(param, v) ?? fallback;
  }

  function editButton(param: string, text: string, changed: boolean, was: string, onEdit: () => void): HTMLButtonElement {
    const def = parameterDef(param)!;
    const el = h('button', {
      type: 'button', class: `num${changed ? ' changed' : ''}`, 'data-param': param,
      'aria-label': `${def.title.zh}：${text}（按回车修改）/ ${def.title.en}: ${text} (press Enter to edit)`,
      title: changed ? `原文 / was：${was}` : `${def.title.zh} / ${def.title.en}`,
    }, text) as HTMLButtonElement;
    el.addEventListener('click', onEdit);
    return el;
  }

  function renderBinding(v: BoundView): void {
    const b = v.binding;
    const src = original(b);
    switch (b.kind) {
      case 'number': {
        const text = numberText(b.param, src);
        v.el.replaceChildren(editButton(b.param, text, text !== src, src, () => edit(v, b.param)));
        return;
      }
      case 'openRatio': {
        const value = valueOf(b.param);
        const text = value === null ? src : `按${writeParameter(b.param, value)}给予配套支持`;
        v.el.replaceChildren(editButton(b.param, text, text !== src, src, () => edit(v, b.param)));
        return;
      }
      case 'comparison': {
        const numberSrc = data.policyText.slice(b.numberAt[0], b.numberAt[1]);
        const wordsSrc = data.policyText.slice(b.wordsAt[0], b.wordsAt[1]);
        const text = numberText(b.param, numberSrc);
        const cmp = valueOf(b.comparison) as 'atLeast' | 'moreThan';
        const cmpDefault = DEFAULT_PARAMETER_VALUES[b.comparison];
        const words = cmp === 'atLeast' ? '（含）以上' : '超过';
        const other = cmp === 'atLeast' ? '超过' : '（含）以上';
        const def = parameterDef(b.comparison)!;
        const wordsEl = h('button', {
          type: 'button', class: `words${cmp !== cmpDefault ? ' changed' : ''}`, 'data-param': b.comparison, 'aria-pressed': String(cmp === 'atLeast'),
          'aria-label': `${def.title.zh}：「${words}」${cmp === 'atLeast' ? '含本数' : '不含本数'}，按下改为「${other}」 / ${def.title.en}: 「${words}」 (${cmp === 'atLeast' ? 'inclusive' : 'exclusive'}); press to switch to 「${other}」`,
          title: `改为 / switch to「${other}」${cmp !== cmpDefault ? `（原文 / was：${wordsSrc}）` : ''}`,
        }, words);
        wordsEl.addEventListener('click', () => {
          setValue(b.comparison, cmp === 'atLeast' ? 'moreThan' : 'atLeast');
          renderBinding(v);
          v.el.querySelector<HTMLButtonElement>('button.words')?.focus();
          schedule();
        });
        const numEl = editButton(b.param, text, text !== numberSrc, numberSrc, () => edit(v, b.param));
        if (cmp === 'atLeast') v.el.replaceChildren(...(b.reachWord ? ['达到'] : []), numEl, wordsEl);
        else v.el.replaceChildren(wordsEl, numEl);
        return;
      }
    }
  }

  /** Opens the in-place editor of a number. */
  function edit(v: BoundView, param: string): void {
    const b = v.binding;
    const button = v.el.querySelector<HTMLButtonElement>(`button.num[data-param="${CSS.escape(param)}"]`)!;
    const before = { ...values };
    const def = parameterDef(param)!;
    const input = h('input', {
      type: 'text', class: 'edit', 'data-param': param, value: button.textContent ?? '', size: String(Math.max(6, (button.textContent ?? '').length + 2)),
      'aria-label': `${def.title.zh}（回车确认，Esc 取消）/ ${def.title.en} (Enter to confirm, Escape to cancel)`, autocomplete: 'off', spellcheck: 'false',
    }) as HTMLInputElement;
    const why = h('span', { class: 'why', role: 'alert', 'data-why': param });
    why.hidden = true;
    const wrap = h('span', { class: 'editing' }, input, why);
    button.replaceWith(wrap);
    input.focus();
    input.select();
    let ok = true;
    const read = (): void => {
      const typed = input.value;
      const result = b.kind === 'openRatio' ? readBinding(b, typed, original(b)) : readParameterNumber(param, b.style, typed);
      ok = result.ok;
      input.setAttribute('aria-invalid', String(!ok));
      if (!result.ok) {
        why.replaceChildren(result.why.zh, h('br'), h('span', { lang: 'en', class: 'en' }, result.why.en));
        why.hidden = false;
        return;
      }
      why.hidden = true;
      let changed = false;
      for (const [k, val] of Object.entries(result.values)) {
        if (valueOf(k) !== val) changed = true;
        setValue(k, val);
      }
      if (changed) schedule();
    };
    let closed = false;
    const close = (restore: boolean): void => {
      if (closed) return;
      closed = true;
      if (restore) {
        const changed = JSON.stringify(values) !== JSON.stringify(before);
        for (const k of Object.keys(values)) delete values[k];
        Object.assign(values, before);
        if (changed) schedule();
      }
      renderBinding(v);
      v.el.querySelector<HTMLButtonElement>(`button.num[data-param="${CSS.escape(param)}"]`)?.focus();
    };
    input.addEventListener('input', read);
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        if (ok) close(false);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        close(true);
      }
    });
    input.addEventListener('blur', () => {
      if (ok && input.isConnected) close(false);
    });
  }

  // ---- Readings ----------------------------------------------------------------------------------------------
  const readingInputs = new Map<string, HTMLInputElement[]>();

  function buildReadings(): void {
    const main = $('#wb-readings');
    const other = $('#wb-other-readings');
    for (const def of READINGS) {
      // A consequential reading (register §11) is asked as its question, under the item it concerns.
      const question = def.consequential ? [`${def.item} `, def.question.zh, h('br'), h('span', { class: 'en', lang: 'en' }, def.question.en)] : [];
      const legend = h('legend', {}, h('code', {}, def.id), ' ', ...question);
      const box = h('fieldset', { class: 'reading', 'data-reading': def.id }, legend);
      const inputs: HTMLInputElement[] = [];
      for (const [option, words] of Object.entries(def.options)) {
        const input = h('input', { type: 'radio', name: `reading-${def.id}`, value: option }) as HTMLInputElement;
        input.addEventListener('change', () => {
          if (!input.checked) return;
          if (option === def.default) delete readings[def.id];
          else readings[def.id] = option;
          refreshReadings();
          schedule();
        });
        inputs.push(input);
        box.append(h('label', { class: 'option' }, input, ' ', h('b', {}, option), '：', words.zh, option === def.default ? '（默认）' : '', ' ',
          h('span', { class: 'en', lang: 'en' }, `${words.en}${option === def.default ? ' (default)' : ''}`)));
      }
      readingInputs.set(def.id, inputs);
      (def.consequential ? main : other).append(box);
    }
    refreshReadings();
  }

  function refreshReadings(): void {
    for (const def of READINGS) {
      const chosen = readings[def.id] ?? def.default;
      for (const input of readingInputs.get(def.id) ?? []) input.checked = input.value === chosen;
      document.querySelector(`fieldset[data-reading="${CSS.escape(def.id)}"]`)?.classList.toggle('changed', chosen !== def.default);
    }
  }

  // ---- The panels --------------------------------------------------------------------------------------------
  function renderChanges(reform: Reform | null): void {
    const list = $('#wb-changes');
    if (!reform) return;
    const d = diffReforms(BASELINE_REFORM, reform);
    const items: HTMLElement[] = [];
    for (const p of d.parameters) {
      const reset = h('button', { type: 'button', class: 'reset', 'data-reset': p.id }, '复原 / reset');
      reset.addEventListener('click', () => {
        delete values[p.id];
        refreshText();
        schedule();
      });
      items.push(h('li', { 'data-change': p.id }, h('code', {}, p.id), ` ${p.title.zh}：「${p.fromText ?? '未设定'}」→「${p.toText ?? '未设定'}」 `, h('span', { class: 'en', lang: 'en' }, p.title.en), ' ', reset));
    }
    for (const r of d.readings) {
      const reset = h('button', { type: 'button', class: 'reset', 'data-reset': r.id }, '复原 / reset');
      reset.addEventListener('click', () => {
        delete readings[r.id];
        refreshReadings();
        schedule();
      });
      items.push(h('li', { 'data-change': r.id }, h('code', {}, r.id), ` 解读 ${r.from}→${r.to}：${r.toLabel.zh} `, h('span', { class: 'en', lang: 'en' }, r.toLabel.en), ' ', reset));
    }
    for (const l of d.lines) {
      const reset = h('button', { type: 'button', class: 'reset', 'data-reset': l.clause }, '恢复 / switch on');
      reset.addEventListener('click', () => {
        disabled.delete(l.clause);
        refreshLines();
        schedule();
      });
      items.push(h('li', { 'data-change': l.clause }, `${l.item} ${l.title.zh} 已取消 `, h('span', { class: 'en', lang: 'en' }, `${l.title.en} switched off`), ' ', reset));
    }
    list.replaceChildren(...(items.length > 0 ? items : [h('li', { class: 'none' }, '尚无改动：点击正文中的数字修改 / no changes yet: click a number in the text to edit it')]));
  }

  const td = (text: string, c = ''): HTMLElement => h('td', { class: c || undefined }, text);
  const money = (y: string): HTMLElement => td(groupedYuan(y), 'n');
  const change = (y: string): HTMLElement => td(signedYuan(y), `n ${cls(y)}`);

  function renderMoney(c: PageComparison): void {
    $('[data-testid=total-baseline]').textContent = groupedYuan(c.total.baseline);
    $('[data-testid=total-reform]').textContent = groupedYuan(c.total.reform);
    const delta = $('[data-testid=total-delta]');
    delta.textContent = signedYuan(c.total.delta);
    delta.className = `v ${cls(c.total.delta)}`;
    $('[data-testid=counts]').textContent = `${c.counts.betterOff} / ${c.counts.worseOff} / ${c.counts.unchanged}`;
    $('#wb-summary-delta').textContent = signedYuan(c.total.delta);
    $('#wb-summary-delta').className = cls(c.total.delta);
    $('#wb-summary-total').textContent = groupedYuan(c.total.reform);

    $('[data-testid=by-year] tbody').replaceChildren(
      h('tr', { class: 'total' }, td('合计 / Total'), money(c.total.baseline), money(c.total.reform), change(c.total.delta)),
      ...c.byYear.map((y) => h('tr', { 'data-year': String(y.awardYear) }, td(`${y.awardYear}`), money(y.baseline), money(y.reform), change(y.delta))),
    );
    // Numbers for the bars' widths only; every amount shown is the exact string.
    const maxDelta = Math.max(1, ...c.byClause.map((x) => Math.abs(Number(x.delta))));
    $('[data-testid=by-clause] tbody').replaceChildren(...c.byClause.map((x) => {
      const width = Math.round((Math.abs(Number(x.delta)) / maxDelta) * 100);
      const bar = h('span', { class: `bar ${cls(x.delta)}`, style: `width:${width}%`, 'aria-hidden': 'true' });
      const off = disabled.has(x.clause);
      return h('tr', { 'data-clause': x.clause, class: x.delta === '0.00' ? 'same' : 'moved' },
        h('td', { title: bi(x.title) }, x.item, off ? h('span', { class: 'en' }, ' 已取消 off') : null), money(x.baseline), money(x.reform), change(x.delta), h('td', { class: 'barcell' }, bar));
    }));

    const binding = c.bindingSummary.filter((b) => b.newlyBinding > 0 || b.noLongerBinding > 0);
    $('[data-testid=binding] tbody').replaceChildren(...(binding.length === 0
      ? [h('tr', {}, h('td', { colspan: '3' }, '无 / none'))]
      : binding.map((b) => h('tr', { 'data-code': b.code }, td(bi(CONSTRAINT_LABEL[b.code])), td(String(b.newlyBinding), 'n'), td(String(b.noLongerBinding), 'n')))));
    $('[data-testid=status-changes]').replaceChildren(...c.statusChanges.map((s) =>
      h('li', {}, `${bi(STATUS_LABEL[s.from])} → ${bi(STATUS_LABEL[s.to])}：${s.lines}`)));

    $('[data-testid=most-affected] tbody').replaceChildren(...(c.mostAffected.length === 0
      ? [h('tr', {}, h('td', { colspan: '3' }, '无 / none'))]
      : c.mostAffected.map((b) => h('tr', { 'data-beneficiary': b.beneficiaryId }, td(`${b.beneficiaryId} ${b.name ?? ''}`.trim(), 'who'), money(b.reform), change(b.delta)))));

    $('[data-testid=largest]').replaceChildren(...(c.largestChanges.length === 0
      ? [h('li', { class: 'none' }, '无 / none')]
      : c.largestChanges.map((l) => h('li', { 'data-claim': `${l.beneficiaryId}/${l.claimId}` },
        h('div', {}, h('strong', {}, `${l.beneficiaryId} ${l.awardYear} ${l.item}`), `（${l.claimId}）${groupedYuan(l.net.baseline)} → ${groupedYuan(l.net.reform)} `, h('span', { class: cls(l.net.delta) }, signedYuan(l.net.delta))),
        h('details', {}, h('summary', {}, '引擎的说明 / the engine\'s explanation'),
          h('p', { class: 'expl' }, h('b', {}, '原 / before'), h('br'), ...l.explanation.baseline.zh.flatMap((t) => [t, h('br')]), h('span', { class: 'en', lang: 'en' }, l.explanation.baseline.en.join(' '))),
          h('p', { class: 'expl' }, h('b', {}, '新 / after'), h('br'), ...l.explanation.reform.zh.flatMap((t) => [t, h('br')]), h('span', { class: 'en', lang: 'en' }, l.explanation.reform.en.join(' '))))))));
  }

  // ---- Files in and out -------------------------------------------------------------------------------------
  function download(name: string, text: string, type: string): void {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = h('a', { href: url, download: name }) as HTMLAnchorElement;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  function rewordedText(reform: Reform): string {
    const rendered = renderText(bound, reform.parameters);
    if (reform.disabledLines.length === 0) return rendered.text;
    const note = reform.disabledLines.map((c) => `- ${ITEM_LABEL[c]} ${CLAUSE_WORDS[c].title.zh}：${CLAUSE_WORDS[c].text}`).join('\n');
    return `${rendered.text.trimEnd()}\n\n---\n\n附：改革方案取消以下条款（上文仍保留原句）/ the reform switches these lines off (their sentences are kept above):\n\n${note}\n`;
  }

  $('#wb-export-yaml').addEventListener('click', () => {
    const reform = currentReform();
    if (reform) download('reform.yaml', reformToYaml(reform), 'text/yaml');
  });
  $('#wb-export-md').addEventListener('click', () => {
    const reform = currentReform();
    if (reform) download('policy-reworded.md', rewordedText(reform), 'text/markdown');
  });
  $('#wb-export-report').addEventListener('click', () => {
    const reform = currentReform();
    if (!reform || !loaded) return;
    const id = nextId++;
    status('正在生成影响报告… / building the impact report…');
    reportWaiters.set(id, (html) => {
      if (html === null) return;
      download('impact-report.html', printable(html), 'text/html');
      status('影响报告已导出 / impact report exported');
    });
    post({ type: 'report', id, reform });
  });
  $('#wb-print').addEventListener('click', () => window.print());

  $('#wb-import-reform').addEventListener('change', async (ev) => {
    const input = ev.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      adopt(parseReform(await file.text(), reformFormatOf(file.name)));
      showIssues('#wb-import-issues', []);
      status(`已导入改革方案 ${file.name} / reform ${file.name} imported`);
    } catch (e) {
      if (!(e instanceof PolicyInputError)) throw e;
      showIssues('#wb-import-issues', e.issues.map((x) => ({ path: `${file.name} ${x.path}`, message: x.message })));
    }
  });

  $('#wb-load-portfolio').addEventListener('change', async (ev) => {
    const input = ev.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length === 0) return;
    const csv = files.filter((f) => /\.csv$/i.test(f.name));
    if (files.length === 1 && /\.json$/i.test(files[0]!.name)) {
      load({ kind: 'json', name: files[0]!.name, text: await files[0]!.text() });
      return;
    }
    if (csv.length === 2 && files.length === 2) {
      const read = async (f: File): Promise<{ name: string; bytes: Uint8Array; header: string }> => {
        const bytes = new Uint8Array(await f.arrayBuffer());
        return { name: f.name, bytes, header: new TextDecoder().decode(bytes.slice(0, 4096)).split(/\r?\n/)[0] ?? '' };
      };
      const [a, b] = await Promise.all(csv.map(read));
      const claimsFirst = /(^|,)claimId(,|$)/.test(a!.header.replace(/^\uFEFF/, ''));
      const [ben, cl] = claimsFirst ? [b!, a!] : [a!, b!];
      load({ kind: 'csv', beneficiaries: { name: ben.name, bytes: ben.bytes }, claims: { name: cl.name, bytes: cl.bytes } });
      return;
    }
    showIssues('#wb-portfolio-issues', [{ path: files.map((f) => f.name).join(', '), message: {
      zh: '应选择一个 JSON 组合文件，或同时选择两个 CSV 文件（受益对象表与事项表，见 docs/csv-layout.md）',
      en: 'choose one JSON portfolio file, or the two CSV files together (beneficiaries and claims, see docs/csv-layout.md)',
    } }]);
  });

  // The edited draft.
  const dialog = $('#wb-paste') as HTMLDialogElement;
  let lastRead: TextReform | null = null;
  $('#wb-open-paste').addEventListener('click', () => {
    dialog.showModal();
    $('#wb-paste-text').focus();
  });
  $('#wb-paste-close').addEventListener('click', () => dialog.close());
  $('#wb-paste-file').addEventListener('change', async (ev) => {
    const input = ev.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) ($('#wb-paste-text') as HTMLTextAreaElement).value = await file.text();
  });
  $('#wb-paste-read').addEventListener('click', () => {
    const text = ($('#wb-paste-text') as HTMLTextAreaElement).value;
    lastRead = reformFromText(data.policyText, text);
    const r = lastRead;
    $('#wb-paste-recognised').replaceChildren(...(r.recognised.length === 0
      ? [h('li', { class: 'none' }, '未读出参数改动 / no number or boundary word changed')]
      : r.recognised.map((x) => h('li', { 'data-param': x.param }, `${x.item} ${x.title.zh}：「${x.old}」→「${x.new}」 `, h('code', {}, x.param), ' ', h('span', { class: 'en', lang: 'en' }, x.title.en)))));
    $('#wb-paste-not-modelled').replaceChildren(...(r.notModelled.length === 0
      ? [h('li', { class: 'none' }, '无：每处改动都已建模 / none: every edit is modelled')]
      : r.notModelled.map((x) => h('li', { 'data-kind': x.kind }, h('b', {}, `${x.item} [${x.kind}] `), `「${x.old}」→「${x.new}」`, h('br'),
        x.sentence.new !== '' && x.sentence.new !== x.new ? h('span', { class: 'expl' }, `现为 / now reads：${x.sentence.new}`) : null, x.sentence.new !== '' && x.sentence.new !== x.new ? h('br') : null, x.why.zh, ' ',
        h('span', { class: 'en', lang: 'en' }, x.why.en), x.hint ? h('br') : null, x.hint ? `${x.hint.zh} ` : null, x.hint ? h('span', { class: 'en', lang: 'en' }, x.hint.en) : null))));
    $('#wb-paste-result').hidden = false;
    ($('#wb-paste-apply') as HTMLButtonElement).disabled = false;
  });
  $('#wb-paste-apply').addEventListener('click', () => {
    if (!lastRead) return;
    const base = currentReform() ?? BASELINE_REFORM;
    adopt({ ...base, parameters: lastRead.reform.parameters });
    dialog.close();
    status(`已应用修改稿：${lastRead.recognised.length} 处参数改动，${lastRead.notModelled.length} 处未建模 / edited text applied: ${lastRead.recognised.length} parameter changes, ${lastRead.notModelled.length} edits not modelled`);
  });
  $('#wb-reset').addEventListener('click', () => {
    showIssues('#wb-import-issues', []);
    adopt(BASELINE_REFORM);
  });

  // ---- Start -------------------------------------------------------------------------------------------------
  buildText();
  buildReadings();
  renderChanges(BASELINE_REFORM);
  (window as unknown as { __workbench: unknown }).__workbench = {
    timings,
    reform: () => currentReform(),
    comparison: () => lastComparison,
  };
  post({ type: 'init', id: nextId++, policyText: data.policyText });
  load({ kind: 'json', name: data.portfolioName, text: portfolioText });
}
