// Shared page pieces: loading / empty / error states, term tooltips, small DOM helpers.
import { GLOSSARY } from './labels.js';

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    // through the CSSOM: the Content-Security-Policy (style-src 'self') refuses style attributes
    else if (key === 'style') node.style.cssText = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces a container's content; arrays are flattened and null / false children skipped. */
export function show(container, ...children) {
  container.replaceChildren(...children.flat(3).filter((c) => c !== null && c !== undefined && c !== false));
}

function state(container, kind, text) {
  container.replaceChildren(el('p', { class: `state ${kind}`, 'data-state': kind }, text));
}

export const loading = (container, text = 'Chargement…') => state(container, 'loading', text);
export const empty = (container, text) => state(container, 'empty', text);
export const failure = (container, error) =>
  state(container, 'error', error?.message || 'Une erreur inattendue est survenue.');

/** A term with a dotted underline whose explanation shows on hover or focus. */
export function term(text, explanation) {
  return el('span', { class: 'term', tabindex: 0, 'data-explain': explanation || GLOSSARY[text] || '' }, text);
}

/** A round "?" that explains what is next to it. */
export function help(explanation) {
  return el('span', { class: 'help', tabindex: 0, 'data-explain': explanation, 'aria-label': explanation }, '?');
}

export function installTooltips() {
  const tip = document.getElementById('tooltip');
  const show = (event) => {
    const target = event.target.closest?.('[data-explain]');
    if (!target || !target.dataset.explain) return;
    tip.textContent = target.dataset.explain;
    tip.hidden = false;
    const box = target.getBoundingClientRect();
    const left = Math.min(box.left, window.innerWidth - 340);
    tip.style.left = `${Math.max(4, left)}px`;
    tip.style.top = `${box.bottom + 6 + window.scrollY}px`;
  };
  const hide = (event) => {
    if (event.target.closest?.('[data-explain]')) tip.hidden = true;
  };
  document.addEventListener('mouseover', show);
  document.addEventListener('focusin', show);
  document.addEventListener('mouseout', hide);
  document.addEventListener('focusout', hide);
}

/** A figure in French; a small cell the server published as a string ("<5", "<12") shows as it came. */
export const number = (value, digits = 0) => {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return Number(value).toLocaleString('fr-FR', { maximumFractionDigits: digits, minimumFractionDigits: digits });
};

/**
 * The least a figure can be, to draw and sort it. Planners get every count of persons below 5 as
 * "<5" (1 to 4 persons, a published 0 stays 0) and a sum holding such a count as "<N", which is
 * then at least N - 4: a link's weight, referrals + shared persons, is "<N" with N = referrals + 5.
 * A structure's weighted degree holding k such counts is "<N" with N = the rest + 4k + 1: k is not
 * published, so it is drawn at N - 4 too, which lies between its bounds (N - 4k - 1 and N - 1).
 */
export function atLeast(value) {
  if (typeof value === 'number') return value;
  const below = /^<(\d+)$/.exec(value ?? '');
  return below ? Math.max(1, Number(below[1]) - 4) : 0;
}

export const date = (iso) => (iso ? new Date(`${iso}T00:00:00`).toLocaleDateString('fr-FR') : '—');

/** An instant the French way, in the browser's time zone: 02/12/2026 14:05 (with the seconds for `medium`). */
export const dateTime = (instant, timeStyle = 'short') =>
  (instant ? new Date(instant).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle }) : '—');

/**
 * Territories in tree order, each with its depth: the roots (no parent, or a parent left out) by
 * name, each followed by its children by name.
 */
export function territoryTree(territories) {
  const ids = new Set(territories.map((t) => t.id));
  const children = new Map();
  for (const t of territories) {
    const parent = ids.has(t.parentId) ? t.parentId : null;
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent).push(t);
  }
  const ordered = [];
  const walk = (parent, depth) => {
    for (const t of (children.get(parent) || []).sort((a, b) => a.name.localeCompare(b.name, 'fr'))) {
      ordered.push({ territory: t, depth });
      walk(t.id, depth + 1);
    }
  };
  walk(null, 0);
  return ordered;
}

/** Options of a territory select, indented by depth. */
export const territoryOptions = (territories) =>
  territoryTree(territories).map(({ territory, depth }) => new Option(`${'\u00a0\u00a0'.repeat(depth)}${territory.name}`, territory.id));

/** A toolbar of view actions (exports). */
export function toolbar(...buttons) {
  return el('div', { class: 'toolbar no-print' }, buttons);
}

export function button(text, onclick, attributes = {}) {
  return el('button', { type: 'button', onclick, ...attributes }, text);
}

/**
 * A sortable table: columns [{key, title, value(row) -> sortable, cell(row) -> node|text, explain}].
 * Clicking a header sorts by it; clicking again reverses. With `limit`, only the first rows of the
 * sorted list are shown (the CSV export keeps them all).
 */
export function sortableTable(rows, columns, { id, onRow, rowId, limit = Infinity } = {}) {
  let sortKey = null;
  let direction = 1;
  const tbody = el('tbody');
  const fill = () => {
    const sorted = [...rows];
    if (sortKey) {
      const column = columns.find((c) => c.key === sortKey);
      sorted.sort((a, b) => compare(column.value(a), column.value(b)) * direction);
    }
    tbody.replaceChildren(...sorted.slice(0, limit).map((row) => el('tr', {
      'data-row-id': rowId ? rowId(row) : null,
      class: onRow ? 'clickable' : null,
      tabindex: onRow ? 0 : null,
      onclick: onRow ? () => onRow(row) : null,
      onkeydown: onRow ? (e) => { if (e.key === 'Enter') onRow(row); } : null,
    }, columns.map((c) => el('td', { class: c.numeric ? 'num' : null }, c.cell ? c.cell(row) : c.value(row))))));
  };
  const headers = columns.map((c) => el('th', {
    scope: 'col',
    class: c.numeric ? 'num sortable' : 'sortable',
    'data-sort': c.key,
    onclick: (e) => {
      direction = sortKey === c.key ? -direction : 1;
      sortKey = c.key;
      headers.forEach((h) => h.removeAttribute('aria-sort'));
      e.currentTarget.setAttribute('aria-sort', direction > 0 ? 'ascending' : 'descending');
      fill();
    },
  }, c.explain ? [c.title, ' ', help(c.explain)] : c.title));
  fill();
  const table = el('table', { class: 'data', id }, el('thead', {}, el('tr', {}, headers)), tbody);
  if (rows.length <= limit) return table;
  return el('div', {}, table, el('p', { class: 'summary' },
    `Les ${number(limit)} premières lignes sur ${number(rows.length)} selon le tri choisi ; l'export CSV les contient toutes.`));
}

const small = (value) => typeof value === 'string' && /^<\d+$/.test(value);

function compare(a, b) {
  if (small(a) || small(b)) return compare(small(a) ? atLeast(a) : a, small(b) ? atLeast(b) : b);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a ?? '').localeCompare(String(b ?? ''), 'fr', { numeric: true });
}
