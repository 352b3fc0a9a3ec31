// Parcours of a person: a timeline with one lane per structure, referrals as arrows coloured by
// status, involvements as bars, assessments as diamonds; ruptures and concurrent assessments flagged.
import { api } from './api.js';
import { GLOSSARY, label, labels } from './labels.js';
import { statusColour } from './colours.js';
import { date, el, help, loading, show, term, toolbar } from './ui.js';
import { csvButton, imageButtons } from './export.js';

let token = 0;
const KIND_COLOURS = {
  evaluation: '#6a3d9a', plan_aide: '#1f78b4', referent: '#33a02c', gestion_de_cas: '#0b5d1e', service: '#e39b2d', soins: '#c8414f',
};

export default {
  async render(root, state, ctx) {
    const mine = ++token;
    const form = personForm(state, ctx);
    if (!state.p) {
      show(root, form, el('p', { class: 'state empty', 'data-state': 'empty' },
        'Choisissez une personne : saisissez son pseudonyme, ou ouvrez un parcours depuis les situations orphelines ou les chevauchements.'));
      return;
    }
    loading(root, `Chargement du parcours de ${state.p}…`);
    const answer = await api.parcours(state.p);
    if (mine !== token) return;
    const events = normalise(answer);
    const byId = new Map(events.map((e) => [e.id, e]));
    const concurrent = episodes(answer.concurrentEvaluations, byId);
    if (!events.length) {
      show(root, form, el('p', { class: 'state empty', 'data-state': 'empty' }, `Aucune orientation ni prise en charge enregistrée pour ${state.p}.`));
      return;
    }
    draw(root, state, form, events, concurrent);
  },
};

function personForm(state, ctx) {
  const input = el('input', { type: 'search', id: 'person-id', name: 'p', value: state.p || '', placeholder: 'Pseudonyme de la personne', required: true });
  return el('form', { class: 'filters no-print', onsubmit: (e) => { e.preventDefault(); ctx.navigate({ p: input.value.trim() }); } },
    el('label', {}, 'Personne ', input), el('button', { type: 'submit' }, 'Voir le parcours'));
}

/**
 * The parcours answer's events, in date order, with the flags the server computed: {type
 * (referral|involvement|assessment), date, structure (receiver or actor), from (sender), ...}.
 */
export function normalise(answer) {
  const flagged = new Set(answer.concurrentEvaluations.flatMap((c) => [c.firstId, c.secondId]));
  return answer.events.map((e) => ({
    type: e.type,
    id: e.id,
    date: e.date,
    end: e.end || null,
    endReason: e.endReason || null,
    rupture: Boolean(e.rupture),
    concurrent: flagged.has(e.id),
    involvementKind: e.type === 'involvement' ? e.kind : null,
    status: e.status || null,
    responseDate: e.responseDate || null,
    reasons: e.reasons || [],
    structure: (e.type === 'referral' ? e.to : e.structure)?.id || null,
    structureName: (e.type === 'referral' ? e.to : e.structure)?.name || 'Structure inconnue',
    from: e.from?.id || null,
    fromName: e.from?.name || null,
    complexity: e.complexity || null,
    needs: e.needs || [],
  }));
}

/**
 * Concurrent evaluations grouped into episodes: pairs that share an evaluation belong to the same
 * episode (an assessment and its evaluation involvement, three structures in a row...). Each
 * episode is its evaluations in date order.
 */
function episodes(pairs, byId) {
  const parent = new Map();
  const root = (id) => (parent.get(id) === id ? id : root(parent.get(id)));
  for (const { firstId, secondId } of pairs) {
    for (const id of [firstId, secondId]) if (!parent.has(id)) parent.set(id, id);
    parent.set(root(firstId), root(secondId));
  }
  const groups = new Map();
  for (const id of parent.keys()) {
    if (!byId.has(id)) continue;
    if (!groups.has(root(id))) groups.set(root(id), []);
    groups.get(root(id)).push(byId.get(id));
  }
  return [...groups.values()].map((g) => g.sort((a, b) => a.date.localeCompare(b.date)));
}

function describe(e) {
  if (e.type === 'referral') {
    const from = e.fromName ? `${e.fromName} oriente vers ${e.structureName}` : `Orientation vers ${e.structureName} (émetteur inconnu)`;
    const reasons = e.reasons.length ? ` pour ${labels('domain', e.reasons).toLowerCase()}` : '';
    const answer = e.responseDate ? ` — réponse le ${date(e.responseDate)}` : '';
    return `${from}${reasons} : ${label('referralStatus', e.status).toLowerCase()}${answer}`;
  }
  if (e.type === 'assessment') {
    return `Évaluation par ${e.structureName} : complexité ${label('complexity', e.complexity).toLowerCase()}${e.needs.length ? `, besoins ${labels('domain', e.needs).toLowerCase()}` : ''}`;
  }
  const end = e.end ? ` jusqu'au ${date(e.end)}${e.endReason ? ` (${label('endReason', e.endReason).toLowerCase()})` : ''}` : ' (en cours)';
  return `${label('involvementKind', e.involvementKind)} par ${e.structureName}${end}`;
}

