// Exports of the current view: SVG and PNG (slide-ready, with a title line), tables as CSV.
import { button } from './ui.js';

function download(blob, filename) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** The page's own style sheet, copied into exported SVG so that it looks the same outside the page. */
function styleText() {
  const sheet = [...document.styleSheets].find((s) => s.href && s.href.endsWith('maillage.css'));
  if (!sheet) return '';
  return [...sheet.cssRules].map((r) => r.cssText).join('\n');
}

/** A standalone copy of an SVG element, with the style sheet inlined and a white background. */
export function standaloneSvg(svg, title) {
  const copy = svg.cloneNode(true);
  const { width, height } = svg.getBoundingClientRect();
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', Math.round(width));
  copy.setAttribute('height', Math.round(height));
  if (!copy.getAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${Math.round(width)} ${Math.round(height)}`);
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = styleText();
  copy.prepend(style);
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#fff');
  style.after(background);
  if (title) {
    const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    text.setAttribute('x', 12);
    text.setAttribute('y', height - 10);
    text.setAttribute('class', 'export-title');
    text.textContent = title;
    copy.append(text);
  }
  return { text: new XMLSerializer().serializeToString(copy), width, height };
}

export function exportSvg(svg, filename, title) {
  const { text } = standaloneSvg(svg, title);
  download(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), `${filename}.svg`);
}

/** A PNG at twice the screen resolution, from an SVG element or a canvas. */
export function exportPng(source, filename, title) {
  if (source instanceof HTMLCanvasElement) {
    source.toBlob((blob) => download(blob, `${filename}.png`));
    return;
  }
  const { text, width, height } = standaloneSvg(source, title);
  const image = new Image();
  image.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * 2);
    canvas.height = Math.round(height * 2);
    const context = canvas.getContext('2d');
    context.scale(2, 2);
    context.drawImage(image, 0, 0, width, height);
    canvas.toBlob((blob) => download(blob, `${filename}.png`));
  };
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
}

/**
 * CSV (RFC 4180, UTF-8 with a BOM so that spreadsheets read the accents). A text cell that a
 * spreadsheet would take for a formula (= + - @, tab, carriage return first: an imported name or a
 * validation message quoting a cell) gets a leading apostrophe; numbers stay numbers.
 */
export function exportCsv(rows, columns, filename) {
  const quote = (value) => {
    let text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(';') : String(value);
    if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [columns.map((c) => quote(c.title)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => quote(c.csv ? c.csv(row) : c.value(row))).join(','));
  download(new Blob(['\ufeff', lines.join('\r\n'), '\r\n'], { type: 'text/csv;charset=utf-8' }), `${filename}.csv`);
}

/** The usual pair of image export buttons for a view. */
export function imageButtons(source, filename, title) {
  return [
    button('Exporter en SVG', () => exportSvg(typeof source === 'function' ? source() : source, filename, title), { 'data-export': 'svg' }),
    button('Exporter en PNG', () => exportPng(typeof source === 'function' ? source() : source, filename, title), { 'data-export': 'png' }),
  ];
}

export function csvButton(rows, columns, filename, text = 'Exporter le tableau (CSV)') {
  return button(text, () => exportCsv(rows, columns, filename), { 'data-export': 'csv' });
}
