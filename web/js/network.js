// Méta-réseau view: force-directed graph of the territory's structures, their key-partner
// measures, and a side panel per structure. SVG for small graphs, canvas above CANVAS_FROM nodes.
// "Structures de coordination" (hash `fold=coordination`, `keep=id;id`) asks the server for the
// méta-réseau folded around the coordination structures: every other structure is in one node per
// type, drawn as a square with its number of members, labels large and placed off the nodes.
import { api } from './api.js';
import { BROKERAGE_ROLES, GLOSSARY, codes, label, labels, measure as measureTerm } from './labels.js';
import { SECTOR_COLOURS, sectorColour, statusColour } from './colours.js';
import { atLeast, button, date, el, empty, help, loading, number, show, sortableTable, term, toolbar } from './ui.js';
import { csvButton, exportCsv, exportPng, exportSvg } from './export.js';
import { capacitySection } from './capacity.js';

const CANVAS_FROM = 400;
const SIZE_MEASURES = ['betweenness', 'pagerank', 'degree', 'weightedDegree', 'crossSectorShare', 'regularity'];
const set = (param) => (param ? new Set(param.split(',').filter(Boolean)) : null);

let view = null; // the drawn network, kept while only filters, size or selection change
let token = 0;

export default {
  async render(root, state, ctx) {
    const dataKey = `${state.t}|${state.from}|${state.to}|${state.render || ''}|${state.fold || ''}|${state.fold ? state.keep || '' : ''}`;
    if (!view || view.dataKey !== dataKey || !root.contains(view.frame)) {
      view?.stop();
      view = null;
      const mine = ++token;
      // the drawing takes the width left by the panel: open it now if a structure is selected
      ctx.panel.hidden = !state.sel;
      loading(root, 'Chargement du méta-réseau…');
      const [network, partners] = await Promise.all([api.network(state), api.keyPartners(state)]);
      if (mine !== token) return;
      if (!network.nodes.length) {
        empty(root, "Aucune structure dans l'écologie de ce territoire sur cette période.");
        return;
      }
      view = build(root, network, partners, state, ctx);
      view.dataKey = dataKey;
    }
    view.update(state);
  },
  leave() {
    token++;
    view?.stop();
    view = null;
  },
};

