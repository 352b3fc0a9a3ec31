// Histoire du territoire: the méta-réseau replayed year by year (sizes per year, the year's
// structures opened, closed and absorbed, the méta-réseau of the chosen year drawn by the
// méta-réseau view itself), each structure's phase of its life cycle, and for each absorption
// into the DAC what became of the absorbed structure's partners' exchanges (/history).
import { api } from './api.js';
import { explanation, label } from './labels.js';
import { button, date, el, help, loading, number, show, sortableTable, toolbar } from './ui.js';
import { csvButton } from './export.js';
import network from './network.js';

/** Seconds each year stays on screen while the history plays. */
const PLAY_SECONDS = 3;
const SERIES = [
  { key: 'exchanging', title: 'Structures en échange', explain: "Structures du méta-réseau de l'année ayant au moins un lien observé." },
  { key: 'links', title: 'Liens observés', explain: "Paires de structures ayant échangé dans l'année (orientations ou personnes suivies ensemble)." },
  { key: 'referrals', title: 'Orientations', explain: "Orientations de l'année entre deux structures, au sujet des personnes du territoire." },
];
const PHASE_SHORT = {
  pre_histoire: 'Pré-histoire', developpement: 'Développement', routine_precaire: 'Routine', fin: 'Fin', absorption: 'Absorbée',
};

let built = null; // the history drawn, kept while only the year or the méta-réseau's own state change
let token = 0;
let player = null;

/** The years the view shows: its own, or the six ending with the year of the window's end. */
function span(state) {
  const to = Number(state.toYear) || Number(state.to.slice(0, 4));
  const from = Number(state.fromYear) || to - 5;
  return { from, to };
}

export default {
  async render(root, state, ctx) {
    const years = span(state);
    const key = `${state.t}|${years.from}|${years.to}|${state.toutes || ''}`;
    if (!built || built.key !== key || !root.contains(built.head)) {
      stop();
      network.leave();
      const mine = ++token;
      loading(root, "Lecture de l'histoire du territoire…");
      const history = await api.history({ t: state.t, from: years.from, to: years.to });
      if (mine !== token) return;
      built = build(root, history, state, ctx);
      built.key = key;
    }
    await built.update(state);
  },
  leave() {
    token++;
    stop();
    network.leave();
    built = null;
  },
};

function stop() {
  if (player) clearInterval(player);
  player = null;
  built?.playing(false);
}

