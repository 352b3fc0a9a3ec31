// The page's shell: territory and window shared by every view, views addressed by the URL hash
// (#/view?t=territory&from=...&to=...&...), so that a view can be bookmarked, shared and left with "back".
import { api } from './api.js';
import { useVocabulary } from './labels.js';
import { failure, installTooltips, loading, empty } from './ui.js';
import network from './network.js';
import cartographie from './cartographie.js';
import orphans from './orphans.js';
import overlaps from './overlaps.js';
import parcours from './parcours.js';

const VIEWS = { reseau: network, cartographie, orphelins: orphans, chevauchements: overlaps, parcours };
const DEFAULT_VIEW = 'reseau';

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

export function readState() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [view, query = ''] = hash.split('?');
  const params = Object.fromEntries(new URLSearchParams(query));
  const to = params.to || today();
  return { ...presetWindow('12m', to), ...params, to, view: VIEWS[view] ? view : DEFAULT_VIEW };
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

const context = { navigate, territories: [], panel: document.getElementById('panel') };
let current = null;

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
  document.title = `Maillage — ${territory?.name || 'territoire'} — ${document.querySelector(`#views a[data-view="${state.view}"]`).textContent}`;
}

async function render() {
  const state = readState();
  const root = document.getElementById('view');
  if (!state.t) {
    if (context.territories.length) navigate({ t: defaultTerritory().id }, { replace: true });
    else empty(root, "Aucun territoire dans la base : importez un lot de données (POST /api/imports) ou lancez l'application avec la démo.");
    return;
  }
  syncControls(state);
  const view = VIEWS[state.view];
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

/** The demo's urban territory if present, else the first "territoire", else the first territory. */
function defaultTerritory() {
  const all = context.territories;
  return all.find((t) => t.id === 'rivebelle') || all.find((t) => t.kind === 'territoire') || all[0];
}

function fillTerritories() {
  const select = document.getElementById('territory');
  const byParent = new Map();
  for (const t of context.territories) {
    if (!byParent.has(t.parentId ?? null)) byParent.set(t.parentId ?? null, []);
    byParent.get(t.parentId ?? null).push(t);
  }
  const ids = new Set(context.territories.map((t) => t.id));
  const roots = context.territories.filter((t) => !t.parentId || !ids.has(t.parentId));
  const options = [];
  const walk = (t, depth) => {
    options.push(new Option(`${'\u00a0\u00a0'.repeat(depth)}${t.name}`, t.id));
    for (const child of (byParent.get(t.id) || []).sort((a, b) => a.name.localeCompare(b.name, 'fr'))) walk(child, depth + 1);
  };
  roots.sort((a, b) => a.name.localeCompare(b.name, 'fr')).forEach((t) => walk(t, 0));
  select.replaceChildren(...options);
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

async function start() {
  installTooltips();
  const root = document.getElementById('view');
  loading(root, 'Chargement des territoires…');
  try {
    const [vocabulary, territories] = await Promise.all([api.vocabulary(), api.territories()]);
    useVocabulary(vocabulary);
    context.territories = territories;
  } catch (e) {
    failure(root, e);
    return;
  }
  fillTerritories();
  wireControls();
  window.addEventListener('hashchange', render);
  await render();
}

start();
