/* hadath web pages: shared helpers and the actor-graph renderer (vanilla JS + SVG, no libraries). */
"use strict";

const Hadath = (() => {
  const SVG_NS = "http://www.w3.org/2000/svg";
  const QUADS = {
    1: { name: "تعاون لفظي", color: "#4caf50" },
    2: { name: "تعاون مادي", color: "#1b6e34" },
    3: { name: "صراع لفظي", color: "#f39c12" },
    4: { name: "صراع مادي", color: "#c0392b" },
  };
  const EVENT_AR = {
    AGREE: "اتفاق", CONSULT: "تشاور", SUPPORT: "دعم", CONCEDE: "تنازل", COOPERATE: "تعاون",
    AID: "مساعدة", RETREAT: "انسحاب", REQUEST: "طلب", ACCUSE: "اتهام", REJECT: "رفض",
    THREATEN: "تهديد", PROTEST: "احتجاج", SANCTION: "عقوبات", MOBILIZE: "تعبئة", COERCE: "إكراه",
    ASSAULT: "هجوم",
  };
  const MODALITY_AR = {
    asserted: "مؤكد", future: "مستقبلي", proposed: "مقترح", hypothetical: "افتراضي",
    historical: "تاريخي",
  };
  const ROLE_AR = { actor: "فاعل", recipient: "متلقٍّ" };

  /** Create an HTML element: el("td", {class: "num"}, "12", child…). */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") e.className = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? "" : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  function svg(tag, attrs, ...children) {
    const e = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined) continue;
      if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  /** Fetch JSON from the API; a problem-details answer becomes an Error with its detail. */
  async function api(path, body) {
    const init = body === undefined ? {} : {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
    };
    let resp;
    try {
      resp = await fetch(path, init);
    } catch (err) {
      throw new Error("تعذّر الاتصال بالخادم (" + err.message + ")");
    }
    const data = await resp.json().catch(() => null);
    if (!resp.ok) {
      const msg = data && data.detail ? data.detail : resp.status + " " + resp.statusText;
      const e = new Error(msg);
      e.problem = data;
      throw e;
    }
    return data;
  }

  function showProblem(box, err) {
    const parts = [el("strong", {}, "خطأ: "), el("bdi", { dir: "auto" }, err.message)];
    if (err.problem && err.problem.hint) parts.push(el("div", { class: "muted", dir: "auto" }, err.problem.hint));
    box.replaceChildren(...parts);
    box.classList.remove("hidden");
  }

  function eventName(type) {
    return EVENT_AR[type] ? `${EVENT_AR[type]} (${type})` : type;
  }

  function quadDot(q) {
    return el("span", { class: "quad-dot q" + q, title: QUADS[q] ? QUADS[q].name : "" });
  }

  function legend(box) {
    box.replaceChildren(...Object.entries(QUADS).map(([q, v]) =>
      el("span", {}, el("span", { class: "key q" + q }), v.name)));
  }

  // ------------------------------------------------------------------ graph layout

  /** Connected components, biggest first (each gets its own cell of the drawing). */
  function components(nodes, edges) {
    const adj = new Map(nodes.map(d => [d.id, []]));
    for (const e of edges) {
      if (adj.has(e.source) && adj.has(e.target)) {
        adj.get(e.source).push(e.target); adj.get(e.target).push(e.source);
      }
    }
    const seen = new Set(), out = [];
    for (const d of nodes) {
      if (seen.has(d.id)) continue;
      const comp = [], stack = [d.id];
      seen.add(d.id);
      while (stack.length) {
        const id = stack.pop();
        comp.push(id);
        for (const nb of adj.get(id)) if (!seen.has(nb)) { seen.add(nb); stack.push(nb); }
      }
      out.push(comp);
    }
    return out.sort((a, b) => b.length - a.length);
  }

  /** Components packed into rows of cells (area ∝ size), each laid out on its own. */
  function packedLayout(nodes, edges, width, height, labelWidth) {
    const comps = components(nodes, edges);
    const byId = new Map(nodes.map(d => [d.id, d]));
    const at = new Map();
    const cols = Math.ceil(Math.sqrt(comps.length));
    const rows = Math.ceil(comps.length / cols);
    // the biggest component gets a wide first row when it dominates
    const big = comps[0].length >= 0.5 * nodes.length && comps.length > 1;
    let cells = [];
    if (big) {
      const h0 = height * 0.65, rest = comps.length - 1, c2 = Math.min(rest, 4);
      cells.push({ x: 0, y: 0, w: width, h: h0 });
      const r2 = Math.ceil(rest / c2);
      for (let i = 0; i < rest; i++) {
        cells.push({ x: (i % c2) * width / c2, y: h0 + Math.floor(i / c2) * (height - h0) / r2,
          w: width / c2, h: (height - h0) / r2 });
      }
    } else {
      for (let i = 0; i < comps.length; i++) {
        cells.push({ x: (i % cols) * width / cols, y: Math.floor(i / cols) * height / rows,
          w: width / cols, h: height / rows });
      }
    }
    // RTL page: the first cell is on the right
    cells = cells.map(c => ({ ...c, x: width - c.x - c.w }));
    comps.forEach((comp, i) => {
      const ids = new Set(comp);
      const cn = comp.map(id => byId.get(id));
      const ce = edges.filter(e => ids.has(e.source) && ids.has(e.target));
      const c = cells[i];
      const pos = layout(cn, ce, c.w, c.h, Math.min(labelWidth, c.w - 10));
      cn.forEach((d, k) => at.set(d.id, { x: c.x + pos[k].x, y: c.y + pos[k].y }));
    });
    return nodes.map(d => at.get(d.id));
  }

  /** Deterministic Fruchterman–Reingold layout, then pushes labels apart. */
  function layout(nodes, edges, width, height, labelWidth) {
    const n = nodes.length;
    const pos = nodes.map((_, i) => {
      const a = (2 * Math.PI * i) / Math.max(n, 1);
      return { x: width / 2 + (width / 3) * Math.cos(a), y: height / 2 + (height / 3) * Math.sin(a) };
    });
    if (n === 1) { pos[0] = { x: width / 2, y: height / 2 }; return pos; }
    if (n === 2) {  // a lone dyad: side by side, as far apart as the labels allow
      const dx = Math.min(width / 2 - labelWidth / 2, 180);
      return [{ x: width / 2 + dx, y: height / 2 }, { x: width / 2 - dx, y: height / 2 }];
    }
    const index = new Map(nodes.map((d, i) => [d.id, i]));
    const k = Math.sqrt((width * height) / Math.max(n, 1)) * 0.75;
    let t = width / 8;
    for (let it = 0; it < 400; it++) {
      const disp = pos.map(() => ({ x: 0, y: 0 }));
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
          let d = Math.hypot(dx, dy) || 0.01;
          const f = (k * k) / d;
          dx /= d; dy /= d;
          disp[i].x += dx * f; disp[i].y += dy * f;
          disp[j].x -= dx * f; disp[j].y -= dy * f;
        }
      }
      for (const e of edges) {
        const i = index.get(e.source), j = index.get(e.target);
        if (i === undefined || j === undefined) continue;
        const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
        const d = Math.hypot(dx, dy) || 0.01;
        const f = (d * d) / k;
        disp[i].x -= (dx / d) * f; disp[i].y -= (dy / d) * f;
        disp[j].x += (dx / d) * f; disp[j].y += (dy / d) * f;
      }
      for (let i = 0; i < n; i++) {  // gravity keeps separate components on screen
        disp[i].x += (width / 2 - pos[i].x) * 0.02 * k / 10;
        disp[i].y += (height / 2 - pos[i].y) * 0.02 * k / 10;
        const d = Math.hypot(disp[i].x, disp[i].y) || 0.01;
        pos[i].x += (disp[i].x / d) * Math.min(d, t);
        pos[i].y += (disp[i].y / d) * Math.min(d, t);
      }
      t = Math.max(t * 0.985, 0.5);
    }
    // fit into the box, leaving room for labels
    const mx = 30 + labelWidth / 2, my = 40;
    const xs = pos.map(p => p.x), ys = pos.map(p => p.y);
    const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
    const sx = (width - 2 * mx) / Math.max(x1 - x0, 1), sy = (height - 2 * my) / Math.max(y1 - y0, 1);
    for (const p of pos) {
      p.x = x1 - x0 < 1 ? width / 2 : mx + (p.x - x0) * sx;
      p.y = y1 - y0 < 1 ? height / 2 : my + (p.y - y0) * sy;
    }
    // label collision: boxes under each node must not overlap
    const lw = nodes.map(d => Math.min(labelWidth, 9 * [...(d.label || d.id)].length + 16));
    for (let it = 0; it < 200; it++) {
      let moved = false;
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const ox = (lw[i] + lw[j]) / 2 - Math.abs(pos[i].x - pos[j].x);
          const oy = 44 - Math.abs(pos[i].y - pos[j].y);
          if (ox > 0 && oy > 0) {
            moved = true;
            if (ox < oy * 1.5) {
              const s = pos[i].x < pos[j].x ? -1 : 1;
              pos[i].x += s * ox / 2; pos[j].x -= s * ox / 2;
            } else {
              const s = pos[i].y < pos[j].y ? -1 : 1;
              pos[i].y += s * oy / 2; pos[j].y -= s * oy / 2;
            }
          }
        }
      }
      for (let i = 0; i < n; i++) {
        pos[i].x = Math.min(width - lw[i] / 2 - 4, Math.max(lw[i] / 2 + 4, pos[i].x));
        pos[i].y = Math.min(height - 30, Math.max(20, pos[i].y));
      }
      if (!moved) break;
    }
    return pos;
  }

  /**
   * Draw a directed actor graph into an <svg>. graph = {nodes:[{id,label,events}],
   * edges:[{source,target,count,quad,quads,goldstein}]}. onEdge(edge) is called on a click.
   */
  function drawGraph(svgEl, graph, onEdge) {
    const width = Math.max(320, Math.round(svgEl.getBoundingClientRect().width) || 800);
    const height = Math.min(Math.round(width * 0.7), 560);
    svgEl.setAttribute("viewBox", `0 0 ${width} ${height}`);
    svgEl.replaceChildren();
    if (!graph.nodes.length) {
      svgEl.append(svg("text", { x: width / 2, y: height / 2, "text-anchor": "middle",
        class: "graph-label" }, "لا توجد علاقات بين فاعلين لعرضها"));
      return;
    }
    const pos = packedLayout(graph.nodes, graph.edges, width, height, 150);
    const at = new Map(graph.nodes.map((d, i) => [d.id, pos[i]]));
    const radius = d => 7 + Math.min(14, 2.5 * Math.sqrt(d.events || 1));
    const rOf = new Map(graph.nodes.map(d => [d.id, radius(d)]));
    const defs = svg("defs");
    for (const [q, v] of Object.entries(QUADS)) {
      defs.append(svg("marker", { id: "arrow-q" + q, viewBox: "0 0 10 10", refX: 9, refY: 5,
        markerWidth: 5, markerHeight: 5, orient: "auto-start-reverse",
        markerUnits: "strokeWidth" }, svg("path", { d: "M0,1 L10,5 L0,9 z", fill: v.color })));
    }
    svgEl.append(defs);
    const pairs = new Set(graph.edges.map(e => e.source + "\u0000" + e.target));
    const maxCount = Math.max(...graph.edges.map(e => e.count), 1);
    const edgeLayer = svg("g"), nodeLayer = svg("g"), labelLayer = svg("g");
    for (const e of graph.edges) {
      const a = at.get(e.source), b = at.get(e.target);
      if (!a || !b) continue;
      const dx = b.x - a.x, dy = b.y - a.y, d = Math.hypot(dx, dy) || 1;
      // two-way dyads bend apart so both directions stay visible and clickable
      const bend = pairs.has(e.target + "\u0000" + e.source) ? 0.18 : 0.06;
      const cx = (a.x + b.x) / 2 - dy * bend, cy = (a.y + b.y) / 2 + dx * bend;
      const ra = rOf.get(e.source), rb = rOf.get(e.target) + 2;
      const ux = (cx - a.x), uy = (cy - a.y), ul = Math.hypot(ux, uy) || 1;
      const vx = (cx - b.x), vy = (cy - b.y), vl = Math.hypot(vx, vy) || 1;
      const sx = a.x + ux / ul * ra, sy = a.y + uy / ul * ra;
      const tx = b.x + vx / vl * rb, ty = b.y + vy / vl * rb;
      const path = `M${sx.toFixed(1)},${sy.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${tx.toFixed(1)},${ty.toFixed(1)}`;
      const q = e.quad || 1;
      const w = 1.5 + 5 * Math.log1p(e.count) / Math.log1p(maxCount);
      const srcLabel = (graph.nodes.find(n => n.id === e.source) || {}).label || e.source;
      const dstLabel = (graph.nodes.find(n => n.id === e.target) || {}).label || e.target;
      const title = `${srcLabel} ← ${dstLabel}: ${e.count} حدث` +
        Object.entries(e.quads || {}).filter(([, c]) => c).map(([k, c]) => `\n${QUADS[k].name}: ${c}`).join("") +
        `\nGoldstein: ${e.goldstein}`;
      const visible = svg("path", { d: path, class: "graph-edge", stroke: QUADS[q].color,
        "stroke-width": w.toFixed(1), "marker-end": `url(#arrow-q${q})`,
        "data-source": e.source, "data-target": e.target });
      const hit = svg("path", { d: path, class: "graph-hit", "stroke-width": Math.max(14, w + 8),
        "data-source": e.source, "data-target": e.target,
        onclick: () => {
          edgeLayer.querySelectorAll(".graph-edge.selected").forEach(x => x.classList.remove("selected"));
          visible.classList.add("selected");
          if (onEdge) onEdge(e);
        } }, svg("title", {}, title));
      edgeLayer.append(hit, visible);
      if (e.count > 1) {
        labelLayer.append(svg("text", { x: ((sx + tx) / 2 * 0.5 + cx * 0.5).toFixed(1),
          y: ((sy + ty) / 2 * 0.5 + cy * 0.5 - 4).toFixed(1), "text-anchor": "middle",
          class: "graph-count" }, String(e.count)));
      }
    }
    const pull = new Map(graph.nodes.map(d => [d.id, 0]));
    for (const e of graph.edges) {
      const a = at.get(e.source), b = at.get(e.target);
      if (!a || !b) continue;
      pull.set(e.source, pull.get(e.source) + Math.sign(b.y - a.y));
      pull.set(e.target, pull.get(e.target) + Math.sign(a.y - b.y));
    }
    graph.nodes.forEach((d) => {
      const p = at.get(d.id);
      const below = pull.get(d.id) <= 0;  // edges leave upwards (or sideways): label below
      nodeLayer.append(svg("circle", { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: rOf.get(d.id),
        class: "graph-node", "data-id": d.id }, svg("title", {}, `${d.label} — ${d.events} حدث`)));
      const ly = below ? p.y + rOf.get(d.id) + 17 : p.y - rOf.get(d.id) - 7;
      labelLayer.append(svg("text", { x: p.x.toFixed(1), y: ly.toFixed(1),
        "text-anchor": "middle", class: "graph-label", direction: "rtl" }, d.label));
    });
    svgEl.append(edgeLayer, nodeLayer, labelLayer);
  }

  return { QUADS, EVENT_AR, MODALITY_AR, ROLE_AR, el, svg, api, showProblem, eventName, quadDot,
    legend, drawGraph, layout };
})();
