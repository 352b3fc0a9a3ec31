// Force layout of a large méta-réseau, off the page's thread so that the page stays responsive
// while it runs (a classic worker: it loads D3 from the same webjar as the page).
/* global d3 */
importScripts('/webjars/d3/dist/d3.min.js');

onmessage = ({ data }) => {
  const { x, y, observed, declared, width, height } = data;
  const nodes = Array.from(x, (_, i) => ({ x: x[i], y: y[i] }));
  const degree = new Uint32Array(nodes.length);
  const links = [];
  for (let i = 0; i < observed.length; i += 2) {
    links.push({ source: observed[i], target: observed[i + 1], declared: false });
    degree[observed[i]]++;
    degree[observed[i + 1]]++;
  }
  for (let i = 0; i < declared.length; i += 2) links.push({ source: declared[i], target: declared[i + 1], declared: true });
  const simulation = d3.forceSimulation(nodes)
    .force('link', d3.forceLink(links)
      .distance((l) => (l.declared ? 120 : 30))
      .strength((l) => (l.declared ? 0.05 : 0.5 / Math.max(1, Math.min(degree[l.source.index], degree[l.target.index])))))
    .force('charge', d3.forceManyBody().strength(-25).theta(1.2).distanceMax(250))
    .force('x', d3.forceX(width / 2).strength(0.03))
    .force('y', d3.forceY(height / 2).strength(0.03))
    .alphaDecay(nodes.length >= 2000 ? 0.05 : 0.03)
    .stop();
  const ticks = Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay()));
  for (let i = 0; i < ticks; i++) {
    simulation.tick();
    if (i % 10 === 0) postMessage({ progress: i / ticks });
  }
  postMessage({ x: Float64Array.from(nodes, (n) => n.x), y: Float64Array.from(nodes, (n) => n.y) });
};
