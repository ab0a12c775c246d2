/* The corpus explorer: network, dyad timeline, map and top lists over the store (/v1 API). */
"use strict";

(() => {
  const { el, svg, api, showProblem, eventName, quadDot, QUADS, MODALITY_AR } = Hadath;
  const $ = id => document.getElementById(id);
  let world = null;

  function filterParams() {
    const p = new URLSearchParams();
    for (const [k, v] of new FormData($("filters"))) if (String(v).trim()) p.set(k, String(v).trim());
    return p;
  }

  function withParams(base, extra) {
    const p = filterParams();
    for (const [k, v] of Object.entries(extra || {})) {
      if (v === null) p.delete(k); else p.set(k, v);
    }
    return `${base}?${p}`;
  }

  // ------------------------------------------------------------------ events of an edge / dyad

  function sentenceNode(e) {
    if (!e.sentence_text) return el("div", { class: "sentence" }, "«", e.event_text, "»");
    const s = e.sentence_text, i = s.indexOf(e.event_text);
    if (i < 0) return el("div", { class: "sentence" }, s);
    return el("div", { class: "sentence" }, s.slice(0, i),
      el("mark", { class: `hl-trigger q${e.quad_code}` }, e.event_text), s.slice(i + e.event_text.length));
  }

  async function showEvents(source, target, title) {
    $("events-title").textContent = title;
    const data = await api(withParams("/v1/events", { actor: source, recipient: target, limit: "100" }));
    const refs = rs => rs.map(r => `${r.entity_text} (${r.code || "؟"})`).join("، ");
    $("edge-events").replaceChildren(...data.items.map(e => el("li", { "data-event": e.id },
      sentenceNode(e),
      el("div", { class: "muted" }, quadDot(e.quad_code), eventName(e.event), " — ", refs(e.actor),
        " ← ", refs(e.recipient), " — ", MODALITY_AR[e.modality] || e.modality,
        e.negated ? " — منفي" : "", " — ", e.date || "بلا تاريخ", " — ",
        el("a", { href: `/?article=${encodeURIComponent(e.article_id)}` }, e.article_title || e.article_id)))));
    if (!data.items.length) $("edge-events").append(el("li", { class: "empty" }, "لا أحداث."));
    if (!data.has_text) $("edge-events").append(el("li", { class: "muted" },
      "لا يحفظ هذا المخزن نصوص المقالات، فتظهر كلمة الحدث وحدها بدل جملتها."));
  }

  // ------------------------------------------------------------------ timeline

  function drawTimeline(svgEl, data) {
    const W = Math.max(320, Math.round(svgEl.getBoundingClientRect().width) || 800);
    const H = Math.round(W * 0.42), m = { l: 44, r: 56, t: 30, b: 40 };
    svgEl.setAttribute("viewBox", `0 0 ${W} ${H}`);
    svgEl.replaceChildren();
    const months = data.months;
    if (!months.length) {
      svgEl.append(svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "graph-label" },
        "لا أحداث مؤرّخة"));
      return;
    }
    const iw = W - m.l - m.r, ih = H - m.t - m.b, bw = iw / months.length;
    const maxN = Math.max(...months.map(x => x.count), 1);
    const gs = months.map(x => x.goldstein || 0);
    const gmax = Math.max(...gs.map(Math.abs), 1);
    const y = v => m.t + ih - (v / maxN) * ih;
    const yg = v => m.t + ih / 2 - (v / gmax) * (ih / 2);
    const axis = svg("g", { class: "axis" });
    for (const v of [0, Math.round(maxN / 2), maxN]) {
      axis.append(svg("line", { x1: m.l, x2: W - m.r, y1: y(v), y2: y(v), stroke: "#eef0f4" }),
        svg("text", { x: m.l - 6, y: y(v) + 4, "text-anchor": "end" }, v));
    }
    for (const v of [-gmax, 0, gmax]) {
      axis.append(svg("text", { x: W - m.r + 6, y: yg(v) + 4, "text-anchor": "start" },
        (Math.round(v * 10) / 10).toString()));
    }
    axis.append(svg("text", { x: m.l - 6, y: 12, "text-anchor": "end" }, "أحداث"),
      svg("text", { x: W - m.r + 6, y: 12, "text-anchor": "start" }, "غولدستين"));
    const bars = svg("g");
    const step = Math.ceil(months.length / 12);
    months.forEach((mo, i) => {
      let base = 0;
      for (const q of ["1", "2", "3", "4"]) {
        const c = mo.quads[q];
        if (!c) continue;
        bars.append(svg("rect", { x: (m.l + i * bw + bw * 0.15).toFixed(1), y: y(base + c).toFixed(1),
          width: (bw * 0.7).toFixed(1), height: (y(base) - y(base + c)).toFixed(1), fill: QUADS[q].color },
          svg("title", {}, `${mo.month}: ${QUADS[q].name} ${c}`)));
        base += c;
      }
      if (i % step === 0) {
        axis.append(svg("text", { x: m.l + i * bw + bw / 2, y: H - m.b + 16, "text-anchor": "middle" }, mo.month));
      }
    });
    const pts = months.map((mo, i) => `${(m.l + i * bw + bw / 2).toFixed(1)},${yg(mo.goldstein || 0).toFixed(1)}`);
    const line = svg("g", {},
      svg("line", { x1: m.l, x2: W - m.r, y1: yg(0), y2: yg(0), stroke: "#555", "stroke-dasharray": "4 3" }),
      svg("polyline", { points: pts.join(" "), fill: "none", stroke: "#22304a", "stroke-width": 2 }),
      ...months.map((mo, i) => svg("circle", { cx: m.l + i * bw + bw / 2, cy: yg(mo.goldstein || 0), r: 3.5,
        fill: "#22304a" }, svg("title", {}, `${mo.month}: غولدستين ${mo.goldstein}`))));
    svgEl.append(axis, bars, line);
    if (data.undated) {
      svgEl.append(svg("text", { x: W - m.r, y: H - 6, "text-anchor": "end", class: "axis" },
        `${data.undated} حدث بلا تاريخ لا يظهر هنا`));
    }
  }

  async function showTimeline(source, target) {
    const title = source || target ? `الخط الزمني: ${source || "الكل"} ← ${target || "الكل"}` : "الخط الزمني: كل الأحداث";
    $("timeline-title").textContent = title;
    const extra = {};
    if (source) extra.actor = source;
    if (target) extra.recipient = target;
    drawTimeline($("timeline"), await api(withParams("/v1/timeline", extra)));
  }

  // ------------------------------------------------------------------ map

  function drawMap(svgEl, points) {
    const W = Math.max(320, Math.round(svgEl.getBoundingClientRect().width) || 800);
    const H = Math.round(W * 0.55);
    svgEl.setAttribute("viewBox", `0 0 ${W} ${H}`);
    svgEl.replaceChildren();
    // equirectangular; fit to the events (at least 40° wide), else the whole world
    let lon0 = -180, lon1 = 180, lat0 = -60, lat1 = 84;
    if (points.length) {
      const lons = points.map(p => p.lon), lats = points.map(p => p.lat);
      lon0 = Math.min(...lons) - 8; lon1 = Math.max(...lons) + 8;
      lat0 = Math.min(...lats) - 6; lat1 = Math.max(...lats) + 6;
      const cx = (lon0 + lon1) / 2, cy = (lat0 + lat1) / 2;
      let w = Math.max(lon1 - lon0, 40), h = Math.max(lat1 - lat0, 20);
      if (w / h > W / H) h = w * H / W; else w = h * W / H;
      lon0 = cx - w / 2; lon1 = cx + w / 2; lat0 = cy - h / 2; lat1 = cy + h / 2;
    }
    const sx = W / (lon1 - lon0), sy = H / (lat1 - lat0);
    const X = lon => (lon - lon0) * sx, Y = lat => (lat1 - lat) * sy;
    const land = svg("g");
    svgEl.append(svg("rect", { x: 0, y: 0, width: W, height: H, fill: "#f3f7fb" }));
    const grid = svg("g");
    for (let lon = -180; lon <= 180; lon += 10) grid.append(svg("line", { class: "map-grid", x1: X(lon), x2: X(lon), y1: 0, y2: H }));
    for (let lat = -80; lat <= 80; lat += 10) grid.append(svg("line", { class: "map-grid", x1: 0, x2: W, y1: Y(lat), y2: Y(lat) }));
    if (world) {
      for (const c of world.countries) {
        const d = c.rings.map(r => {
          let s = "";
          for (let i = 0; i < r.length; i += 2) s += (i ? "L" : "M") + X(r[i]).toFixed(1) + "," + Y(r[i + 1]).toFixed(1);
          return s + "Z";
        }).join("");
        land.append(svg("path", { d, class: "map-land" }, svg("title", {}, c.name)));
      }
    }
    svgEl.append(grid, land);
    const maxC = Math.max(...points.map(p => p.count), 1);
    const dots = svg("g"), labels = svg("g");
    const placed = [];
    for (const p of points) {
      const x = X(p.lon), y = Y(p.lat), r = 4 + 10 * Math.sqrt(p.count / maxC);
      dots.append(svg("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1), class: "map-point",
        fill: QUADS[p.quad] ? QUADS[p.quad].color : "#555" },
        svg("title", {}, `${p.place}${p.country ? " — " + p.country : ""}: ${p.count} حدث`)));
      // label unless it would overlap one already placed
      const box = { x0: x - 50, x1: x + 50, y0: y - r - 18, y1: y - r };
      if (!placed.some(b => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) {
        placed.push(box);
        labels.append(svg("text", { x: x.toFixed(1), y: (y - r - 4).toFixed(1), "text-anchor": "middle",
          class: "map-label", "font-size": 13, "stroke-width": 3 }, p.place));
      }
    }
    svgEl.append(dots, labels);
    if (!points.length) {
      svgEl.append(svg("text", { x: W / 2, y: H - 12, "text-anchor": "middle", class: "graph-label" },
        "لا أحداث بمواقع معروفة"));
    }
  }

  // ------------------------------------------------------------------ tables

  function fillActors(items) {
    $("actors").querySelector("tbody").replaceChildren(...items.map(a => el("tr", {
      onclick: () => { $("filters").elements.actor.value = a.code; load(); } },
      el("td", {}, a.label), el("td", { class: "ltr" }, a.code), el("td", { class: "num" }, a.as_actor),
      el("td", { class: "num" }, a.as_recipient), el("td", { class: "num" }, a.events))));
  }

  function fillDyads(items) {
    $("dyads").querySelector("tbody").replaceChildren(...items.map(d => el("tr", {
      onclick: () => selectDyad(d.source, d.target, d.source_label, d.target_label) },
      el("td", {}, d.source_label), el("td", {}, d.target_label), el("td", { class: "num" }, d.count),
      el("td", {}, quadDot(d.quad), QUADS[d.quad] ? QUADS[d.quad].name : ""),
      el("td", { class: "num" }, d.goldstein),
      el("td", { class: "num" }, d.first_date === d.last_date ? d.first_date : `${d.first_date} – ${d.last_date}`))));
  }

  async function selectDyad(source, target, sl, tl) {
    try {
      await Promise.all([showEvents(source, target, `أحداث ${sl} ← ${tl}`), showTimeline(source, target)]);
    } catch (err) { showProblem($("problem"), err); }
  }

  async function load(ev) {
    if (ev) ev.preventDefault();
    $("problem").classList.add("hidden");
    try {
      const [stats, net, places, actors, dyads] = await Promise.all([
        api("/v1/stats"), api(withParams("/v1/network")), api(withParams("/v1/places", { place: null })),
        api(withParams("/v1/actors", { actor: null, recipient: null })), api(withParams("/v1/dyads", { limit: "30" })),
      ]);
      $("stats").textContent = `${stats.articles} مقال، ${stats.events} حدث` +
        (stats.first_date ? ` (${stats.first_date} – ${stats.last_date})` : "") +
        (stats.undated ? `، منها ${stats.undated} بلا تاريخ` : "");
      const labels = new Map(net.nodes.map(n => [n.id, n.label]));
      Hadath.drawGraph($("network"), net, e => selectDyad(e.source, e.target, labels.get(e.source), labels.get(e.target)));
      drawMap($("map"), places.items);
      fillActors(actors.items);
      fillDyads(dyads.items);
      const f = filterParams();
      await showTimeline(f.get("actor"), f.get("recipient"));
    } catch (err) {
      showProblem($("problem"), err);
    }
  }

  document.addEventListener("DOMContentLoaded", async () => {
    Hadath.legend($("graph-legend"));
    Hadath.legend($("timeline-legend"));
    $("timeline-legend").append(el("span", {}, el("span", { class: "key", "data-line": "1" }), "— مجموع غولدستين"));
    const sel = $("type-select");
    for (const t of Object.keys(Hadath.EVENT_AR).sort()) sel.append(el("option", { value: t }, Hadath.eventName(t)));
    $("filters").addEventListener("submit", load);
    try { world = await (await fetch("/static/world-110m.json")).json(); } catch (err) { world = null; }
    await load();
  });
})();
