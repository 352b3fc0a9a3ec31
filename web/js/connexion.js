// The login page: sign in, choose one's own password when the account asks for it (first sign-in,
// reset by an admin), then on to the page asked for. The only script served before signing in, so
// it imports nothing from the page's other modules.

const $ = (id) => document.getElementById(id);
const OFFLINE = "Le serveur Maillage ne répond pas. Vérifiez qu'il est lancé, puis rechargez la page.";

/**
 * Where to go once signed in: the `suite` the server or the page sent here, only when it is a path
 * of this site (never another site, "//elsewhere" or "/\elsewhere" included), else the home page.
 * The server's redirect cannot see the address's #view part; the browser keeps it on this page.
 */
function destination() {
  const suite = new URLSearchParams(location.search).get('suite');
  if (!suite || !suite.startsWith('/') || suite.startsWith('//') || suite.startsWith('/\\')) return '/';
  const url = new URL(suite, location.origin);
  if (url.origin !== location.origin || url.pathname === '/connexion.html') return '/';
  return `${url.pathname}${url.search}${url.hash || location.hash}`;
}

function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : '';
}

/** A call of this page: the answer's status and JSON body (null when none). */
async function call(method, path, body, type = 'application/json') {
  const headers = { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' };
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = csrfToken();
  if (body !== undefined) headers['Content-Type'] = type;
  let response;
  try {
    response = await fetch(path, { method, headers, body, credentials: 'same-origin' });
  } catch (e) {
    return { status: 0, body: { message: OFFLINE } };
  }
  const text = await response.text();
  try {
    return { status: response.status, body: text ? JSON.parse(text) : null };
  } catch (e) {
    return { status: response.status, body: null };
  }
}

const goOn = () => location.replace(destination());

function showForm(form) {
  for (const id of ['sign-in', 'change-password']) $(id).hidden = id !== form;
  [...$(form).querySelectorAll('input')].find((input) => !input.closest('[hidden]')).focus();
}

function say(element, message) {
  element.textContent = message || '';
}

/** The password given at sign-in, so that the forced change does not ask for it again. */
let justTyped = null;

async function signIn(event) {
  event.preventDefault();
  const button = event.target.querySelector('button');
  say($('sign-in-error'), '');
  button.disabled = true;
  const form = new URLSearchParams({ username: $('username').value.trim(), password: $('password').value });
  const { status, body } = await call('POST', '/login', form.toString(), 'application/x-www-form-urlencoded');
  button.disabled = false;
  if (status !== 200) {
    say($('sign-in-error'), body?.message || (status === 401 ? 'Identifiant ou mot de passe incorrect.' : `Connexion impossible (erreur ${status}).`));
    $('password').select();
    return;
  }
  if (!body?.mustChangePassword) {
    goOn();
    return;
  }
  justTyped = $('password').value;
  askNewPassword();
}

function askNewPassword() {
  $('current-password-field').hidden = justTyped !== null;
  $('current-password').required = justTyped === null;
  showForm('change-password');
}

async function changePassword(event) {
  event.preventDefault();
  for (const span of document.querySelectorAll('#change-password .field-error')) say(span, '');
  say($('change-error'), '');
  const next = $('new-password').value;
  if (next.length < 12) {
    say($('new-password-error'), `12 caractères au moins : celui-ci en a ${next.length}.`);
    return;
  }
  if (next !== $('confirm-password').value) {
    say($('confirm-password-error'), 'Les deux saisies diffèrent.');
    return;
  }
  const currentPassword = justTyped ?? $('current-password').value;
  const { status, body } = await call('POST', '/api/me/password', JSON.stringify({ currentPassword, newPassword: next }));
  if (status === 204 || status === 200) {
    goOn();
    return;
  }
  if (status === 401) {
    // the session ended meanwhile: sign in again (with the password still in force)
    justTyped = null;
    say($('sign-in-error'), 'Session terminée : reconnectez-vous.');
    showForm('sign-in');
    return;
  }
  const beside = body?.parameter && document.querySelector(`#change-password [data-error-for="${body.parameter}"]`);
  if (body?.parameter === 'currentPassword' && justTyped !== null) {
    justTyped = null;
    askNewPassword();
  }
  say(beside || $('change-error'), body?.message || `Changement impossible (erreur ${status}).`);
}

function start() {
  $('sign-in').addEventListener('submit', signIn);
  $('change-password').addEventListener('submit', changePassword);
  const asked = new URLSearchParams(location.search);
  $('signed-out').hidden = !asked.has('deconnecte');
  // Sent here by the page, signed in but with a password to change first. Nothing is asked of the
  // server before the user acts: an unsigned /api call would only fill the console with a 401.
  if (asked.has('changer')) askNewPassword();
  else showForm('sign-in');
}

start();
