// The comparison page (comparer des territoires): indicators side by side, a ranking of one of
// them, small multiples of the méta-réseaux, a scatter of two indicators, CSV export. Talks to
// /api only; the territories offered are those of the signed-in user's scope.
import { getJson } from './api.js';
import { exportCsv as writeCsv } from './export.js';
import { atLeast, el, loading, failure, territoryTree } from './ui.js';
import { sectorColour } from './colours.js';
import { inScope, showAccount, showDataDate, signedIn } from './session.js';

const encode = encodeURIComponent;
const state = { territories: [], picked: [], from: null, to: null, rows: [], indicators: [], sort: null };

const $ = (id) => document.getElementById(id);

/** Small multiples drawn at most: each is a /network call and a force layout, too many for 100 territories. */
const MULTIPLES_MAX = 12;
/** Height of one row of the Classement, in px: one name per row, so no two labels overlap. */
const BAR_ROW = 18;

async function start() {
  const params = new URLSearchParams(location.search);
  const today = new Date().toISOString().slice(0, 10);
  const yearAgo = new Date(Date.now() - 364 * 86400000).toISOString().slice(0, 10);
  $('to').value = params.get('to') || today;
  $('from').value = params.get('from') || yearAgo;
  try {
    const me = await signedIn();
    const bar = document.querySelector('header.bar');
    showAccount(bar, me);
    showDataDate(bar);
    const [territories, indicators, method] = await Promise.all([
      getJson('/api/territories'), getJson('/api/compare/indicators'), getJson('/api/compare/method')]);
    state.territories = inScope(territories, me);
    state.indicators = indicators;
    showMethod(method);
    state.picked = params.get('territories')?.split(',').filter(Boolean) || defaultPick(territories);
    showPicker();
    $('compare-form').addEventListener('submit', (event) => {
      event.preventDefault();
      // the open list would cover the figures it asked for
      document.querySelector('.territory-picker').open = false;
      compare();
    });
    $('territory-filter').addEventListener('input', filterPicker);
    $('toggle-visible').addEventListener('click', toggleVisible);
    ['hide-empty', 'group'].forEach((id) => $(id).addEventListener('change', showTable));
    // the rates per 1,000 change every figure drawn, not only the table's
    $('per1000').addEventListener('change', () => { showTable(); showBars(); showScatter(); });
    $('csv').addEventListener('click', exportCsv);
    $('bars-indicator').addEventListener('change', showBars);
    ['x-axis', 'y-axis'].forEach((id) => $(id).addEventListener('change', showScatter));
    await compare();
  } catch (error) {
    failure($('status'), error);
  }
}

/** Without a choice in the address, the children of the first territory that has two or more. */
function defaultPick(territories) {
  const parent = territories.find((t) => territories.filter((c) => c.parentId === t.id).length >= 2);
  return parent ? territories.filter((c) => c.parentId === parent.id).map((t) => t.id) : territories.slice(0, 2).map((t) => t.id);
}

function showPicker() {
  const list = $('territory-list');
  const names = new Map(state.territories.map((t) => [t.id, t.name]));
  list.replaceChildren(...territoryTree(state.territories).map(({ territory: t, depth }) => {
    const children = state.territories.filter((c) => c.parentId === t.id);
    const box = el('input', { type: 'checkbox', value: t.id, checked: state.picked.includes(t.id) });
    box.addEventListener('change', () => {
      state.picked = box.checked ? [...state.picked, t.id] : state.picked.filter((id) => id !== t.id);
      showPicked();
    });
    const kids = children.length ? el('button', {
      type: 'button', title: `Comparer les ${children.length} territoires de ${t.name}`,
      onclick: () => { state.picked = children.map((c) => c.id); showPicker(); },
    }, 'ses enfants') : null;
    // shown when a filter hides the tree around it: which territory's « Secteur 1 » this one is
    const parent = names.has(t.parentId) ? el('span', { class: 'parent' }, `(${names.get(t.parentId)}) `) : null;
    return el('label', { style: `padding-left:${depth * 1.1}rem`, 'data-search': folded(`${t.name} ${t.id}`) },
      box, ` ${t.name} `, parent, kids);
  }));
  filterPicker();
}

