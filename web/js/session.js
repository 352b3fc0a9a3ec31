// Who is signed in and what their role opens: the bar's "Connecté : …" with its sign-out, the
// territories of their scope, and the date of the data every view draws. The server decides who
// may read what (a view out of role answers 403); the page only leaves out what would be refused.
import { api, toSignIn } from './api.js';
import { el } from './ui.js';

export const ROLE_NAMES = {
  admin: 'administrateur', pilote: 'pilote', chercheur: 'chercheur', planificateur: 'planificateur',
};

const ANALYSES = ['reseau', 'cartographie', 'orphelins', 'chevauchements', 'parcours'];
/** The views of the work of coordination: aggregates, open to planners too. */
const COORDINATION = ['tables', 'guichet', 'gestion-de-cas', 'coordinateurs', 'compte-consolide', 'histoire'];

/** The views of index.html each role may open, the first one being where it lands (contract's table). */
export const ROLE_VIEWS = {
  admin: [...ANALYSES, ...COORDINATION, 'import', 'utilisateurs', 'journal'],
  pilote: [...ANALYSES, ...COORDINATION, 'import'],
  chercheur: [...ANALYSES, ...COORDINATION],
  planificateur: ['reseau', ...COORDINATION],
};

/** The signed-in user; one who must change their password first is sent to the login page to do it. */
export async function signedIn() {
  const me = await api.me();
  if (me.mustChangePassword) {
    toSignIn({ changePassword: true });
    throw new Error('Changez votre mot de passe pour continuer : retour à la page de connexion…');
  }
  return me;
}

/** The territories of the user's scope: those named and their descendants (all for `*`). */
export function inScope(territories, me) {
  if (me.territories.includes('*')) return territories;
  const parent = new Map(territories.map((t) => [t.id, t.parentId ?? null]));
  const named = new Set(me.territories);
  // bounded by the number of territories, should a cycle ever reach the page
  const covered = (id) => {
    for (let at = id, steps = 0; at && steps <= parent.size; at = parent.get(at), steps++) {
      if (named.has(at)) return true;
    }
    return false;
  };
  return territories.filter((t) => covered(t.id));
}

/** "Connecté : admin (administrateur)" and "Se déconnecter", at the end of the page's bar. */
export function showAccount(bar, me) {
  const signOut = el('button', {
    type: 'button', id: 'sign-out', class: 'sign-out',
    onclick: async () => {
      try {
        await api.signOut();
      } finally {
        location.assign('/connexion.html?deconnecte=1');
      }
    },
  }, 'Se déconnecter');
  bar.append(el('div', { class: 'account', id: 'account', 'data-role': me.role },
    el('span', { id: 'signed-in' }, `Connecté : ${me.username} (${ROLE_NAMES[me.role] || me.role})`), signOut));
}

const longDate = (instant) => new Date(instant).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * "données au <date>" under the brand: the end of the latest import that landed (the history is
 * newest first). Called again after an import from the page.
 */
export async function showDataDate(bar) {
  let line = bar.querySelector('#data-date');
  if (!line) {
    line = el('p', { id: 'data-date', class: 'data-date' });
    bar.querySelector('.brand').after(line);
  }
  try {
    const latest = (await api.imports()).find((i) => i.status === 'terminee');
    const at = latest?.endedAt || latest?.startedAt;
    line.textContent = at ? `données au ${longDate(at)}` : 'aucune donnée importée';
    line.dataset.at = at || '';
  } catch (e) {
    line.textContent = 'date des données inconnue';
  }
}
