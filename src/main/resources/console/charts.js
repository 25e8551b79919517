// Hand-written SVG charts for the at-a-glance row: no library, nothing loaded from elsewhere.
// Every bar and slice carries data-key and data-value, so what a chart shows can be read back.
'use strict';
const Charts = (() => {
  const NS = 'http://www.w3.org/2000/svg';

  function svg(tag, attrs, text) {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function fmt(n) { return Number(n).toLocaleString('en-US'); }

  // Drawn at the host's own width, one unit a pixel, so text keeps its size whatever the card's width.
  function widthOf(host, fallback) { return Math.max(200, Math.round(host.clientWidth || fallback)); }

  /** Horizontal bars, one per item: label, bar, number. */
  function bars(host, items) {
    const rowH = 20, labelW = 92, numW = 56, width = widthOf(host, 360);
    const max = Math.max(1, ...items.map(i => i.value));
    const height = items.length * rowH + 4;
    const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', width, height });
    items.forEach((item, i) => {
      const y = i * rowH + 2;
      const g = svg('g', { 'data-key': item.key, 'data-value': item.value });
      const w = Math.round((width - labelW - numW) * item.value / max);
      g.append(svg('text', { x: 0, y: y + 14, 'font-size': 12 }, item.label));
      g.append(svg('rect', { x: labelW, y: y + 3, width: Math.max(w, item.value > 0 ? 2 : 0), height: rowH - 7, rx: 3, fill: item.color }));
      g.append(svg('text', { x: labelW + w + 6, y: y + 14, 'font-size': 12, class: 'dim' }, fmt(item.value)));
      g.append(svg('title', {}, `${item.label}: ${fmt(item.value)}`));
      root.append(g);
    });
    host.replaceChildren(root);
  }

  /** A ring of slices with the numbers beside it. */
  function donut(host, items) {
    const total = items.reduce((s, i) => s + i.value, 0);
    const root = svg('svg', { viewBox: '0 0 300 110', role: 'img', width: 300, height: 110 });
    const cx = 55, cy = 55, r = 42, stroke = 18, c = 2 * Math.PI * r;
    root.append(svg('circle', { cx, cy, r, fill: 'none', stroke: '#eef0f3', 'stroke-width': stroke }));
    let start = 0;
    items.forEach((item, i) => {
      const len = total ? c * item.value / total : 0;
      const g = svg('g', { 'data-key': item.key, 'data-value': item.value });
      g.append(svg('circle', { cx, cy, r, fill: 'none', stroke: item.color, 'stroke-width': stroke,
        'stroke-dasharray': `${len} ${c - len}`, 'stroke-dashoffset': -start, transform: `rotate(-90 ${cx} ${cy})` }));
      g.append(svg('rect', { x: 125, y: 22 + i * 38, width: 12, height: 12, rx: 2, fill: item.color }));
      g.append(svg('text', { x: 145, y: 32 + i * 38, 'font-size': 13 }, item.label));
      g.append(svg('text', { x: 145, y: 50 + i * 38, 'font-size': 15, 'font-weight': 600 }, fmt(item.value)));
      root.append(g);
      start += len;
    });
    root.append(svg('text', { x: cx, y: cy + 5, 'font-size': 14, 'text-anchor': 'middle', 'font-weight': 600 }, fmt(total)));
    host.replaceChildren(root);
  }

  /** One stacked column per city (red, orange, yellow from the bottom), names below. */
  function cities(host, rows, colors) {
    const width = widthOf(host, 900), colW = width / rows.length, h = 140, base = 116;
    const barW = Math.min(36, colW - 12);
    const max = Math.max(1, ...rows.map(r => r.red + r.orange + r.yellow));
    const root = svg('svg', { viewBox: `0 0 ${width} ${h}`, role: 'img', width, height: h });
    root.append(svg('line', { x1: 0, x2: width, y1: base, y2: base, stroke: '#dde2e8' }));
    rows.forEach((row, i) => {
      const total = row.red + row.orange + row.yellow;
      const g = svg('g', { 'data-key': row.code, 'data-value': total });
      let y = base;
      for (const grade of ['red', 'orange', 'yellow']) {
        const bh = (base - 18) * row[grade] / max;
        y -= bh;
        g.append(svg('rect', { x: i * colW + (colW - barW) / 2, y, width: barW, height: bh, fill: colors[grade] }));
      }
      g.append(svg('text', { x: i * colW + colW / 2, y: y - 4, 'font-size': 11, 'text-anchor': 'middle', class: 'dim' }, fmt(total)));
      g.append(svg('text', { x: i * colW + colW / 2, y: base + 16, 'font-size': 12, 'text-anchor': 'middle' }, row.name.replace(/市$/, '')));
      g.append(svg('title', {}, `${row.name}: ${fmt(row.red)} / ${fmt(row.orange)} / ${fmt(row.yellow)}`));
      root.append(g);
    });
    host.replaceChildren(root);
  }

  return { bars, donut, cities, fmt };
})();