/** Lower case without accents, so that « eure » finds « Eure-et-Loir » and « deux-sevres » « Deux-Sèvres ». */
const folded = (text) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/** Hides the territories whose name or id does not hold the filter's text. */
function filterPicker() {
  const text = folded($('territory-filter').value.trim());
  $('territory-list').classList.toggle('filtered', text !== '');
  for (const label of $('territory-list').children) label.hidden = !label.dataset.search.includes(text);
  showPicked();
}

const visibleBoxes = () => [...$('territory-list').querySelectorAll('label:not([hidden]) > input[type=checkbox]')];

/** Ticks every territory the filter shows, or unticks them all when they all are. */
function toggleVisible() {
  const boxes = visibleBoxes();
  const tick = !boxes.every((box) => box.checked);
  const ids = new Set(boxes.map((box) => box.value));
  const kept = state.picked.filter((id) => !ids.has(id));
  state.picked = tick ? [...kept, ...ids] : kept;
  boxes.forEach((box) => { box.checked = tick; });
  showPicked();
}

function showPicked() {
  const names = state.picked.map((id) => state.territories.find((t) => t.id === id)?.name || id);
  // a hundred names would only be cut at the summary's edge
  $('picked').textContent = names.length > 3 ? `${names.slice(0, 3).join(', ')} et ${names.length - 3} autres`
    : names.length ? names.join(', ') : 'Choisir des territoires…';
  const many = names.length > 1 ? 's' : '';
  $('picked-count').textContent = `${names.length} territoire${many} sélectionné${many}`;
  const boxes = visibleBoxes();
  $('toggle-visible').disabled = !boxes.length;
  $('toggle-visible').textContent = boxes.length && boxes.every((box) => box.checked) ? 'Décocher les visibles' : 'Cocher les visibles';
}

async function compare() {
  state.from = $('from').value;
  state.to = $('to').value;
  if (!state.picked.length) {
    failure($('status'), new Error('Choisissez au moins un territoire.'));
    return;
  }
  history.replaceState(null, '', `?territories=${state.picked.map(encode).join(',')}&from=${state.from}&to=${state.to}`);
  loading($('status'), 'Calcul des indicateurs…');
  try {
    // expand=false: the territories ticked are the rows, parents included.
    state.rows = await getJson(`/api/compare?territories=${state.picked.map(encode).join(',')}`
      + `&from=${state.from}&to=${state.to}&expand=false`);
    $('status').replaceChildren();
    ['table-section', 'bars-section', 'charts-section', 'method-section'].forEach((id) => { $(id).hidden = false; });
    fillGroups();
    fillChartSelects();
    showTable();
    showBars();
    showScatter();
    showMultiples();
  } catch (error) {
    failure($('status'), error);
  }
}

function fillGroups() {
  const groups = [...new Set(state.indicators.map((i) => i.group))];
  const select = $('group');
  const chosen = select.value;
  select.replaceChildren(el('option', { value: 'key' }, 'Chiffres clés'), el('option', { value: '' }, 'Tous'),
    ...groups.map((g) => el('option', { value: g }, g)));
  select.value = chosen || 'key';
}

/** The value shown for a row and an indicator: the published figure, or its rate per 1,000. */
function cell(row, indicator) {
  return $('per1000').checked && indicator.perThousand ? row.per1000[indicator.key] : row.values[indicator.key];
}

function visibleIndicators() {
  const group = $('group').value;
  return state.indicators.filter((i) => (!group || i.group === group || (group === 'key' && i.keyFigure))
    // "<5" is 0 to 4 persons, not known to be none: only figures that are 0 or undefined everywhere go.
    && (!$('hide-empty').checked || state.rows.some((r) => r.values[i.key] !== 0 && r.values[i.key] !== null)
      || ['structures', 'referrals', 'orphans'].includes(i.key)));
}

