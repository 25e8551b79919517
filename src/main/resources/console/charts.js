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

  /** Horizontal bars, one per item: label, bar, number. */
  function bars(host, items) {
    const rowH = 22, labelW = 92, numW = 56, width = 360;
    const max = Math.max(1, ...items.map(i => i.value));
    const root = svg('svg', { viewBox: `0 0 ${width} ${items.length * rowH + 4}`, role: 'img' });
    items.forEach((item, i) => {
      const y = i * rowH + 2;
      const g = svg('g', { 'data-key': item.key, 'data-value': item.value });
      const w = Math.round((width - labelW - numW) * item.value / max);
      g.append(svg('text', { x: 0, y: y + 15, 'font-size': 12 }, item.label));
      g.append(svg('rect', { x: labelW, y: y + 3, width: Math.max(w, item.value > 0 ? 2 : 0), height: rowH - 7, rx: 3, fill: item.color }));
      g.append(svg('text', { x: labelW + w + 6, y: y + 15, 'font-size': 12, class: 'dim' }, fmt(item.value)));
      g.append(svg('title', {}, `${item.label}: ${fmt(item.value)}`));
      root.append(g);
    });
    host.replaceChildren(root);
  }

  /** A ring of slices with the numbers beside it. */
  function donut(host, items) {
    const total = items.reduce((s, i) => s + i.value, 0);
    const root = svg('svg', { viewBox: '0 0 300 120', role: 'img' });
    const cx = 60, cy = 60, r = 44, stroke = 20, c = 2 * Math.PI * r;
    root.append(svg('circle', { cx, cy, r, fill: 'none', stroke: '#eef0f3', 'stroke-width': stroke }));
    let start = 0;
    items.forEach((item, i) => {
      const len = total ? c * item.value / total : 0;
      const g = svg('g', { 'data-key': item.key, 'data-value': item.value });
      g.append(svg('circle', { cx, cy, r, fill: 'none', stroke: item.color, 'stroke-width': stroke,
        'stroke-dasharray': `${len} ${c - len}`, 'stroke-dashoffset': -start, transform: `rotate(-90 ${cx} ${cy})` }));
      g.append(svg('rect', { x: 130, y: 28 + i * 36, width: 12, height: 12, rx: 2, fill: item.color }));
      g.append(svg('text', { x: 150, y: 38 + i * 36, 'font-size': 13 }, item.label));
      g.append(svg('text', { x: 150, y: 55 + i * 36, 'font-size': 15, 'font-weight': 600 }, fmt(item.value)));
      root.append(g);
      start += len;
    });
    root.append(svg('text', { x: cx, y: cy + 5, 'font-size': 14, 'text-anchor': 'middle', 'font-weight': 600 }, fmt(total)));
    host.replaceChildren(root);
  }

  /** One stacked column per city (red, orange, yellow from the bottom), names below. */
  function cities(host, rows, colors) {
    const colW = 64, h = 150, base = 120, width = rows.length * colW;
    const max = Math.max(1, ...rows.map(r => r.red + r.orange + r.yellow));
    const root = svg('svg', { viewBox: `0 0 ${width} ${h}`, role: 'img' });
    root.append(svg('line', { x1: 0, x2: width, y1: base, y2: base, stroke: '#dde2e8' }));
    rows.forEach((row, i) => {
      const total = row.red + row.orange + row.yellow;
      const g = svg('g', { 'data-key': row.code, 'data-value': total });
      let y = base;
      for (const grade of ['red', 'orange', 'yellow']) {
        const bh = (base - 18) * row[grade] / max;
        y -= bh;
        g.append(svg('rect', { x: i * colW + 16, y, width: colW - 32, height: bh, fill: colors[grade] }));
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
