// tieup report: renders the embedded JSON (#report-data) into the page.
// No network: cytoscape is inlined above this script.
(function () {
  "use strict";
  window.addEventListener("error", function (e) {
    var box = document.getElementById("js-errors");
    box.hidden = false;
    box.textContent += "error: " + e.message + "\n";
  });
  var D = JSON.parse(document.getElementById("report-data").textContent);
  var TYPES = ["partnership", "joint_venture", "acquisition", "investment"];
  var STATUSES = ["announced", "talks", "rumored", "denied", "ended"];
  var STATUS_COLOR = { announced: "#2f7d4f", talks: "#2f6fb5", rumored: "#8a8f98", denied: "#c0392b", ended: "#555555" };
  var SHORT = { partnership: "partnership", joint_venture: "joint venture", acquisition: "acquisition", investment: "investment" };
  var ABBR = { partnership: "partner", joint_venture: "JV", acquisition: "acq", investment: "invest" };

  function h(tag, attrs) {
    var el = document.createElement(tag);
    for (var k in attrs || {}) {
      if (k === "text") el.textContent = attrs[k];
      else if (k === "on") for (var ev in attrs.on) el.addEventListener(ev, attrs.on[ev]);
      else if (attrs[k] !== undefined && attrs[k] !== null) el.setAttribute(k, attrs[k]);
    }
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined) continue;
      if (Array.isArray(c)) c.forEach(function (x) { if (x) el.appendChild(typeof x === "string" ? document.createTextNode(x) : x); });
      else el.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    }
    return el;
  }
  function fmt(n) { return Number(n).toLocaleString("en"); }
  function plural(n, w) { return fmt(n) + " " + w + (n === 1 ? "" : "s"); }
  function pill(status) { return h("span", { "class": "pill " + status, text: status }); }

  var S = D.summary, M = D.meta, L = M.limits;
  var app = document.getElementById("app");
  app.textContent = "";
  var articleIndex = {};
  D.articles.forEach(function (a, i) { articleIndex[a.id] = i; });

  // ---- header and summary -------------------------------------------------
  app.appendChild(h("header", { "class": "top" },
    h("h1", { text: "tieup report" }),
    h("span", { "class": "sub", text: plural(S.articles, "article") + " · " + plural(S.events, "event") + " · " + M.generator })));
  var main = h("main");
  app.appendChild(main);
  var diagTotal = Object.values(S.diagnostics).reduce(function (a, b) { return a + b; }, 0);
  var cards = [["articles", S.articles], ["with events", S.articles_with_events], ["events", S.events],
    ["companies", S.companies], ["people", S.people], ["diagnostics", diagTotal]];
  main.appendChild(h("div", { "class": "cards", id: "summary" }, cards.map(function (c) {
    return h("div", { "class": "card" }, h("div", { "class": "n", text: fmt(c[1]) }), h("div", { "class": "l", text: c[0] }));
  })));

  // ---- network + matrix ---------------------------------------------------
  var row = h("div", { "class": "row" });
  main.appendChild(row);
  var net = h("section", { id: "network" }, h("h2", { text: "Company network" }));
  row.appendChild(net);
  var side = h("div");
  row.appendChild(side);
  side.appendChild(matrix());
  side.appendChild(h("section", {}, h("h2", { text: "Selected pair" }),
    h("div", { id: "edge-info", "class": "note", text: "Click an edge to see its events and articles; click a company to filter on it." })));
  side.appendChild(diagnostics());

  function matrix() {
    var sec = h("section", { id: "by-type" }, h("h2", { text: "Events by type and status" }));
    var max = 1;
    TYPES.forEach(function (t) { STATUSES.forEach(function (s) { max = Math.max(max, ((S.by_type[t] || {})[s]) || 0); }); });
    var head = h("tr", {}, h("th", { text: "type" }), STATUSES.map(function (s) { return h("th", { "class": "num" }, pill(s)); }), h("th", { "class": "num", text: "all" }));
    var body = TYPES.map(function (t) {
      var counts = S.by_type[t] || {};
      var all = 0;
      var cells = STATUSES.map(function (s) {
        var n = counts[s] || 0; all += n;
        return h("td", { "class": "num", style: n ? "background:rgba(47,111,181," + (0.08 + 0.4 * n / max).toFixed(2) + ")" : "" }, n ? fmt(n) : "·");
      });
      return h("tr", {}, h("td", { text: ABBR[t], title: SHORT[t] }), cells, h("td", { "class": "num", text: fmt(all) }));
    });
    sec.appendChild(h("table", { "class": "matrix" }, h("thead", {}, head), h("tbody", {}, body)));
    return sec;
  }

  function diagnostics() {
    var keys = Object.keys(S.diagnostics);
    var sec = h("section", { id: "diagnostics" }, h("h2", { text: "Diagnostics" }));
    if (!keys.length) sec.appendChild(h("div", { "class": "note", text: "No article had a diagnostic." }));
    else sec.appendChild(h("table", { "class": "diag" }, h("tbody", {}, keys.map(function (k) {
      return h("tr", {}, h("td", { "class": k.indexOf("error") === 0 ? "warn" : "", text: k }), h("td", { "class": "num", text: fmt(S.diagnostics[k]) }));
    }))));
    return sec;
  }

  // ---- network ------------------------------------------------------------
  var label = {};
  D.nodes.forEach(function (n) { label[n[0]] = n[1]; });
  var ctl = h("div", { "class": "controls" });
  var topIn = h("input", { type: "number", min: 1, max: Math.max(1, D.edges.length), value: Math.min(L.top, Math.max(1, D.edges.length)) });
  var compIn = h("input", { type: "search", placeholder: "company…", list: "company-names" });
  var dl = h("datalist", { id: "company-names" }, D.nodes.map(function (n) { return h("option", { value: n[1] }); }));
  var typeBoxes = {}, statusBoxes = {};
  ctl.appendChild(h("label", {}, "top ", topIn, " pairs"));
  ctl.appendChild(h("label", {}, compIn, dl));
  TYPES.forEach(function (t) { typeBoxes[t] = h("input", { type: "checkbox", checked: "" }); ctl.appendChild(h("label", { "class": "chk" }, typeBoxes[t], SHORT[t])); });
  var ctl2 = h("div", { "class": "controls" });
  STATUSES.forEach(function (s) { statusBoxes[s] = h("input", { type: "checkbox", checked: "" }); ctl2.appendChild(h("label", { "class": "chk" }, statusBoxes[s], pill(s))); });
  net.appendChild(ctl);
  net.appendChild(ctl2);
  var cyBox = h("div", { id: "cy" });
  net.appendChild(cyBox);
  var netNote = h("div", { "class": "note" });
  net.appendChild(netNote);
  net.appendChild(h("div", { "class": "legend" }, "edge width = events · colour = main status ·",
    STATUSES.map(function (s) { return h("span", {}, h("span", { "class": "sw", style: "background:" + STATUS_COLOR[s] }), s); })));

  var cy = null;
  var LAYOUT = { name: "cose", animate: false, randomize: false, nodeRepulsion: function () { return 6000; }, idealEdgeLength: function () { return 50; },
    nodeOverlap: 40, padding: 12, componentSpacing: 60, nodeDimensionsIncludeLabels: true };
  function edgeWeight(e) {
    var w = 0, byStatus = {};
    for (var k in e[3]) {
      var p = k.split("/");
      if (typeBoxes[p[0]] && !typeBoxes[p[0]].checked) continue;
      if (statusBoxes[p[1]] && !statusBoxes[p[1]].checked) continue;
      w += e[3][k]; byStatus[p[1]] = (byStatus[p[1]] || 0) + e[3][k];
    }
    var main = null;
    STATUSES.forEach(function (s) { if (byStatus[s] && (!main || byStatus[s] > byStatus[main])) main = s; });
    return [w, main];
  }
  function drawNetwork() {
    var q = compIn.value.trim().toLowerCase();
    var top = Math.max(1, parseInt(topIn.value, 10) || L.top);
    var kept = [];
    D.edges.forEach(function (e) {
      var ws = edgeWeight(e);
      if (!ws[0]) return;
      if (q && label[e[0]].toLowerCase().indexOf(q) < 0 && label[e[1]].toLowerCase().indexOf(q) < 0) return;
      kept.push({ e: e, w: ws[0], s: ws[1] });
    });
    var matching = kept.length;
    kept.sort(function (a, b) { return b.w - a.w; });
    kept = kept.slice(0, top);
    var nodes = {}, els = [];
    kept.forEach(function (k, i) {
      [k.e[0], k.e[1]].forEach(function (id) { nodes[id] = (nodes[id] || 0) + k.w; });
      els.push({ group: "edges", data: { id: "e" + i, source: k.e[0], target: k.e[1], w: k.w, color: STATUS_COLOR[k.s] || "#7a8aa0", dash: k.s === "rumored" ? "dashed" : "solid", edge: k.e } });
    });
    Object.keys(nodes).forEach(function (id) { els.push({ group: "nodes", data: { id: id, label: label[id], w: nodes[id] } }); });
    netNote.textContent = "Showing " + kept.length + " of " + fmt(matching) + " matching pairs (" + fmt(D.edges.length) +
      " heaviest pairs embedded of " + fmt(M.total_edges) + " in the run; --max-edges sets it).";
    if (cy) cy.destroy();
    cy = cytoscape({
      container: cyBox, elements: els, maxZoom: 1.6,
      style: [
        { selector: "node", style: { "label": "data(label)", "font-size": 12, "text-valign": "center", "text-halign": "center",
          "shape": "round-rectangle", "width": function (n) { return 14 + 7.2 * String(n.data("label")).length; }, "height": 24, "background-color": "#eef3fb", "border-width": 1,
          "border-color": "#4a6fa5", "color": "#1f2933", "font-family": "system-ui, Helvetica, Arial, sans-serif" } },
        { selector: "edge", style: { "width": "mapData(w, 1, 15, 1.5, 9)", "line-color": "data(color)", "line-style": "data(dash)", "curve-style": "bezier", "opacity": 0.85 } },
        { selector: ":selected", style: { "border-width": 3, "border-color": "#c77700", "line-color": "#c77700" } }
      ],
      layout: LAYOUT
    });
    // Keep labels readable when a spread-out layout is zoomed out to fit.
    var z = cy.zoom();
    if (z < 1) {
      var k = Math.min(1 / z, 1.8);
      cy.nodes().style({ "font-size": 12 * k, "height": 24 * k, "border-width": k });
      cy.nodes().forEach(function (n) { n.style("width", k * (14 + 7.2 * String(n.data("label")).length)); });
      // Lay out again from here with the larger boxes, so they do not overlap.
      cy.layout(LAYOUT).run();
    }
    cy.on("tap", "edge", function (ev) { showEdge(ev.target.data("edge")); });
    cy.on("tap", "node", function (ev) { compIn.value = ev.target.data("label"); drawNetwork(); filterEvents(ev.target.data("label")); });
  }
  function showEdge(e) {
    var box = document.getElementById("edge-info");
    box.textContent = "";
    box.appendChild(h("div", {}, h("b", { text: label[e[0]] + " — " + label[e[1]] }), " · " + plural(e[2], "event")));
    box.appendChild(h("ul", {}, Object.keys(e[3]).map(function (k) {
      var p = k.split("/");
      return h("li", {}, SHORT[p[0]] || p[0], " ", pill(p[1]), " × " + e[3][k]);
    })));
    box.appendChild(h("div", {}, "first article: ", articleLink(e[4])));
  }
  [topIn, compIn].forEach(function (x) { x.addEventListener("input", drawNetwork); });
  Object.values(typeBoxes).concat(Object.values(statusBoxes)).forEach(function (x) { x.addEventListener("change", drawNetwork); });

  // ---- events table -------------------------------------------------------
  var evSec = h("section", { id: "events" }, h("h2", { text: "Events" }));
  main.appendChild(evSec);
  var evFilter = h("input", { type: "search", placeholder: "filter: company, article, sentence…", size: 40 });
  var evType = h("select", {}, h("option", { value: "", text: "any type" }), TYPES.map(function (t) { return h("option", { value: t, text: SHORT[t] }); }));
  var evStatus = h("select", {}, h("option", { value: "", text: "any status" }), STATUSES.map(function (s) { return h("option", { value: s, text: s }); }));
  evSec.appendChild(h("div", { "class": "controls" }, evFilter, evType, evStatus));
  var cols = [["parties", 0], ["type", 2], ["status", 3], ["article", 4], ["evidence", 5]];
  var sortCol = 4, sortDir = 1, page = 0, PAGE = 50, rows = D.events.slice();
  var thead = h("tr", {}, cols.map(function (c) {
    return h("th", { "data-col": c[1], on: { click: function () { sortCol === c[1] ? sortDir = -sortDir : (sortCol = c[1], sortDir = 1); page = 0; renderEvents(); } } }, c[0]);
  }));
  var tbody = h("tbody");
  evSec.appendChild(h("table", { "class": "ev" }, h("thead", {}, thead), tbody));
  var pager = h("div", { "class": "pager" });
  evSec.appendChild(pager);
  if (S.events > D.events.length) evSec.appendChild(h("div", { "class": "note warn", text: "The table lists the first " + fmt(D.events.length) + " of " + fmt(S.events) + " events (--max-events)." }));
  function filterEvents(q) { evFilter.value = q; page = 0; renderEvents(); }
  function renderEvents() {
    var q = evFilter.value.trim().toLowerCase(), t = evType.value, s = evStatus.value;
    rows = D.events.filter(function (r) {
      if (t && r[2] !== t) return false;
      if (s && r[3] !== s) return false;
      return !q || (r[0] + "\u0001" + r[1] + "\u0001" + r[4] + "\u0001" + r[5] + r[6] + r[7]).toLowerCase().indexOf(q) >= 0;
    });
    rows.sort(function (a, b) {
      var x = sortCol === 0 ? a[0] + " " + a[1] : a[sortCol], y = sortCol === 0 ? b[0] + " " + b[1] : b[sortCol];
      return sortDir * x.localeCompare(y, "en", { numeric: true });
    });
    Array.prototype.forEach.call(thead.children, function (th) {
      th.className = +th.getAttribute("data-col") === sortCol ? (sortDir > 0 ? "sorted-asc" : "sorted-desc") : "";
    });
    var pages = Math.max(1, Math.ceil(rows.length / PAGE));
    page = Math.min(page, pages - 1);
    tbody.textContent = "";
    rows.slice(page * PAGE, page * PAGE + PAGE).forEach(function (r) {
      tbody.appendChild(h("tr", { "class": "event-row" },
        h("td", {}, h("b", { text: r[0] }), " — ", h("b", { text: r[1] })),
        h("td", { "class": "type", text: SHORT[r[2]] || r[2] }),
        h("td", {}, pill(r[3])),
        h("td", {}, articleLink(r[4])),
        h("td", {}, r[5], r[6] ? h("b", { "class": "trig", text: r[6] }) : null, r[7])));
    });
    pager.textContent = "";
    pager.appendChild(h("button", { on: { click: function () { page--; renderEvents(); } } }, "‹ prev"));
    pager.appendChild(h("span", { text: "page " + (page + 1) + " of " + pages + " · " + plural(rows.length, "event") }));
    pager.appendChild(h("button", { on: { click: function () { page++; renderEvents(); } } }, "next ›"));
    pager.children[0].disabled = page === 0;
    pager.children[2].disabled = page >= pages - 1;
  }
  [evFilter, evType, evStatus].forEach(function (x) { x.addEventListener("input", function () { page = 0; renderEvents(); }); });

  // ---- articles -----------------------------------------------------------
  var arSec = h("section", { id: "articles" }, h("h2", { text: "Articles" }));
  main.appendChild(arSec);
  arSec.appendChild(h("div", { "class": "legend" }, "highlights:",
    h("mark", { "class": "ent company" }, "Company", h("span", { "class": "lbl", text: "org" })),
    h("mark", { "class": "ent person" }, "Person", h("span", { "class": "lbl", text: "per" })),
    h("mark", { "class": "ent trigger" }, "trigger", h("span", { "class": "lbl", text: "type status" }))));
  if (M.total_articles > D.articles.length)
    arSec.appendChild(h("div", { "class": "note warn", text: "Texts of " + fmt(D.articles.length) + " of " + fmt(M.total_articles) +
      " articles are shown (those with events first, in input order; --max-articles sets it)." }));
  var arList = h("div");
  var arPager = h("div", { "class": "pager" });
  arSec.appendChild(arList);
  arSec.appendChild(arPager);
  var arPage = 0, AR_PAGE = 10;
  function renderArticles() {
    var pages = Math.max(1, Math.ceil(D.articles.length / AR_PAGE));
    arList.textContent = "";
    D.articles.slice(arPage * AR_PAGE, arPage * AR_PAGE + AR_PAGE).forEach(function (a) {
      var text = h("div", { "class": "text" }, a.segments.map(function (s) {
        if (!s[1]) return s[0];
        return h("mark", { "class": "ent " + s[1], title: s[1] + ": " + s[2] }, s[0], h("span", { "class": "lbl", text: s[2] }));
      }));
      arList.appendChild(h("div", { "class": "article", id: "article-" + a.id },
        h("h3", { text: a.title || a.id }),
        h("div", { "class": "meta" }, a.id + " · " + plural(a.events, "event") + (a.source ? " · " + a.source : "")),
        a.note ? h("div", { "class": "note warn", text: a.note }) : null, text));
    });
    arPager.textContent = "";
    if (pages > 1) {
      arPager.appendChild(h("button", { on: { click: function () { arPage--; renderArticles(); } } }, "‹ prev"));
      arPager.appendChild(h("span", { text: "page " + (arPage + 1) + " of " + pages }));
      arPager.appendChild(h("button", { on: { click: function () { arPage++; renderArticles(); } } }, "next ›"));
      arPager.children[0].disabled = arPage === 0;
      arPager.children[2].disabled = arPage >= pages - 1;
    }
  }
  function articleLink(id) {
    if (!(id in articleIndex)) return h("span", { title: "text not in this report", text: id });
    return h("a", { href: "#article-" + id, on: { click: function (ev) {
      ev.preventDefault();
      arPage = Math.floor(articleIndex[id] / AR_PAGE); renderArticles();
      document.getElementById("article-" + id).scrollIntoView();
    } } }, id);
  }

  renderEvents();
  renderArticles();
  drawNetwork();
  document.body.setAttribute("data-ready", "1");
})();