function build(root, history, state, ctx) {
  const names = new Map(history.structures.map((s) => [s.id, s.name || s.id]));
  for (const merger of history.mergers) for (const p of merger.partners) names.set(p.structureId, p.name || p.structureId);
  const name = (id) => names.get(id) || id;
  const territory = ctx.territories.find((t) => t.id === history.territoryId)?.name || history.territoryId;
  const yearOf = (s) => {
    const y = Number(s.year);
    return y >= history.from && y <= history.to ? y : history.to;
  };

  const fromInput = el('input', { type: 'number', id: 'history-from', min: 1900, max: 2199, value: history.from, onchange: (e) => ctx.navigate({ fromYear: e.target.value, year: null }) });
  const toInput = el('input', { type: 'number', id: 'history-to', min: 1900, max: 2199, value: history.to, onchange: (e) => ctx.navigate({ toYear: e.target.value, year: null }) });
  const slider = el('input', {
    type: 'range', id: 'history-year', min: history.from, max: history.to, step: 1, 'aria-label': "Année affichée",
    oninput: (e) => ctx.navigate({ year: e.target.value }, { replace: true }),
  });
  const yearLabel = el('strong', { id: 'history-year-label', class: 'year-label' });
  let drawnYear = null;
  const play = button('▶ Rejouer', () => {
    if (player) {
      stop();
      return;
    }
    let year = drawnYear ?? history.to;
    if (year >= history.to) year = history.from - 1;
    const next = () => {
      year += 1;
      if (year > history.to) {
        stop();
        return;
      }
      ctx.navigate({ year: String(year) }, { replace: true });
    };
    player = setInterval(next, PLAY_SECONDS * 1000);
    built.playing(true);
    next();
  }, { id: 'history-play' });

  const charts = el('div', { class: 'history-charts', id: 'history-sizes' });
  const yearBox = el('section', { id: 'history-year-structures', class: 'history-year' });
  const networkBox = el('div', { id: 'history-network' });
  const all = state.toutes === '1';
  const changing = history.structures.filter((s) => s.coordination === 'mission' || s.phases.some((p) => p.phase !== 'routine_precaire'));
  const shown = all ? history.structures : changing;
  const phaseGrid = phaseTable(history, shown);
  const head = el('div', { class: 'view-head' },
    el('h2', {}, `Histoire du territoire — ${territory} `,
      help("Le méta-réseau année par année (contrat v1.3, du 1er janvier au 31 décembre), les ouvertures, fermetures et absorptions de structures de l'écologie du territoire, la phase de chaque structure dans son cycle de vie et, pour chaque absorption, ce que sont devenus les échanges de ses partenaires. La période de la barre ne s'applique pas : cette vue va d'année en année.")),
    el('p', { class: 'summary' }, `De ${history.from} à ${history.to} : ${history.mergers.length} absorption${history.mergers.length > 1 ? 's' : ''}.`));

  show(root,
    head,
    el('div', { class: 'filters no-print history-controls' },
      el('label', {}, 'Années de ', fromInput), el('label', {}, ' à ', toInput),
      play, slider, yearLabel),
    charts,
    yearBox,
    mergersSection(history, name, ctx),
    el('section', { id: 'history-phases' },
      el('h3', {}, 'Cycle de vie des structures ',
        help(`Phase de chaque structure de l'écologie, année par année : ${['pre_histoire', 'developpement', 'routine_precaire', 'fin', 'absorption'].map((p) => `${label('lifePhase', p)} : ${explanation('lifePhase', p)}`).join(' ')}`)),
      el('div', { class: 'filters no-print' },
        el('label', {}, el('input', { type: 'checkbox', id: 'history-all', checked: all, onchange: (e) => ctx.navigate({ toutes: e.target.checked ? '1' : null }) }),
          ` Toutes les structures (${history.structures.length}) ; sinon les missions de coordination et celles qui changent de phase (${changing.length})`)),
      el('div', { class: 'phase-legend legend' }, Object.keys(PHASE_SHORT).map((p) => el('span', {}, el('i', { class: `phase-swatch phase-${p}` }), label('lifePhase', p)))),
      phaseGrid),
    el('section', { class: 'history-network' },
      el('h3', { id: 'history-network-title' }),
      networkBox));

  return {
    head,
    playing(on) {
      play.textContent = on ? '⏸ Pause' : '▶ Rejouer';
      play.setAttribute('aria-pressed', on ? 'true' : 'false');
    },
    async update(s) {
      const year = yearOf(s);
      slider.value = year;
      yearLabel.textContent = year;
      if (year !== drawnYear) {
        drawnYear = year;
        drawCharts(charts, history, year, ctx);
        showYear(yearBox, history.years.find((y) => y.year === year), name);
        for (const cell of phaseGrid.querySelectorAll('[data-year]')) cell.classList.toggle('current', Number(cell.dataset.year) === year);
        root.querySelector('#history-network-title').textContent = `Le méta-réseau de ${year}`;
      }
      await network.render(networkBox, { ...s, from: `${year}-01-01`, to: `${year}-12-31` }, ctx);
    },
  };
}

