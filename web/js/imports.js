// Import view (admins and pilots): send a zip or the contract's CSV files, watch the rows being
// written, read every problem of a refused bundle as a table (and download it), and the history.
import { OFFLINE, api, failureOf, pageHeaders } from './api.js';
import { dateTime, el, loading, number, show, sortableTable, toolbar } from './ui.js';
import { csvButton } from './export.js';

const POLL_MS = 500;
const STATUS_NAMES = {
  en_cours: 'en cours', publication: 'publication', terminee: 'terminé', rejetee: 'refusé', echouee: 'échoué',
};
const RUNNING = new Set(['en_cours', 'publication']);

let token = 0;


export default {
  ownControls: true,
  async render(root, state, ctx) {
    const mine = ++token;
    loading(root, 'Chargement des imports…');
    // the form does not wait on the history: without it, an import can still be sent
    const history = await api.imports().catch((e) => e);
    if (mine !== token) return;
    const files = el('input', {
      type: 'file', id: 'import-files', name: 'file', multiple: true, accept: '.zip,.csv',
      'aria-describedby': 'import-files-hint',
    });
    const submit = el('button', { type: 'submit', id: 'import-submit' }, 'Importer');
    const progress = el('div', { id: 'import-progress', class: 'import-progress', hidden: true });
    const result = el('section', { id: 'import-result', 'aria-live': 'polite' });
    const historySection = el('section', { id: 'import-history-section' });
    const form = el('form', {
      id: 'import-form', class: 'import-form',
      onsubmit: async (event) => {
        event.preventDefault();
        const chosen = [...files.files];
        const wrong = choiceProblem(chosen);
        if (wrong) {
          show(result, el('p', { class: 'state error', 'data-state': 'error' }, wrong));
          return;
        }
        submit.disabled = true;
        files.disabled = true;
        try {
          await send(chosen, ctx.me, progress, result);
        } finally {
          submit.disabled = false;
          files.disabled = false;
        }
        if (mine === token) showHistory(historySection, await api.imports().catch((e) => e));
        ctx.refreshDataDate();
      },
    },
    el('label', { for: 'import-files' }, 'Fichiers du lot'), ' ', files, ' ', submit,
    el('p', { class: 'summary', id: 'import-files-hint' },
      'Un fichier zip du lot, ou un ou plusieurs fichiers CSV du contrat (territories.csv, structures.csv, persons.csv…). '
      + "Tout le lot est vérifié avant qu'une ligne soit écrite ; refusé, il n'écrit rien."
      + (ctx.me.role === 'pilote' ? ' Chaque territoire, structure et personne du lot doit être de votre périmètre.' : '')));
    show(root,
      el('div', { class: 'view-head' }, el('h2', {}, 'Importer un lot'),
        el('p', { class: 'summary' }, "Les données d'un export de votre système d'information, au format du contrat de données.")),
      form, progress, result, historySection);
    showHistory(historySection, history);
  },
  leave() {
    token++;
  },
};

/** What is wrong with the files chosen, in French; null when they make a bundle. */
function choiceProblem(files) {
  if (!files.length) return 'Choisissez un fichier zip ou des fichiers CSV.';
  const other = files.find((f) => !/\.(zip|csv)$/i.test(f.name));
  if (other) return `« ${other.name} » n'est ni un zip ni un fichier CSV.`;
  const zips = files.filter((f) => /\.zip$/i.test(f.name));
  if (zips.length && files.length > 1) return 'Envoyez un seul fichier zip, ou seulement des fichiers CSV.';
  return null;
}

/**
 * Sends the files and, while the server writes them (the POST answers once the import is over),
 * shows the rows written by this user's running import.
 */
async function send(files, me, progress, result) {
  const bar = el('progress', { id: 'import-bar', max: 1 });
  const text = el('span', { id: 'import-progress-text' }, 'Envoi du lot…');
  show(progress, el('label', { for: 'import-bar' }, 'Import : '), bar, ' ', text);
  progress.hidden = false;
  result.replaceChildren();
  let polling = true;
  const poll = async () => {
    if (!polling) return;
    try {
      const running = (await api.imports()).find((i) => RUNNING.has(i.status) && i.user === me.username);
      if (polling && running) showProgress(bar, text, running);
    } catch (e) {
      // the next poll or the import's own answer will say what is wrong
    }
    if (polling) setTimeout(poll, POLL_MS);
  };
  const answer = upload(files, (sent) => {
    if (!bar.dataset.rowsTotal) text.textContent = `Envoi du lot… ${Math.round(sent * 100)} %`;
  });
  setTimeout(poll, POLL_MS);
  let status;
  let body;
  try {
    ({ status, body } = await answer);
  } catch (e) {
    show(result, el('p', { class: 'state error', 'data-state': 'error' }, e.message));
    return;
  } finally {
    polling = false;
  }
  if (status === 201) {
    const total = Object.values(body.counts || {}).reduce((a, b) => a + b, 0);
    showProgress(bar, text, { status: 'terminee', rowsDone: total, rowsTotal: total });
    showCounts(result, body);
  } else if (status === 422) {
    progress.hidden = true;
    showProblems(result, body);
  } else {
    progress.hidden = true;
    const error = status === 413 && !body?.message ? new Error('Le lot est trop volumineux pour être envoyé.') : failureOf(status, body, '/api/imports');
    show(result, el('p', { class: 'state error', 'data-state': 'error', 'data-status': status }, error.message));
  }
}

