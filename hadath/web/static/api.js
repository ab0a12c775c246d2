/* A self-hosted, minimal reader of /openapi.json (instead of Swagger UI from a CDN). */
"use strict";

document.addEventListener("DOMContentLoaded", async () => {
  const { el } = Hadath;
  const box = document.getElementById("endpoints");
  const spec = await (await fetch("/openapi.json")).json();
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const params = (op.parameters || []).map(p => el("li", {},
        el("code", {}, p.name), ` (${p.in}${p.required ? ", required" : ""}) `,
        p.description || (p.schema && p.schema.description) || ""));
      const body = op.requestBody ? el("div", {}, "Body: ",
        el("code", {}, Object.keys(op.requestBody.content || {}).join(", ")),
        " — see components.schemas in /openapi.json") : null;
      box.append(el("section", { class: "card" },
        el("h2", {}, el("code", {}, method.toUpperCase() + " " + path)),
        el("div", {}, op.summary || ""),
        params.length ? el("ul", {}, params) : null, body));
    }
  }
});