/** Three small bar charts of the years' méta-réseaux, the shown year marked; a click shows a year. */
function drawCharts(box, history, year, ctx) {
  const width = Math.max(220, Math.floor(((box.clientWidth || 900) - 40) / SERIES.length));
  const height = 150;
  const margin = { top: 20, right: 8, bottom: 38, left: 34 };
  const x = d3.scaleBand().domain(history.years.map((y) => y.year)).range([margin.left, width - margin.right]).padding(0.2);
  const events = (y) => [
    y.opened.length ? `+${y.opened.length}` : null,
    y.closed.length ? `−${y.closed.length}` : null,
    y.absorbed.length ? `⇢${y.absorbed.length}` : null,
  ].filter(Boolean).join(' ');
  box.replaceChildren(...SERIES.map((series) => {
    const max = d3.max(history.years, (y) => y.network[series.key]) || 1;
    const scale = d3.scaleLinear().domain([0, max]).nice().range([height - margin.bottom, margin.top]);
    const svg = d3.create('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('class', 'history-chart')
      .attr('data-series', series.key).attr('role', 'img').attr('aria-label', `${series.title} par année`);
    svg.append('text').attr('x', margin.left).attr('y', 12).attr('class', 'chart-title').text(series.title);
    svg.append('g').attr('class', 'axis').attr('transform', `translate(${margin.left},0)`).call(d3.axisLeft(scale).ticks(4).tickFormat(d3.format('d')));
    svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${height - margin.bottom})`).call(d3.axisBottom(x).tickFormat(d3.format('d')));
    svg.append('g').selectAll('rect').data(history.years).join('rect')
      .attr('class', (y) => `bar${y.year === year ? ' current' : ''}`).attr('data-year', (y) => y.year)
      .attr('x', (y) => x(y.year)).attr('width', x.bandwidth())
      .attr('y', (y) => scale(y.network[series.key])).attr('height', (y) => scale(0) - scale(y.network[series.key]))
      .on('click', (event, y) => ctx.navigate({ year: String(y.year) }, { replace: true }))
      .append('title').text((y) => `${y.year} : ${number(y.network[series.key])}`);
    svg.append('g').selectAll('text').data(history.years).join('text').attr('class', 'events')
      .attr('x', (y) => x(y.year) + x.bandwidth() / 2).attr('y', height - 4).attr('text-anchor', 'middle').text(events);
    const figure = el('figure', { class: 'history-figure' }, el('figcaption', {}, help(series.explain)));
    figure.prepend(svg.node());
    return figure;
  }), el('p', { class: 'hint' }, '+ ouvertures, − fermetures, ⇢ absorptions de l\'année ; cliquez une barre pour voir son année.'));
}

function showYear(box, year, name) {
  const list = (ids) => (ids.length ? ids.map(name).join(', ') : 'aucune');
  show(box,
    el('h3', {}, `En ${year.year}`),
    el('ul', { class: 'events' },
      el('li', { 'data-list': 'open' }, `${year.open.length} structures de l'écologie ouvertes au moins un jour de l'année ; méta-réseau : `
        + `${number(year.network.nodes)} nœuds dont ${number(year.network.exchanging)} en échange, ${number(year.network.links)} liens, ${number(year.network.referrals)} orientations.`),
      el('li', { 'data-list': 'opened' }, el('strong', {}, 'Ouvertures : '), list(year.opened)),
      el('li', { 'data-list': 'closed' }, el('strong', {}, 'Fermetures : '), list(year.closed)),
      el('li', { 'data-list': 'absorbed' }, el('strong', {}, 'Absorptions : '), year.absorbed.length
        ? year.absorbed.map((a) => `${name(a.structureId)} dans ${name(a.into)} (${date(a.date)})`).join(', ') : 'aucune')));
}

function phaseTable(history, structures) {
  const years = history.years.map((y) => y.year);
  return el('table', { class: 'data phases', id: 'history-phase-grid' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Structure'), el('th', { scope: 'col' }, 'Type'),
      years.map((y) => el('th', { scope: 'col', class: 'num', 'data-year': y }, y)))),
    el('tbody', {}, structures.map((s) => {
      const byYear = new Map(s.phases.map((p) => [p.year, p]));
      return el('tr', { 'data-row-id': s.id },
        el('th', { scope: 'row' }, s.name || s.id), el('td', {}, label('type', s.type)),
        years.map((y) => {
          const p = byYear.get(y);
          return el('td', {
            class: p ? `phase phase-${p.phase}` : 'phase', 'data-year': y, 'data-phase': p?.phase || '',
            title: p ? `${label('lifePhase', p.phase)} en ${y} : ${number(p.exchanges.exchanges)} échanges` : `${y} : pas encore ou plus là`,
          }, p ? PHASE_SHORT[p.phase] : '');
        }));
    })));
}

/** Per absorbing structure, the structures it absorbed and what became of their partners' exchanges. */
function mergersSection(history, name, ctx) {
  const section = el('section', { id: 'history-mergers' },
    el('h3', {}, 'Fusions ', help("Pour chaque structure absorbée : ses partenaires des 12 mois avant son absorption, et ce que sont devenus leurs échanges avec elle dans les 12 mois après — repris par la structure absorbante (en plus de ce qu'ils échangeaient déjà avec elle), reportés sur d'autres structures, ou perdus.")));
  if (!history.mergers.length) {
    section.append(el('p', { class: 'state empty', 'data-state': 'empty' }, 'Aucune absorption sur ces années.'));
    return section;
  }
  const byAbsorber = d3.group(history.mergers, (m) => m.into);
  for (const [into, mergers] of byAbsorber) {
    section.append(el('article', { class: 'merger', 'data-absorber': into },
      el('h4', {}, `${name(into)} a absorbé : `, mergers.map((m) => `${name(m.structureId)} (${date(m.date)})`).join(', ')),
      mergers.map((m) => merger(m, name, ctx))));
  }
  return section;
}

function merger(m, name, ctx) {
  const absorbed = name(m.structureId);
  const into = name(m.into);
  // A planner's split of the exchanges is masked as soon as one figure holds a small count of
  // shared persons: the split of the referrals alone, which the méta-réseau shows them, stands in.
  const exact = ['toAbsorber', 'elsewhere', 'nowhere'].every((key) => typeof m.total[key] === 'number');
  const split = exact ? m.total : m.referralTotal;
  const e = exact ? '' : 'e'; // des orientations reprises, des échanges repris
  const parts = [
    { key: 'toAbsorber', one: `repris${e} par ${into}`, many: `repris${e && 'es'} par ${into}` },
    { key: 'elsewhere', one: `reporté${e} ailleurs`, many: `reporté${e}s ailleurs` },
    { key: 'nowhere', one: `perdu${e}`, many: `perdu${e}s` },
  ];
  // French takes the singular for 0 and 1
  const counted = (p, n) => `${number(n)} ${n < 2 ? p.one : p.many}`;
  const lost = d3.sum(m.partners, (p) => (exact ? p.withAbsorbed.exchanges : p.withAbsorbed.referrals));
  const total = parts.reduce((sum, p) => sum + split[p.key], 0);
  const bar = total ? el('div', { class: 'merger-bar', role: 'img', 'aria-label': parts.map((p) => counted(p, split[p.key])).join(', ') },
    parts.filter((p) => split[p.key] > 0).map((p) => el('span', { class: `part part-${p.key}`, style: `flex-grow:${split[p.key]}` }, counted(p, split[p.key])))) : null;
  const columns = [
    { key: 'name', title: 'Partenaire', value: (p) => p.name || p.structureId, csv: (p) => p.structureId },
    { key: 'withAbsorbed', title: `Avec ${absorbed} (avant)`, numeric: true, value: (p) => p.withAbsorbed.exchanges, cell: (p) => number(p.withAbsorbed.exchanges) },
    { key: 'withAbsorberBefore', title: `Avec ${into} avant`, numeric: true, value: (p) => p.withAbsorberBefore.exchanges, cell: (p) => number(p.withAbsorberBefore.exchanges) },
    { key: 'withAbsorberAfter', title: `Avec ${into} après`, numeric: true, value: (p) => p.withAbsorberAfter.exchanges, cell: (p) => number(p.withAbsorberAfter.exchanges) },
    { key: 'elsewhereBefore', title: 'Ailleurs avant', numeric: true, value: (p) => p.elsewhereBefore.exchanges, cell: (p) => number(p.elsewhereBefore.exchanges) },
    { key: 'elsewhereAfter', title: 'Ailleurs après', numeric: true, value: (p) => p.elsewhereAfter.exchanges, cell: (p) => number(p.elsewhereAfter.exchanges) },
    { key: 'outcome', title: 'Devenir', value: (p) => label('mergerOutcome', p.outcome), csv: (p) => p.outcome,
      cell: (p) => el('span', { class: `outcome outcome-${p.outcome}`, 'data-explain': explanation('mergerOutcome', p.outcome) }, label('mergerOutcome', p.outcome)) },
  ];
  const partnersOfAbsorber = el('p', { class: 'summary' }, `Partenaires de ${into} : ${m.absorberPartnersBefore} du ${date(m.before.from)} au `
    + `${date(m.before.to)}, ${m.absorberPartnersAfter} du ${date(m.after.from)} au ${date(m.after.to)}.`);
  if (!m.partners.length) {
    return el('div', { class: 'merger-detail', 'data-structure': m.structureId },
      el('p', {}, el('strong', {}, absorbed), ` absorbé dans ${into} le ${date(m.date)} : aucun échange avec une autre structure au sujet `
        + `des personnes du territoire du ${date(m.before.from)} au ${date(m.before.to)}.`), partnersOfAbsorber);
  }
  return el('div', { class: 'merger-detail', 'data-structure': m.structureId },
    el('p', {}, el('strong', {}, absorbed), ` absorbé dans ${into} le ${date(m.date)} : ${m.partners.length} partenaire${m.partners.length > 1 ? 's' : ''} `
      + `du ${date(m.before.from)} au ${date(m.before.to)}, `
      + `${number(lost)} ${exact ? 'échanges' : 'orientations'} avec lui ; du ${date(m.after.from)} au ${date(m.after.to)}, `
      + `${parts.map((p) => counted(p, split[p.key])).join(', ')}.`
      + (exact ? '' : ' Orientations seules : les personnes suivies ensemble, trop peu nombreuses pour être montrées, n\'y sont pas comptées.')),
    partnersOfAbsorber,
    bar,
    toolbar(csvButton(m.partners, columns, `fusion-${m.structureId}-${m.into}`),
      button(`Voir ${absorbed} sur le méta-réseau de ${m.date.slice(0, 4)}`, () => ctx.navigate({ year: m.date.slice(0, 4), sel: m.structureId, focus: '1' }))),
    el('div', { class: 'wide' }, sortableTable(m.partners, columns, { id: `merger-${m.structureId}`, rowId: (p) => p.structureId })));
}
