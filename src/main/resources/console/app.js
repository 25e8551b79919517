// The console page: the centre's live alert feed with its charts, the referral channels, and a
// household's assistance chain. Plain DOM, no framework; the server pages and filters, so the page
// never holds more than one page of rows.
'use strict';
const COLORS = { red: '#d7263d', orange: '#f08a24', yellow: '#e3b505' };
const TYPE_COLOR = '#4f7cac';
const PAGE = 50;
const App = { me: null, meta: null, offset: 0, total: 0, rows: [], fresh: new Set(), missed: 0, stream: null,
  household: null, rOffset: 0, tab: null, referral: null };
const $ = id => document.getElementById(id);

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
  return e;
}

async function api(path, options = {}) {
  const headers = Object.assign({ 'Accept': 'application/json' }, options.headers || {});
  if (App.me) headers['X-Doudi-Csrf'] = App.me.csrf;
  const res = await fetch(path, Object.assign({}, options, { headers, credentials: 'same-origin' }));
  if (res.status === 401) { location.href = '/signin'; throw new Error('signed out'); }
  if (!res.ok) {
    const err = new Error(await res.text() || res.statusText);
    err.status = res.status;
    throw err;
  }
  return res.status === 204 ? null : res.json();
}

const zh = (map, id) => (map && map[id]) ? map[id].zh : id;
const both = (map, id) => (map && map[id]) ? `${map[id].zh} ${map[id].en}` : id;
const time = iso => iso ? iso.slice(0, 16).replace('T', ' ') : '';
const grade = g => el('span', { class: `grade ${g}`, 'data-grade': g }, both(App.meta.grades, g));
const department = d => zh(App.meta.departments, d);
const money = n => `¥${Charts.fmt(n)}`;

// ---- start -------------------------------------------------------------------------------------

async function start() {
  [App.me, App.meta] = await Promise.all([api('/api/me'), api('/api/meta')]);
  const centre = App.me.role === 'monitoring-centre';
  $('user').textContent = centre ? `${App.me.name} · 监测中心 monitoring centre`
    : `${App.me.name} · ${both(App.meta.departments, App.me.department)}`;
  $('title').textContent = centre ? '监测中心 Monitoring centre' : `${department(App.me.department)} 转介 Referrals`;
  const tabs = centre ? [['alerts', '预警 Alerts'], ['referrals', '转介 Referrals']] : [['referrals', '转介 Referrals']];
  $('tabs').replaceChildren(...tabs.map(([id, label]) => el('button', { type: 'button', id: `tab-${id}`, 'data-tab': id, onclick: () => show(id) }, label)));
  fillFilters(centre);
  bind();
  show(centre ? 'alerts' : 'referrals');
  openStream();
}

function fillFilters(centre) {
  const add = (select, map, label) => Object.entries(map).forEach(([id, n]) => select.append(el('option', { value: id }, label ? label(id, n) : `${n.zh} ${n.en}`)));
  add($('f-grade'), App.meta.grades);
  add($('f-type'), App.meta.types);
  App.meta.cities.forEach(c => $('f-city').append(el('option', { value: c.code }, c.name)));
  add($('f-department'), App.meta.departments, (id, n) => `转介至 ${n.zh}`);
  add($('f-status'), App.meta.statuses);
  const rd = $('r-department');
  if (centre) {
    rd.append(el('option', { value: '' }, '全部部门 All departments'));
    add(rd, App.meta.departments);
  } else {
    rd.hidden = true;
  }
  add($('answer-outcome'), App.meta.outcomes);
}

function bind() {
  const refilter = () => { App.offset = 0; loadAlerts(); loadGlance(); openStream(); };
  $('filters').addEventListener('change', e => {
    if (e.target.id === 'f-city') fillCounties();
    refilter();
  });
  let typing;
  $('f-household').addEventListener('input', () => { clearTimeout(typing); typing = setTimeout(refilter, 300); });
  $('filters').addEventListener('reset', () => setTimeout(() => { fillCounties(); refilter(); }));
  $('filters').addEventListener('submit', e => e.preventDefault());
  $('prev').addEventListener('click', () => { App.offset = Math.max(0, App.offset - PAGE); loadAlerts(); });
  $('next').addEventListener('click', () => { App.offset += PAGE; loadAlerts(); });
  $('new-alerts').addEventListener('click', () => { App.offset = 0; loadAlerts(); });
  $('referral-filters').addEventListener('change', () => { App.rOffset = 0; loadReferrals(); });
  $('referral-filters').addEventListener('submit', e => e.preventDefault());
  $('r-query').addEventListener('input', () => { clearTimeout(typing); typing = setTimeout(() => { App.rOffset = 0; loadReferrals(); }, 300); });
  $('r-prev').addEventListener('click', () => { App.rOffset = Math.max(0, App.rOffset - PAGE); loadReferrals(); });
  $('r-next').addEventListener('click', () => { App.rOffset += PAGE; loadReferrals(); });
  $('household-close').addEventListener('click', () => { App.household = null; $('household').hidden = true; });
  $('signout').addEventListener('click', async () => { await api('/signout', { method: 'POST' }); location.href = '/signin'; });
  $('answer-cancel').addEventListener('click', () => $('answer-dialog').close());
  $('answer-form').addEventListener('submit', sendAnswer);
}