function format(value, indicator) {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (indicator.kind === 'SHARE') return `${(value * 100).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} %`;
  return value.toLocaleString('fr-FR', { maximumFractionDigits: 2 });
}

/** 2025-01-31 as the date inputs show it: 31/01/2025. */
const frenchDate = (iso) => iso.split('-').reverse().join('/');

/** Sort key: hidden figures last, "<5" between zero and five. */
function sortKey(value) {
  if (value === null || value === undefined) return null;
  return value === '<5' ? 4.5 : value;
}

/** Orders two figures up (direction 1) or down (-1), those without a figure last either way. */
function byFigure(x, y, direction) {
  const a = sortKey(x);
  const b = sortKey(y);
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  return direction * (a - b);
}

function sortedRows() {
  if (!state.sort) return state.rows;
  const { key, direction } = state.sort;
  const indicator = state.indicators.find((i) => i.key === key);
  return [...state.rows].sort((a, b) => (key === 'territory'
    ? direction * a.territoryName.localeCompare(b.territoryName, 'fr')
    : byFigure(cell(a, indicator), cell(b, indicator), direction)));
}

function sortBy(key) {
  state.sort = state.sort?.key === key ? { key, direction: -state.sort.direction } : { key, direction: -1 };
  showTable();
}

function showTable() {
  const indicators = visibleIndicators();
  const groups = [];
  indicators.forEach((i) => {
    if (groups.at(-1)?.name === i.group) groups.at(-1).span++;
    else groups.push({ name: i.group, span: 1 });
  });
  const ariaSort = (key) => (state.sort?.key === key ? (state.sort.direction > 0 ? 'ascending' : 'descending') : null);
  const head = el('thead', {},
    el('tr', {}, el('th', { class: 'territory' }), ...groups.map((g) => el('th', { class: 'group-head', colspan: g.span }, g.name))),
    el('tr', {}, el('th', { class: 'territory sortable', 'aria-sort': ariaSort('territory'), onclick: () => sortBy('territory') }, 'Territoire'),
      ...indicators.map((i) => el('th', {
        class: 'indicator sortable', 'data-key': i.key, 'aria-sort': ariaSort(i.key), onclick: () => sortBy(i.key),
      }, i.label))));
  const body = el('tbody', {}, ...sortedRows().map((row) => el('tr', { 'data-territory': row.territoryId },
    el('td', { class: 'territory' }, row.territoryName,
      el('a', { href: `/api/territories/${encode(row.territoryId)}/report?from=${state.from}&to=${state.to}`, target: '_blank', title: 'Rapport pour la table stratégique' }, 'rapport')),
    ...indicators.map((i) => {
      const value = cell(row, i);
      return el('td', { class: value === '<5' ? 'n small' : 'n', 'data-key': i.key }, format(value, i));
    }))));
  $('indicators').replaceChildren(head, body);
  // The indicators' header row sticks just below the groups' row, whose height only the browser knows.
  $('indicators').style.setProperty('--groups-height', `${head.rows[0].getBoundingClientRect().height}px`);
  const noRates = state.rows.filter((r) => r.ratesNote).map((r) => r.territoryName);
  $('table-summary').textContent = `${state.rows.length} territoire${state.rows.length > 1 ? 's' : ''}, du ${frenchDate(state.from)} au ${frenchDate(state.to)}`
    + (noRates.length && $('per1000').checked ? ` — pas de taux pour 1 000 (population 75+ inconnue) : ${noRates.join(', ')}` : '');
}

function numericIndicators() {
  return state.indicators.filter((i) => state.rows.some((r) => typeof r.values[i.key] === 'number'));
}

