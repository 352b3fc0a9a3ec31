// Calls to the Maillage API, with French messages for every failure. Every call says it comes from
// the page (X-Requested-With: a 401 then carries no Basic challenge, so the browser shows no pop-up),
// whatever changes data carries the CSRF token, and a lost session leads to the login page and back.

/** The token Spring Security leaves in the XSRF-TOKEN cookie, read at each call: signing in renews it. */
function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : '';
}

/** The headers of a call from the page. */
export function pageHeaders(method = 'GET') {
  const headers = { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' };
  if (method !== 'GET' && method !== 'HEAD') headers['X-XSRF-TOKEN'] = csrfToken();
  return headers;
}

/**
 * The login page, which comes back here (view, territory and window included) once signed in;
 * with `changePassword`, to choose a new password first.
 */
export function toSignIn({ changePassword = false } = {}) {
  const here = `${location.pathname}${location.search}${location.hash}`;
  location.assign(`/connexion.html?${changePassword ? 'changer=1&' : ''}suite=${encodeURIComponent(here)}`);
}

export const OFFLINE = "Le serveur Maillage ne répond pas. Vérifiez qu'il est lancé, puis rechargez la page.";

/** A failed call: the server's French message, its status and, for a 400, the parameter it names. */
export class ApiError extends Error {
  constructor(message, status, parameter = null) {
    super(message);
    this.status = status;
    this.parameter = parameter;
  }
}

/**
 * The error of a failed answer (`body` its parsed JSON, if any). A 401 also leaves for the login
 * page; a 403 is the server's own words (what is refused and why).
 */
export function failureOf(status, body, path) {
  if (status === 401) {
    toSignIn();
    return new ApiError('Session terminée : retour à la page de connexion…', status);
  }
  const message = body?.message;
  if (status === 403) return new ApiError(message || "Accès refusé : votre rôle ne permet pas d'ouvrir cette page.", status);
  // a refused field: its message is written beside it
  if (status === 400 && body?.parameter && message) return new ApiError(message, status, body.parameter);
  const what = status === 404 ? 'Introuvable' : `Erreur ${status}`;
  return new ApiError(message ? `${what} : ${message}` : `${what} (${path})`, status);
}

/** Calls the API; `json` is sent as a JSON body. Resolves to the answer's JSON (null for 204). */
export async function call(method, path, { json } = {}) {
  const headers = pageHeaders(method);
  if (json !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, { method, headers, body: json === undefined ? undefined : JSON.stringify(json) });
  } catch (e) {
    throw new ApiError(OFFLINE, 0);
  }
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch (e) {
    // not a JSON body: the status says enough
  }
  if (!response.ok) throw failureOf(response.status, body, path);
  return body;
}

/** GET a JSON answer; throws an Error whose message is French and shown as is. */
export const getJson = (path) => call('GET', path);

const encode = encodeURIComponent;
const query = (params) => new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== '')).toString();

export const api = {
  me: () => getJson('/api/me'),
  signOut: () => call('POST', '/logout'),
  vocabulary: () => getJson('/api/vocabulary'),
  territories: () => getJson('/api/territories'),
  network: (s) => getJson(`/api/territories/${encode(s.t)}/network?${query({ from: s.from, to: s.to, fold: s.fold, keep: s.fold ? s.keep : null })}`),
  keyPartners: (s) => getJson(`/api/territories/${encode(s.t)}/key-partners?from=${s.from}&to=${s.to}`),
  orphans: (s) => getJson(`/api/territories/${encode(s.t)}/orphans?asOf=${s.to}`),
  persons: (s) => getJson(`/api/territories/${encode(s.t)}/persons?asOf=${s.to}`),
  overlaps: (s) => getJson(`/api/territories/${encode(s.t)}/overlaps?${query({ from: s.from, to: s.to, types: s.types, coordination: s.coord })}`),
  capacity: (territoryId, asOf) => getJson(`/api/territories/${encode(territoryId)}/capacity?asOf=${asOf}`),
  tables: (s) => getJson(`/api/territories/${encode(s.t)}/tables?from=${s.from}&to=${s.to}`),
  guichet: (s) => getJson(`/api/territories/${encode(s.t)}/guichet?from=${s.from}&to=${s.to}`),
  caseloads: (s) => getJson(`/api/territories/${encode(s.t)}/caseloads?asOf=${s.to}`),
  coordinators: (s) => getJson(`/api/territories/${encode(s.t)}/coordinators?from=${s.from}&to=${s.to}`),
  funding: (territoryId, years) => getJson(`/api/territories/${encode(territoryId)}/funding?from=${years.from}&to=${years.to}`),
  history: (s) => getJson(`/api/territories/${encode(s.t)}/history?from=${s.from}&to=${s.to}`),
  parcours: (personId) => getJson(`/api/persons/${encode(personId)}/parcours`),
  reportAddress: (s) => `/api/territories/${encode(s.t)}/report?${query({ from: s.from, to: s.to, keep: s.fold ? s.keep : null })}`,
  imports: () => getJson('/api/imports'),
  users: () => getJson('/api/users'),
  createUser: (user) => call('POST', '/api/users', { json: user }),
  changeUser: (username, changes) => call('PATCH', `/api/users/${encode(username)}`, { json: changes }),
  audit: (filters) => getJson(`/api/audit?${query(filters)}`),
  auditCsvAddress: (filters) => `/api/audit?${query({ ...filters, format: 'csv' })}`,
  verifyAudit: () => getJson('/api/audit/verify'),
};
