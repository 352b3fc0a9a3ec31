// The page's shell: territory and window shared by every view, views addressed by the URL hash
// (#/view?t=territory&from=...&to=...&...), so that a view can be bookmarked, shared and left with "back";
// the signed-in user's role chooses the views, their scope the territories.
import { api } from './api.js';
import { useVocabulary } from './labels.js';
import { failure, installTooltips, loading, empty, territoryOptions } from './ui.js';
import { ROLE_NAMES, ROLE_VIEWS, inScope, showAccount, showDataDate, signedIn } from './session.js';
import network from './network.js';
import cartographie from './cartographie.js';
import orphans from './orphans.js';
import overlaps from './overlaps.js';
import parcours from './parcours.js';
import tables from './tables.js';
import guichet from './guichet.js';
import caseloads from './caseloads.js';
import coordinators from './coordinators.js';
import funding from './funding.js';
import territoryHistory from './history.js';
import imports from './imports.js';
import users from './users.js';
import audit from './audit.js';

const VIEWS = {
  reseau: network, cartographie, orphelins: orphans, chevauchements: overlaps, parcours,
  tables, guichet, 'gestion-de-cas': caseloads,
  coordinateurs: coordinators, 'compte-consolide': funding, histoire: territoryHistory,
  import: imports, utilisateurs: users, journal: audit,
};
/** The views the signed-in user may open, the first one by default (set once signed in). */
let allowed = [];

const iso = (d) => d.toISOString().slice(0, 10);
const today = () => iso(new Date());

/** The window ending on `to` for a preset: 3 or 12 months (inclusive), or the calendar year of `to`. */
export function presetWindow(preset, to) {
  const end = new Date(`${to}T00:00:00Z`);
  if (preset === 'year') return { from: `${to.slice(0, 4)}-01-01`, to: `${to.slice(0, 4)}-12-31` };
  const months = preset === '3m' ? 3 : 12;
  const start = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - months, end.getUTCDate() + 1));
  return { from: iso(start), to };
}

/** The view and the query of the address's hash. */
const hashParts = () => location.hash.replace(/^#\/?/, '').split('?');

export function readState() {
  const [view, query = ''] = hashParts();
  const params = Object.fromEntries(new URLSearchParams(query));
  const to = params.to || today();
  return { ...presetWindow('12m', to), ...params, to, view: allowed.includes(view) ? view : allowed[0] };
}

function hashOf(state) {
  const { view, ...params } = state;
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== ''));
  return `#/${view}?${query}`;
}

/**
 * Goes to a new state: `changes` are merged into the current one (null removes a parameter).
 * `replace` keeps the history entry (for typing in a search box).
 */
export function navigate(changes, { replace = false } = {}) {
  const current = readState();
  // Another view starts from the shared territory and window only, not this view's own parameters.
  const base = changes.view && changes.view !== current.view ? { t: current.t, from: current.from, to: current.to } : current;
  const next = { ...base, ...changes };
  const hash = hashOf(next);
  if (hash === location.hash) return;
  if (replace) {
    history.replaceState(null, '', hash);
    render();
  } else {
    location.hash = hash;
  }
}

const bar = document.querySelector('header.bar');
const context = {
  navigate, territories: [], me: null, panel: document.getElementById('panel'), refreshDataDate: () => showDataDate(bar),
};
let current = null;
/** Why the last address was not the view shown, said once on the view shown instead. */
let notice = null;

function syncControls(state) {
  document.getElementById('territory').value = state.t || '';
  document.getElementById('from').value = state.from;
  document.getElementById('to').value = state.to;
  for (const link of document.querySelectorAll('#views a[data-view]')) {
    const { view, ...shared } = state;
    const keep = { t: shared.t, from: shared.from, to: shared.to };
    if (link.dataset.view === 'parcours' && state.p) keep.p = state.p;
    link.href = hashOf({ view: link.dataset.view, ...keep });
    link.toggleAttribute('aria-current', link.dataset.view === view);
    if (link.dataset.view === view) link.setAttribute('aria-current', 'page');
  }
  // The comparison page starts from this territory beside its siblings, over the same window.
  const territory = context.territories.find((t) => t.id === state.t);
  const parentId = territory?.parentId;
  const siblings = parentId ? context.territories.filter((t) => t.parentId === parentId).map((t) => t.id) : [];
  const picked = [state.t, ...siblings.filter((id) => id !== state.t)].filter(Boolean);
  const compare = new URLSearchParams({ territories: picked.join(','), from: state.from, to: state.to });
  document.getElementById('compare-link').href = `comparer.html?${compare}`;
  const report = document.getElementById('report-link');
  report.hidden = !state.t;
  if (state.t) report.href = api.reportAddress(state);
  document.getElementById('window-form').hidden = Boolean(VIEWS[state.view].ownControls);
  document.title = `Maillage — ${territory?.name || 'territoire'} — ${viewNames.get(state.view)}`;
}

