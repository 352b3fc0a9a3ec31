// Users view (admins): the accounts with their role, scope and state; create one, change its role
// and scope, disable or enable it, reset its password. A field the server refuses says why beside it.
import { api } from './api.js';
import { ROLE_NAMES } from './session.js';
import { dateTime, el, loading, show, sortableTable, territoryOptions } from './ui.js';

const ROLE_EXPLANATIONS = {
  admin: 'tout, dont les utilisateurs et le journal',
  pilote: 'les analyses et les imports de son périmètre',
  chercheur: 'les analyses de son périmètre, personnes sous pseudonyme',
  planificateur: 'méta-réseau, comparaison et rapport, en agrégats seulement',
};
const ROLES = Object.keys(ROLE_NAMES);
const EVERYWHERE = '*';

let token = 0;

const time = (instant) => new Date(instant).toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' });

export default {
  ownControls: true,
  async render(root, state, ctx) {
    const mine = ++token;
    loading(root, 'Chargement des utilisateurs…');
    const list = await api.users();
    if (mine !== token) return;
    const names = new Map(ctx.territories.map((t) => [t.id, t.name]));
    const editing = el('section', { id: 'user-edit-section' });
    const listing = el('section', { id: 'users-section' });
    const status = el('p', { id: 'users-status', class: 'summary', role: 'status' });
    const refresh = async (message) => {
      const users = await api.users();
      if (mine !== token) return;
      showList(listing, users, names, (user) => edit(editing, user, ctx, refresh));
      status.textContent = message || '';
    };
    show(root,
      el('div', { class: 'view-head' }, el('h2', {}, 'Utilisateurs'),
        el('p', { class: 'summary' }, 'Chaque compte a un rôle et, sauf les administrateurs, un périmètre : des territoires et leurs descendants, ou tous.')),
      status, creation(ctx, refresh), listing, editing);
    showList(listing, list, names, (user) => edit(editing, user, ctx, refresh));
  },
  leave() {
    token++;
  },
};

/** A labelled field with the place where the server's refusal of it is written. */
function field(form, parameter, text, input, hint) {
  const id = `${form}-${parameter}`;
  input.id = id;
  input.dataset.parameter = parameter;
  const error = el('span', { class: 'field-error', id: `${id}-error`, 'data-error-for': parameter });
  input.setAttribute('aria-describedby', [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' '));
  return el('div', { class: 'field' }, el('label', { for: id }, text), input,
    hint ? el('span', { class: 'hint', id: `${id}-hint` }, hint) : null, error);
}