function build(root, network, partners, state, ctx) {
  const measures = new Map(partners.map((p) => [p.structureId, p]));
  const nodes = network.nodes.map((n) => ({ ...n, m: measures.get(n.id) || {}, r: 5 }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  // folded: a structure of a group is found as its group (key partners, search, highlights)
  const folded = network.fold === 'coordination';
  const groupOf = new Map(nodes.flatMap((n) => (n.members || []).map((m) => [m.id, n.id])));
  const find = (id) => byId.get(id) || byId.get(groupOf.get(id));
  const kept = new Set(network.keep || []);
  // on a projector every character counts: folded, a name's " — <territory>" is left to the title
  const suffix = ` — ${territoryName(ctx, network.territoryId)}`;
  for (const n of nodes) n.label = folded && n.name.endsWith(suffix) ? n.name.slice(0, -suffix.length) : n.name;
  const links = network.links.filter((l) => byId.has(l.source) && byId.has(l.target))
    .map((l) => ({ ...l, kind: 'observed' }));
  const declared = (network.partnerships || []).filter((p) => byId.has(p.source) && byId.has(p.target))
    .map((p) => ({ ...p, partnershipKind: p.kind, kind: 'declared' }));
  const neighbours = new Map(nodes.map((n) => [n.id, new Set()]));
  for (const l of links) {
    neighbours.get(l.source).add(l.target);
    neighbours.get(l.target).add(l.source);
  }
  // a planner's small weights arrive as "<N": drawn at the least they can be
  const maxWeight = d3.max(links, (l) => atLeast(l.weight)) || 1;
  const linkWidth = (l) => (l.kind === 'observed' ? 1 + 5 * Math.sqrt(atLeast(l.weight) / maxWeight) : 1.5 + (l.strength || 1) * 0.4);
  const useCanvas = state.render === 'canvas' || (state.render !== 'svg' && nodes.length >= CANVAS_FROM);

  // --- controls -------------------------------------------------------------------------------
  const sizeSelect = el('select', { id: 'size-by', onchange: (e) => ctx.navigate({ size: e.target.value }) },
    SIZE_MEASURES.map((k) => new Option(measureTerm(k).name, k)));
  const observedBox = el('input', { type: 'checkbox', id: 'show-observed', onchange: (e) => ctx.navigate({ obs: e.target.checked ? null : '0' }) });
  const declaredBox = el('input', { type: 'checkbox', id: 'show-declared', onchange: (e) => ctx.navigate({ decl: e.target.checked ? null : '0' }) });
  const sectorsPresent = codes('sector').filter((s) => nodes.some((n) => n.sector === s));
  const sectorBoxes = sectorsPresent.map((s) => el('label', { class: 'chip', style: `--chip:${sectorColour(s)}` },
    el('input', { type: 'checkbox', value: s, 'data-sector': s, onchange: () => ctx.navigate({ sect: checkedOrNull(sectorBoxes, sectorsPresent.length) }) }),
    label('sector', s)));
  const typesPresent = codes('type').filter((t) => nodes.some((n) => n.type === t));
  const typeBoxes = typesPresent.map((t) => el('label', {},
    el('input', { type: 'checkbox', value: t, onchange: () => ctx.navigate({ types: checkedOrNull(typeBoxes, typesPresent.length) }) }),
    ` ${label('type', t)} (${d3.sum(nodes.filter((n) => n.type === t), (n) => n.memberCount || 1)})`));
  const foldBox = el('input', { type: 'checkbox', id: 'fold-coordination', checked: folded,
    onchange: (e) => ctx.navigate({ fold: e.target.checked ? 'coordination' : null, sel: null }) });
  const typeSummary = el('summary', {}, 'Types');
  const search = el('input', {
    type: 'search', id: 'structure-search', list: 'structure-names', placeholder: 'Chercher une structure…',
    onchange: (e) => {
      const text = e.target.value.trim().toLowerCase();
      const found = nodes.find((n) => n.name.toLowerCase() === text || n.id.toLowerCase() === text)
        || nodes.find((n) => n.name.toLowerCase().includes(text))
        || nodes.find((n) => (n.members || []).some((m) => m.name.toLowerCase().includes(text)));
      if (found) ctx.navigate({ sel: found.id, focus: '1' });
      else e.target.setCustomValidity('Aucune structure de ce nom');
      e.target.reportValidity();
    },
    oninput: (e) => e.target.setCustomValidity(''),
  });
  const datalist = el('datalist', { id: 'structure-names' }, nodes.map((n) => el('option', { value: n.name })));
  const banner = el('div', { class: 'banner', hidden: true });
  const relayout = button('Relancer la disposition', null);
  const frame = el('div', { id: 'network', class: 'drawing', 'data-renderer': useCanvas ? 'canvas' : 'svg' });
  const legend = el('div', { class: 'legend' },
    sectorsPresent.map((s) => el('span', {}, el('i', { class: 'dot', style: `background:${sectorColour(s)}` }), label('sector', s))),
    el('span', {}, el('i', { class: 'line observed' }), term('liens observés', GLOSSARY.observe)),
    el('span', {}, el('i', { class: 'line declared' }), term('partenariats déclarés', GLOSSARY.declare)),
    el('span', {}, el('i', { class: 'dot articulation' }), term("point d'articulation", measureTerm('articulationPoint').explain)),
    folded ? el('span', {}, el('i', { class: 'square' }), term('regroupement par type', FOLD_HELP)) : null,
    el('span', { class: 'hint' }, 'Molette : zoom · glisser : déplacer et épingler · double-clic : désépingler'));

  const title = () => `Méta-réseau — ${territoryName(ctx, network.territoryId)} — du ${date(network.from)} au ${date(network.to)}`;
  const filename = () => `meta-reseau-${network.territoryId}-${network.from}-${network.to}`;
  const partnerRows = partners.map((p) => ({ ...p, node: byId.get(p.structureId) }));
  const partnerColumns = [
    { key: 'name', title: 'Structure', value: (p) => p.name, cell: (p) => el('a', { href: '#', onclick: (e) => { e.preventDefault(); ctx.navigate({ sel: p.structureId, focus: '1' }); } }, p.name) },
    { key: 'sector', title: 'Secteur', value: (p) => label('sector', p.sector) },
    ...['degree', 'weightedDegree', 'betweenness', 'pagerank', 'crossSectorShare', 'regularity'].map((k) => ({
      key: k, title: measureTerm(k).name, explain: measureTerm(k).explain, numeric: true,
      value: (p) => p[k], cell: (p) => number(p[k], digits(k)),
    })),
    { key: 'articulationPoint', title: 'Articulation', explain: measureTerm('articulationPoint').explain, value: (p) => (p.articulationPoint ? 'oui' : 'non') },
  ];

  show(root, 
    el('div', { class: 'view-head' },
      el('h2', {}, term('Méta-réseau', GLOSSARY.metaReseau), ` — ${territoryName(ctx, network.territoryId)}`),
      el('p', { class: 'summary' }, folded ? foldSummary(nodes, links, network)
        : `${nodes.length} structures, ${links.length} liens observés, ${declared.length} partenariats déclarés, du ${date(network.from)} au ${date(network.to)}.`)),
    el('div', { class: 'filters no-print' },
      el('label', { class: 'fold-toggle' }, foldBox, ' Structures de coordination ', help(FOLD_HELP)),
      el('label', {}, 'Taille selon ', sizeSelect),
      el('label', {}, observedBox, ' Liens observés'),
      el('label', {}, declaredBox, ' Partenariats déclarés'),
      el('span', { class: 'chips', role: 'group', 'aria-label': 'Secteurs affichés' }, sectorBoxes),
      el('details', { class: 'types' }, typeSummary, el('div', { class: 'type-list' }, typeBoxes)),
      search, datalist),
    toolbar(
      button('Exporter en SVG', () => exportSvg(drawing.svgForExport(), filename(), title()), { 'data-export': 'svg' }),
      button('Exporter en PNG', () => exportPng(drawing.pngSource(), filename(), title()), { 'data-export': 'png' }),
      relayout,
      researchExports(network)),
    banner,
    legend,
    frame,
    el('section', { class: 'partners' },
      el('h3', {}, 'Partenaires clés ', help("Classés par intermédiarité, puis par degré pondéré. Cliquez une structure pour la voir sur le graphe.")),
      folded ? el('p', { class: 'note', id: 'fold-measures-note' }, FOLD_MEASURES) : null,
      toolbar(csvButton(partnerRows, partnerColumns, `partenaires-cles-${network.territoryId}-${network.from}-${network.to}`)),
      partners.length ? sortableTable(partnerRows, partnerColumns, { id: 'key-partners', rowId: (p) => p.structureId, limit: 100 })
        : el('p', { class: 'state empty' }, "Aucune mesure : pas d'échange sur cette période.")));

  // --- layout -----------------------------------------------------------------------------------
  const width = frame.clientWidth || 900;
  const height = frame.clientHeight || 600;
  const big = nodes.length >= CANVAS_FROM;
  const spread = Math.sqrt(nodes.length) * 12;
  nodes.forEach((n, i) => {
    // d3's default start is a spiral around (0, 0): start around the centre instead
    const angle = i * 2.399963;
    n.x = width / 2 + Math.cos(angle) * spread * Math.sqrt(i / nodes.length);
    n.y = height / 2 + Math.sin(angle) * spread * Math.sqrt(i / nodes.length);
  });
  const applySize = (wanted) => {
    const size = SIZE_MEASURES.includes(wanted) ? wanted : 'betweenness';
    const max = d3.max(nodes, (n) => atLeast(n.m[size])) || 1;
    const [least, range] = big ? [2, 7] : [5, 15];
    const most = d3.max(nodes, (n) => n.memberCount) || 1;
    for (const n of nodes) n.r = least + range * Math.sqrt(n.folded ? n.memberCount / most : atLeast(n.m[size]) / max);
    if (!big) simulation.force('collide', folded ? labelledCollide(width / height) : d3.forceCollide((n) => n.r + 3));
    return size;
  };
  // links point at their nodes from here on (the drawings read l.source.x)
  for (const l of [...links, ...declared]) {
    l.source = byId.get(l.source);
    l.target = byId.get(l.target);
  }
  const simulation = big ? stillLayout(nodes) : smallLayout(nodes, links, declared, width, height, folded);

  const look = { size: null, visible: () => true, observed: true, declared: true, selected: null, highlight: new Set() };
  const drawing = (useCanvas ? canvasDrawing : svgDrawing)({ frame, nodes, links, declared, look, linkWidth, width, height, simulation, ctx, neighbours, folded });
  simulation.on('tick', drawing.draw);
  applySize(state.size);
  let worker = null;
  const layOut = () => {
    worker?.terminate();
    nodes.forEach((n) => { n.fx = n.fy = null; });
    if (!big) {
      // small graphs settle before they are shown, so the first picture is already readable
      simulation.alpha(1).stop();
      simulation.tick(200);
      drawing.fit();
      simulation.alpha(0.05).restart();
      return;
    }
    frame.dataset.layout = 'running';
    const progress = el('p', { class: 'state loading layout-progress', 'data-state': 'loading' }, 'Disposition du méta-réseau…');
    frame.append(progress);
    worker = new Worker('js/layout-worker.js');
    worker.onmessage = ({ data }) => {
      if (data.progress !== undefined) {
        progress.textContent = `Disposition du méta-réseau… ${Math.round(data.progress * 100)} %`;
        return;
      }
      nodes.forEach((n, i) => { n.x = data.x[i]; n.y = data.y[i]; });
      worker.terminate();
      worker = null;
      progress.remove();
      frame.dataset.layout = 'done';
      drawing.fit();
      drawing.draw();
    };
    const index = new Map(nodes.map((n, i) => [n, i]));
    const pairs = (list) => Int32Array.from(list.flatMap((l) => [index.get(l.source), index.get(l.target)]));
    worker.postMessage({ x: Float64Array.from(nodes, (n) => n.x), y: Float64Array.from(nodes, (n) => n.y),
      observed: pairs(links), declared: pairs(declared), width, height });
  };
  layOut();
  relayout.onclick = layOut;

  return {
    frame,
    stop: () => { simulation.stop(); worker?.terminate(); },
    update(s) {
      sizeSelect.value = applySize(s.size);
      const sectors = set(s.sect);
      const types = set(s.types);
      sectorBoxes.forEach((b) => { b.querySelector('input').checked = !sectors || sectors.has(b.querySelector('input').value); });
      typeBoxes.forEach((b) => { b.querySelector('input').checked = !types || types.has(b.querySelector('input').value); });
      typeSummary.textContent = types ? `Types (${types.size} sur ${typesPresent.length})` : `Tous les types (${typesPresent.length})`;
      look.visible = (n) => (!sectors || sectors.has(n.sector)) && (!types || types.has(n.type));
      look.observed = s.obs !== '0';
      look.declared = s.decl !== '0';
      observedBox.checked = look.observed;
      declaredBox.checked = look.declared;
      look.selected = find(s.sel) || null;
      look.highlight = new Set((s.hl || '').split(',').map((id) => find(id)?.id).filter(Boolean));
      showBanner(banner, look.highlight, byId, ctx);
      drawing.restyle();
      drawing.draw();
      if (look.selected) {
        if (look.selected.folded) showGroupPanel(ctx, look.selected, neighbours, byId, s);
        else showPanel(ctx, look.selected, neighbours, byId, network, folded ? keepApart(ctx, look.selected, kept, s) : null);
        if (s.focus) {
          drawing.focus(look.selected);
          ctx.navigate({ focus: null }, { replace: true });
        }
      } else {
        ctx.panel.hidden = true;
      }
      for (const row of root.querySelectorAll('#key-partners tbody tr')) row.classList.toggle('selected', row.dataset.rowId === s.sel);
    },
  };
}

/**
 * The forces of a small méta-réseau, run on the page (the picture moves as it settles). Folded, the
 * pull to the middle is mostly vertical: the labelled boxes would pile up into a column, and a
 * projected frame is wide.
 */
function smallLayout(nodes, links, declared, width, height, folded) {
  const degree = new Map();
  for (const l of links) for (const end of [l.source, l.target]) degree.set(end, (degree.get(end) || 0) + 1);
  return d3.forceSimulation(nodes)
    .force('link', d3.forceLink([...links, ...declared])
      .distance((l) => (l.kind === 'declared' ? 120 : 80))
      .strength((l) => (l.kind === 'declared' ? 0.05 : 0.5 / Math.min(degree.get(l.source) || 1, degree.get(l.target) || 1))))
    .force('charge', d3.forceManyBody().strength(-Math.max(80, 1700 / Math.sqrt(nodes.length))).theta(0.9).distanceMax(600))
    .force('x', d3.forceX(width / 2).strength(folded ? 0.01 : 0.04))
    .force('y', d3.forceY(height / 2).strength(folded ? 0.3 : 0.06));
}

/**
 * A large méta-réseau is laid out by the worker, then stays still: this simulation has no force,
 * it only moves the structures a user drags (and pins them there).
 */
function stillLayout(nodes) {
  return d3.forceSimulation(nodes).alpha(0).stop();
}

/** The zoom that shows most of the graph: a few far-flung isolated structures should not shrink it. */
function fitTransform(nodes, width, height, margin) {
  const [x0, x1] = [d3.quantile(nodes, 0.02, (n) => n.x), d3.quantile(nodes, 0.98, (n) => n.x)];
  const [y0, y1] = [d3.quantile(nodes, 0.02, (n) => n.y), d3.quantile(nodes, 0.98, (n) => n.y)];
  const k = Math.min(2, 0.85 * Math.min(width / (x1 - x0 + margin), height / (y1 - y0 + margin / 2)));
  return d3.zoomIdentity.translate(width / 2, height / 2).scale(k).translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
}

function checkedOrNull(boxes, total) {
  const checked = boxes.map((b) => b.querySelector('input')).filter((i) => i.checked).map((i) => i.value);
  return checked.length === total ? null : checked.join(',') || '-';
}

const FOLD_HELP = "Pour projeter le méta-réseau à la table stratégique : les structures dont la coordination est la mission "
  + "(DAC, MAIA, CLIC… selon leur déclaration) et celles que vous gardez à part restent nommées ; toutes les autres sont "
  + "regroupées en un nœud par type (carré, avec leur nombre), dont les liens additionnent orientations et personnes partagées.";
const FOLD_MEASURES = "Mesures calculées sur le méta-réseau entier, structure par structure. Un regroupement par type n'en a pas : "
  + "elles mesureraient le dessin, pas une structure.";

function foldSummary(nodes, links, network) {
  const groups = nodes.filter((n) => n.folded);
  const inGroups = d3.sum(groups, (n) => n.memberCount);
  return `${nodes.length - groups.length} structures nommées et ${inGroups} regroupées en ${groups.length} nœuds par type, `
    + `${links.length} liens, du ${date(network.from)} au ${date(network.to)}.`;
}

/** The keep list without or with one more structure; null when empty. */
function keepList(state, id, wanted) {
  const ids = (state.keep || '').split(';').filter((k) => k && k !== id);
  if (wanted) ids.push(id);
  return ids.join(';') || null;
}

/** Folded: whether a structure stays apart from the groups (a coordination structure always does). */
function keepApart(ctx, node, kept, state) {
  const mission = node.coordination === 'mission';
  return el('p', { class: 'keep-apart no-print' }, el('label', {},
    el('input', { type: 'checkbox', id: 'keep-apart', checked: mission || kept.has(node.id), disabled: mission,
      onchange: (e) => ctx.navigate({ keep: keepList(state, node.id, e.target.checked) }) }),
    mission ? ' Structure de coordination : toujours à part' : ' Garder à part du regroupement par type'));
}

// A group's panel: its members, each of which can be kept apart; no key-partner measure (see FOLD_MEASURES).
function showGroupPanel(ctx, node, neighbours, byId, state) {
  const panel = ctx.panel;
  show(panel,
    el('button', { type: 'button', class: 'close', 'aria-label': 'Fermer', onclick: () => ctx.navigate({ sel: null }) }, '×'),
    el('h2', {}, node.name),
    el('p', {}, `Regroupement de ${node.memberCount} structures de type « ${label('type', node.type)} » (${label('sector', node.sector)}) : `
      + 'ses liens additionnent les orientations et les personnes partagées de ses membres ; leurs échanges entre eux ne sont pas dessinés.'),
    el('p', { class: 'note' }, FOLD_MEASURES),
    el('h3', {}, `Structures regroupées (${node.memberCount})`),
    el('ul', { class: 'members', id: 'group-members' }, [...node.members].sort((a, b) => a.name.localeCompare(b.name, 'fr'))
      .map((m) => el('li', { 'data-member': m.id }, m.name, ' ',
        button('Garder à part', () => ctx.navigate({ keep: keepList(state, m.id, true), sel: m.id }), { class: 'link', 'data-keep': m.id })))),
    el('h3', {}, `Partenaires observés (${neighbours.get(node.id).size})`),
    el('ul', { class: 'neighbours' }, [...neighbours.get(node.id)].map((id) => byId.get(id))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
      .map((n) => el('li', {}, el('a', { href: '#', onclick: (e) => { e.preventDefault(); ctx.navigate({ sel: n.id, focus: '1' }); } }, n.name)))));
  panel.dataset.structureId = node.id;
  panel.hidden = false;
}

const digits = (measure) => (measure === 'betweenness' || measure === 'pagerank' || measure === 'crossSectorShare' ? 3 : 0);

function territoryName(ctx, id) {
  return ctx.territories.find((t) => t.id === id)?.name || id;
}

function showBanner(banner, highlight, byId, ctx) {
  banner.hidden = highlight.size === 0;
  if (!highlight.size) return;
  const names = [...highlight].map((id) => byId.get(id).name).join(' et ');
  banner.replaceChildren(
    term('Chevauchement', GLOSSARY.chevauchement), ` mis en évidence : ${names}. `,
    button('Retirer la mise en évidence', () => ctx.navigate({ hl: null })));
}

// --- the side panel ----------------------------------------------------------------------------

function showPanel(ctx, node, neighbours, byId, network, keepControl) {
  const panel = ctx.panel;
  const m = node.m;
  const activity = node.activity || { sentByStatus: {}, receivedByStatus: {}, sharedPersons: 0 };
  const eligibility = [
    node.minAge != null ? `à partir de ${node.minAge} ans` : null,
    node.requiresApa ? 'bénéficiaires de l\'APA seulement' : null,
  ].filter(Boolean).join(', ') || 'aucune condition connue';
  const row = (name, value, explanation) => el('tr', {},
    el('th', { scope: 'row' }, explanation ? [name, ' ', help(explanation)] : name), el('td', {}, value));
  const measure = (key) => {
    const value = key === 'articulationPoint' ? (m.articulationPoint ? 'oui' : 'non') : number(m[key], digits(key));
    return el('tr', { 'data-measure': key },
      el('th', { scope: 'row' }, measureTerm(key).name, ' ', help(measureTerm(key).explain)), el('td', { class: 'num' }, value));
  };
  const brokerage = m.brokerage || {};
  const statuses = codes('referralStatus');
  show(panel, ...[
    el('button', { type: 'button', class: 'close', 'aria-label': 'Fermer', onclick: () => ctx.navigate({ sel: null }) }, '×'),
    el('h2', {}, node.name),
    keepControl,
    node.inEcology === false ? el('p', { class: 'note' }, "Hors de l'écologie du territoire : présente parce qu'elle a échangé au sujet d'une personne du territoire.") : null,
    el('table', { class: 'facts' }, el('tbody', {},
      row('Type', label('type', node.type)),
      row('Secteur', label('sector', node.sector)),
      row('Domaines', labels('domain', node.domains)),
      row('Complexité prise en charge', node.complexity?.length ? labels('complexity', node.complexity) : 'tous niveaux'),
      row('Étapes', node.stages?.length ? labels('stage', node.stages) : 'toutes'),
      row('Approche', node.approach ? label('approach', node.approach) : '—', `${GLOSSARY.masse} ${GLOSSARY.surMesure}`),
      row('Coordination', node.coordination ? label('coordination', node.coordination) : '—'),
      row('Éligibilité', eligibility),
      row('Capacité (file active)', node.capacity != null ? number(node.capacity) : '—'))),
    capacitySection(network.territoryId, network.to, node),
    el('h3', {}, 'Mesures de partenaire clé'),
    el('table', { class: 'measures', id: 'panel-measures' }, el('tbody', {},
      ['degree', 'weightedDegree', 'betweenness', 'pagerank', 'articulationPoint', 'crossSectorShare', 'regularity'].map(measure),
      el('tr', { 'data-measure': 'brokerage' }, el('th', { scope: 'row', colspan: 2 }, "Rôles d'intermédiaire ", help(GLOSSARY.brokerage))),
      BROKERAGE_ROLES.map((role) => el('tr', { class: 'sub', 'data-brokerage': role },
        el('th', { scope: 'row' }, measureTerm(`brokerage.${role}`).name, ' ', help(measureTerm(`brokerage.${role}`).explain)),
        el('td', { class: 'num' }, number(brokerage[role] || 0)))))),
    el('h3', {}, 'Orientations sur la période'),
    el('table', { class: 'data compact', id: 'panel-referrals' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Statut'), el('th', { class: 'num' }, 'reçues'), el('th', { class: 'num' }, 'envoyées'))),
      el('tbody', {}, statuses.map((s) => el('tr', { 'data-status': s },
        el('td', {}, el('i', { class: 'dot', style: `background:${statusColour(s)}` }), label('referralStatus', s)),
        el('td', { class: 'num' }, number(activity.receivedByStatus?.[s] || 0)),
        el('td', { class: 'num' }, number(activity.sentByStatus?.[s] || 0)))))),
    el('p', { 'data-shared-persons': activity.sharedPersons }, `Personnes partagées avec d'autres structures : ${number(activity.sharedPersons)}`),
    el('h3', {}, `Partenaires observés (${neighbours.get(node.id).size})`),
    el('ul', { class: 'neighbours' }, [...neighbours.get(node.id)].map((id) => byId.get(id))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
      .map((n) => el('li', {}, el('a', { href: '#', onclick: (e) => { e.preventDefault(); ctx.navigate({ sel: n.id, focus: '1' }); } }, n.name)))),
  ].filter(Boolean));
  panel.dataset.structureId = node.id;
  panel.hidden = false;
}

// --- SVG drawing (small graphs) -------------------------------------------------------------------

function svgDrawing({ frame, nodes, links, declared, look, linkWidth, width, height, simulation, ctx, neighbours, folded }) {
  const svg = d3.select(frame).append('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('class', folded ? 'chart network folded' : 'chart network')
    .attr('role', 'img').attr('aria-label', 'Méta-réseau');
  const zoomed = svg.append('g');
  const declaredLines = zoomed.append('g').attr('class', 'declared-links').selectAll('line').data(declared).join('line')
    .attr('class', 'link declared').attr('stroke-width', linkWidth);
  const observedLines = zoomed.append('g').attr('class', 'observed-links').selectAll('line').data(links).join('line')
    .attr('class', 'link observed').attr('stroke-width', linkWidth);
  observedLines.append('title').text((l) => `${l.source.name} — ${l.target.name} : ${l.referrals} orientation(s), ${l.sharedPersons} personne(s) partagée(s)`);
  declaredLines.append('title').text((l) => `Partenariat déclaré (${label('partnershipKind', l.partnershipKind)})`);
  const groups = zoomed.append('g').attr('class', 'nodes').selectAll('g').data(nodes).join('g')
    .attr('class', 'node').attr('data-id', (n) => n.id).attr('tabindex', 0)
    .on('click', (event, n) => { event.stopPropagation(); ctx.navigate({ sel: n.id }); })
    .on('keydown', (event, n) => { if (event.key === 'Enter') ctx.navigate({ sel: n.id }); })
    .on('dblclick', (event, n) => { event.stopPropagation(); n.fx = n.fy = null; simulation.alpha(0.3).restart(); });
  groups.append('circle').attr('class', 'articulation-ring');
  // a group of structures is a square, a structure a disc
  groups.each(function (n) { d3.select(this).append(n.folded ? 'rect' : 'circle').attr('class', 'disc'); });
  groups.append('text').attr('class', 'label').attr('dy', '0.32em');
  groups.append('title');
  groups.call(drag(simulation));
  const zoom = d3.zoom().scaleExtent([0.1, 8]).on('zoom', (event) => zoomed.attr('transform', event.transform));
  svg.call(zoom).on('dblclick.zoom', null).on('click', () => ctx.navigate({ sel: null }));

  return {
    restyle() {
      const selectedId = look.selected?.id;
      const near = selectedId ? neighbours.get(selectedId) : null;
      const showLabels = folded || nodes.length <= 80;
      // beyond 80 structures, only the eight biggest are named (hover names the others)
      const radii = nodes.map((n) => n.r).sort(d3.descending);
      const labelFrom = Math.max(radii[Math.min(7, radii.length - 1)], radii[radii.length - 1] + 0.01);
      groups.attr('display', (n) => (look.visible(n) ? null : 'none'))
        .classed('selected', (n) => n.id === selectedId)
        .classed('highlight', (n) => look.highlight.has(n.id))
        .classed('faded', (n) => near && n.id !== selectedId && !near.has(n.id))
        .classed('pinned', (n) => n.fx != null)
        .attr('data-articulation', (n) => (n.m.articulationPoint ? 'true' : null));
      groups.select('circle.disc').attr('r', (n) => n.r);
      groups.select('rect.disc').attr('x', (n) => -n.r).attr('y', (n) => -n.r).attr('width', (n) => 2 * n.r).attr('height', (n) => 2 * n.r).attr('rx', 2);
      groups.select('.disc').attr('fill', (n) => sectorColour(n.sector));
      groups.select('circle.articulation-ring').attr('r', (n) => n.r + 4).attr('display', (n) => (n.m.articulationPoint ? null : 'none'));
      groups.select('text').attr('x', (n) => n.r + 4)
        .text((n) => (showLabels || n.id === selectedId || look.highlight.has(n.id) || n.r >= labelFrom ? n.label : ''));
      groups.select('title').text((n) => `${n.name} — ${label('type', n.type)}, ${label('sector', n.sector)}`);
      if (folded) groups.select('text').each((n, i, texts) => { n.labelWidth = texts[i].getComputedTextLength(); });
      const linkShown = (l) => look.visible(l.source) && look.visible(l.target);
      observedLines.attr('display', (l) => (look.observed && linkShown(l) ? null : 'none'))
        .classed('faded', (l) => selectedId && l.source.id !== selectedId && l.target.id !== selectedId)
        .classed('highlight', (l) => look.highlight.has(l.source.id) && look.highlight.has(l.target.id));
      declaredLines.attr('display', (l) => (look.declared && linkShown(l) ? null : 'none'));
      frame.dataset.nodesDrawn = nodes.filter(look.visible).length;
      frame.dataset.linksDrawn = look.observed ? links.filter(linkShown).length : 0;
    },
    draw() {
      for (const lines of [observedLines, declaredLines]) {
        lines.attr('x1', (l) => l.source.x).attr('y1', (l) => l.source.y).attr('x2', (l) => l.target.x).attr('y2', (l) => l.target.y);
      }
      groups.attr('transform', (n) => `translate(${n.x},${n.y})`);
      if (folded) placeLabels(groups.filter((n) => look.visible(n)));
    },
    fit() {
      svg.call(zoom.transform, fitTransform(nodes, width, height, 160));
    },
    focus(n) {
      svg.transition().duration(500).call(zoom.transform, d3.zoomIdentity.translate(width / 2, height / 2).scale(1.6).translate(-n.x, -n.y));
    },
    svgForExport: () => svg.node(),
    pngSource: () => svg.node(),
  };
}

/**
 * Folded, nodes keep apart as boxes that hold each node and its label under it (the label's width
 * as drawn, or about 9.5 px a character of the 16 px font before it is): a label is wide and low,
 * so boxes pack a projector's frame where discs as wide as the labels would not fit at a legible size.
 * Two boxes that meet move apart sideways unless that is `aspect` times longer than up or down (the
 * frame's width over its height): pushed the shorter way, wide boxes would pile into a column.
 */
function labelledCollide(aspect, padding = 6) {
  let nodes = [];
  const force = () => {
    const half = nodes.map((n) => Math.max(n.r, (n.labelWidth || n.label.length * 9.5) / 2));
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const [a, b] = [nodes[i], nodes[j]];
        // a box runs from r above the centre to r + 22 below it (the label): its centre is 11 px down
        const dx = b.x + b.vx - a.x - a.vx;
        const dy = b.y + b.vy - a.y - a.vy;
        const overlapX = half[i] + half[j] + padding - Math.abs(dx);
        const overlapY = a.r + b.r + 22 + padding - Math.abs(dy);
        if (overlapX <= 0 || overlapY <= 0) continue;
        if (overlapX < overlapY * aspect) {
          const push = (dx < 0 ? -1 : 1) * overlapX / 2;
          a.vx -= push;
          b.vx += push;
        } else {
          const push = (dy < 0 ? -1 : 1) * overlapY / 2;
          a.vy -= push;
          b.vy += push;
        }
      }
    }
  };
  force.initialize = (all) => { nodes = all; };
  return force;
}

/**
 * Folded, each label goes where it covers no node and no label placed before it (the biggest
 * nodes' first), a few pixels apart: below or above its node, right or left of it, farther below
 * or above, then beside it a line higher or lower; failing that, where it covers the fewest.
 */
function placeLabels(groups) {
  const shown = groups.data();
  const height = 18;
  const apart = 6;
  const placed = [];
  const coversNode = (box, n) => {
    const x = Math.max(box.x0, Math.min(n.x, box.x1));
    const y = Math.max(box.y0, Math.min(n.y, box.y1));
    // a group is a square, a structure a disc
    return n.folded ? Math.max(Math.abs(x - n.x), Math.abs(y - n.y)) < n.r + 2 : Math.hypot(x - n.x, y - n.y) < n.r + 2;
  };
  const crosses = (a, b) => a.x0 < b.x1 + apart && b.x0 < a.x1 + apart && a.y0 < b.y1 + apart && b.y0 < a.y1 + apart;
  const spots = new Map();
  for (const n of [...shown].sort((a, b) => b.r - a.r)) {
    const w = n.labelWidth || 0;
    // clear of the articulation ring, drawn 4 px out
    const r = n.r + (n.m.articulationPoint ? 8 : 4);
    const candidates = [
      { dx: 0, dy: r + height / 2, anchor: 'middle', box: [-w / 2, r, w / 2, r + height] },
      { dx: 0, dy: -r - height / 2, anchor: 'middle', box: [-w / 2, -r - height, w / 2, -r] },
      { dx: r, dy: 0, anchor: 'start', box: [r, -height / 2, r + w, height / 2] },
      { dx: -r, dy: 0, anchor: 'end', box: [-r - w, -height / 2, -r, height / 2] },
      { dx: 0, dy: r + 1.5 * height, anchor: 'middle', box: [-w / 2, r + height, w / 2, r + 2 * height] },
      { dx: 0, dy: -r - 1.5 * height, anchor: 'middle', box: [-w / 2, -r - 2 * height, w / 2, -r - height] },
      ...[-1, 1].flatMap((up) => [
        { dx: r, dy: up * height, anchor: 'start', box: [r, (up - 0.5) * height, r + w, (up + 0.5) * height] },
        { dx: -r, dy: up * height, anchor: 'end', box: [-r - w, (up - 0.5) * height, -r, (up + 0.5) * height] }]),
    ].map((c) => ({ ...c, box: { x0: n.x + c.box[0], y0: n.y + c.box[1], x1: n.x + c.box[2], y1: n.y + c.box[3] } }));
    let best = null;
    for (const c of candidates) {
      c.cost = shown.filter((m) => coversNode(c.box, m)).length + placed.filter((b) => crosses(c.box, b)).length;
      if (!best || c.cost < best.cost) best = c;
      if (best.cost === 0) break;
    }
    placed.push(best.box);
    spots.set(n, best);
  }
  groups.select('text').attr('x', (n) => spots.get(n).dx).attr('y', (n) => spots.get(n).dy)
    .attr('text-anchor', (n) => spots.get(n).anchor);
}

function drag(simulation) {
  return d3.drag()
    .on('start', (event, n) => { if (!event.active) simulation.alphaTarget(0.2).restart(); n.fx = n.x; n.fy = n.y; })
    .on('drag', (event, n) => { n.fx = event.x; n.fy = event.y; })
    .on('end', (event) => { if (!event.active) simulation.alphaTarget(0); });
}

// --- canvas drawing (large graphs) ------------------------------------------------------------------

function canvasDrawing({ frame, nodes, links, declared, look, linkWidth, width, height, simulation, ctx, neighbours }) {
  const ratio = window.devicePixelRatio || 1;
  const canvas = d3.select(frame).append('canvas').attr('width', width * ratio).attr('height', height * ratio)
    .style('width', `${width}px`).style('height', `${height}px`).attr('role', 'img').attr('aria-label', 'Méta-réseau').node();
  const g = canvas.getContext('2d');
  let transform = d3.zoomIdentity;
  let pending = false;
  // The last full picture of a still layout, and the zoom it was painted at: while the wheel or a pan
  // moves over a still layout, that bitmap is scaled and moved instead of repainting every link.
  let snapshot = null;
  let gesture = false;
  // Observed links in four weight classes (the SVG's width classes), one stroked path per class, the
  // heavier the darker: a canvas path has one style, a path per link would cost large graphs their
  // frame rate, and lines wider than a hairline made the repaint after a zoom five times slower in
  // software rendering (docs/benchmarks.md, "Page").
  const WEIGHT_CLASSES = 4;
  const observedByWeight = Array.from({ length: WEIGHT_CLASSES }, () => []);
  for (const l of links) {
    observedByWeight[Math.min(WEIGHT_CLASSES - 1, Math.floor(((linkWidth(l) - 1) / 5) * WEIGHT_CLASSES))].push(l);
  }
  const observedOpacity = (weightClass) => 0.2 + 0.2 * weightClass;

  const quickPaint = () => {
    const k = transform.k / snapshot.transform.k;
    g.save();
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    g.fillStyle = '#fff';
    g.fillRect(0, 0, width, height);
    g.translate(transform.x - snapshot.transform.x * k, transform.y - snapshot.transform.y * k);
    g.scale(k, k);
    g.drawImage(snapshot.canvas, 0, 0, width, height);
    g.restore();
  };

  const paint = () => {
    pending = false;
    if (gesture && snapshot) {
      quickPaint();
      return;
    }
    g.save();
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    g.fillStyle = '#fff';
    g.fillRect(0, 0, width, height);
    g.translate(transform.x, transform.y);
    g.scale(transform.k, transform.k);
    const selectedId = look.selected?.id;
    // only what the view shows is painted: zoomed in, most of a large graph is off screen
    const [minX, minY] = transform.invert([0, 0]);
    const [maxX, maxY] = transform.invert([width, height]);
    const offScreen = (a, b) => (a.x < minX && b.x < minX) || (a.x > maxX && b.x > maxX)
      || (a.y < minY && b.y < minY) || (a.y > maxY && b.y > maxY);
    const shown = (l) => look.visible(l.source) && look.visible(l.target) && !offScreen(l.source, l.target);
    const nodeShown = (n) => look.visible(n) && n.x + n.r >= minX && n.x - n.r <= maxX && n.y + n.r >= minY && n.y - n.r <= maxY;
    const strokeLines = (list) => {
      g.beginPath();
      for (const l of list) {
        if (!shown(l)) continue;
        g.moveTo(l.source.x, l.source.y);
        g.lineTo(l.target.x, l.target.y);
      }
      g.stroke();
    };
    if (look.observed) {
      g.lineWidth = 0.8 / Math.sqrt(transform.k);
      observedByWeight.forEach((list, w) => {
        g.strokeStyle = `rgba(90, 96, 110, ${observedOpacity(w)})`;
        strokeLines(list);
      });
    }
    if (look.declared && declared.length) {
      g.strokeStyle = 'rgba(106, 61, 154, 0.6)';
      g.setLineDash([4, 3]);
      strokeLines(declared);
      g.setLineDash([]);
    }
    if (selectedId || look.highlight.size) {
      g.strokeStyle = '#ff8f00';
      for (const l of links) {
        const touches = l.source.id === selectedId || l.target.id === selectedId
          || (look.highlight.has(l.source.id) && look.highlight.has(l.target.id));
        if (!touches || !shown(l)) continue;
        g.lineWidth = linkWidth(l) / transform.k;
        g.beginPath();
        g.moveTo(l.source.x, l.source.y);
        g.lineTo(l.target.x, l.target.y);
        g.stroke();
      }
    }
    for (const [sector, colour] of [...Object.entries(SECTOR_COLOURS), [null, sectorColour(null)]]) {
      g.fillStyle = colour;
      g.beginPath();
      for (const n of nodes) {
        if (!nodeShown(n) || (sector ? n.sector !== sector : SECTOR_COLOURS[n.sector])) continue;
        g.moveTo(n.x + n.r, n.y);
        g.arc(n.x, n.y, n.r, 0, 2 * Math.PI);
      }
      g.fill();
    }
    g.strokeStyle = '#111';
    g.lineWidth = 2 / transform.k;
    g.beginPath();
    for (const n of nodes) {
      if (!n.m.articulationPoint || !nodeShown(n)) continue;
      g.moveTo(n.x + n.r + 3, n.y);
      g.arc(n.x, n.y, n.r + 3, 0, 2 * Math.PI);
    }
    g.stroke();
    for (const n of nodes) {
      if (n.id !== selectedId && !look.highlight.has(n.id)) continue;
      g.strokeStyle = n.id === selectedId ? '#111' : '#ff8f00';
      g.lineWidth = 4 / transform.k;
      g.beginPath();
      g.arc(n.x, n.y, n.r + 6, 0, 2 * Math.PI);
      g.stroke();
      g.fillStyle = '#111';
      g.font = `${13 / transform.k}px sans-serif`;
      g.fillText(n.name, n.x + n.r + 8, n.y + 4 / transform.k);
    }
    g.restore();
    snapshot = null;
    if (simulation.alpha() < simulation.alphaMin()) {
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      copy.getContext('2d').drawImage(canvas, 0, 0);
      snapshot = { canvas: copy, transform };
    }
  };
  const draw = () => {
    if (!pending) {
      pending = true;
      requestAnimationFrame(paint);
    }
  };
  const nodeAt = (event) => {
    const [x, y] = transform.invert(d3.pointer(event, canvas));
    const n = simulation.find(x, y, 20 / transform.k);
    return n && look.visible(n) ? n : null;
  };
  const zoom = d3.zoom().scaleExtent([0.05, 12])
    .on('start', () => { gesture = true; })
    .on('zoom', (event) => { transform = event.transform; draw(); })
    .on('end', () => { gesture = false; snapshot = null; draw(); });
  d3.select(canvas)
    .call(d3.drag().subject((event) => {
      const n = nodeAt(event.sourceEvent);
      return n ? Object.assign(n, { x: n.x, y: n.y }) : null;
    })
      .on('start', (event) => { if (!event.active) simulation.alphaTarget(0.1).restart(); event.subject.fx = event.subject.x; event.subject.fy = event.subject.y; })
      .on('drag', (event) => {
        const [x, y] = transform.invert(d3.pointer(event.sourceEvent, canvas));
        event.subject.fx = x;
        event.subject.fy = y;
      })
      .on('end', (event) => { if (!event.active) simulation.alphaTarget(0); }))
    .call(zoom)
    .on('dblclick.zoom', null)
    .on('click', (event) => ctx.navigate({ sel: nodeAt(event)?.id ?? null }))
    .on('dblclick', (event) => { const n = nodeAt(event); if (n) { n.fx = n.fy = null; simulation.alpha(0.3).restart(); } })
    .on('mousemove', (event) => {
      const n = nodeAt(event);
      canvas.title = n ? `${n.name} — ${label('type', n.type)}, ${label('sector', n.sector)}` : '';
      canvas.style.cursor = n ? 'pointer' : 'grab';
    });

  // An SVG of the current positions, for export: the canvas itself has no vector form.
  const svgForExport = () => {
    const svg = d3.create('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('class', 'chart network')
      .attr('width', width).attr('height', height);
    const root = svg.append('g').attr('transform', transform.toString());
    const shown = (l) => look.visible(l.source) && look.visible(l.target);
    if (look.observed) {
      observedByWeight.forEach((list, w) => root.append('path').attr('class', 'link observed').attr('stroke-width', 0.8)
        .style('stroke-opacity', observedOpacity(w)).attr('d', list.filter(shown).map((l) => `M${l.source.x.toFixed(1)},${l.source.y.toFixed(1)}L${l.target.x.toFixed(1)},${l.target.y.toFixed(1)}`).join('')));
    }
    if (look.declared) {
      root.append('path').attr('class', 'link declared')
        .attr('d', declared.filter(shown).map((l) => `M${l.source.x.toFixed(1)},${l.source.y.toFixed(1)}L${l.target.x.toFixed(1)},${l.target.y.toFixed(1)}`).join(''));
    }
    root.selectAll('circle').data(nodes.filter(look.visible)).join('circle')
      .attr('cx', (n) => n.x.toFixed(1)).attr('cy', (n) => n.y.toFixed(1)).attr('r', (n) => n.r)
      .attr('fill', (n) => sectorColour(n.sector)).attr('stroke', (n) => (n.m.articulationPoint ? '#111' : null));
    const node = svg.node();
    node.getBoundingClientRect = () => ({ width, height });
    return node;
  };

  return {
    restyle() {
      frame.dataset.nodesDrawn = nodes.filter(look.visible).length;
      frame.dataset.linksDrawn = look.observed ? links.filter((l) => look.visible(l.source) && look.visible(l.target)).length : 0;
    },
    draw,
    fit() {
      d3.select(canvas).call(zoom.transform, fitTransform(nodes, width, height, 40));
    },
    focus(n) {
      d3.select(canvas).transition().duration(500)
        .call(zoom.transform, d3.zoomIdentity.translate(width / 2, height / 2).scale(2).translate(-n.x, -n.y));
    },
    svgForExport,
    pngSource: () => canvas,
  };
}

// The méta-réseau for Gephi, R and Python, from the server (with its reproducibility header).
function researchExports(network) {
  const fold = network.fold ? `&fold=${network.fold}${network.keep.length ? `&keep=${encodeURIComponent(network.keep.join(';'))}` : ''}` : '';
  const link = (format, text) => el('a', {
    href: `/api/territories/${encodeURIComponent(network.territoryId)}/export?format=${format}&from=${network.from}&to=${network.to}${fold}`,
    download: '', 'data-research-export': format,
  }, text);
  return el('span', { class: 'research-exports', title: 'Structures et liens du méta-réseau, sans aucune donnée de personne' },
    'Pour la recherche : ', link('gexf', 'GEXF (Gephi)'), ' · ', link('graphml', 'GraphML'), ' · ', link('csv', 'CSV (R, Python)'));
}