function draw(root, state, form, events, concurrent) {
  const lanes = [];
  for (const e of events) {
    for (const id of [e.from, e.structure]) if (id && !lanes.includes(id)) lanes.push(id);
  }
  const nameOf = new Map(events.flatMap((e) => [[e.structure, e.structureName], [e.from, e.fromName]]).filter(([id]) => id));
  const dates = events.flatMap((e) => [e.date, e.end, e.responseDate]).filter(Boolean).map((d) => new Date(`${d}T00:00:00`));
  const [min, max] = d3.extent(dates);
  const margin = { top: 34, right: 24, bottom: 30, left: 210 };
  const laneHeight = 44;
  const width = Math.max(760, (root.clientWidth || 1000) - 20);
  const height = margin.top + lanes.length * laneHeight + margin.bottom;
  const x = d3.scaleTime().domain([d3.timeMonth.offset(min, -1), d3.timeMonth.offset(max, 2)]).range([margin.left, width - margin.right]);
  const y = (id) => margin.top + lanes.indexOf(id) * laneHeight;
  const at = (d) => x(new Date(`${d}T00:00:00`));

  const svg = d3.create('svg').attr('class', 'chart timeline').attr('viewBox', `0 0 ${width} ${height}`).attr('width', width)
    .attr('role', 'img').attr('aria-label', `Parcours de ${state.p}`);
  svg.append('defs').selectAll('marker').data(Object.entries({ ...Object.fromEntries(['acceptee', 'refusee', 'reorientee', 'en_attente', 'sans_reponse'].map((s) => [s, statusColour(s)])) }))
    .join('marker').attr('id', ([s]) => `arrow-${s}`).attr('viewBox', '0 0 10 10').attr('refX', 9).attr('refY', 5)
    .attr('markerWidth', 7).attr('markerHeight', 7).attr('orient', 'auto-start-reverse')
    .append('path').attr('d', 'M0,0L10,5L0,10Z').attr('fill', ([, c]) => c);
  lanes.forEach((id, i) => {
    svg.append('rect').attr('class', 'lane').attr('x', margin.left).attr('y', y(id) + 2).attr('width', width - margin.left - margin.right)
      .attr('height', laneHeight - 4).attr('fill', i % 2 ? '#fbfbfc' : '#f3f5f8');
    svg.append('text').attr('class', 'lane-label').attr('x', margin.left - 8).attr('y', y(id) + laneHeight / 2 + 4).attr('text-anchor', 'end')
      .attr('data-lane', id).text(truncate(nameOf.get(id) || id, 27)).append('title').text(nameOf.get(id) || id);
  });
  svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).ticks(Math.min(10, width / 120)).tickFormat(frenchTick));

  for (const episode of concurrent) {
    const x0 = at(episode[0].date);
    const x1 = Math.max(at(episode[episode.length - 1].date), x0 + 4);
    const ys = episode.map((e) => y(e.structure));
    const top = Math.min(...ys);
    svg.append('rect').attr('class', 'concurrent-band').attr('x', x0 - 6).attr('width', x1 - x0 + 12)
      .attr('y', top).attr('height', Math.max(...ys) - top + laneHeight).attr('data-flag', 'concurrent')
      .append('title').text(`Évaluations concurrentes : ${[...new Set(episode.map((e) => e.structureName))].join(', ')}`);
    svg.append('text').attr('class', 'flag concurrent').attr('x', x0 - 6).attr('y', top - 3).text('évaluations concurrentes');
  }

  const involvements = events.filter((e) => e.type === 'involvement');
  for (const e of involvements) {
    const x0 = at(e.date);
    const x1 = e.end ? Math.max(at(e.end), x0 + 3) : x.range()[1];
    const g = svg.append('g').attr('data-event', e.id || '').attr('data-kind', 'involvement');
    g.append('rect').attr('class', 'involvement').attr('x', x0).attr('y', y(e.structure) + 14).attr('width', x1 - x0).attr('height', 16).attr('rx', 3)
      .attr('fill', KIND_COLOURS[e.involvementKind] || '#777').attr('fill-opacity', e.end ? 0.9 : 0.6)
      .append('title').text(describe(e));
    if (x1 - x0 > 60) g.append('text').attr('class', 'involvement-label').attr('x', x0 + 4).attr('y', y(e.structure) + 26).text(truncate(label('involvementKind', e.involvementKind), (x1 - x0) / 6));
    if (e.rupture) {
      g.append('text').attr('class', 'flag rupture').attr('x', x1 + 3).attr('y', y(e.structure) + 27).attr('data-flag', 'rupture').text('✕ rupture');
    }
  }
  for (const e of events.filter((v) => v.type === 'assessment')) {
    const cx = at(e.date);
    const cy = y(e.structure) + 8;
    svg.append('path').attr('class', 'assessment').attr('d', `M${cx},${cy - 6}L${cx + 6},${cy}L${cx},${cy + 6}L${cx - 6},${cy}Z`).attr('fill', '#fff')
      .attr('data-kind', 'assessment').append('title').text(describe(e));
  }
  for (const e of events.filter((v) => v.type === 'referral')) {
    const tx = at(e.date);
    const ty = y(e.structure) + laneHeight / 2;
    const fy = e.from ? y(e.from) + laneHeight / 2 : ty - laneHeight / 2 - 4;
    const bend = e.from === e.structure ? 20 : 0;
    const path = svg.append('path').attr('class', 'referral').attr('stroke', statusColour(e.status))
      .attr('d', `M${tx - 8},${fy}C${tx + bend},${fy} ${tx - 8 + bend},${ty} ${tx},${ty - (ty > fy ? 7 : -7)}`)
      .attr('marker-end', `url(#arrow-${e.status})`).attr('data-kind', 'referral').attr('data-status', e.status);
    path.append('title').text(`${date(e.date)} — ${describe(e)}`);
    if (!e.from) svg.append('circle').attr('cx', tx - 8).attr('cy', fy).attr('r', 3).attr('fill', statusColour(e.status));
  }

  const ruptures = involvements.filter((e) => e.rupture).length;
  const rows = events.map((e) => ({ ...e, text: describe(e) }));
  const columns = [
    { title: 'date', value: (e) => e.date },
    { title: 'type', value: (e) => e.type },
    { title: 'structure', value: (e) => e.structure },
    { title: 'emetteur', value: (e) => e.from },
    { title: 'statut', value: (e) => e.status },
    { title: 'nature', value: (e) => e.involvementKind },
    { title: 'fin', value: (e) => e.end },
    { title: 'motif_fin', value: (e) => e.endReason },
    { title: 'description', value: (e) => e.text },
  ];
  const statuses = [...new Set(events.filter((e) => e.type === 'referral').map((e) => e.status))];
  const frame = el('div', { class: 'drawing tall', id: 'parcours' });
  frame.append(svg.node());
  show(root, 
    form,
    el('div', { class: 'view-head' },
      el('h2', {}, term('Parcours', GLOSSARY.parcours), ` de ${state.p}`),
      el('p', { class: 'summary' }, `${events.length} événements, ${lanes.length} structures, ${ruptures} `, term(ruptures > 1 ? 'ruptures' : 'rupture', GLOSSARY.rupture),
        `, ${concurrent.length} `, term(concurrent.length > 1 ? "épisodes d'évaluations concurrentes" : "épisode d'évaluations concurrentes", GLOSSARY.evaluationsConcurrentes), '.')),
    toolbar(imageButtons(() => svg.node(), `parcours-${state.p}`, `Parcours de ${state.p}`), csvButton(rows, columns, `parcours-${state.p}`, 'Exporter les événements (CSV)')),
    el('div', { class: 'legend' },
      statuses.map((s) => el('span', {}, el('i', { class: 'line', style: `border-top-color:${statusColour(s)}` }), `orientation ${label('referralStatus', s).toLowerCase()}`)),
      [...new Set(involvements.map((e) => e.involvementKind))].map((k) => el('span', {}, el('i', { class: 'swatch', style: `background:${KIND_COLOURS[k] || '#777'};border-color:transparent` }), label('involvementKind', k))),
      events.some((e) => e.type === 'assessment') ? el('span', {}, '◇ évaluation enregistrée') : null),
    frame,
    el('h3', {}, 'Chronologie ', help("Tous les événements du parcours, dans l'ordre des dates.")),
    el('ol', { class: 'events', id: 'parcours-events' }, events.map((e) => el('li', {
      'data-event-date': e.date, 'data-event-type': e.type, 'data-event-id': e.id || null,
      class: e.rupture || e.concurrent ? 'flagged' : null,
    }, el('time', { datetime: e.date }, date(e.date)), ' — ', describe(e),
    e.rupture ? ' — rupture' : null, e.concurrent ? ' — évaluation concurrente' : null))));
}

const FRENCH = d3.timeFormatLocale({
  dateTime: '%A %e %B %Y à %X', date: '%d/%m/%Y', time: '%H:%M:%S', periods: ['', ''],
  days: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  shortDays: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  shortMonths: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
});
const [dayMonth, month, year] = ['%e %b', '%b', '%Y'].map((f) => FRENCH.format(f));
/** Ticks in French at the grain the scale chose: years, months or days. */
const frenchTick = (d) => (d3.timeMonth(d) < d ? dayMonth(d) : d3.timeYear(d) < d ? month(d) : year(d));
const truncate = (text, n) => (text.length > n ? `${text.slice(0, Math.max(1, Math.floor(n) - 1))}…` : text);
