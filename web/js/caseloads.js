// Gestion de cas: each case manager's active situations on the window's last day against the
// reference of 40, the complex and extreme ones, the persons waiting for one, and the load per
// profession of origin (contract v1.2, /caseloads). Planners read small counts as "<5".
import { api } from './api.js';
import { atLeast, date, el, help, loading, number, show, sortableTable, toolbar } from './ui.js';
import { csvButton } from './export.js';

let token = 0;

export default {
  async render(root, state) {
    const mine = ++token;
    loading(root, 'Lecture des files actives…');
    const [loads, network] = await Promise.all([api.caseloads(state), api.network(state)]);
    if (mine !== token) return;
    const names = new Map(network.nodes.map((n) => [n.id, n.name]));
    const over = loads.managers.filter((m) => typeof m.active === 'number' && m.active > loads.reference).length;
    const columns = [
      { key: 'professionalId', title: 'Professionnel', value: (m) => m.professionalId },
      { key: 'structure', title: 'Structure', value: (m) => names.get(m.structureId) || m.structureId, csv: (m) => m.structureId },
      { key: 'origin', title: "Profession d'origine", value: (m) => m.originProfession || '—', csv: (m) => m.originProfession || '' },
      { key: 'active', title: 'Situations actives', numeric: true, value: (m) => m.active, cell: (m) => el('span', { class: typeof m.active === 'number' && m.active > loads.reference ? 'over-reference' : null }, number(m.active)) },
      { key: 'load', title: `Charge / ${loads.reference}`, numeric: true, value: (m) => atLeast(m.active) / loads.reference, cell: (m) => (typeof m.active === 'number' ? `${number(100 * m.active / loads.reference)} %` : '—'), csv: null },
      { key: 'complex', title: 'Complexes', numeric: true, value: (m) => m.complex, cell: (m) => number(m.complex) },
      { key: 'extreme', title: 'Extrêmes', numeric: true, value: (m) => m.extreme, cell: (m) => number(m.extreme) },
    ];
    const exported = columns.filter((c) => c.csv !== null);
    const byOrigin = new Map();
    for (const m of loads.managers) {
      const origin = m.originProfession || 'non renseignée';
      const entry = byOrigin.get(origin) || { origin, managers: 0, active: 0, hidden: false };
      entry.managers += 1;
      if (typeof m.active === 'number') entry.active += m.active; else entry.hidden = true;
      byOrigin.set(origin, entry);
    }
    const originColumns = [
      { key: 'origin', title: "Profession d'origine", value: (o) => o.origin },
      { key: 'managers', title: 'Professionnels', numeric: true, value: (o) => o.managers },
      { key: 'active', title: 'Situations actives', numeric: true, value: (o) => (o.hidden ? null : o.active), cell: (o) => (o.hidden ? 'masqué' : number(o.active)) },
    ];
    show(root,
      el('div', { class: 'view-head' },
        el('h2', {}, `Gestion de cas au ${date(state.to)} `,
          help(`Professionnels des structures de l'écologie du territoire ayant au moins une gestion de cas active à la date, face à la référence de ${loads.reference} situations par gestionnaire.`))),
      el('p', { class: 'summary', id: 'caseload-summary' },
        `${loads.managers.length} professionnel${loads.managers.length > 1 ? 's' : ''} en gestion de cas, `
        + `${over} au-delà de ${loads.reference} situations ; personnes en attente (situation complexe sans gestionnaire de cas) : `,
        el('strong', { id: 'caseload-waiting' }, number(loads.waiting)), '.'),
      loads.managers.length ? el('div', { class: 'cols' },
        el('section', {},
          el('h3', {}, 'Files actives'),
          toolbar(csvButton(loads.managers, exported, `gestion-de-cas-${state.t}-${state.to}`)),
          sortableTable(loads.managers, columns, { id: 'caseloads', rowId: (m) => m.professionalId })),
        el('section', {},
          el('h3', {}, "Par profession d'origine ", help("Les gestionnaires de cas gardent leur profession d'origine (infirmière, assistante sociale, psychologue…) : les situations leur sont souvent confiées selon le problème dominant.")),
          sortableTable([...byOrigin.values()], originColumns, { id: 'caseloads-origin', rowId: (o) => o.origin })))
        : el('p', { class: 'state empty', 'data-state': 'empty' }, 'Aucune gestion de cas active à cette date.'));
  },
};
