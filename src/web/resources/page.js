/*
 * The explainer page around its element. The answer, the controls and the 2018 timeline are the
 * package's <pars-renewal-explainer> (pars-renewal-element.js), the same that other pages embed;
 * this file fills the page's own words (labels(), one Java file a language), the language switch
 * (languages), and draws the whole rule as small multiples for the rule the element shows, each
 * cell decided by the library (decide(), headline()). It holds no words in any language.
 *
 * It runs before pars-renewal-element.js defines the element, so that the element starts in the
 * language the address asks for and its first answer reaches the listener below.
 */
(function () {
  "use strict";

  var pars = window.ParsRenewal;

  var EXPIRES_ON = "2018-08-31";
  var CHOICES = ["IN_FAVOR", "AGAINST", "ABSTAIN", ""];
  var REASONS = ["RENEWED", "VOTED_DOWN", "LAPSED", "PENDING"];
  /* Colour is never the only signal: each reason has a symbol and a pattern too. */
  var SYMBOL = { RENEWED: "\u2713", VOTED_DOWN: "\u2717", LAPSED: "\u2013", PENDING: "?" };
  var SHORT_CHOICE = { IN_FAVOR: "+", AGAINST: "\u2212", ABSTAIN: "0", "": "\u00b7" };
  var SVG_NS = "http://www.w3.org/2000/svg";

  var state = { language: "", names: {}, votesRequired: 2 };

  function $(id) { return document.getElementById(id); }
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return values[key]; });
  }
  function svg(name, attributes, parent, text) {
    var node = document.createElementNS(SVG_NS, name);
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (text !== undefined) { node.textContent = text; }
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function applyLanguage() {
    var labels = pars.labels(state.language);
    document.documentElement.lang = state.language;
    document.title = labels.title;
    Array.prototype.forEach.call(document.querySelectorAll("[data-ui]"), function (node) {
      node.textContent = labels[node.getAttribute("data-ui")];
    });
    pars.stakeholders(state.language).forEach(function (s) { state.names[s.stakeholder] = s; });
    $("explainer").setAttribute("lang", state.language);
  }

  // ------------------------------------------------------------------ small multiples

  function patterns(root, suffix) {
    var defs = svg("defs", {}, root);
    var hatch = svg("pattern", { id: "pattern-LAPSED-" + suffix, width: 6, height: 6,
      patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" }, defs);
    svg("rect", { width: 6, height: 6, fill: "#6b4e16" }, hatch);
    svg("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: "#3d2c0c", "stroke-width": 3 }, hatch);
    var dots = svg("pattern", { id: "pattern-PENDING-" + suffix, width: 6, height: 6,
      patternUnits: "userSpaceOnUse" }, defs);
    svg("rect", { width: 6, height: 6, fill: "#ffe08a" }, dots);
    svg("circle", { cx: 3, cy: 3, r: 1.2, fill: "#8a6d00" }, dots);
  }

  function fillFor(reason, suffix) {
    return { RENEWED: "#17693a", VOTED_DOWN: "#a8201a", LAPSED: "url(#pattern-LAPSED-" + suffix + ")",
      PENDING: "url(#pattern-PENDING-" + suffix + ")" }[reason];
  }

  /* The ballot of a decision as the grid names its cells: "" for no vote. */
  function ballotOf(decision) {
    var votes = { DA: "", COURTS: "", CITY: "" };
    decision.votes.forEach(function (vote) { votes[vote.stakeholder] = vote.choice; });
    return votes;
  }

  /*
   * All 64 ballots under the rule shown, open and after the expiry; the decision shown (none
   * while the date entered is not a date) is outlined. The pictures keep their size, so that
   * every label stays readable, and scroll in their own box on a narrow screen.
   */
  function renderGrid(decision) {
    var labels = pars.labels(state.language);
    var names = state.names;
    var mine = decision ? ballotOf(decision) : null;
    var grid = $("grid");
    grid.textContent = "";
    [["open", labels.gridOpen], ["closed", labels.gridClosed]].forEach(function (when) {
      var asOf = when[0] === "open" ? null : "2018-09-01";
      var figure = document.createElement("figure");
      figure.className = "multiples";
      figure.tabIndex = 0; // it scrolls on a phone: reachable from the keyboard
      figure.setAttribute("role", "group");
      figure.setAttribute("aria-labelledby", "grid-caption-" + when[0]);
      var caption = document.createElement("figcaption");
      caption.id = "grid-caption-" + when[0];
      caption.textContent = when[1];
      figure.appendChild(caption);
      var cell = 24, gap = 2, pad = 60, panel = 4 * (cell + gap) + pad, left0 = 170;
      var width = 4 * panel + left0, height = 4 * (cell + gap) + 90;
      var root = svg("svg", { viewBox: "0 0 " + width + " " + height, width: width, height: height,
        role: "img", "aria-labelledby": "grid-title-" + when[0], id: "grid-" + when[0] }, figure);
      svg("title", { id: "grid-title-" + when[0] }, root, labels.gridHeading + ": " + when[1]);
      patterns(root, when[0]);
      CHOICES.forEach(function (city, p) {
        var x0 = p * panel + left0, y0 = 40;
        svg("text", { x: x0, y: 14, "class": "panel-title" }, root,
            fill(labels.panel, { who: names.CITY.shortName, choice: labels.choices[city] }));
        if (p === 0) {
          CHOICES.forEach(function (da, r) {
            svg("text", { x: x0 - 4, y: y0 + r * (cell + gap) + 16, "text-anchor": "end",
              "class": "axis" }, root, names.DA.shortName + ": " + labels.choices[da]);
          });
        }
        CHOICES.forEach(function (courts, c) {
          svg("text", { x: x0 + c * (cell + gap) + cell / 2, y: y0 - 4, "text-anchor": "middle",
            "class": "axis" }, root, SHORT_CHOICE[courts]);
          CHOICES.forEach(function (da, r) {
            var reason = pars.decide({ DA: da || null, COURTS: courts || null, CITY: city || null },
                { expiresOn: EXPIRES_ON, asOf: asOf, votesRequired: state.votesRequired }).reason;
            var outlined = mine !== null && da === mine.DA && courts === mine.COURTS
                && city === mine.CITY && (asOf === null) === !decision["final"];
            var g = svg("g", { "class": "cell" + (outlined ? " mine" : ""), "data-reason": reason,
              "data-ballot": [da, courts, city].join(",") }, root);
            var x = x0 + c * (cell + gap), y = y0 + r * (cell + gap);
            svg("rect", { x: x, y: y, width: cell, height: cell, fill: fillFor(reason, when[0]),
              stroke: outlined ? "#000" : reason === "PENDING" ? "#8a6d00" : "none",
              "stroke-width": outlined ? 4 : 1 }, g);
            svg("text", { x: x + cell / 2, y: y + 17, "text-anchor": "middle",
              "class": "symbol reason-text-" + reason }, g, SYMBOL[reason]);
            svg("title", {}, g, names.DA.shortName + ": " + labels.choices[da] + ", "
                + names.COURTS.shortName + ": " + labels.choices[courts] + ", "
                + names.CITY.shortName + ": " + labels.choices[city] + " \u2192 "
                + pars.headline(reason, asOf === null, state.language)
                + (outlined ? " (" + labels.yourBallot + ")" : ""));
          });
        });
      });
      svg("text", { x: left0, y: height - 8, "class": "axis" }, root, "\u2192 "
          + names.COURTS.shortName + ": " + CHOICES.map(function (c) {
            return SHORT_CHOICE[c] + " = " + labels.choices[c];
          }).join(", "));
      grid.appendChild(figure);
    });
    renderLegend();
  }

  /*
   * The legend names each reason as the library words it, in each state the grids show it in:
   * a settled outcome while voting is open holds as the votes stand (E6), "voted down" and
   * "lapsed" only after the expiry, pending only while open.
   */
  function renderLegend() {
    var legend = $("legend");
    legend.textContent = "";
    var states = { RENEWED: [true, false], VOTED_DOWN: [true, false], LAPSED: [false],
      PENDING: [true] };
    REASONS.forEach(function (reason) {
      var item = document.createElement("li");
      var badge = document.createElement("span");
      badge.className = "badge reason-" + reason;
      badge.setAttribute("aria-hidden", "true");
      badge.textContent = SYMBOL[reason];
      item.appendChild(badge);
      item.appendChild(document.createTextNode(" " + states[reason].map(function (open) {
        return pars.headline(reason, open, state.language);
      }).join(" / ")));
      legend.appendChild(item);
    });
  }

  // ------------------------------------------------------------------ wiring

  /* The language switch: one option a language the library speaks, named in its own words. */
  function buildLanguageSwitch(codes) {
    var select = $("language");
    codes.forEach(function (code) {
      var option = document.createElement("option");
      option.value = code;
      option.lang = code;
      option.textContent = pars.labels(code).languageName;
      select.appendChild(option);
    });
  }

  /* The language the address asks for (?lang=es, ?lang=es-MX), if the library speaks it. */
  function requestedLanguage(codes) {
    var match = location.search.match(/[?&]lang=([A-Za-z]+)/);
    var code = match ? match[1].toLowerCase() : "";
    return codes.indexOf(code) >= 0 ? code : codes[0];
  }

  function start() {
    var codes = pars.languages.slice();
    buildLanguageSwitch(codes);
    state.language = requestedLanguage(codes);
    $("language").value = state.language;
    applyLanguage();
    $("explainer").addEventListener("decision", function (event) {
      var html = document.documentElement;
      if (!html.hasAttribute("data-first-answer-ms")) {
        // The first answer is on screen: what the browser test measures from navigation start.
        html.setAttribute("data-first-answer-ms", String(performance.now()));
      }
      if (event.detail) {
        state.votesRequired = event.detail.votesRequired;
      }
      renderGrid(event.detail);
      html.setAttribute("data-ready", "true");
    });
    $("language").addEventListener("change", function () {
      state.language = $("language").value;
      applyLanguage(); // the element follows its lang attribute, and says its decision again
    });
  }

  start();
}());