function fillChartSelects() {
  const options = numericIndicators();
  for (const [id, fallback] of [['bars-indicator', 'referrals'], ['x-axis', 'network.density'], ['y-axis', 'referrals.acceptanceRate']]) {
    const select = $(id);
    const chosen = select.value || fallback;
    select.replaceChildren(...options.map((i) => el('option', { value: i.key }, i.label === i.group ? i.label : `${i.label} (${i.group})`)));
    select.value = options.some((i) => i.key === chosen) ? chosen : options[0]?.key;
  }
}

/**
 * The territories ranked by one indicator, one bar a row of fixed height: the drawing grows with
 * the territories, so a hundred names stay readable. A "<5" is drawn pale up to its bound.
 */
function showBars() {
  const svg = d3.select('#bars');
  svg.selectAll('*').remove();
  const indicator = state.indicators.find((i) => i.key === $('bars-indicator').value);
  if (!indicator) return;
  const rows = state.rows.map((r) => ({ id: r.territoryId, name: r.territoryName, value: cell(r, indicator) }))
    .sort((a, b) => byFigure(a.value, b.value, -1) || a.name.localeCompare(b.name, 'fr', { numeric: true }));
  const width = svg.node().getBoundingClientRect().width || 900;
  const top = 28, bottom = 8, right = 70;
  const height = top + rows.length * BAR_ROW + bottom;
  svg.attr('viewBox', `0 0 ${width} ${height}`).attr('height', height);
  const probe = svg.append('text').attr('class', 'label');
  const longest = d3.max(rows, (r) => probe.text(r.name).node().getComputedTextLength()) || 0;
  probe.remove();
  const left = Math.min(longest, width * 0.4) + 14;
  const bound = (v) => (v === '<5' ? 5 : v);
  const x = d3.scaleLinear().domain([0, d3.max(rows, (r) => bound(r.value)) || 1]).nice().range([left, width - right]);
  svg.append('g').attr('id', 'bars-axis').attr('class', 'axis').attr('transform', `translate(0,${top - 6})`)
    .call(d3.axisTop(x).ticks(Math.max(2, Math.floor((width - left - right) / 90))).tickFormat((v) => format(v, indicator))
      .tickSize(-(rows.length * BAR_ROW + 6)));
  const bar = svg.selectAll('g.bar').data(rows).join('g').attr('class', 'bar')
    .attr('data-territory', (r) => r.id).attr('data-value', (r) => r.value ?? '')
    .attr('transform', (r, i) => `translate(0,${top + i * BAR_ROW})`);
  bar.append('rect').attr('class', (r) => (r.value === '<5' ? 'value small' : 'value'))
    .attr('x', left).attr('y', 2).attr('height', BAR_ROW - 4)
    .attr('width', (r) => (typeof bound(r.value) === 'number' ? x(bound(r.value)) - left : 0));
  bar.append('text').attr('class', 'label').attr('x', left - 8).attr('y', BAR_ROW / 2).attr('dy', '.35em')
    .attr('text-anchor', 'end').text((r) => r.name);
  bar.append('text').attr('class', 'figure').attr('x', (r) => (typeof bound(r.value) === 'number' ? x(bound(r.value)) : left) + 4)
    .attr('y', BAR_ROW / 2).attr('dy', '.35em').text((r) => format(r.value, indicator));
  bar.append('title').text((r) => `${r.name} : ${format(r.value, indicator)}`);
}