function fillCounties() {
  const city = App.meta.cities.find(c => c.code === $('f-city').value);
  $('f-county').replaceChildren(el('option', { value: '' }, '全部县区 All counties'),
    ...(city ? city.counties.map(c => el('option', { value: c.code }, c.name)) : []));
}

function show(tab) {
  App.tab = tab;
  document.querySelectorAll('#tabs button').forEach(b => b.classList.toggle('on', b.dataset.tab === tab));
  $('alerts-view').hidden = tab !== 'alerts';
  $('referrals-view').hidden = tab !== 'referrals';
  if (tab === 'alerts') { loadAlerts(); loadGlance(); } else { loadReferrals(); }
}

// ---- live feed ---------------------------------------------------------------------------------

function filterQuery() {
  const q = new URLSearchParams();
  for (const f of ['grade', 'type', 'city', 'county', 'department', 'status', 'household']) {
    const v = $(`f-${f}`).value.trim();
    if (v) q.set(f, v);
  }
  return q;
}

function openStream() {
  if (App.stream) App.stream.close();
  const es = new EventSource(`/api/stream?${filterQuery()}`);
  App.stream = es;
  es.addEventListener('hello', () => $('live').classList.remove('off'));
  es.onerror = () => $('live').classList.add('off');
  es.addEventListener('alerts', e => pushed(JSON.parse(e.data)));
  es.addEventListener('glance', e => renderGlance(JSON.parse(e.data)));
  es.addEventListener('referrals', () => { if (App.tab === 'referrals') later('referrals', loadReferrals); });
  es.addEventListener('chains', e => {
    const d = JSON.parse(e.data);
    if (App.household && (d.all || d.households.includes(App.household.shown))) later('chain', () => loadChain(App.household.id));
  });
}

const timers = {};
function later(key, fn) { clearTimeout(timers[key]); timers[key] = setTimeout(fn, 150); }

function pushed({ rows, gone }) {
  if (App.offset > 0) {
    App.missed += rows.length;
    $('new-alerts').hidden = false;
    $('new-alerts').textContent = `${Charts.fmt(App.missed)} 条新预警 new alerts — 回到最新 back to the newest`;
    return;
  }
  const changed = new Set([...rows.map(r => r.alertId), ...gone]);
  rows.forEach(r => App.fresh.add(r.alertId));
  App.rows = rows.concat(App.rows.filter(r => !changed.has(r.alertId))).slice(0, PAGE);
  renderFeed();
}

async function loadAlerts() {
  const q = filterQuery();
  q.set('offset', App.offset);
  q.set('limit', PAGE);
  const page = await api(`/api/alerts?${q}`);
  App.rows = page.rows;
  App.total = page.total;
  App.missed = 0;
  $('new-alerts').hidden = true;
  renderFeed();
}

function renderFeed() {
  const rows = App.rows.map(r => el('tr', { 'data-alert-id': r.alertId, 'data-household': r.householdId,
      class: App.fresh.has(r.alertId) ? 'fresh' : null, onclick: () => openHousehold(r.householdId) },
    el('td', {}, grade(r.grade)),
    el('td', {}, r.types.map(t => el('span', { class: 'tag', 'data-type': t }, zh(App.meta.types, t)))),
    el('td', { class: 'city' }, r.city || ''),
    el('td', { class: 'county' }, r.county || ''),
    el('td', { class: 'indicator' }, el('span', { class: 'zh' }, r.indicatorZh), el('span', { class: 'en' }, r.indicatorEn)),
    el('td', { class: 'action' }, zh(App.meta.actions, r.action)),
    el('td', {}, el('span', { class: `status ${r.status}`, 'data-status': r.status }, zh(App.meta.statuses, r.status))),
    el('td', { class: 'muted' }, time(r.eventTime)),
    el('td', { class: 'mono household' }, r.householdId)));
  App.fresh.clear();
  $('feed').replaceChildren(...(rows.length ? rows : [el('tr', {}, el('td', { colspan: 9, class: 'empty' }, '没有符合条件的预警 No alerts match'))]));
  renderRange();
}

