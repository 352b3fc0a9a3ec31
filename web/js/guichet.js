// Guichet intégré: how each receiving structure of the territory answered the referrals about
// its persons over the window: delays, refusals, redirections, outside its remit, late
// (contract v1.2, /guichet). Planners read small counts as "<5".
import { api } from './api.js';
import { date, el, help, loading, number, show, sortableTable, toolbar } from './ui.js';
import { csvButton } from './export.js';

let token = 0;

export default {
  async render(root, state) {
    const mine = ++token;
    loading(root, 'Lecture du guichet intégré…');
    const [rows, network] = await Promise.all([api.guichet(state), api.network(state)]);
    if (mine !== token) return;
    const names = new Map(network.nodes.map((n) => [n.id, n.name]));
    const count = (key, title, explain) => ({ key, title, explain, numeric: true, value: (r) => r[key], cell: (r) => number(r[key]) });
    const columns = [
      { key: 'structure', title: 'Structure destinataire', value: (r) => names.get(r.structureId) || r.structureId, csv: (r) => r.structureId },
      count('received', 'Reçues'),
      count('answered', 'Avec réponse', 'Orientations dont la date de réponse est renseignée.'),
      { key: 'medianResponseDays', title: 'Délai médian (jours)', numeric: true, value: (r) => r.medianResponseDays, cell: (r) => number(r.medianResponseDays, 1), explain: 'Délai médian entre la date de l’orientation et sa réponse, sur les orientations avec réponse.' },
      count('refused', 'Refusées'),
      count('redirected', 'Réorientées'),
      count('withoutResponse', 'Sans réponse'),
      count('outsideRemit', 'Hors champ', "Orientations dont aucun motif ne figure parmi les domaines de la structure (au moins un motif)."),
      count('late', 'Tardives', "La personne n'avait plus d'intervention active à la date de l'orientation et une intervention s'était terminée par une rupture dans les 30 jours avant."),
    ];
    show(root,
      el('div', { class: 'view-head' },
        el('h2', {}, `Guichet intégré du ${date(state.from)} au ${date(state.to)} `,
          help("Orientations datées de la période au sujet des personnes du territoire, par structure destinataire de l'écologie du territoire."))),
      rows.length ? [
        toolbar(csvButton(rows, columns, `guichet-${state.t}-${state.from}-${state.to}`)),
        sortableTable(rows, columns, { id: 'guichet', rowId: (r) => r.structureId }),
      ] : el('p', { class: 'state empty', 'data-state': 'empty' }, "Aucune orientation reçue sur cette période au sujet des personnes du territoire."));
  },
};
