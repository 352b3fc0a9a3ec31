// Cartographie (Bloch, Hénaut, Gand, Sardas 2011): dominant problem from sanitaire (left) to social
// (right), one column per domain ordered by its side; complexity from standard (bottom) to extrême
// (top). Each structure is the region of the cells (domain, complexity) it handles; the persons of
// the territory are points, orphans coloured by reason; cells nobody handles are hatched in red.
import { api } from './api.js';
import { GLOSSARY, codes, explanation, label, side } from './labels.js';
import { reasonColour, sectorColour } from './colours.js';
import { date, el, empty, help, loading, show, term, toolbar } from './ui.js';
import { imageButtons } from './export.js';
import { reasonBadge } from './orphans.js';

let token = 0;

export default {
  async render(root, state, ctx) {
    const mine = ++token;
    loading(root, 'Construction de la cartographie…');
    const [network, persons, orphans] = await Promise.all([
      api.network(state),
      api.persons(state).catch((e) => e),
      api.orphans(state).catch((e) => e),
    ]);
    if (mine !== token) return;
    const structures = network.nodes.filter((n) => n.inEcology !== false);
    if (!structures.length) {
      empty(root, "Aucune structure dans l'écologie de ce territoire : rien à cartographier.");
      return;
    }
    draw(root, state, ctx, network, structures, persons, orphans);
  },
};