/** A known view the role may not open falls back to the first one it may, saying so. */
function refuseView() {
  const [asked] = hashParts();
  if (!VIEWS[asked] || allowed.includes(asked)) return false;
  notice = `La vue « ${viewNames.get(asked)} » n'est pas ouverte au rôle ${ROLE_NAMES[context.me.role] || context.me.role} : `
    + `voici la vue « ${viewNames.get(allowed[0])} ».`;
  // only the shared territory and window go along: the refused view's own parameters (a person) stay behind
  const { t, from, to } = readState();
  history.replaceState(null, '', hashOf({ view: allowed[0], t, from, to }));
  render();
  return true;
}

function showNotice() {
  const box = document.getElementById('notice');
  box.textContent = notice || '';
  box.hidden = !notice;
  notice = null;
}

async function render() {
  if (refuseView()) return;
  showNotice();
  const state = readState();
  const root = document.getElementById('view');
  const view = VIEWS[state.view];
  if (!state.t && context.territories.length) {
    navigate({ t: defaultTerritory().id }, { replace: true });
    return;
  }
  if (!state.t && !view.ownControls) {
    empty(root, allowed.includes('import')
      ? "Aucun territoire dans la base : importez un lot de données (vue « Import ») ou lancez l'application avec la démo."
      : "Aucun territoire de votre périmètre dans la base : demandez à un administrateur de vérifier vos territoires.");
    return;
  }
  syncControls(state);
  if (current && current !== view) {
    current.leave?.();
    context.panel.hidden = true;
    context.panel.replaceChildren();
  }
  current = view;
  document.body.dataset.view = state.view;
  try {
    await view.render(root, state, context);
  } catch (e) {
    console.error(e);
    failure(root, e);
  }
}

/** The demo's urban territory if in scope, else the first "territoire", else the first territory. */
function defaultTerritory() {
  const all = context.territories;
  return all.find((t) => t.id === 'agglo-nevers') || all.find((t) => t.kind === 'territoire') || all[0];
}

function fillTerritories() {
  document.getElementById('territory').replaceChildren(...territoryOptions(context.territories));
}

function wireControls() {
  document.getElementById('territory').addEventListener('change', (e) => navigate({ t: e.target.value, sel: null, hl: null }));
  for (const id of ['from', 'to']) {
    document.getElementById(id).addEventListener('change', (e) => {
      if (e.target.value) navigate({ [id]: e.target.value });
    });
  }
  for (const preset of document.querySelectorAll('[data-preset]')) {
    preset.addEventListener('click', () => navigate(presetWindow(preset.dataset.preset, readState().to)));
  }
}

/** The name of every view, as its link in the bar says it (read before the role's others are removed). */
const viewNames = new Map();

/** Only the links of the role's views stay in the bar. */
function keepAllowedLinks() {
  for (const link of document.querySelectorAll('#views a[data-view]')) {
    viewNames.set(link.dataset.view, link.textContent);
    if (!allowed.includes(link.dataset.view)) link.remove();
  }
}

async function start() {
  installTooltips();
  const root = document.getElementById('view');
  loading(root, 'Chargement des territoires…');
  try {
    context.me = await signedIn();
    allowed = ROLE_VIEWS[context.me.role] || [];
    const [vocabulary, territories] = await Promise.all([api.vocabulary(), api.territories()]);
    useVocabulary(vocabulary);
    context.territories = inScope(territories, context.me);
  } catch (e) {
    failure(root, e);
    return;
  }
  showAccount(bar, context.me);
  showDataDate(bar);
  keepAllowedLinks();
  fillTerritories();
  wireControls();
  window.addEventListener('hashchange', render);
  await render();
}

start();
