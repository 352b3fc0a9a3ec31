// Identités des coordinateurs (Aubert, Kletz, Sardas 2022): each coordination structure and
// professional of the territory placed consultant or référent, parcours or frontière, from what
// they did for the territory's persons over the window, with the counts that put them there
// (/coordinators). Planners read small counts as "<5".
import { api } from './api.js';
import { label } from './labels.js';
import { date, el, help, loading, number, show, sortableTable, toolbar } from './ui.js';
import { csvButton } from './export.js';

let token = 0;

const QUADRANTS = [
  { intervention: 'referent', perimeter: 'parcours', title: 'Référent parcours' },
  { intervention: 'referent', perimeter: 'frontiere', title: 'Référent frontière' },
  { intervention: 'consultant', perimeter: 'parcours', title: 'Consultant parcours' },
  { intervention: 'consultant', perimeter: 'frontiere', title: 'Consultant frontière' },
];

const identityName = (i) => QUADRANTS.find((q) => q.intervention === i.intervention && q.perimeter === i.perimeter)?.title || 'Non classé';
const counts = (i) => `${number(i.persons)} pers., ${number(i.heldPersons)} suivies, ${number(i.frontierPersons)} à l'hôpital`;

export default {
  async render(root, state) {
    const mine = ++token;
    loading(root, 'Lecture des identités des coordinateurs…');
    const [answer, network] = await Promise.all([api.coordinators(state), api.network(state)]);
    if (mine !== token) return;
    const names = new Map(network.nodes.map((n) => [n.id, n.name]));
    answer.structures.forEach((s) => names.set(s.structureId, s.name));
    const name = (id) => names.get(id) || id;
    const { rule } = answer;
    const actors = [
      ...answer.structures.map((s) => ({ kind: 'structure', id: s.structureId, what: label('type', s.type), structure: s.name, identity: s.identity })),
      ...answer.professionals.map((p) => ({ kind: 'professionnel', id: p.professionalId, what: label('role', p.role), structure: name(p.structureId), identity: p.identity })),
    ];
    const placed = (q) => actors.filter((a) => a.identity.intervention === q.intervention && a.identity.perimeter === q.perimeter);
    const unclassified = actors.filter((a) => !a.identity.intervention);
    const cell = (q) => {
      const inside = placed(q);
      const structures = inside.filter((a) => a.kind === 'structure');
      const professionals = inside.filter((a) => a.kind === 'professionnel');
      return el('section', { class: `quadrant ${q.intervention} ${q.perimeter}`, 'data-quadrant': `${q.intervention}-${q.perimeter}` },
        el('h3', {}, `${q.title} (${structures.length} structure${structures.length > 1 ? 's' : ''}, ${professionals.length} professionnel${professionals.length > 1 ? 's' : ''})`),
        inside.length ? el('ul', {}, inside.map((a) => el('li', { 'data-actor': a.id, 'data-kind': a.kind },
          el('strong', {}, a.kind === 'structure' ? a.structure : a.id), ' ',
          el('span', { class: 'summary' }, a.kind === 'structure' ? a.what : `${a.what}, ${a.structure}`), ' ',
          el('div', { class: 'summary counts' }, counts(a.identity)))))
          : el('p', { class: 'state empty', 'data-state': 'empty' }, 'Personne dans ce cadran.'));
    };
    const columns = [
      { key: 'kind', title: 'Acteur', value: (a) => a.kind },
      { key: 'id', title: 'Structure ou professionnel', value: (a) => (a.kind === 'structure' ? a.structure : a.id), csv: (a) => a.id },
      { key: 'what', title: 'Type ou rôle', value: (a) => a.what },
      { key: 'structure', title: 'Structure', value: (a) => a.structure },
      { key: 'persons', title: 'Personnes', numeric: true, value: (a) => a.identity.persons, cell: (a) => number(a.identity.persons), explain: 'Personnes du territoire avec qui il a eu une intervention active ou une orientation (envoyée ou reçue) sur la période.' },
      { key: 'held', title: `Suivies ≥ ${rule.heldDays} j`, numeric: true, value: (a) => a.identity.heldPersons, cell: (a) => number(a.identity.heldPersons), explain: `Personnes suivies par une intervention « référent » ou « gestion de cas » d'au moins ${rule.heldDays} jours (jusqu'à la fin de la période).` },
      { key: 'frontier', title: "Au passage de l'hôpital", numeric: true, value: (a) => a.identity.frontierPersons, cell: (a) => number(a.identity.frontierPersons), explain: `Personnes rencontrées dans les ${rule.frontierDays} jours suivant une orientation vers ou depuis un hôpital ou un service social hospitalier, ou pendant un séjour.` },
      { key: 'identity', title: 'Identité', value: (a) => identityName(a.identity) },
    ];
    show(root,
      el('div', { class: 'view-head' },
        el('h2', {}, `Identités des coordinateurs du ${date(state.from)} au ${date(state.to)} `,
          help("Aubert, Kletz, Sardas (2022) : les acteurs de la coordination diffèrent par leur mission (tout le parcours, ou un passage comme la sortie d'hôpital) et par leur manière d'intervenir (suivre la situation, ou apporter une expertise puis passer la main)."))),
      el('p', { class: 'summary', id: 'coordinators-rule' },
        `Référent : a suivi plus de la moitié de ses personnes (intervention « référent » ou « gestion de cas » d'au moins ${rule.heldDays} jours) ; consultant sinon. `
        + `Frontière : a rencontré plus de la moitié de ses personnes au passage de l'hôpital (${rule.hospitalTypes.map((t) => label('type', t)).join(', ')}, dans les ${rule.frontierDays} jours) ; parcours sinon.`),
      el('div', { class: 'identity-grid', id: 'identity-grid' },
        el('div', { class: 'axis corner' }),
        el('div', { class: 'axis' }, 'Parcours ', help('Ses personnes lui viennent de tout le parcours.')),
        el('div', { class: 'axis' }, 'Frontière ', help("Ses personnes le rencontrent au passage de l'hôpital.")),
        el('div', { class: 'axis side' }, 'Référent'), cell(QUADRANTS[0]), cell(QUADRANTS[1]),
        el('div', { class: 'axis side' }, 'Consultant'), cell(QUADRANTS[2]), cell(QUADRANTS[3])),
      unclassified.length ? el('p', { class: 'summary', id: 'coordinators-unclassified' },
        `Sans personne du territoire sur la période, donc non classés (${unclassified.length}) : `,
        unclassified.map((a) => (a.kind === 'structure' ? a.structure : `${a.id} (${a.what})`)).join(', '), '.') : null,
      el('section', {},
        el('h3', {}, 'Les effectifs qui fondent le classement'),
        toolbar(csvButton(actors, columns, `coordinateurs-${state.t}-${state.from}-${state.to}`)),
        sortableTable(actors, columns, { id: 'coordinators', rowId: (a) => `${a.kind}:${a.id}` })));
  },
};