function renderRange() {
  const to = Math.min(App.offset + App.rows.length, Math.max(App.total, App.offset + App.rows.length));
  $('range').textContent = `${Charts.fmt(App.rows.length ? App.offset + 1 : 0)}–${Charts.fmt(to)} / ${Charts.fmt(App.total)}`;
  $('prev').disabled = App.offset === 0;
  $('next').disabled = App.offset + PAGE >= App.total;
}

async function loadGlance() {
  renderGlance(await api(`/api/glance?${filterQuery()}`));
}

function renderGlance(g) {
  App.glance = g;
  if (App.offset === 0 && g.total !== App.total) { App.total = g.total; renderRange(); }
  Charts.bars($('chart-grades'), Object.entries(g.grades).map(([k, v]) => ({ key: k, value: v, label: both(App.meta.grades, k), color: COLORS[k] })));
  Charts.bars($('chart-types'), Object.entries(g.types).filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1])
    .map(([k, v]) => ({ key: k, value: v, label: zh(App.meta.types, k), color: TYPE_COLOR })));
  Charts.donut($('chart-status'), [{ key: 'open', value: g.open, label: '未解除 open', color: COLORS.red },
    { key: 'resolved', value: g.resolved, label: '已解除 resolved', color: '#2f8f5b' }]);
  Charts.cities($('chart-cities'), g.cities, COLORS);
  $('overdue-referrals').textContent = Charts.fmt(g.referrals.overdue);
}

// ---- household chain ---------------------------------------------------------------------------

function openHousehold(id) {
  App.household = { id, shown: null };
  $('household').hidden = false;
  $('household-body').replaceChildren(el('p', { class: 'muted' }, '载入中… loading'));
  loadChain(id);
}

async function loadChain(id) {
  let chain;
  try {
    chain = await api(`/api/chain?household=${encodeURIComponent(id)}`);
  } catch (e) {
    if (App.household && App.household.id === id) {
      $('household-body').replaceChildren(el('h2', { class: 'mono' }, id),
        el('p', { class: 'muted', id: 'no-chain' }, '暂无救助链 No assistance chain yet: it appears here when the engine writes it.'));
    }
    return;
  }
  if (!App.household || App.household.id !== id) return;
  App.household.shown = chain.householdId;
  renderChain(chain);
}

function renderChain(c) {
  const facts = [['地区 Region', [c.city, c.county].filter(Boolean).join(' ') || c.region],
    ['户籍 Residence', c.residence], ['人口 Members', c.members],
    ['类别 Categories', (c.categories || []).join(', ') || '—'],
    ['年收入 Annual income', c.annualIncome != null ? money(c.annualIncome) : '—'], ['更新 Updated', time(c.updatedAt)]];
  const open = (c.openReferrals || []).map(r => el('li', { 'data-referral-id': r.referralId },
    grade(r.grade), ' ', department(r.department), ` · 期限 due ${time(r.dueBy)}`,
    r.status === 'in-progress' ? ' · 办理中 in progress' : null,
    r.overdue ? el('span', { class: 'state overdue' }, ' · 超期 overdue') : null));
  const entries = (c.entries || []).map(entry);
  $('household-body').replaceChildren(
    el('h2', { class: 'mono', id: 'chain-household' }, c.householdId),
    el('dl', { class: 'facts' }, facts.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v == null ? '—' : v)])),
    el('h3', {}, `待办转介 Open referrals (${open.length})`), open.length ? el('ul', { id: 'open-referrals' }, open) : el('p', { class: 'muted' }, '无 none'),
    el('h3', {}, '救助链 Assistance chain'), el('ol', { class: 'timeline', id: 'timeline' }, entries));
}

function entry(e) {
  const li = (what, ...details) => el('li', { class: e.entry, 'data-entry': e.entry, 'data-referral-id': e.referralId || null },
    el('div', { class: 'when' }, time(e.at)), el('div', { class: 'what' }, what), ...details.map(d => el('div', {}, d)));
  switch (e.entry) {
    case 'alert': {
      const name = App.meta.indicators[e.indicator];
      return li(['预警 Alert ', grade(e.grade), ' ', name ? `${name.zh} ${name.en}` : e.indicator],
        `${zh(App.meta.statuses, e.status)} · ${zh(App.meta.actions, e.action)} · ${(e.types || []).map(t => zh(App.meta.types, t)).join('、')}`);
    }
    case 'referral':
      return li(`转介 Referral → ${both(App.meta.departments, e.department)}`, ['期限 due by ', time(e.dueBy), ' ', grade(e.grade)]);
    case 'answer':
      return li(`答复 Answer · ${department(e.department)}: ${both(App.meta.outcomes, e.outcome)}`,
        e.amount != null ? money(e.amount) : null, e.note || null,
        e.late ? el('span', { class: 'state overdue' }, '逾期答复 answered late') : null);
    case 'grant':
      return li(`救助 Grant · ${department(e.department)}`, `${e.type}${e.amount != null ? ' · ' + money(e.amount) : ''}`);
    case 'overdue':
      return li(`超期 Overdue · ${department(e.department)}`, `期限 due by ${time(e.dueBy)}`);
    case 'withdrawn':
      return li(`撤回 Withdrawn · ${department(e.department)}`, '预警已解除，转介撤回 the alert resolved first');
    default:
      return li(e.entry);
  }
}