function showScatter() {
  const frame = $('scatter');
  const x = state.indicators.find((i) => i.key === $('x-axis').value);
  const y = state.indicators.find((i) => i.key === $('y-axis').value);
  frame.replaceChildren();
  if (!x || !y) return;
  const points = state.rows.map((r) => ({ name: r.territoryName, x: cell(r, x), y: cell(r, y) }))
    .filter((p) => typeof p.x === 'number' && typeof p.y === 'number');
  const width = 520, height = 380, m = { top: 20, right: 20, bottom: 44, left: 56 };
  const svg = d3.select(frame).append('svg').attr('viewBox', `0 0 ${width} ${height}`);
  const upTo = (values) => [0, (d3.max(values) || 1) * 1.1];
  const xs = d3.scaleLinear().domain(upTo(points.map((p) => p.x))).nice().range([m.left, width - m.right]);
  const ys = d3.scaleLinear().domain(upTo(points.map((p) => p.y))).nice().range([height - m.bottom, m.top]);
  svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${height - m.bottom})`).call(d3.axisBottom(xs).ticks(6));
  svg.append('g').attr('class', 'axis').attr('transform', `translate(${m.left},0)`).call(d3.axisLeft(ys).ticks(6));
  svg.append('text').attr('x', (m.left + width - m.right) / 2).attr('y', height - 8).attr('text-anchor', 'middle').text(x.label);
  svg.append('text').attr('transform', `translate(14,${(m.top + height - m.bottom) / 2}) rotate(-90)`).attr('text-anchor', 'middle').text(y.label);
  const g = svg.selectAll('g.p').data(points).join('g').attr('transform', (p) => `translate(${xs(p.x)},${ys(p.y)})`);
  g.append('circle').attr('class', 'point').attr('r', 6).append('title').text((p) => `${p.name} : ${format(p.x, x)} ; ${format(p.y, y)}`);
  // Territories at the same point share one label.
  const labels = d3.rollup(points, (same) => same.map((p) => p.name).join(', '), (p) => `${p.x}|${p.y}`);
  // A label goes beside its point (right, else left), or a line below or above it, where it covers no
  // other label and no point; with no room left (a hundred territories), the point keeps its name in
  // its tooltip only.
  const line = 14; // a label's box on screen, 11 px type with its ascent and descent
  const placed = points.map((p) => ({ left: xs(p.x) - 6, right: xs(p.x) + 6, top: ys(p.y) - line / 2 }));
  let unlabelled = 0;
  const sides = (p) => (xs(p.x) <= width * 0.7 ? [1, -1] : [-1, 1]);
  g.filter((p, i) => points.findIndex((q) => q.x === p.x && q.y === p.y) === i).append('text').attr('class', 'label')
    .text((p) => labels.get(`${p.x}|${p.y}`))
    .each(function place(p) {
      const length = this.getComputedTextLength();
      const box = ([side, dy]) => {
        const left = side > 0 ? xs(p.x) + 8 : xs(p.x) - 8 - length;
        return { left, right: left + length, top: ys(p.y) - line / 2 + dy };
      };
      const free = (b) => b.top >= m.top && b.top + line <= height - m.bottom && b.left >= 0 && b.right <= width
        && !placed.some((o) => o.left < b.right && b.left < o.right && o.top < b.top + line && b.top < o.top + line);
      const spot = [0, line, -line].flatMap((dy) => sides(p).map((side) => [side, dy])).find((c) => free(box(c)));
      if (!spot) {
        unlabelled++;
        this.remove();
        return;
      }
      placed.push(box(spot));
      d3.select(this).attr('x', spot[0] * 8).attr('y', 4 + spot[1]).attr('text-anchor', spot[0] > 0 ? 'start' : 'end');
    });
  if (unlabelled) {
    frame.append(el('p', { class: 'note' }, `${unlabelled} point${unlabelled > 1 ? 's' : ''} sans étiquette, faute de place : survolez un point pour lire son territoire.`));
  }
  const hidden = state.rows.length - points.length;
  if (hidden) {
    frame.append(el('p', { class: 'note' }, `${hidden} territoire(s) sans valeur publiable pour l'un des deux indicateurs (petit effectif ou non défini).`));
  }
}

async function showMultiples() {
  const frame = $('multiples');
  frame.replaceChildren();
  const drawn = state.rows.slice(0, MULTIPLES_MAX);
  const left = state.rows.length - drawn.length;
  $('multiples-note').hidden = !left;
  $('multiples-note').textContent = `Seuls les ${MULTIPLES_MAX} premiers territoires de la comparaison sont dessinés : `
    + `${left} autre${left > 1 ? 's ne le sont' : ' ne l\'est'} pas, pour que la page reste fluide.`;
  for (const row of drawn) {
    const box = el('div', { class: 'multiple', 'data-territory': row.territoryId }, el('h3', {}, row.territoryName));
    frame.append(box);
    getJson(`/api/territories/${encode(row.territoryId)}/network?from=${state.from}&to=${state.to}`)
      .then((network) => drawMultiple(box, network))
      .catch((error) => box.append(el('p', {}, error.message)));
  }
}

