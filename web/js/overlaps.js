// Overlaps (chevauchements): persons followed twice over, and structure pairs whose offers
// intersect, with their Jaccard index and shared persons; a pair can be highlighted on the méta-réseau.
// The pairs can be narrowed to some structure types and to the structures whose mission is
// coordination (hash `types`, `coord`; the server filters, so counts and CSV follow).
import { api } from './api.js';
import { GLOSSARY, codes, explanation, label } from './labels.js';
import { date, el, help, loading, number, show, sortableTable, term, toolbar } from './ui.js';
import { csvButton } from './export.js';

let token = 0;
const LIMIT = 200;

const count = (value) => (Array.isArray(value) ? value.length : value ?? 0);

export default {
  async render(root, state, ctx) {
    const mine = ++token;
    loading(root, 'Recherche des chevauchements…');
    const [overlaps, network] = await Promise.all([api.overlaps(state), api.network(state)]);
    if (mine !== token) return;
    const names = new Map(network.nodes.map((n) => [n.id, n.name]));
    const name = (id) => names.get(id) || id;
    const kindName = (k) => label('overlapKind', k);
    const personColumns = [
      { key: 'personId', title: 'Personne (pseudonyme)', value: (p) => p.personId },
      { key: 'kind', title: 'Chevauchement', value: (p) => kindName(p.kind), cell: (p) => el('span', { class: 'term', 'data-explain': explanation('overlapKind', p.kind) }, kindName(p.kind)), csv: (p) => p.kind },
      { key: 'structures', title: 'Structures', value: (p) => p.structureIds.map(name).join(', '), csv: (p) => p.structureIds.join(';') },
    ];
    const pairColumns = [
      { key: 'a', title: 'Structure A', value: (p) => name(p.a), csv: (p) => p.a },
      { key: 'b', title: 'Structure B', value: (p) => name(p.b), csv: (p) => p.b },
      { key: 'jaccard', title: 'Jaccard', explain: GLOSSARY.jaccard, numeric: true, value: (p) => p.jaccard, cell: (p) => number(p.jaccard, 2) },
      { key: 'sharedPersons', title: 'Personnes partagées', numeric: true, value: (p) => count(p.sharedPersons), explain: 'Personnes du territoire suivies par les deux structures pendant la période.' },
      { key: 'show', title: '', value: () => '', csv: null, cell: (p) => el('a', { href: '#', class: 'nowrap', title: 'Voir les deux structures sur le méta-réseau', 'data-highlight': `${p.a},${p.b}`, onclick: (e) => { e.preventDefault(); e.stopPropagation(); ctx.navigate({ view: 'reseau', hl: `${p.a},${p.b}` }); } }, 'méta-réseau ↗') },
    ];
    const exported = pairColumns.filter((c) => c.csv !== null);
    const filtered = Boolean(state.types || state.coord);
    show(root, 
      el('div', { class: 'view-head' },
        el('h2', {}, term('Chevauchements', GLOSSARY.chevauchement), ` du ${date(state.from)} au ${date(state.to)}`)),
      el('div', { class: 'cols' },
        el('section', {},
          el('h3', {}, `Personnes suivies en double (${overlaps.persons.length}) `, help('Chaque ligne ouvre le parcours de la personne.')),
          overlaps.persons.length ? [
            toolbar(csvButton(overlaps.persons, personColumns, `chevauchements-personnes-${state.t}-${state.from}-${state.to}`)),
            sortableTable(overlaps.persons, personColumns, { id: 'overlap-persons', rowId: (p) => p.personId, onRow: (p) => ctx.navigate({ view: 'parcours', p: p.personId }), limit: LIMIT }),
          ] : el('p', { class: 'state empty', 'data-state': 'empty' }, 'Aucune personne évaluée ou suivie en double sur cette période.')),
        el('section', {},
          el('h3', {}, `Paires de structures à l'offre commune (${overlaps.structures.length}) `, help(GLOSSARY.jaccard)),
          pairFilters(state, network, ctx),
          overlaps.structures.length ? [
            toolbar(csvButton(overlaps.structures, exported, `chevauchements-structures-${state.t}-${state.from}-${state.to}`)),
            sortableTable(overlaps.structures, pairColumns, { id: 'overlap-pairs', rowId: (p) => `${p.a},${p.b}`, onRow: (p) => ctx.navigate({ view: 'reseau', hl: `${p.a},${p.b}` }), limit: LIMIT }),
          ] : el('p', { class: 'state empty', 'data-state': 'empty' }, filtered
            ? 'Aucune paire ne répond à ces filtres.'
            : "Aucune paire de structures ne couvre les mêmes besoins, complexités et étapes."))));
  },
};

/**
 * The pair filters: the types of the territory's ecology (none ticked: every type) and
 * "missions de coordination seulement"; a pair stays when both its structures pass.
 */
function pairFilters(state, network, ctx) {
  const ecology = network.nodes.filter((n) => n.inEcology !== false);
  const chosen = new Set((state.types || '').split(',').filter(Boolean));
  const present = codes('type').filter((t) => ecology.some((n) => n.type === t) || chosen.has(t));
  const boxes = present.map((t) => el('label', {},
    el('input', { type: 'checkbox', value: t, 'data-type': t, checked: chosen.has(t), onchange: () => ctx.navigate({ types: ticked(boxes) }) }),
    ` ${label('type', t)} (${ecology.filter((n) => n.type === t).length})`));
  const summary = chosen.size ? `Types : ${[...chosen].map((t) => label('type', t)).join(', ')}` : 'Types : tous';
  return el('div', { class: 'filters no-print', id: 'pair-filters' },
    el('details', { class: 'types' }, el('summary', {}, summary),
      el('div', { class: 'type-list' }, boxes,
        chosen.size ? el('button', { type: 'button', onclick: () => ctx.navigate({ types: null }) }, 'Tous les types') : null)),
    el('label', {}, el('input', { type: 'checkbox', id: 'coordination-only', checked: state.coord === 'mission',
      onchange: (e) => ctx.navigate({ coord: e.target.checked ? 'mission' : null }) }),
      ' Missions de coordination seulement ', help('Seules les paires dont les deux structures ont la coordination pour mission (DAC, MAIA, CLIC… selon leur déclaration).')),
    el('span', { class: 'hint' }, 'Une paire reste affichée quand ses deux structures répondent aux filtres.'));
}

function ticked(boxes) {
  return boxes.map((b) => b.querySelector('input')).filter((i) => i.checked).map((i) => i.value).join(',') || null;
}