// ---- referrals ---------------------------------------------------------------------------------

async function loadReferrals() {
  const q = new URLSearchParams();
  if ($('r-department').value) q.set('department', $('r-department').value);
  if ($('r-state').value) q.set('state', $('r-state').value);
  if ($('r-query').value.trim()) q.set('q', $('r-query').value.trim());
  q.set('offset', App.rOffset);
  q.set('limit', PAGE);
  const page = await api(`/api/referrals?${q}`);
  const c = page.counts;
  $('referral-counts').replaceChildren(
    el('div', { class: 'open', id: 'count-open' }, el('strong', {}, Charts.fmt(c.open)), '待办 open'),
    el('div', { class: 'overdue', id: 'count-overdue' }, el('strong', {}, Charts.fmt(c.overdue)), '超期 overdue'),
    el('div', { class: 'answered', id: 'count-answered' }, el('strong', {}, Charts.fmt(c.answered)), '已答复 answered'),
    el('div', { class: 'withdrawn', id: 'count-withdrawn' }, el('strong', {}, Charts.fmt(c.withdrawn)), '已撤回 withdrawn'));
  const mine = App.me.role === 'department';
  const rows = page.rows.map(r => el('tr', { 'data-referral-id': r.referralId, 'data-department': r.department, 'data-state': r.state,
      'data-household': r.householdId,
      onclick: () => openHousehold(r.householdId) },
    el('td', {}, grade(r.grade)),
    el('td', { class: 'mono' }, r.referralId, mine ? null : el('div', { class: 'muted' }, department(r.department))),
    el('td', { class: 'mono household' }, r.householdId),
    el('td', { class: 'mono subjects' }, r.subjects.map(s => el('div', {}, s))),
    el('td', {}, [r.city, r.county].filter(Boolean).join(' ')),
    el('td', { class: 'indicator' }, el('span', { class: 'zh' }, r.indicatorZh), el('span', { class: 'en' }, r.indicatorEn)),
    el('td', { class: 'muted' }, time(r.referredAt)),
    el('td', { class: r.state === 'overdue' ? 'state overdue' : '' }, time(r.dueBy)),
    el('td', { class: `state ${r.state}` }, stateText(r)),
    el('td', {}, mine && (r.state === 'open' || r.state === 'overdue')
      ? el('button', { type: 'button', class: 'answer', onclick: e => { e.stopPropagation(); askAnswer(r); } }, '答复 Answer') : null)));
  $('referrals').replaceChildren(...(rows.length ? rows : [el('tr', {}, el('td', { colspan: 10, class: 'empty' }, '没有转介 No referrals'))]));
  $('r-range').textContent = `${Charts.fmt(page.rows.length ? App.rOffset + 1 : 0)}–${Charts.fmt(App.rOffset + page.rows.length)} / ${Charts.fmt(page.total)}`;
  $('r-prev').disabled = App.rOffset === 0;
  $('r-next').disabled = App.rOffset + PAGE >= page.total;
}

function stateText(r) {
  const states = { open: '待办 open', overdue: '超期 overdue', answered: '已答复 answered', withdrawn: '已撤回 withdrawn' };
  if (!r.answer) return states[r.state];
  const outcome = both(App.meta.outcomes, r.answer.outcome);
  return r.answer.confirmed ? `${states[r.state]} · ${outcome}` : `已提交 sent · ${outcome}`;
}

function askAnswer(r) {
  App.referral = r;
  $('answer-referral').textContent = `${r.referralId} · ${r.householdId}`;
  $('answer-error').hidden = true;
  $('answer-amount').value = '';
  $('answer-note').value = '';
  $('answer-dialog').showModal();
}

async function sendAnswer(e) {
  e.preventDefault();
  const body = { referralId: App.referral.referralId, outcome: $('answer-outcome').value,
    note: $('answer-note').value, amount: $('answer-amount').value === '' ? null : Number($('answer-amount').value) };
  try {
    await api('/api/answers', { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
    $('answer-dialog').close();
    loadReferrals();
  } catch (err) {
    $('answer-error').hidden = false;
    $('answer-error').textContent = err.message;
  }
}

let resizing;
window.addEventListener('resize', () => { clearTimeout(resizing); resizing = setTimeout(() => App.glance && renderGlance(App.glance), 200); });
document.addEventListener('DOMContentLoaded', start);