function drawMultiple(box, network) {
  const width = 260, height = 210;
  // Structures without any exchange would only stretch the drawing: they are counted, not drawn.
  const linked = new Set(network.links.flatMap((l) => [l.source, l.target]));
  const nodes = network.nodes.filter((n) => linked.has(n.id)).map((n) => ({ ...n }));
  const links = network.links.map((l) => ({ ...l }));
  const alone = network.nodes.length - nodes.length;
  box.append(el('p', {}, `${network.nodes.length} structures, ${links.length} liens`
    + (alone ? ` (${alone} sans échange, non dessinées)` : '')));
  const svg = d3.select(box).append('svg').attr('viewBox', `0 0 ${width} ${height}`);
  const simulation = d3.forceSimulation(nodes)
    .force('link', d3.forceLink(links).id((n) => n.id).distance(28))
    .force('charge', d3.forceManyBody().strength(nodes.length > 80 ? -12 : -40))
    .force('x', d3.forceX(width / 2).strength(0.08))
    .force('y', d3.forceY(height / 2).strength(0.1))
    .stop();
  simulation.tick(200);
  // Fitted to the box whatever the network's size, so small and large territories compare by shape.
  const pad = 10;
  const [x0, x1] = d3.extent(nodes, (n) => n.x);
  const [y0, y1] = d3.extent(nodes, (n) => n.y);
  const scale = Math.min((width - 2 * pad) / Math.max(x1 - x0, 1), (height - 2 * pad) / Math.max(y1 - y0, 1), 3);
  const clampX = (v) => width / 2 + (v - (x0 + x1) / 2) * scale;
  const clampY = (v) => height / 2 + (v - (y0 + y1) / 2) * scale;
  const maxWeight = d3.max(links, (l) => atLeast(l.weight)) || 1;
  svg.append('g').selectAll('line').data(links).join('line')
    .attr('x1', (l) => clampX(l.source.x)).attr('y1', (l) => clampY(l.source.y))
    .attr('x2', (l) => clampX(l.target.x)).attr('y2', (l) => clampY(l.target.y))
    .attr('stroke', '#8a94a6').attr('stroke-opacity', 0.6).attr('stroke-width', (l) => 0.5 + 2.5 * atLeast(l.weight) / maxWeight);
  svg.append('g').selectAll('circle').data(nodes).join('circle')
    .attr('cx', (n) => clampX(n.x)).attr('cy', (n) => clampY(n.y)).attr('r', nodes.length > 80 ? 2.5 : 4)
    .attr('fill', (n) => sectorColour(n.sector)).attr('stroke', '#fff')
    .append('title').text((n) => n.name);
}

function showMethod(notes) {
  $('method').replaceChildren(...notes.flatMap((n) => [el('dt', {}, n.title), el('dd', {}, n.text)]));
}

/** The table as shown (published figures, "<5" kept), one row per territory, with the page's one CSV writer. */
function exportCsv() {
  const per1000 = $('per1000').checked;
  const columns = [
    { title: 'territoire_id', value: (r) => r.territoryId },
    { title: 'territoire', value: (r) => r.territoryName },
    { title: 'du', value: (r) => r.from },
    { title: 'au', value: (r) => r.to },
    { title: 'population_75_plus', value: (r) => r.population75Plus },
    ...visibleIndicators().map((i) => ({
      title: per1000 && i.perThousand ? `${i.key}.pour1000` : i.key,
      value: (r) => cell(r, i),
    })),
  ];
  writeCsv(sortedRows(), columns, `maillage-comparaison-${state.from}-${state.to}`);
}

start();
