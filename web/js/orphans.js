// Orphan situations (situations orphelines) of the territory on the window's last day:
// counts per reason, a sortable list, each row opening the person's parcours.
import { api } from './api.js';
import { GLOSSARY, codes, explanation, label, labels } from './labels.js';
import { reasonColour } from './colours.js';
import { date, el, empty, help, loading, show, sortableTable, term, toolbar } from './ui.js';
import { csvButton } from './export.js';

let token = 0;

export function reasonBadge(reason) {
  return el('span', { class: 'reason', style: `background:${reasonColour(reason)}`, 'data-explain': explanation('orphanReason', reason), 'data-reason': reason },
    label('orphanReason', reason));
}

export default {
  async render(root, state, ctx) {
    const mine = ++token;
    loading(root, 'Recherche des situations orphelines…');
    const orphans = await api.orphans(state);
    if (mine !== token) return;
    const reasons = codes('orphanReason');
    const chosen = state.reason || null;
    const rows = chosen ? orphans.filter((o) => o.reasons.includes(chosen)) : orphans;
    const columns = [
      { key: 'personId', title: 'Personne (pseudonyme)', value: (o) => o.personId },
      { key: 'complexity', title: 'Complexité', value: (o) => codes('complexity').indexOf(o.complexity), cell: (o) => label('complexity', o.complexity), csv: (o) => o.complexity ?? '' },
      { key: 'needs', title: 'Besoins', value: (o) => labels('domain', o.needs), csv: (o) => o.needs.join(';') },
      { key: 'uncovered', title: 'Besoins non couverts', value: (o) => labels('domain', o.uncoveredNeeds), csv: (o) => (o.uncoveredNeeds || []).join(';') },
      { key: 'reasons', title: 'Motifs', value: (o) => o.reasons.length * 100 + reasons.indexOf(o.reasons[0]), cell: (o) => o.reasons.map(reasonBadge), csv: (o) => o.reasons.join(';') },
    ];
    const title = el('h2', {}, term('Situations orphelines', GLOSSARY.orphelin), ` au ${date(state.to)}`);
    const counts = el('div', { class: 'counts', role: 'group', 'aria-label': 'Nombre de situations par motif' },
      el('button', { type: 'button', class: 'count-card', 'aria-pressed': String(!chosen), 'data-reason-count': 'all', onclick: () => ctx.navigate({ reason: null }) },
        el('strong', {}, orphans.length), 'situations orphelines'),
      reasons.map((r) => el('button', {
        type: 'button', class: 'count-card', style: `--card:${reasonColour(r)}`, 'aria-pressed': String(chosen === r),
        'data-reason-count': r, 'data-explain': explanation('orphanReason', r), onclick: () => ctx.navigate({ reason: chosen === r ? null : r }),
      }, el('strong', {}, orphans.filter((o) => o.reasons.includes(r)).length), label('orphanReason', r))));
    show(root, 
      el('div', { class: 'view-head' }, title,
        el('p', { class: 'summary' }, 'Personnes du territoire dont la situation n\'est pas close, observées sur les 90 jours avant la date de fin de la période. Cliquez une ligne pour voir son parcours.')),
      counts,
      orphans.length ? [
        toolbar(csvButton(rows, columns, `situations-orphelines-${state.t}-${state.to}`)),
        chosen ? el('p', { class: 'summary' }, `Filtre : ${label('orphanReason', chosen)} (${rows.length}) `, help(explanation('orphanReason', chosen))) : null,
        sortableTable(rows, columns, { id: 'orphans', rowId: (o) => o.personId, onRow: (o) => ctx.navigate({ view: 'parcours', p: o.personId }) }),
      ] : el('p', { class: 'state empty', 'data-state': 'empty' }, 'Aucune situation orpheline à cette date : toutes les situations ouvertes ont un interlocuteur.'));
  },
};
