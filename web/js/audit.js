// Audit view (admins): the append-only journal, newest first, filtered by period, user and action
// (kept in the address: du, au, qui, action), its CSV export and the check of its hash chain.
import { api } from './api.js';
import { dateTime, el, loading, number, show, sortableTable, toolbar } from './ui.js';

const ACTION_NAMES = {
  login: 'connexion',
  login_failed: 'connexion refusée',
  logout: 'déconnexion',
  read_persons: 'lecture de données de personnes',
  export: 'export',
  report: 'rapport',
  import: 'import',
  user_change: "modification d'un compte",
  password_change: 'changement de mot de passe',
  access_denied: 'accès refusé',
};
const LIMIT = 500;

let token = 0;


export default {
  ownControls: true,
  async render(root, state, ctx) {
    const mine = ++token;
    const filters = { from: state.du, to: state.au, user: state.qui, action: state.action };
    loading(root, 'Chargement du journal…');
    const records = await api.audit(filters);
    if (mine !== token) return;
    const verdict = el('p', { id: 'audit-verify-result', role: 'status' });
    show(root,
      el('div', { class: 'view-head' }, el('h2', {}, "Journal d'audit"),
        el('p', { class: 'summary' }, 'Chaque connexion, lecture de données de personnes, export, rapport, import et modification de compte, '
          + "refus compris. Chaque enregistrement porte l'empreinte du précédent : une modification se voit.")),
      filterForm(state, ctx),
      toolbar(
        el('a', { href: api.auditCsvAddress(filters), id: 'audit-csv', download: '', class: 'button-link', 'data-export': 'csv' }, 'Exporter en CSV'),
        el('button', { type: 'button', id: 'audit-verify', onclick: () => verify(verdict) }, 'Vérifier la chaîne')),
      verdict,
      records.length ? table(records) : el('p', { class: 'state empty', 'data-state': 'empty' }, 'Aucun enregistrement pour ces filtres.'));
  },
  leave() {
    token++;
  },
};

function filterForm(state, ctx) {
  const from = el('input', { type: 'date', id: 'audit-from', name: 'du', value: state.du || '' });
  const to = el('input', { type: 'date', id: 'audit-to', name: 'au', value: state.au || '' });
  const user = el('input', { type: 'search', id: 'audit-user', name: 'qui', value: state.qui || '', placeholder: 'identifiant' });
  const action = el('select', { id: 'audit-action', name: 'action' }, new Option('toutes', ''),
    Object.entries(ACTION_NAMES).map(([code, name]) => new Option(name, code)));
  action.value = state.action || '';
  return el('form', {
    id: 'audit-filters', class: 'filters',
    onsubmit: (event) => {
      event.preventDefault();
      ctx.navigate({ du: from.value || null, au: to.value || null, qui: user.value.trim() || null, action: action.value || null });
    },
  },
  el('label', { for: 'audit-from' }, 'Du'), from,
  el('label', { for: 'audit-to' }, 'au'), to,
  el('label', { for: 'audit-user' }, 'Utilisateur'), user,
  el('label', { for: 'audit-action' }, 'Action'), action,
  el('button', { type: 'submit' }, 'Filtrer'));
}

function table(records) {
  const columns = [
    { key: 'seq', title: 'N°', numeric: true, value: (r) => r.seq },
    { key: 'at', title: 'Date et heure', value: (r) => r.at, cell: (r) => dateTime(r.at, 'medium') },
    { key: 'user', title: 'Utilisateur', value: (r) => r.user || '—' },
    { key: 'action', title: 'Action', value: (r) => ACTION_NAMES[r.action] || r.action },
    { key: 'territoryId', title: 'Territoire', value: (r) => r.territoryId || '—' },
    { key: 'personId', title: 'Personne', value: (r) => r.personId || '—' },
    { key: 'status', title: 'Statut', numeric: true, value: (r) => r.status, cell: (r) => el('span', { class: r.status >= 400 ? 'refused' : null }, r.status) },
    { key: 'detail', title: 'Détail', value: (r) => r.detail || '' },
  ];
  return el('div', {},
    el('p', { class: 'summary' }, `${number(records.length)} enregistrement${records.length > 1 ? 's' : ''}, le plus récent en premier.`),
    sortableTable(records, columns, { id: 'audit', rowId: (r) => r.seq, limit: LIMIT }));
}

async function verify(verdict) {
  verdict.className = 'verdict';
  verdict.textContent = 'Vérification de la chaîne…';
  try {
    const answer = await api.verifyAudit();
    verdict.dataset.valid = String(answer.valid);
    verdict.classList.add(answer.valid ? 'valid' : 'broken');
    verdict.textContent = answer.valid
      ? `Chaîne intègre : ${number(answer.records)} enregistrement${answer.records > 1 ? 's' : ''} vérifié${answer.records > 1 ? 's' : ''}.`
      : `Chaîne rompue à l'enregistrement n° ${answer.brokenAt}${answer.message ? ` : ${answer.message}` : ''}.`;
  } catch (error) {
    verdict.classList.add('broken');
    verdict.textContent = error.message;
  }
}
