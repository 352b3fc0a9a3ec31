// Compte consolidé de la coordination: what the structures of the territory's ecology receive
// per year, per funder and per purpose, and per 1,000 people aged 75+ (/funding, years of the
// window). Amounts are euros, no person counted: every role reads the same figures.
import { api } from './api.js';
import { codes, label } from './labels.js';
import { el, help, loading, number, show, sortableTable, toolbar } from './ui.js';
import { csvButton, imageButtons } from './export.js';

let token = 0;

const FUNDER_COLOURS = ['#1f7a8c', '#e39b2d', '#6a4c93', '#c8414f', '#2e7d32', '#8d6e63', '#1565c0', '#9e9e9e'];
const euros = (value) => `${number(value)} €`;
const purposeName = (code) => (code === 'non_renseigne' ? 'Objet non renseigné' : label('fundingPurpose', code));

/** Stacked bars: one per year, one segment per funder. */
function chart(years, funders, title) {
  const margin = { top: 28, right: 16, bottom: 56, left: 96 };
  // 7 px a character of the 12 px legend, plus its swatch: the legend decides the width when funders are many
  const legendWidth = d3.sum(funders, (f) => 24 + 7 * label('funder', f).length);
  const width = Math.max(560, 120 * years.length + margin.left + margin.right, legendWidth + margin.left + margin.right);
  const height = 320;
  const x = d3.scaleBand().domain(years.map((y) => String(y.year))).range([margin.left, width - margin.right]).padding(0.25);
  const top = d3.max(years, (y) => y.total) || 1;
  const yScale = d3.scaleLinear().domain([0, top]).nice().range([height - margin.bottom, margin.top]);
  const colour = (f) => FUNDER_COLOURS[codes('funder').indexOf(f) % FUNDER_COLOURS.length];
  const svg = d3.create('svg').attr('class', 'chart funding').attr('id', 'funding-chart').attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width).attr('height', height)
    .attr('role', 'img').attr('aria-label', title);
  for (const y of years) {
    let base = 0;
    for (const f of funders) {
      const amount = y.byFunder[f] || 0;
      if (!amount) continue;
      svg.append('rect').attr('x', x(String(y.year))).attr('width', x.bandwidth())
        .attr('y', yScale(base + amount)).attr('height', yScale(base) - yScale(base + amount)).attr('fill', colour(f))
        .attr('data-year', y.year).attr('data-funder', f)
        .append('title').text(`${y.year}, ${label('funder', f)} : ${euros(amount)}`);
      base += amount;
    }
  }
  svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${height - margin.bottom})`).call(d3.axisBottom(x).tickSize(0));
  svg.append('g').attr('class', 'axis').attr('transform', `translate(${margin.left},0)`)
    .call(d3.axisLeft(yScale).ticks(5).tickFormat((v) => euros(v)));
  const legend = svg.append('g').attr('transform', `translate(${margin.left},${height - 18})`);
  let at = 0;
  for (const f of funders) {
    legend.append('rect').attr('x', at).attr('y', -9).attr('width', 10).attr('height', 10).attr('fill', colour(f));
    legend.append('text').attr('class', 'band-label').attr('x', at + 14).attr('y', 0).text(label('funder', f));
    at += 24 + 7 * label('funder', f).length;
  }
  return svg;
}

export default {
  async render(root, state) {
    const mine = ++token;
    loading(root, 'Lecture du compte consolidé…');
    const years = { from: state.from.slice(0, 4), to: state.to.slice(0, 4) };
    const account = await api.funding(state.t, years);
    if (mine !== token) return;
    const present = (part, all) => all.filter((code) => account.years.some((y) => code in y[part]));
    const funders = present('byFunder', codes('funder'));
    const purposes = present('byPurpose', [...codes('fundingPurpose'), 'non_renseigne']);
    const title = `Compte consolidé de la coordination, ${years.from === years.to ? years.from : `${years.from}–${years.to}`}`;
    const year = { key: 'year', title: 'Année', value: (y) => y.year };
    const amount = (key, title, of) => ({ key, title, numeric: true, value: of, cell: (y) => euros(of(y)) });
    const byFunder = [
      year,
      amount('total', 'Total', (y) => y.total),
      { key: 'per1000', title: 'Pour 1 000 hab. 75+', numeric: true, value: (y) => y.per1000Aged75Plus, cell: (y) => (y.per1000Aged75Plus === null ? '—' : euros(y.per1000Aged75Plus)), explain: 'Total × 1 000 / population de 75 ans et plus du territoire (inconnue : —).' },
      ...funders.map((f) => amount(`funder-${f}`, label('funder', f), (y) => y.byFunder[f] || 0)),
    ];
    const byPurpose = [year, ...purposes.map((p) => amount(`purpose-${p}`, purposeName(p), (y) => y.byPurpose[p] || 0))];
    const funded = account.structureIds.length;
    const svg = funders.length ? chart(account.years, funders, title) : null;
    show(root,
      el('div', { class: 'view-head' },
        el('h2', {}, `${title} `,
          help("Financements des structures de l'écologie du territoire (fundings.csv), chacune comptée en entier, par année civile de la période : par financeur et par objet."))),
      el('p', { class: 'summary', id: 'funding-summary' },
        `${funded} structure${funded > 1 ? 's' : ''} financée${funded > 1 ? 's' : ''} ; total des années : `,
        el('strong', {}, euros(account.years.reduce((sum, y) => sum + y.total, 0))), '.'),
      svg ? [toolbar(imageButtons(() => svg.node(), `compte-consolide-${state.t}-${years.from}-${years.to}`, title)), svg.node()]
        : el('p', { class: 'state empty', 'data-state': 'empty' }, 'Aucun financement enregistré pour ces années.'),
      el('section', {},
        el('h3', {}, 'Par année et par financeur'),
        toolbar(csvButton(account.years, [...byFunder, ...byPurpose.slice(1)], `compte-consolide-${state.t}-${years.from}-${years.to}`)),
        sortableTable(account.years, byFunder, { id: 'funding', rowId: (y) => String(y.year) })),
      el('section', {},
        el('h3', {}, 'Par année et par objet ', help("L'objet du financement déclaré dans fundings.csv ; « Objet non renseigné » pour les lignes qui n'en donnent pas.")),
        sortableTable(account.years, byPurpose, { id: 'funding-purposes', rowId: (y) => String(y.year) })));
  },
};
