/*
 * The explainer page. Every outcome, reason and sentence comes from the library (pars-renewal.js,
 * compiled from the Java by TeaVM, its one global ParsRenewal) through decide(), headline(),
 * story2018() and stakeholders(); so do the page's own labels (labels(), one Java file a language)
 * and the list of languages (languages). This file holds no words in any language: it draws what
 * the library says.
 */
(function () {
  "use strict";

  var pars = window.ParsRenewal;

  var EXPIRES_ON = "2018-08-31";
  var CHOICES = ["IN_FAVOR", "AGAINST", "ABSTAIN", ""];
  /** The worked example's first date in docs/RULE.md: nobody had voted yet. */
  var BEFORE_ANY_VOTE = "2018-07-10";
  var STAKEHOLDERS = ["DA", "COURTS", "CITY"];
  var REASONS = ["RENEWED", "VOTED_DOWN", "LAPSED", "PENDING"];
  /* Colour is never the only signal: each reason has a symbol and a pattern too. */
  var SYMBOL = { RENEWED: "\u2713", VOTED_DOWN: "\u2717", LAPSED: "\u2013", PENDING: "?" };

  var SVG_NS = "http://www.w3.org/2000/svg";
  var state = { language: "", names: {} };
  var storyCache = {};
  var labelCache = {};

  function $(id) { return document.getElementById(id); }
  /* The library's decision on the page's ballot: "" is no vote, "open" no date. */
  function decide(da, courts, city, expiresOn, asOf, votesRequired) {
    return pars.decide({ DA: da || null, COURTS: courts || null, CITY: city || null },
        { expiresOn: expiresOn, asOf: asOf === "open" ? null : asOf, votesRequired: votesRequired });
  }
  /* The page's labels in the current language, as the library's PageLabels hold them. */
  function ui() {
    if (!labelCache[state.language]) {
      labelCache[state.language] = pars.labels(state.language);
    }
    return labelCache[state.language];
  }
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return values[key]; });
  }
  /* The outcome as the library words it: the words its explanation opens with. */
  function headline(decision) {
    return pars.headline(decision.reason, !decision["final"], state.language);
  }
  /* The words the library opens every decision with this reason with, open or closed (asOf). */
  function headlineOf(reason, asOf) {
    return pars.headline(reason, asOf === "open", state.language);
  }
  /* A date as the library writes it in sentences: "August 31, 2018", "31 de agosto de 2018". */
  function longDate(iso) {
    var p = iso.split("-");
    return new Intl.DateTimeFormat(state.language, { year: "numeric", month: "long",
      day: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(+p[0], +p[1] - 1, +p[2])));
  }
  function svg(name, attributes, parent) {
    var node = document.createElementNS(SVG_NS, name);
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (parent) { parent.appendChild(node); }
    return node;
  }

  // ------------------------------------------------------------------ controls

  function buildVoteControls() {
    var votes = $("votes");
    STAKEHOLDERS.forEach(function (stakeholder) {
      var fieldset = document.createElement("fieldset");
      fieldset.id = "vote-" + stakeholder;
      var legend = document.createElement("legend");
      legend.id = "legend-" + stakeholder;
      fieldset.appendChild(legend);
      CHOICES.forEach(function (choice) {
        var id = "vote-" + stakeholder + "-" + (choice || "NONE");
        var row = document.createElement("div");
        row.className = "choice";
        var input = document.createElement("input");
        input.type = "radio";
        input.name = "vote-" + stakeholder;
        input.id = id;
        input.value = choice;
        input.checked = choice === "";
        var label = document.createElement("label");
        label.htmlFor = id;
        label.setAttribute("data-choice", choice);
        row.appendChild(input);
        row.appendChild(label);
        fieldset.appendChild(row);
      });
      votes.appendChild(fieldset);
    });
  }

  function readBallot() {
    var ballot = { votes: {} };
    STAKEHOLDERS.forEach(function (stakeholder) {
      var checked = document.querySelector("input[name='vote-" + stakeholder + "']:checked");
      ballot.votes[stakeholder] = checked ? checked.value : "";
    });
    var asOf = $("as-of").value;
    ballot.asOf = $("when-open").checked || !asOf ? "open" : asOf;
    ballot.votesRequired = parseInt($("votes-required").value, 10);
    return ballot;
  }

  function applyLanguage() {
    var labels = ui();
    document.documentElement.lang = state.language;
    document.title = labels.title;
    Array.prototype.forEach.call(document.querySelectorAll("[data-ui]"), function (node) {
      node.textContent = labels[node.getAttribute("data-ui")];
    });
    pars.stakeholders(state.language).forEach(function (s) {
      state.names[s.stakeholder] = s;
    });
    STAKEHOLDERS.forEach(function (stakeholder) {
      $("legend-" + stakeholder).textContent =
          labels.voteOf + " " + state.names[stakeholder].displayName;
    });
    Array.prototype.forEach.call(document.querySelectorAll("label[data-choice]"), function (node) {
      node.textContent = labels.choices[node.getAttribute("data-choice")];
    });
    $("expiry-hint").textContent = fill(labels.expiry, { date: longDate(EXPIRES_ON) });
    $("story-intro").textContent = labels.storyIntro;
  }

  // ------------------------------------------------------------------ the answer

  function renderAnswer(ballot) {
    var decision = decide(ballot.votes.DA, ballot.votes.COURTS, ballot.votes.CITY, EXPIRES_ON,
        ballot.asOf, ballot.votesRequired);
    var badge = $("outcome-badge");
    badge.className = "badge reason-" + decision.reason;
    badge.textContent = SYMBOL[decision.reason];
    $("outcome").textContent = headline(decision);
    $("outcome").setAttribute("data-outcome", decision.outcome);
    $("reason").textContent = decision.reason;
    $("explanation").textContent = decision.explanation(state.language);
    $("pivots").textContent = decision.explainPivots(state.language);
    return decision;
  }

  // ------------------------------------------------------------------ small multiples

  function patterns(root) {
    var defs = svg("defs", {}, root);
    var hatch = svg("pattern", { id: "pattern-LAPSED", width: 6, height: 6,
      patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" }, defs);
    svg("rect", { width: 6, height: 6, fill: "#6b4e16" }, hatch);
    svg("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: "#3d2c0c", "stroke-width": 3 }, hatch);
    var dots = svg("pattern", { id: "pattern-PENDING", width: 6, height: 6,
      patternUnits: "userSpaceOnUse" }, defs);
    svg("rect", { width: 6, height: 6, fill: "#ffe08a" }, dots);
    svg("circle", { cx: 3, cy: 3, r: 1.2, fill: "#8a6d00" }, dots);
  }

  function fillFor(reason) {
    return { RENEWED: "#17693a", VOTED_DOWN: "#a8201a", LAPSED: "url(#pattern-LAPSED)",
      PENDING: "url(#pattern-PENDING)" }[reason];
  }

  function renderGrid(ballot) {
    var labels = ui();
    var grid = $("grid");
    grid.textContent = "";
    [["open", labels.gridOpen], ["closed", labels.gridClosed]].forEach(function (when) {
      var asOf = when[0] === "open" ? "open" : "2018-09-01";
      var headlines = {};
      var figure = document.createElement("figure");
      figure.className = "multiples";
      var caption = document.createElement("figcaption");
      caption.textContent = when[1];
      figure.appendChild(caption);
      var cell = 22, gap = 2, pad = 56, panel = 4 * (cell + gap) + pad, left0 = 150;
      var width = 4 * panel + left0, height = 4 * (cell + gap) + 90;
      var root = svg("svg", { viewBox: "0 0 " + width + " " + height, width: width, height: height,
        role: "img", "aria-labelledby": "grid-title-" + when[0], id: "grid-" + when[0] }, figure);
      var title = svg("title", { id: "grid-title-" + when[0] }, root);
      title.textContent = labels.gridHeading + ": " + when[1];
      patterns(root);
      CHOICES.forEach(function (city, p) {
        var x0 = p * panel + left0, y0 = 40;
        var heading = svg("text", { x: x0, y: 14, "class": "panel-title" }, root);
        heading.textContent = fill(labels.panel,
            { who: state.names.CITY.shortName, choice: labels.choices[city] });
        if (p === 0) {
          CHOICES.forEach(function (da, r) {
            var t = svg("text", { x: x0 - 4, y: y0 + r * (cell + gap) + 15, "text-anchor": "end",
              "class": "axis" }, root);
            t.textContent = state.names.DA.shortName + ": " + labels.choices[da];
          });
        }
        CHOICES.forEach(function (courts, c) {
          var t = svg("text", { x: x0 + c * (cell + gap) + cell / 2, y: y0 - 4,
            "text-anchor": "middle", "class": "axis small" }, root);
          t.textContent = SHORT_CHOICE[courts];
          CHOICES.forEach(function (da, r) {
            var reason = decide(da, courts, city, EXPIRES_ON, asOf, ballot.votesRequired).reason;
            if (!headlines[reason]) {
              headlines[reason] = headlineOf(reason, asOf);
            }
            var mine = da === ballot.votes.DA && courts === ballot.votes.COURTS
                && city === ballot.votes.CITY
                && (asOf === "open") === (ballot.asOf === "open" || ballot.asOf <= EXPIRES_ON);
            var g = svg("g", { "class": "cell" + (mine ? " mine" : ""), "data-reason": reason,
              "data-ballot": [da, courts, city].join(",") }, root);
            var x = x0 + c * (cell + gap), y = y0 + r * (cell + gap);
            svg("rect", { x: x, y: y, width: cell, height: cell, fill: fillFor(reason),
              stroke: mine ? "#000" : reason === "PENDING" ? "#8a6d00" : "none",
              "stroke-width": mine ? 4 : 1 }, g);
            var symbol = svg("text", { x: x + cell / 2, y: y + 16, "text-anchor": "middle",
              "class": "symbol reason-text-" + reason }, g);
            symbol.textContent = SYMBOL[reason];
            var cellTitle = svg("title", {}, g);
            cellTitle.textContent = state.names.DA.shortName + ": " + labels.choices[da] + ", "
                + state.names.COURTS.shortName + ": " + labels.choices[courts] + ", "
                + state.names.CITY.shortName + ": " + labels.choices[city] + " \u2192 "
                + headlines[reason]
                + (mine ? " (" + labels.yourBallot + ")" : "");
          });
        });
      });
      var colsLabel = svg("text", { x: left0, y: height - 8, "class": "axis" }, root);
      colsLabel.textContent = "\u2192 " + state.names.COURTS.shortName + ": "
          + CHOICES.map(function (c) { return SHORT_CHOICE[c] + " = " + labels.choices[c]; }).join(", ");
      grid.appendChild(figure);
    });
    renderLegend();
  }

  var SHORT_CHOICE = { IN_FAVOR: "+", AGAINST: "\u2212", ABSTAIN: "0", "": "\u00b7" };

  /* The legend names each reason as the library words it for a ballot with that reason. */
  function renderLegend() {
    var legend = $("legend");
    legend.textContent = "";
    var asOf = { RENEWED: "open", VOTED_DOWN: "2018-09-01", LAPSED: "2018-09-01", PENDING: "open" };
    REASONS.forEach(function (reason) {
      var words = headlineOf(reason, asOf[reason]);
      var item = document.createElement("li");
      var badge = document.createElement("span");
      badge.className = "badge reason-" + reason;
      badge.setAttribute("aria-hidden", "true");
      badge.textContent = SYMBOL[reason];
      item.appendChild(badge);
      item.appendChild(document.createTextNode(" " + words + " "));
      var code = document.createElement("code");
      code.textContent = reason;
      item.appendChild(code);
      legend.appendChild(item);
    });
  }

  // ------------------------------------------------------------------ the 2018 timeline

  function story() {
    if (!storyCache[state.language]) {
      var ballot = pars.story2018(state.language);
      storyCache[state.language] = { contract: ballot.contract, votesRequired: ballot.votesRequired,
        history: ballot.history, timeline: ballot.timeline() };
    }
    return storyCache[state.language];
  }

  function day(iso) {
    var p = iso.split("-");
    return Date.UTC(+p[0], +p[1] - 1, +p[2]) / 86400000;
  }

  function sourceRefs(source) {
    var refs = [];
    var bracket = source.match(/\[([A-Za-z0-9, -]+)\]$/);
    if (bracket) {
      bracket[1].split(/,\s*/).forEach(function (ref) { refs.push(ref); });
    }
    return refs;
  }

  function renderTimeline() {
    var labels = ui();
    var s = story();
    var container = $("timeline");
    container.textContent = "";
    var start = day("2018-07-01"), end = day("2018-09-08");
    var width = 900, left = 40, right = 40, axisY = 150;
    function x(iso) { return left + (day(iso) - start) / (end - start) * (width - left - right); }
    var root = svg("svg", { viewBox: "0 0 " + width + " 260", width: "100%", role: "img",
      "aria-labelledby": "timeline-title", id: "timeline-svg" }, container);
    var title = svg("title", { id: "timeline-title" }, root);
    title.textContent = labels.storyHeading;
    patterns(root);
    // The outcome as it stood between votes: before the first vote (as of 2018-07-10, the first
    // date of the worked example in docs/RULE.md), then after each entry.
    var before = decide("", "", "", s.contract.expiresOn, BEFORE_ANY_VOTE, s.votesRequired);
    var spans = [{ from: "2018-07-01", decision: before }];
    s.timeline.forEach(function (entry) { spans.push({ from: entry.asOf, decision: entry.decision }); });
    spans.forEach(function (span, i) {
      var to = i + 1 < spans.length ? spans[i + 1].from : "2018-09-08";
      var g = svg("g", { "class": "span", "data-from": span.from, "data-to": to,
        "data-outcome": span.decision.outcome, "data-reason": span.decision.reason }, root);
      svg("rect", { x: x(span.from), y: axisY - 26, width: Math.max(0, x(to) - x(span.from)),
        height: 26, fill: fillFor(span.decision.reason),
        stroke: span.decision.reason === "PENDING" ? "#8a6d00" : "#fff" }, g);
      var last = i === spans.length - 1;
      var label = svg("text", { x: last ? x(to) : x(span.from) + 4, y: axisY + 44 + (i % 2) * 16,
        "text-anchor": last ? "end" : "start", "class": "span-label" }, g);
      label.textContent = SYMBOL[span.decision.reason] + " " + headline(span.decision);
      var t = svg("title", {}, g);
      t.textContent = span.from + ": " + span.decision.explanation(state.language);
    });
    svg("line", { x1: left, y1: axisY, x2: width - right, y2: axisY, stroke: "#222" }, root);
    ["2018-07-01", "2018-08-01", "2018-09-01"].forEach(function (iso) {
      svg("line", { x1: x(iso), y1: axisY, x2: x(iso), y2: axisY + 6, stroke: "#222" }, root);
      var t = svg("text", { x: x(iso), y: axisY + 20, "text-anchor": "middle", "class": "axis" }, root);
      t.textContent = iso;
    });
    var expiry = svg("g", { "class": "expiry", "data-date": s.contract.expiresOn }, root);
    svg("line", { x1: x(s.contract.expiresOn), y1: 20, x2: x(s.contract.expiresOn), y2: axisY + 6,
      stroke: "#000", "stroke-width": 2, "stroke-dasharray": "4 3" }, expiry);
    var et = svg("text", { x: x(s.contract.expiresOn) - 4, y: 16, "text-anchor": "end",
      "class": "axis" }, expiry);
    et.textContent = labels.expiryMark + " " + s.contract.expiresOn;
    s.history.forEach(function (dated, i) {
      var refs = sourceRefs(dated.source);
      var link = svg("a", { href: "#source-" + refs[0], "class": "vote-mark",
        "data-date": dated.castOn, "data-stakeholder": dated.vote.stakeholder,
        "data-choice": dated.vote.choice }, root);
      var cx = x(dated.castOn), cy = 40 + i * 22;
      svg("line", { x1: cx, y1: cy, x2: cx, y2: axisY - 26, stroke: "#222" }, link);
      svg("circle", { cx: cx, cy: cy, r: 5, fill: "#222" }, link);
      var text = svg("text", { x: cx + 8, y: cy + 4, "class": "vote-label" }, link);
      text.textContent = dated.castOn + " " + state.names[dated.vote.stakeholder].shortName + ": "
          + ui().choices[dated.vote.choice] + " [" + refs.join(", ") + "]";
    });
    renderStoryList(s, before);
  }

  function renderStoryList(s, before) {
    var list = $("story-list");
    list.textContent = "";
    var entries = [{ asOf: BEFORE_ANY_VOTE, decision: before, votes: [] }];
    s.timeline.forEach(function (entry) {
      entries.push({ asOf: entry.asOf, decision: entry.decision,
        votes: s.history.filter(function (v) { return v.castOn === entry.asOf; }) });
    });
    entries.forEach(function (entry) {
      var item = document.createElement("li");
      item.className = "story-entry";
      item.setAttribute("data-as-of", entry.asOf);
      item.setAttribute("data-outcome", entry.decision.outcome);
      var head = document.createElement("p");
      var time = document.createElement("time");
      time.dateTime = entry.asOf;
      time.textContent = entry.asOf;
      head.appendChild(time);
      entry.votes.forEach(function (dated) {
        head.appendChild(document.createTextNode(" \u00b7 "
            + state.names[dated.vote.stakeholder].shortName + ": " + ui().choices[dated.vote.choice]
            + " "));
        sourceRefs(dated.source).forEach(function (ref) {
          var a = document.createElement("a");
          a.href = "#source-" + ref;
          a.textContent = "[" + ref + "]";
          head.appendChild(a);
          head.appendChild(document.createTextNode(" "));
        });
      });
      item.appendChild(head);
      var out = document.createElement("p");
      out.className = "story-explanation";
      out.textContent = entry.decision.explanation(state.language);
      item.appendChild(out);
      list.appendChild(item);
    });
  }

  // ------------------------------------------------------------------ wiring

  function update() {
    var ballot = readBallot();
    renderAnswer(ballot);
    renderGrid(ballot);
  }

  /** Checks the votes of the 2018 ballot, as the library's own story2018 records them. */
  function check2018Votes() {
    story().history.forEach(function (dated) {
      $("vote-" + dated.vote.stakeholder + "-" + dated.vote.choice).checked = true;
    });
  }

  /* The language switch: one option a language the library speaks, named in its own words. */
  function buildLanguageSwitch(codes) {
    var select = $("language");
    codes.forEach(function (code) {
      var option = document.createElement("option");
      option.value = code;
      option.lang = code;
      labelCache[code] = pars.labels(code);
      option.textContent = labelCache[code].languageName;
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
    buildVoteControls();
    check2018Votes();
    $("language").value = state.language;
    applyLanguage();
    renderAnswer(readBallot());
    // The first answer is on screen: what the browser test measures from navigation start.
    document.documentElement.setAttribute("data-first-answer-ms", String(performance.now()));
    renderGrid(readBallot());
    renderTimeline();
    $("ballot").addEventListener("change", update);
    $("ballot").addEventListener("input", update);
    $("ballot").addEventListener("submit", function (event) { event.preventDefault(); });
    $("language").addEventListener("change", function () {
      state.language = $("language").value;
      applyLanguage();
      update();
      renderTimeline();
    });
    document.documentElement.setAttribute("data-ready", "true");
  }

  start();
}());
