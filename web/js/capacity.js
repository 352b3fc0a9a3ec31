// Capacity against demand (capacités et demande) of one structure, for the méta-réseau's panel.
// Asked apart from the méta-réseau (GET /api/territories/{id}/capacity?asOf=, the window's last
// day): the answer covers the structures of the territory's ecology that declare a capacity.
import { api } from './api.js';
import { date, el, help, number } from './ui.js';

const EXPLAIN = {
  followed: 'Personnes distinctes que la structure suit ce jour-là (prises en charge actives), où qu\'elles habitent, face à sa capacité déclarée.',
  waiting: "Orientations reçues, datées au plus tard ce jour-là, qui attendaient encore sa réponse ce jour-là.",
  refused: "Orientations qu'elle a refusées, réponse datée dans les 90 jours qui précèdent (ce jour compris).",
  missing: 'Personnes suivies + orientations en attente − capacité (au moins 0) : ce qui manque pour tout accueillir.',
};

/** The panel's section for `node`, filled when the answer arrives. */
export function capacitySection(territoryId, asOf, node) {
  const body = el('div', {}, el('p', { class: 'state loading', 'data-state': 'loading' }, 'Chargement…'));
  const section = el('section', { id: 'panel-capacity' }, el('h3', {}, `Capacité et demande au ${date(asOf)}`), body);
  if (node.capacity == null) {
    body.replaceChildren(el('p', { class: 'note', 'data-state': 'empty' }, 'Aucune capacité déclarée : pas de comparaison avec la demande.'));
    return section;
  }
  api.capacity(territoryId, asOf).then((answer) => {
    const c = answer.structures.find((s) => s.structureId === node.id);
    if (!c) {
      body.replaceChildren(el('p', { class: 'note', 'data-state': 'empty' }, "Hors de l'écologie du territoire, ou fermée à cette date : pas de comparaison avec la demande."));
      return;
    }
    const row = (key, name, value, explanation) => el('tr', { 'data-capacity': key },
      el('th', { scope: 'row' }, name, ' ', help(explanation)), el('td', { class: 'num' }, value));
    const occupancy = c.occupancy == null ? '' : ` (${number(c.occupancy * 100)} %)`;
    section.dataset.saturated = c.saturated;
    body.replaceChildren(el('div', {},
      c.saturated ? el('p', { class: 'badge saturated' }, 'Saturée : elle suit au moins autant de personnes que sa capacité.') : null,
      el('table', { class: 'measures' }, el('tbody', {},
        row('followed', 'Personnes suivies / capacité', `${number(c.followed)} / ${number(c.capacity)}${typeof c.followed === 'number' ? occupancy : ''}`, EXPLAIN.followed),
        row('waiting', 'Orientations en attente de réponse', number(c.waiting), EXPLAIN.waiting),
        row('refused', `Refus sur ${answer.refusalDays} jours`, number(c.refused), EXPLAIN.refused),
        row('missing', 'Places manquantes', number(c.missingPlaces), EXPLAIN.missing)))));
  }).catch((e) => body.replaceChildren(el('p', { class: 'state error', 'data-state': 'error' }, e.message)));
  return section;
}
