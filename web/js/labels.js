// The French words of the page: code labels come from the server's vocabularies
// (GET /api/vocabulary, one dictionary for server and page); the glossary below explains terms.

let vocabularies = {};

export function useVocabulary(answer) {
  vocabularies = {};
  for (const [name, terms] of Object.entries(answer)) {
    vocabularies[name] = new Map(terms.map((t) => [t.code, t]));
  }
}

/** The French label of a code of a vocabulary (`sector`, `type`, `domain`, ...); the code itself if unknown. */
export function label(vocabulary, code) {
  if (code === null || code === undefined || code === '') return '—';
  const term = vocabularies[vocabulary]?.get(code);
  return term ? term.label : code;
}

/** The plain-French explanation of a code the server explains (`orphanReason`, `overlapKind`); '' otherwise. */
export function explanation(vocabulary, code) {
  return vocabularies[vocabulary]?.get(code)?.explanation || '';
}

export function labels(vocabulary, codes) {
  return (codes || []).map((c) => label(vocabulary, c)).join(', ') || '—';
}

/** Codes of a vocabulary in the contract's order. */
export function codes(vocabulary) {
  return [...(vocabularies[vocabulary]?.keys() || [])];
}

/** The side of a domain on the cartographie's horizontal axis: -1 sanitaire, 0 middle, +1 social. */
export function side(domain) {
  return vocabularies.domain?.get(domain)?.side ?? 0;
}

/** Plain-French explanations shown as tooltips on terms and measures. */
export const GLOSSARY = {
  orphelin: "Situation orpheline : une personne dont la situation n'est pas close et que personne ne suit vraiment — sans interlocuteur, renvoyée d'une structure à l'autre, sans réponse, complexe sans gestionnaire de cas, ou avec un besoin qu'aucune structure du territoire ne couvre.",
  chevauchement: "Chevauchement : plusieurs structures font la même chose pour la même personne (évaluations multiples, plusieurs référents en même temps), ou couvrent les mêmes besoins, niveaux de complexité et étapes.",
  jaccard: "Indice de Jaccard : part des couples (besoin, complexité, étape) communs aux deux structures parmi tous ceux que l'une ou l'autre couvre. 0 = rien en commun, 1 = exactement la même offre.",
  metaReseau: "Méta-réseau : les structures du territoire et les liens observés entre elles (orientations envoyées ou reçues, personnes suivies en même temps) sur la période choisie.",
  observe: "Lien observé : au moins une orientation entre les deux structures ou une personne suivie par les deux en même temps pendant la période. Épaisseur = orientations + personnes partagées.",
  declare: "Partenariat déclaré : convention, partenariat, table tactique ou stratégique déclarés — le lien perçu, qui n'est pas forcément pratiqué.",
  cartographie: "Cartographie (Bloch, Hénaut, Gand, Sardas 2011) : chaque situation est placée selon son problème dominant (sanitaire à gauche, social à droite) et sa complexité (de standard en bas à extrême en haut) ; chaque structure occupe la zone qu'elle prend en charge. Les zones que personne ne couvre sont les coins où tombent les situations orphelines.",
  masse: "En masse : beaucoup de situations, une réponse standardisée (trait plein).",
  surMesure: "Sur mesure : peu de situations, une réponse construite pour chacune (trait pointillé, zone hachurée).",
  parcours: "Parcours : la suite des orientations, évaluations et prises en charge d'une personne, structure par structure.",
  rupture: "Rupture : une prise en charge s'arrête sans relais (fin pour « rupture »).",
  evaluationsConcurrentes: "Évaluations concurrentes : deux structures différentes évaluent la même personne à moins de 90 jours d'intervalle.",
  brokerage: "Rôles d'intermédiaire (Gould et Fernandez) : combien de fois elle relaie une orientation a → elle → c entre deux structures qui ne s'orientent pas directement, selon les secteurs de a, d'elle et de c.",
};

/** A key-partner measure's French name and plain-French explanation (server's `measure` vocabulary). */
export function measure(key) {
  const term = vocabularies.measure?.get(key);
  return { name: term?.label || key, explain: term?.explanation || '' };
}

/** Gould-Fernandez brokerage roles, in the order the panel lists them (keys of `brokerage`). */
export const BROKERAGE_ROLES = ['coordinator', 'itinerant', 'gatekeeper', 'representative', 'liaison'];