/** Writes a refusal beside the field it names, or under the form when it names none of them. */
function showError(form, error) {
  form.querySelectorAll('.field-error').forEach((e) => { e.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  const beside = error.parameter && form.querySelector(`[data-error-for="${error.parameter}"]`);
  const place = beside || form.querySelector('.form-error');
  place.textContent = error.message;
  if (beside) form.querySelector(`[data-parameter="${error.parameter}"]`).setAttribute('aria-invalid', 'true');
}

function clearErrors(form) {
  showError(form, { message: '' });
}

function roleSelect(chosen) {
  const select = el('select', { name: 'role' }, ROLES.map((r) => new Option(`${ROLE_NAMES[r]} : ${ROLE_EXPLANATIONS[r]}`, r)));
  select.value = chosen;
  return select;
}

/** A multiple choice of territories, "every territory" first; an admin sees everything, so theirs is off. */
function scopeSelect(ctx, chosen, role) {
  const select = el('select', { name: 'territories', multiple: true, size: 6 },
    new Option('Tous les territoires (*)', EVERYWHERE), territoryOptions(ctx.territories));
  for (const option of select.options) option.selected = chosen.includes(option.value);
  const follow = (r) => { select.disabled = r === 'admin'; };
  follow(role);
  return { select, follow };
}

const chosenScope = (select, role) => (role === 'admin' ? [EVERYWHERE] : [...select.selectedOptions].map((o) => o.value));

function creation(ctx, refresh) {
  const username = el('input', { name: 'username', required: true, autocomplete: 'off', maxlength: 64 });
  const password = el('input', { type: 'password', name: 'password', required: true, autocomplete: 'new-password' });
  const role = roleSelect('pilote');
  const scope = scopeSelect(ctx, [], 'pilote');
  role.addEventListener('change', () => scope.follow(role.value));
  const form = el('form', {
    id: 'user-create', class: 'user-form',
    onsubmit: async (event) => {
      event.preventDefault();
      clearErrors(form);
      const user = { username: username.value.trim(), password: password.value, role: role.value, territories: chosenScope(scope.select, role.value) };
      let created;
      try {
        created = await api.createUser(user);
      } catch (error) {
        showError(form, error);
        return;
      }
      form.reset();
      scope.follow(role.value);
      await refresh(`Compte « ${user.username} » créé : ${ROLE_NAMES[user.role]}.${created?.mustChangePassword ? ' Il choisira son propre mot de passe à la première connexion.' : ''}`);
    },
  },
  el('h3', {}, 'Nouveau compte'),
  el('div', { class: 'fields' },
    field('user-create', 'username', 'Identifiant', username),
    field('user-create', 'password', 'Mot de passe provisoire', password, '12 caractères au moins'),
    field('user-create', 'role', 'Rôle', role),
    field('user-create', 'territories', 'Périmètre', scope.select, 'Ctrl ou Maj pour en choisir plusieurs')),
  el('p', { class: 'form-error', role: 'alert' }),
  el('button', { type: 'submit' }, 'Créer le compte'));
  return form;
}

function accountState(user) {
  if (!user.enabled) return 'désactivé';
  if (user.lockedUntil && new Date(user.lockedUntil) > new Date()) return `verrouillé jusqu'à ${time(user.lockedUntil)}`;
  return 'actif';
}

function showList(section, users, names, onEdit) {
  const scope = (u) => (u.territories.includes(EVERYWHERE) ? 'tous les territoires' : u.territories.map((id) => names.get(id) || id).join(', '));
  const columns = [
    { key: 'username', title: 'Identifiant', value: (u) => u.username },
    { key: 'role', title: 'Rôle', value: (u) => ROLE_NAMES[u.role] || u.role },
    { key: 'territories', title: 'Périmètre', value: scope },
    { key: 'state', title: 'État', value: accountState },
    { key: 'password', title: 'Mot de passe', value: (u) => (u.mustChangePassword ? 'à changer à la prochaine connexion' : '—') },
    { key: 'createdAt', title: 'Créé le', value: (u) => u.createdAt || '', cell: (u) => dateTime(u.createdAt) },
    { key: 'edit', title: '', value: () => '', cell: (u) => el('button', { type: 'button', 'data-edit': u.username, onclick: () => onEdit(u) }, 'Modifier') },
  ];
  show(section, el('h3', {}, `Comptes (${users.length})`), sortableTable(users, columns, { id: 'users', rowId: (u) => u.username }));
}

/** The form that changes one account: only what was changed is sent. */
function edit(section, user, ctx, refresh) {
  const role = roleSelect(user.role);
  const scope = scopeSelect(ctx, user.territories, user.role);
  role.addEventListener('change', () => scope.follow(role.value));
  const enabled = el('input', { type: 'checkbox', name: 'enabled', checked: user.enabled });
  const password = el('input', { type: 'password', name: 'password', autocomplete: 'new-password' });
  const form = el('form', {
    id: 'user-edit', class: 'user-form', 'data-username': user.username,
    onsubmit: async (event) => {
      event.preventDefault();
      clearErrors(form);
      const changes = {};
      if (role.value !== user.role) changes.role = role.value;
      const territories = chosenScope(scope.select, role.value);
      if (territories.join(',') !== user.territories.join(',')) changes.territories = territories;
      if (enabled.checked !== user.enabled) changes.enabled = enabled.checked;
      if (password.value) changes.password = password.value;
      if (!Object.keys(changes).length) {
        showError(form, { message: 'Rien à enregistrer : aucun champ modifié.' });
        return;
      }
      let changed;
      try {
        changed = await api.changeUser(user.username, changes);
      } catch (error) {
        showError(form, error);
        return;
      }
      section.replaceChildren();
      await refresh(`Compte « ${user.username} » modifié.${changes.password && changed?.mustChangePassword ? ' Le nouveau mot de passe est provisoire : à changer à la prochaine connexion.' : ''}`);
    },
  },
  el('h3', {}, `Modifier le compte « ${user.username} »`),
  el('div', { class: 'fields' },
    field('user-edit', 'role', 'Rôle', role),
    field('user-edit', 'territories', 'Périmètre', scope.select, 'Ctrl ou Maj pour en choisir plusieurs'),
    field('user-edit', 'enabled', 'Compte actif', enabled, 'décoché : le compte ne peut plus se connecter'),
    field('user-edit', 'password', 'Nouveau mot de passe provisoire', password, 'laisser vide pour le garder ; 12 caractères au moins')),
  el('p', { class: 'form-error', role: 'alert' }),
  el('button', { type: 'submit' }, 'Enregistrer'), ' ',
  el('button', { type: 'button', onclick: () => section.replaceChildren() }, 'Annuler'));
  show(section, form);
  form.querySelector('select').focus();
}
