// Calls to the Maillage API, with French messages for every failure.

/** GET a JSON answer; throws an Error whose message is French and shown as is. */
export async function getJson(path) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new Error("Le serveur Maillage ne répond pas. Vérifiez qu'il est lancé, puis rechargez la page.");
  }
  if (!response.ok) {
    let message = null;
    try {
      message = (await response.json()).message;
    } catch (e) {
      // not a JSON error body: the status says enough
    }
    const what = response.status === 404 ? 'Introuvable' : `Erreur ${response.status}`;
    throw new Error(message ? `${what} : ${message}` : `${what} (${path})`);
  }
  return response.json();
}

const encode = encodeURIComponent;

export const api = {
  vocabulary: () => getJson('/api/vocabulary'),
  territories: () => getJson('/api/territories'),
  network: (s) => getJson(`/api/territories/${encode(s.t)}/network?from=${s.from}&to=${s.to}`),
  keyPartners: (s) => getJson(`/api/territories/${encode(s.t)}/key-partners?from=${s.from}&to=${s.to}`),
  orphans: (s) => getJson(`/api/territories/${encode(s.t)}/orphans?asOf=${s.to}`),
  persons: (s) => getJson(`/api/territories/${encode(s.t)}/persons?asOf=${s.to}`),
  overlaps: (s) => getJson(`/api/territories/${encode(s.t)}/overlaps?from=${s.from}&to=${s.to}`),
  parcours: (personId) => getJson(`/api/persons/${encode(personId)}/parcours`),
};