/**
 * The multipart POST, through XMLHttpRequest for its upload progress; resolves to the status and
 * the JSON answer whatever the status.
 */
function upload(files, onSent) {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const file of files) form.append('file', file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/imports');
    for (const [name, value] of Object.entries(pageHeaders('POST'))) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onSent(e.loaded / e.total); };
    xhr.onload = () => {
      let body = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch (e) {
        // not JSON: the status says enough
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new Error(OFFLINE));
    xhr.send(form);
  });
}

function showProgress(bar, text, running) {
  bar.dataset.status = running.status;
  if (!running.rowsTotal) {
    bar.removeAttribute('value'); // indeterminate while the bundle is being checked
    text.textContent = 'Vérification du lot…';
    return;
  }
  bar.max = running.rowsTotal;
  bar.value = running.rowsDone;
  bar.dataset.rowsDone = running.rowsDone;
  bar.dataset.rowsTotal = running.rowsTotal;
  const share = Math.floor((100 * running.rowsDone) / running.rowsTotal);
  const written = `${number(running.rowsDone)} lignes écrites sur ${number(running.rowsTotal)} (${share} %)`;
  text.textContent = running.status === 'publication' ? `${written} — publication…`
    : running.status === 'terminee' ? `${written} — import terminé.` : written;
}

function showCounts(result, body) {
  const rows = Object.entries(body.counts || {}).map(([file, count]) => ({ file, count }));
  show(result,
    el('p', { class: 'state done', 'data-state': 'done' }, `Lot importé : ${number(rows.reduce((a, r) => a + r.count, 0))} lignes écrites.`),
    el('table', { class: 'data compact', id: 'import-counts' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Fichier'), el('th', { scope: 'col', class: 'num' }, 'Lignes écrites'))),
      el('tbody', {}, rows.map((r) => el('tr', { 'data-file': r.file }, el('td', {}, r.file), el('td', { class: 'num' }, number(r.count)))))));
}

const PROBLEM_COLUMNS = [
  { key: 'file', title: 'Fichier', value: (p) => p.file ?? '' },
  { key: 'line', title: 'Ligne', numeric: true, value: (p) => p.line ?? '' },
  { key: 'column', title: 'Colonne', value: (p) => p.column ?? '' },
  { key: 'message', title: 'Message', value: (p) => p.message },
];

function showProblems(result, body) {
  const problems = body?.errors || [];
  show(result,
    el('p', { class: 'state error', 'data-state': 'error' },
      `Lot refusé : rien n'a été écrit. ${problems.length > 1 ? `${problems.length} problèmes` : '1 problème'} à corriger dans les fichiers :`),
    toolbar(csvButton(problems, PROBLEM_COLUMNS, `problemes-import-${body?.id || 'lot'}`, 'Télécharger les problèmes (CSV)')),
    el('table', { class: 'data', id: 'import-errors' },
      el('thead', {}, el('tr', {}, PROBLEM_COLUMNS.map((c) => el('th', { scope: 'col', class: c.numeric ? 'num' : null }, c.title)))),
      el('tbody', {}, problems.map((p) => el('tr', {}, PROBLEM_COLUMNS.map((c) => el('td', { class: c.numeric ? 'num' : null, 'data-key': c.key }, c.value(p))))))));
}

function showHistory(section, history) {
  if (history instanceof Error) {
    show(section, el('h3', {}, 'Historique des imports'), el('p', { class: 'state error', 'data-state': 'error' }, history.message));
    return;
  }
  const counts = (i) => Object.entries(i.counts || {}).map(([file, n]) => `${file} ${number(n)}`).join(', ');
  const columns = [
    { key: 'startedAt', title: 'Début', value: (i) => i.startedAt || '', cell: (i) => dateTime(i.startedAt) },
    { key: 'endedAt', title: 'Fin', value: (i) => i.endedAt || '', cell: (i) => dateTime(i.endedAt) },
    { key: 'user', title: 'Par', value: (i) => i.user || '—' },
    { key: 'status', title: 'Statut', value: (i) => STATUS_NAMES[i.status] || i.status },
    { key: 'rows', title: 'Lignes', numeric: true, value: (i) => i.rowsDone, cell: (i) => (i.rowsTotal ? `${number(i.rowsDone)} / ${number(i.rowsTotal)}` : number(i.rowsDone)) },
    { key: 'counts', title: 'Lignes par fichier', value: counts },
    { key: 'source', title: 'Source', value: (i) => i.source || '—' },
  ];
  show(section,
    el('h3', {}, `Historique des imports (${history.length}), le plus récent en premier`),
    history.length
      ? sortableTable(history, columns, { id: 'import-history', rowId: (i) => i.id, limit: 200 })
      : el('p', { class: 'state empty', 'data-state': 'empty' }, "Aucun import pour l'instant."));
}