function draw(root, state, ctx, network, allStructures, persons, orphans) {
  const stage = codes('stage').includes(state.stage) ? state.stage : '';
  const domains = [...codes('domain')].sort((a, b) => side(a) - side(b)); // stable: keeps the contract's order within a side
  const levels = codes('complexity');
  const handlesStage = (s) => !stage || !s.stages?.length || s.stages.includes(stage);
  const structures = allStructures.filter(handlesStage);
  const drawn = structures.filter((s) => s.domains?.length);
  const unknown = structures.filter((s) => !s.domains?.length);
  const levelsOf = (s) => (s.complexity?.length ? s.complexity : levels);

  const covered = new Set();
  for (const s of drawn) for (const d of s.domains) for (const c of levelsOf(s)) covered.add(`${d}|${c}`);

  const margin = { top: 44, right: 16, bottom: 150, left: 96 };
  const width = Math.max(760, (root.clientWidth || 1000) - 20);
  const height = 600;
  const x = d3.scaleBand().domain(domains).range([margin.left, width - margin.right]).paddingInner(0.04);
  const y = d3.scaleBand().domain([...levels].reverse()).range([margin.top, height - margin.bottom]).paddingInner(0.04);

  const svg = d3.create('svg').attr('class', 'chart carto').attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'img').attr('aria-label', 'Cartographie des situations et de l\'offre');
  const defs = svg.append('defs');
  defs.append('pattern').attr('id', 'uncovered').attr('width', 8).attr('height', 8).attr('patternUnits', 'userSpaceOnUse')
    .attr('patternTransform', 'rotate(45)')
    .call((p) => p.append('rect').attr('width', 8).attr('height', 8).attr('fill', '#fdecea'))
    .call((p) => p.append('line').attr('x1', 0).attr('y1', 0).attr('x2', 0).attr('y2', 8).attr('stroke', '#e57373').attr('stroke-width', 3));

  // side bands over the columns
  const sides = [[-1, 'Sanitaire'], [0, 'Intermédiaire'], [1, 'Social']];
  for (const [value, name] of sides) {
    const columns = domains.filter((d) => side(d) === value);
    if (!columns.length) continue;
    const left = x(columns[0]);
    const right = x(columns[columns.length - 1]) + x.bandwidth();
    svg.append('rect').attr('x', left).attr('y', 14).attr('width', right - left).attr('height', 20)
      .attr('fill', value < 0 ? '#fbe3e6' : value > 0 ? '#dcecef' : '#eceff3');
    svg.append('text').attr('class', 'band-label').attr('x', (left + right) / 2).attr('y', 28).attr('text-anchor', 'middle').text(name);
  }
  svg.append('text').attr('class', 'band-label').attr('x', margin.left).attr('y', 10).text('← problème dominant sanitaire');
  svg.append('text').attr('class', 'band-label').attr('x', width - margin.right).attr('y', 10).attr('text-anchor', 'end').text('problème dominant social →');

  // grid, uncovered cells
  const cells = svg.append('g');
  for (const d of domains) {
    for (const c of levels) {
      const isCovered = covered.has(`${d}|${c}`);
      cells.append('rect').attr('x', x(d)).attr('y', y(c)).attr('width', x.bandwidth()).attr('height', y.bandwidth())
        .attr('class', isCovered ? 'cell' : 'uncovered').attr('fill', isCovered ? '#fafbfc' : null)
        .attr('data-domain', d).attr('data-complexity', c)
        .append('title').text(`${label('domain', d)}, ${label('complexity', c)} : ${isCovered ? 'couvert' : 'aucune structure ne prend en charge'}`);
    }
  }
  const axes = svg.append('g').attr('class', 'axis');
  axes.append('g').attr('transform', `translate(0,${height - margin.bottom + 4})`).call(d3.axisBottom(x).tickSize(0).tickFormat((d) => label('domain', d)))
    .call((g) => g.select('.domain').remove())
    .selectAll('text').attr('text-anchor', 'end').attr('transform', 'rotate(-40)').attr('dx', '-.3em').attr('dy', '.6em');
  axes.append('g').attr('transform', `translate(${margin.left - 4},0)`).call(d3.axisLeft(y).tickSize(0).tickFormat((c) => label('complexity', c)))
    .call((g) => g.select('.domain').remove());
  svg.append('text').attr('class', 'band-label').attr('transform', `translate(14,${(margin.top + height - margin.bottom) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle').text('complexité →');

  // structure regions: each (complexity row, run of adjacent domain columns) is one rectangle of the region
  const selected = state.sel || null;
  // many structures on one plane: lighter fills and outlines, so that overlaps read as density
  const crowded = drawn.length > 30;
  const fillOpacity = Math.max(0.02, Math.min(0.12, 1.5 / drawn.length));
  const regions = svg.append('g').attr('class', 'regions');
  const placed = [];
  drawn.forEach((s, i) => {
    const inset = 2 + (i % 7) * 2.5;
    const own = new Set(s.domains);
    const rects = [];
    for (const c of levelsOf(s)) {
      let run = null;
      for (const d of [...domains, null]) {
        if (d && own.has(d)) {
          run = run ? { ...run, last: d } : { first: d, last: d };
        } else if (run) {
          rects.push({ x0: x(run.first), x1: x(run.last) + x.bandwidth(), y0: y(c), y1: y(c) + y.bandwidth() });
          run = null;
        }
      }
    }
    const path = rects.map((r) => `M${r.x0 + inset},${r.y0 + inset}H${r.x1 - inset}V${r.y1 - inset}H${r.x0 + inset}Z`).join('');
    const colour = sectorColour(s.sector);
    const region = regions.append('path').attr('d', path)
      .attr('class', `region ${s.approach || ''}${s.id === selected ? ' selected' : ''}`)
      .attr('fill', colour).attr('stroke', colour).attr('fill-opacity', fillOpacity)
      .attr('stroke-opacity', crowded ? 0.45 : 1).attr('stroke-width', crowded ? 1 : 2)
      .attr('data-structure-id', s.id).attr('data-approach', s.approach || '')
      .on('click', (event) => { event.stopPropagation(); ctx.navigate({ sel: s.id === selected ? null : s.id }, { replace: true }); });
    region.append('title').text(`${s.name} — ${label('type', s.type)}, ${s.approach ? label('approach', s.approach).toLowerCase() : 'approche inconnue'}\n`
      + `Domaines : ${s.domains.map((d) => label('domain', d)).join(', ')}\nComplexité : ${levelsOf(s).map((c) => label('complexity', c)).join(', ')}`);
    const top = rects.reduce((best, r) => (r.y0 < best.y0 || (r.y0 === best.y0 && r.x1 - r.x0 > best.x1 - best.x0) ? r : best), rects[0]);
    if (top && (s.id === selected || drawn.length <= 12)) {
      const box = place(placed, top.x0 + inset + 3, top.y0 + inset + 12, s.name.length * 6, top.y1 - 4);
      if (box) {
        regions.append('text').attr('class', 'region-label').attr('x', box.x).attr('y', box.y).attr('fill', colour).text(s.name);
      }
    }
  });

  // persons: x from the mean column of their needs, y in their complexity row, a stable jitter from their id
  const orphanReasons = new Map(Array.isArray(orphans) ? orphans.map((o) => [o.personId, o.reasons]) : []);
  const personList = Array.isArray(persons) ? persons : [];
  const dots = svg.append('g').attr('class', 'persons');
  for (const p of personList) {
    const needs = (p.needs || []).filter((d) => domains.includes(d));
    const cx = needs.length ? d3.mean(needs, (d) => x(d) + x.bandwidth() / 2) : x(domains[Math.floor(domains.length / 2)]);
    const row = levels.includes(p.complexity) ? p.complexity : levels[0];
    const h = hash(p.personId);
    const jx = ((h % 1000) / 1000 - 0.5) * x.bandwidth() * 0.9;
    const jy = (((h >>> 10) % 1000) / 1000 - 0.5) * y.bandwidth() * 0.8;
    const reasons = orphanReasons.get(p.personId);
    dots.append('circle').attr('class', reasons ? 'person orphan' : 'person')
      .attr('cx', cx + jx).attr('cy', y(row) + y.bandwidth() / 2 + jy).attr('r', reasons ? (personList.length > 500 ? 3.2 : 4.5) : 2.5)
      .attr('fill', reasons ? reasonColour(reasons[0]) : '#9aa3af')
      .attr('fill-opacity', reasons ? 1 : 0.6)
      .attr('data-person-id', p.personId).attr('data-orphan-reasons', reasons ? reasons.join(',') : null)
      .style('cursor', 'pointer')
      .on('click', () => ctx.navigate({ view: 'parcours', p: p.personId }))
      .append('title').text(`${p.personId} — ${label('complexity', p.complexity)}${p.complexity ? '' : ' (complexité inconnue)'}\n`
        + `Besoins : ${(p.needs || []).map((d) => label('domain', d)).join(', ') || 'inconnus'}`
        + (reasons ? `\nOrpheline : ${reasons.map((r) => label('orphanReason', r)).join(', ')}` : ''));
  }
  svg.on('click', () => { if (selected) ctx.navigate({ sel: null }, { replace: true }); });

  const stageSelect = el('select', { id: 'stage', onchange: (e) => ctx.navigate({ stage: e.target.value || null }) },
    new Option('Toutes les étapes', ''), codes('stage').map((s) => new Option(label('stage', s), s)));
  stageSelect.value = stage;
  const reasonCounts = new Map();
  for (const [, reasons] of orphanReasons) for (const r of reasons) reasonCounts.set(r, (reasonCounts.get(r) || 0) + 1);
  const uncoveredCount = domains.length * levels.length - covered.size;
  const territory = ctx.territories.find((t) => t.id === network.territoryId)?.name || network.territoryId;
  const title = `Cartographie — ${territory}${stage ? ` — ${label('stage', stage)}` : ''} — au ${date(state.to)}`;
  const frame = el('div', { class: 'drawing tall', id: 'cartographie', 'data-regions': drawn.length, 'data-persons': personList.length });
  frame.append(svg.node());

  show(root, 
    el('div', { class: 'view-head' },
      el('h2', {}, term('Cartographie', GLOSSARY.cartographie), ` — ${territory}`),
      el('p', { class: 'summary' }, `${drawn.length} structures dessinées, ${personList.length} personnes au ${date(state.to)}, ${uncoveredCount} cases non couvertes.`)),
    el('div', { class: 'filters no-print' }, el('label', {}, 'Étape ', stageSelect, ' ', help("Ne montre que les structures qui interviennent à cette étape du parcours (une structure sans étape déclarée intervient à toutes)."))),
    toolbar(imageButtons(() => svg.node(), `cartographie-${network.territoryId}${stage ? `-${stage}` : ''}-${state.to}`, title)),
    el('div', { class: 'legend' },
      el('span', {}, el('i', { class: 'swatch' }), term('en masse', GLOSSARY.masse)),
      el('span', {}, el('i', { class: 'swatch sur-mesure' }), term('sur mesure', GLOSSARY.surMesure)),
      el('span', {}, el('i', { class: 'swatch', style: 'background:repeating-linear-gradient(45deg,#e57373 0 3px,#fdecea 3px 7px);border-color:#e57373' }), 'non couvert'),
      el('span', {}, el('i', { class: 'dot', style: 'background:#9aa3af' }), 'personne'),
      [...reasonCounts.keys()].map((r) => el('span', {}, el('i', { class: 'dot', style: `background:${reasonColour(r)};border:1px solid #111` }), term(`orpheline : ${label('orphanReason', r)}`, explanation('orphanReason', r)), ` (${reasonCounts.get(r)})`))),
    frame,
    persons instanceof Error ? el('p', { class: 'state error' }, `Personnes indisponibles : ${persons.message}`) : null,
    orphans instanceof Error ? el('p', { class: 'state error' }, `Situations orphelines indisponibles : ${orphans.message}`) : null,
    el('h3', {}, 'Structures'),
    el('ul', { class: 'neighbours', id: 'carto-structures' }, drawn.map((s) => el('li', {},
      el('i', { class: 'dot', style: `background:${sectorColour(s.sector)}` }),
      el('a', { href: '#', onclick: (e) => { e.preventDefault(); ctx.navigate({ sel: s.id === selected ? null : s.id }, { replace: true }); } }, s.name),
      ` — ${s.approach ? label('approach', s.approach).toLowerCase() : 'approche inconnue'}`))),
    unknown.length ? el('p', { class: 'summary' }, `Sans domaine déclaré, donc hors de la carte : ${unknown.map((s) => s.name).join(', ')}.`) : null,
    ...(orphanReasons.size ? [] : [el('p', { class: 'summary' }, 'Aucune situation orpheline à cette date.')]),
    reasonCounts.size ? el('p', { class: 'summary' }, 'Motifs : ', [...reasonCounts.keys()].map(reasonBadge)) : null);
}

/** The first free line for a label from (x, y) down to `bottom`, greedily; null when none is free. */
function place(placed, x, y, width, bottom) {
  for (let line = y; line <= bottom; line += 13) {
    const box = { x, y: line, x1: x + width };
    if (!placed.some((p) => Math.abs(p.y - line) < 12 && p.x < box.x1 && box.x < p.x1)) {
      placed.push(box);
      return box;
    }
  }
  return null;
}

/** A stable small hash of an id, so a person keeps its place between renders. */
function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
