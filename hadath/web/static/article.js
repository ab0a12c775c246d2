/* The article view: code a pasted or uploaded article and show its spans, events and graph. */
"use strict";

(() => {
  const { el, api, showProblem, eventName, quadDot, QUADS, MODALITY_AR, ROLE_AR } = Hadath;
  const $ = id => document.getElementById(id);
  const EXAMPLE = [
    "أنقرة - التقى وزير الخارجية الروسي سيرغي لافروف مع نظيره التركي هاكان فيدان في العاصمة التركية أنقرة يوم الجمعة، وبحث الجانبان الوضع في شمال سوريا.",
    "وأعلنت شركة غازبروم الروسية أنها ستؤجل سداد ديون الغاز المستحقة على تركيا حتى العام المقبل.",
    "وفي سياق متصل، قصفت طائرات حربية مواقع لفصائل مسلحة قرب مدينة الباب في ريف حلب الشمالي، بحسب المرصد السوري لحقوق الإنسان.",
    "ونفت وزارة الدفاع التركية أن تكون قواتها قد هاجمت بلدة منبج.",
  ].join("\n");

  function spanLines(s) {
    if (s.kind === "trigger") {
      const lines = [`حدث: ${eventName(s.event)}${s.mode ? " / " + s.mode : ""} — CAMEO ${s.cameo}`,
        `الفئة: ${QUADS[s.quad] ? QUADS[s.quad].name : s.quad} — غولدستين ${s.goldstein}`,
        `الصيغة: ${MODALITY_AR[s.modality] || s.modality}${s.negated ? " — منفي" : ""}`];
      if (s.attribution) lines.push(`المصدر: ${s.attribution.text} (${s.attribution.kind})`);
      return lines;
    }
    if (s.kind === "actor") {
      const roles = s.roles.map(r => `${ROLE_AR[r.role]} في ${eventName(r.event)}`);
      return [`فاعل: ${s.label} — الرمز ${s.code || "؟"}${s.sector ? "/" + s.sector : ""}`,
        ...(roles.length ? roles : ["لا يشارك في حدث مرمّز"])];
    }
    if (s.kind === "place") return [`مكان: ${s.text}${s.country ? " — " + s.country : ""}`];
    if (s.kind === "source") return [`مصدر الخبر: ${s.text} (${s.source_kind})`];
    return [];
  }

  function classesOf(spans) {
    const c = [];
    for (const s of spans) {
      if (s.kind === "trigger") c.push("hl-trigger", "q" + s.quad, s.negated ? "negated" : "");
      else if (s.kind === "actor") {
        const roles = new Set(s.roles.map(r => r.role));
        if (roles.has("actor")) c.push("hl-actor");
        if (roles.has("recipient")) c.push("hl-recipient");
        if (!roles.size) c.push("hl-mention");
      } else if (s.kind === "place") c.push("hl-place");
      else if (s.kind === "source") c.push("hl-source");
    }
    return c.filter(Boolean).join(" ");
  }

  /** The text cut at every span boundary; each piece marked with all spans covering it. */
  function renderText(box, text, spans) {
    const cuts = new Set([0, text.length]);
    for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
    const bounds = [...cuts].filter(x => x >= 0 && x <= text.length).sort((a, b) => a - b);
    const nodes = [];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const a = bounds[i], b = bounds[i + 1];
      const piece = text.slice(a, b);
      const cover = spans.filter(s => s.start <= a && s.end >= b);
      if (!cover.length) { nodes.push(document.createTextNode(piece)); continue; }
      const info = cover.flatMap(spanLines).join("\n");
      const ids = cover.filter(s => s.kind === "trigger").map(s => s.event_id);
      const roleIds = cover.filter(s => s.kind === "actor").flatMap(s => s.roles.map(r => r.event_id));
      const m = el("mark", { class: classesOf(cover), title: info, tabindex: 0,
        "data-kinds": cover.map(s => s.kind).join(" "),
        "data-events": [...new Set([...ids, ...roleIds])].join(" ") }, piece);
      const show = () => { $("span-info").replaceChildren(...info.split("\n").map(l => el("div", {}, l))); };
      m.addEventListener("mouseenter", show);
      m.addEventListener("focus", show);
      m.addEventListener("click", show);
      nodes.push(m);
    }
    box.replaceChildren(...nodes);
  }

  function refText(refs) {
    // a code the wider article gave (not the actor's own words) is marked: SAU* (country_from)
    return refs.map(r => `${r.entity_text} (${r.code || "؟"}${r.country_from ? "*" : ""}${r.sector ? "/" + r.sector : ""})`).join("، ");
  }

  function flash(eventId) {
    document.querySelectorAll("#article-text mark.flash").forEach(m => m.classList.remove("flash"));
    const marks = [...document.querySelectorAll("#article-text mark")]
      .filter(m => (m.dataset.events || "").split(" ").includes(eventId));
    marks.forEach(m => m.classList.add("flash"));
    if (marks[0]) marks[0].scrollIntoView({ block: "nearest" });
  }

  function renderEvents(events) {
    $("event-count").textContent = `(${events.length})`;
    const rows = events.map((e, i) => el("tr", { "data-event": e.id, onclick: () => flash(e.id) },
      el("td", { class: "num" }, i + 1),
      el("td", {}, quadDot(e.quad_code), eventName(e.event), e.mode ? el("div", { class: "muted" }, e.mode) : null),
      el("td", {}, refText(e.actor)),
      el("td", {}, refText(e.recipient)),
      el("td", {}, e.event_text),
      el("td", {}, (MODALITY_AR[e.modality] || e.modality) + (e.negated ? " — منفي" : "")),
      el("td", {}, e.attribution ? e.attribution.text : ""),
      el("td", {}, e.event_loc ? e.event_loc.extracted_place : ""),
      el("td", { class: "num" }, e.date || ""),
      el("td", { class: "num" }, e.goldstein)));
    const tbody = $("event-table").querySelector("tbody");
    tbody.replaceChildren(...(rows.length ? rows : [el("tr", {}, el("td", { colspan: 10, class: "empty" },
      "لم يُرمَّز أي حدث في هذا النص."))]));
  }

  function showResult(data) {
    $("result").classList.remove("hidden");
    if (data.text === null) {  // a stored article whose store keeps no text
      data.text = "";
      data.spans = [];
      (data.notes = data.notes || []).push(data.text_note);
    }
    data.article.n_sentences = data.article.n_sentences || 0;
    $("notes").replaceChildren(...(data.notes || []).map(n => el("div", {}, "ملاحظة: " + n)));
    renderText($("article-text"), data.text, data.spans);
    renderEvents(data.events);
    Hadath.legend($("graph-legend"));
    Hadath.drawGraph($("article-graph"), data.network, edge => {
      const evs = data.events.filter(e => edge.event_ids.includes(e.id));
      $("edge-info").replaceChildren(...evs.map(e => el("div", {},
        quadDot(e.quad_code), `${eventName(e.event)}: «${e.event_text}» — `,
        refText(e.actor), " ← ", refText(e.recipient))));
      if (evs[0]) flash(evs[0].id);
    });
    $("status").textContent = `${data.article.n_sentences} جملة، ${data.events.length} حدث`;
  }

  async function submit(ev) {
    ev.preventDefault();
    $("problem").classList.add("hidden");
    $("status").textContent = "جارٍ التحليل…";
    $("code-button").disabled = true;
    try {
      const body = { text: $("text").value, id: $("doc-id").value || "doc" };
      if ($("date").value) body.date = $("date").value;
      showResult(await api("/v1/analyse", body));
    } catch (err) {
      $("status").textContent = "";
      showProblem($("problem"), err);
    } finally {
      $("code-button").disabled = false;
    }
  }

  async function showStored(id) {
    $("status").textContent = "جارٍ التحميل…";
    try {
      const data = await api(`/v1/articles/${encodeURIComponent(id)}`);
      $("text").value = data.text || "";
      $("date").value = data.article.date || "";
      $("doc-id").value = data.article.id;
      showResult(data);
      $("status").textContent = `مقال مخزَّن: ${data.article.title || data.article.id}`;
    } catch (err) {
      $("status").textContent = "";
      showProblem($("problem"), err);
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("code-form").addEventListener("submit", submit);
    const stored = new URLSearchParams(location.search).get("article");
    if (stored) showStored(stored);
    $("example-button").addEventListener("click", () => {
      $("text").value = EXAMPLE;
      $("date").value = "2023-08-25";
    });
    $("file").addEventListener("change", () => {
      const f = $("file").files[0];
      if (!f) return;
      const reader = new FileReader();
      reader.onload = () => {
        $("text").value = String(reader.result);
        $("doc-id").value = f.name.replace(/\.[^.]*$/, "").slice(0, 100) || "doc";
      };
      reader.readAsText(f, "utf-8");
    });
  });
})();
