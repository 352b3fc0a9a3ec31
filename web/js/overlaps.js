// Overlaps (chevauchements): persons followed twice over, and structure pairs whose offers
// intersect, with their Jaccard index and shared persons; a pair can be highlighted on the méta-réseau.
import { api } from './api.js';
import { GLOSSARY, explanation, label } from './labels.js';
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
          overlaps.structures.length ? [
            toolbar(csvButton(overlaps.structures, exported, `chevauchements-structures-${state.t}-${state.from}-${state.to}`)),
            sortableTable(overlaps.structures, pairColumns, { id: 'overlap-pairs', rowId: (p) => `${p.a},${p.b}`, onRow: (p) => ctx.navigate({ view: 'reseau', hl: `${p.a},${p.b}` }), limit: LIMIT }),
          ] : el('p', { class: 'state empty', 'data-state': 'empty' }, "Aucune paire de structures ne couvre les mêmes besoins, complexités et étapes."))));
  },
};
