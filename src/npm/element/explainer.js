  /*
   * <pars-renewal-explainer>: the outcome of a ballot, its explanation and the sentence on what
   * single vote would change it, optionally with controls and the 2018 timeline, in a shadow root.
   * Every outcome and every word comes from the library (`pars`): decide(), headline(), labels(),
   * stakeholders(), story2018(). This file only draws what the library says; dates are written
   * by the browser's Intl in the element's language, never in the browser's.
   *
   * Attributes: lang, votes ("DA=AGAINST,COURTS=ABSTAIN"), as-of (left out: voting open),
   * expires-on (2018-08-31), votes-required (2), timeline, interactive. Events: "decision" (detail:
   * the decision, or null while the date entered is not a date), "error" (an ErrorEvent naming the
   * attribute that is wrong). Styling: the parts and the --pars-* custom properties of CSS below.
   */
  function defineExplainer(pars) {
    "use strict";

    if (typeof customElements === "undefined" || customElements.get("pars-renewal-explainer")) {
      return;
    }

    var STAKEHOLDERS = ["DA", "COURTS", "CITY"];
    var CHOICES = ["IN_FAVOR", "AGAINST", "ABSTAIN", ""];
    var DEFAULT_EXPIRES_ON = "2018-08-31";
    /* Colour is never the only signal: each reason has a symbol and a pattern too. */
    var SYMBOL = { RENEWED: "\u2713", VOTED_DOWN: "\u2717", LAPSED: "\u2013", PENDING: "?" };
    var FILL = { RENEWED: "#17693a", VOTED_DOWN: "#a8201a", LAPSED: "url(#pattern-LAPSED)",
      PENDING: "url(#pattern-PENDING)" };
    var SVG_NS = "http://www.w3.org/2000/svg";

    var CSS = [
      ":host { display: block; color: var(--pars-text, #1b1b1b);",
      "  background: var(--pars-background, #fff); font-family: var(--pars-font, inherit);",
      "  line-height: 1.5; }",
      ":host([hidden]) { display: none; }",
      "* { box-sizing: border-box; }",
      ".layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0 2rem; }",
      "@media (min-width: 48rem) {",
      "  .layout.interactive { grid-template-columns: minmax(16rem, 22rem) minmax(0, 1fr); }",
      "  .interactive .answer { grid-column: 2; grid-row: 1; }",
      "  .interactive .controls { grid-column: 1; grid-row: 1; }",
      "  .story { grid-column: 1 / -1; } }",
      "h2 { font-size: 1.3rem; margin: 0.5rem 0; }",
      ".answer { border-left: 6px solid var(--pars-text, #1b1b1b); padding: 0 1rem;",
      "  align-self: start; }",
      ".outcome { font-size: 1.4rem; margin: 0.5rem 0; }",
      ".badge { display: inline-block; min-width: 1.6em; text-align: center; border-radius: 3px;",
      "  font-weight: 700; color: #fff; padding: 0 0.3em; }",
      ".reason-RENEWED { background: var(--pars-renewed, #17693a); }",
      ".reason-VOTED_DOWN { background: var(--pars-voted-down, #a8201a); }",
      ".reason-LAPSED { background-color: var(--pars-lapsed, #4f3a10);",
      "  background-image: repeating-linear-gradient(45deg, transparent 0 4px, #3d2c0c 4px 6px); }",
      ".reason-PENDING { background: var(--pars-pending, #ffe08a); color: #1b1b1b;",
      "  border: 1px dashed #8a6d00; }",
      ".explanation { font-size: 1.1rem; }",
      ".pivots { font-style: italic; }",
      ".message { border: 2px solid var(--pars-voted-down, #a8201a); padding: 0.5rem; }",
      ".message code { display: block; margin-top: 0.25rem; overflow-wrap: anywhere; }",
      "fieldset { border: 1px solid var(--pars-border, #767676); border-radius: 4px;",
      "  margin: 0 0 0.75rem; padding: 0.25rem 0.75rem 0.5rem; min-width: 0; }",
      "legend { font-weight: 600; padding: 0 0.25rem; }",
      ".vote { display: grid; grid-template-columns: 1fr 1fr; }",
      ".vote legend { grid-column: 1 / -1; }",
      ".choice { padding: 0.1rem 0; }",
      ".hint { margin: 0.25rem 0; color: #444; font-size: 0.9rem; }",
      ".date { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-top: 0.25rem; }",
      ".date label { display: block; font-size: 0.9rem; }",
      ".date > .hint { flex-basis: 100%; margin: 0; }",
      "select, input { font: inherit; padding: 0.15rem; }",
      "input[type=text] { width: 5em; }",
      ":focus-visible { outline: 3px solid var(--pars-accent, #0b4f9c); outline-offset: 2px; }",
      ".scroll { overflow-x: auto; }",
      "svg text { font: 13px system-ui, sans-serif; fill: #1b1b1b; }",
      "svg .symbol { font-size: 15px; font-weight: 700; fill: #fff; }",
      "svg .symbol.on-PENDING { fill: #1b1b1b; }",
      ".story-list { padding-left: 1.2rem; }",
      ".story-list p { margin: 0.2rem 0; }",
      "[hidden] { display: none !important; }"
    ].join("\n");
    var sheet = null; // one stylesheet for every explainer: adopted, so a page's CSP allows it

    function node(name, attributes, parent, text) {
      var made = document.createElement(name);
      Object.keys(attributes || {}).forEach(function (key) {
        made.setAttribute(key, attributes[key]);
      });
      if (text !== undefined) { made.textContent = text; }
      if (parent) { parent.appendChild(made); }
      return made;
    }

    function svg(name, attributes, parent, text) {
      var made = document.createElementNS(SVG_NS, name);
      Object.keys(attributes || {}).forEach(function (key) {
        made.setAttribute(key, attributes[key]);
      });
      if (text !== undefined) { made.textContent = text; }
      if (parent) { parent.appendChild(made); }
      return made;
    }

    function fill(template, values) {
      return template.replace(/\{(\w+)\}/g, function (_, key) { return values[key]; });
    }

    // ---------------------------------------------------------------- dates, in the reader's words

    /* An ISO date the library accepts, as a Date at midnight UTC (years before 100 included). */
    function utc(iso) {
      var p = /^([+-]?\d+)-(\d\d)-(\d\d)$/.exec(iso);
      var date = new Date(0);
      date.setUTCFullYear(+p[1], +p[2] - 1, +p[3]);
      return date;
    }

    function format(iso, language, options) {
      options.timeZone = "UTC";
      return new Intl.DateTimeFormat(language, options).format(utc(iso));
    }

    /* "August 31, 2018", "31 de agosto de 2018": a date as the library's sentences write it. */
    function longDate(iso, language) {
      return pars.formatDate(iso, language);
    }

    /* The order of day, month and year in the language: ["month", "day", "year"] in English. */
    function dateOrder(language) {
      return new Intl.DateTimeFormat(language, { year: "numeric", month: "long", day: "numeric",
        timeZone: "UTC" }).formatToParts(new Date(0)).map(function (part) { return part.type; })
        .filter(function (type) { return type === "day" || type === "month" || type === "year"; });
    }

    function twoDigits(n) { return (n < 10 ? "0" : "") + n; }

    // ---------------------------------------------------------------- attributes

    /* The votes attribute, "DA=AGAINST,COURTS=ABSTAIN", as decide() takes votes. */
    function readVotes(text) {
      var votes = {};
      text.split(",").forEach(function (pair) {
        if (!pair.trim()) { return; }
        var parts = pair.split("=");
        if (parts.length !== 2 || Object.prototype.hasOwnProperty.call(votes, parts[0].trim())) {
          throw new RangeError("the votes attribute must be written as"
              + " \"DA=AGAINST,COURTS=ABSTAIN,CITY=IN_FAVOR\", each stakeholder once, but was "
              + JSON.stringify(text));
        }
        votes[parts[0].trim()] = parts[1].trim() || null;
      });
      return votes;
    }

    function readVotesRequired(text) {
      return text === null ? 2 : /^\s*\d+\s*$/.test(text) ? Number(text) : text;
    }

    // ---------------------------------------------------------------- the element

    class ParsRenewalExplainer extends HTMLElement {
      static get observedAttributes() {
        return ["lang", "votes", "as-of", "expires-on", "votes-required", "timeline",
          "interactive"];
      }

      constructor() {
        super();
        this.attachShadow({ mode: "open" });
        if (!sheet) {
          sheet = new CSSStyleSheet();
          sheet.replaceSync(CSS);
        }
        this.shadowRoot.adoptedStyleSheets = [sheet];
        this.current = null; // the decision shown, or null
        this.ballotState = null; // what the controls hold: read from the attributes, then changed
      }

      /** The decision shown, or null when there is none (a wrong attribute, no date entered). */
      get decision() {
        return this.current;
      }

      connectedCallback() {
        this.connected = true;
        this.render();
      }

      disconnectedCallback() {
        this.connected = false;
      }

      /* Called for each attribute before connectedCallback too: those draw once, when connected. */
      attributeChangedCallback(name) {
        if (name !== "lang") {
          this.ballotState = null; // the attributes say again what the ballot is
        }
        if (this.connected) {
          this.render();
        }
      }

      /* The language the library speaks that this element shows: its lang, or its page's. */
      language() {
        var asked = (this.closest("[lang]") || { lang: "" }).lang.toLowerCase();
        var primary = asked.split("-")[0];
        return pars.languages.indexOf(primary) >= 0 ? primary : pars.languages[0];
      }

      /* The ballot of the attributes, checked by the library; a RangeError or TypeError if wrong. */
      readAttributes() {
        var expiresOn = this.getAttribute("expires-on") || DEFAULT_EXPIRES_ON;
        var asOf = this.getAttribute("as-of");
        var votesRequired = readVotesRequired(this.getAttribute("votes-required"));
        var decision = pars.decide(readVotes(this.getAttribute("votes") || ""),
            { expiresOn: expiresOn, asOf: asOf, votesRequired: votesRequired });
        var votes = {};
        decision.votes.forEach(function (vote) { votes[vote.stakeholder] = vote.choice; });
        var date = utc(asOf === null ? expiresOn : asOf);
        return { votes: votes, expiresOn: expiresOn, open: asOf === null, votesRequired: votesRequired,
          day: String(date.getUTCDate()), month: String(date.getUTCMonth() + 1),
          year: String(date.getUTCFullYear()) };
      }

      render() {
        var root = this.shadowRoot;
        var language = this.language();
        var labels = pars.labels(language);
        Array.prototype.slice.call(root.childNodes).forEach(function (child) {
          root.removeChild(child);
        });
        var interactive = this.hasAttribute("interactive");
        var layout = node("div", { "class": "layout" + (interactive ? " interactive" : ""),
          part: "container", lang: language }, root);
        this.parts = this.drawAnswer(layout, labels);
        try {
          this.ballotState = this.ballotState || this.readAttributes();
        } catch (e) {
          this.ballotState = null;
          this.show(null, labels.settingsInvalid, e.message);
          this.dispatchEvent(new ErrorEvent("error", { message: e.message, error: e }));
          return;
        }
        if (interactive) {
          this.drawControls(layout, labels, language);
        }
        if (this.hasAttribute("timeline")) {
          drawStory(layout, labels, language);
        }
        this.update();
      }

      drawAnswer(layout, labels) {
        var answer = node("section", { "class": "answer", part: "answer",
          "aria-labelledby": "answer-heading" }, layout);
        node("h2", { id: "answer-heading", part: "heading" }, answer, labels.answerHeading);
        var live = node("div", { "aria-live": "polite", "aria-atomic": "true" }, answer);
        var outcome = node("p", { "class": "outcome", part: "outcome" }, live);
        var badge = node("span", { "class": "badge", part: "badge", "aria-hidden": "true" }, outcome);
        outcome.appendChild(document.createTextNode(" "));
        return {
          outcome: outcome,
          badge: badge,
          headline: node("strong", { "class": "headline", part: "headline" }, outcome),
          explanation: node("p", { "class": "explanation", part: "explanation" }, live),
          pivots: node("p", { "class": "pivots", part: "pivots" }, live),
          message: node("p", { "class": "message", part: "message", hidden: "" }, live)
        };
      }

      /* Shows a decision, or, with none, a message (and the library's own, when given). */
      show(decision, message, detail) {
        var parts = this.parts;
        var language = this.language();
        parts.outcome.hidden = parts.explanation.hidden = parts.pivots.hidden = !decision;
        parts.message.hidden = !!decision;
        this.current = decision;
        if (!decision) {
          parts.message.textContent = message;
          if (detail) { node("code", {}, parts.message, detail); }
          parts.outcome.removeAttribute("data-outcome");
          return;
        }
        var headline = pars.headline(decision.reason, !decision["final"], language);
        parts.badge.className = "badge reason-" + decision.reason;
        parts.badge.textContent = SYMBOL[decision.reason];
        parts.headline.textContent = headline;
        parts.outcome.setAttribute("data-outcome", decision.outcome);
        parts.outcome.setAttribute("data-reason", decision.reason);
        parts.explanation.textContent = withoutHeadline(decision.explanation(language), headline);
        parts.pivots.textContent = decision.explainPivots(language);
      }

      /* Decides the ballot the controls (or the attributes) hold, shows it, and says so. */
      update() {
        var state = this.ballotState;
        var labels = pars.labels(this.language());
        var asOf = state.open ? null : state.year + "-" + twoDigits(+state.month) + "-"
            + twoDigits(+state.day);
        var decision = null;
        if (state.open || /^\d{4}$/.test(state.year)) {
          try {
            decision = pars.decide(state.votes, { expiresOn: state.expiresOn, asOf: asOf,
              votesRequired: state.votesRequired });
          } catch (e) {
            if (!(e instanceof RangeError)) { throw e; }
            decision = null; // the date entered is not a day of the calendar: 2018-02-30
          }
        }
        this.show(decision, labels.dateInvalid);
        if (this.yearField) {
          this.yearField.setAttribute("aria-invalid", String(!decision));
        }
        this.dispatchEvent(new CustomEvent("decision", { detail: decision, bubbles: true,
          composed: true }));
      }

      drawControls(layout, labels, language) {
        var self = this;
        var state = this.ballotState;
        var form = node("form", { "class": "controls", part: "controls",
          "aria-label": labels.ballotHeading }, layout);
        form.addEventListener("submit", function (event) { event.preventDefault(); });
        pars.stakeholders(language).forEach(function (names) {
          var who = names.stakeholder;
          var group = node("fieldset", { "class": "vote", id: "vote-" + who }, form);
          node("legend", { id: "legend-" + who }, group, labels.voteOf + " " + names.displayName);
          CHOICES.forEach(function (choice) {
            var id = "vote-" + who + "-" + (choice || "NONE");
            var row = node("div", { "class": "choice" }, group);
            var input = node("input", { type: "radio", name: "vote-" + who, id: id, value: choice },
                row);
            input.checked = (state.votes[who] || "") === choice;
            input.addEventListener("change", function () {
              state.votes[who] = choice || null;
              self.update();
            });
            node("label", { "for": id }, row, labels.choices[choice]);
          });
        });
        var when = node("fieldset", { "class": "when" }, form);
        node("legend", {}, when, labels.whenLegend);
        node("p", { "class": "hint", id: "expiry-hint" }, when,
            fill(labels.expiry, { date: longDate(state.expiresOn, language) }));
        var date = node("div", { "class": "date", role: "group", "aria-labelledby": "as-of-label" });
        [["open", labels.whenOpen], ["date", labels.whenDate]].forEach(function (option) {
          var row = node("div", { "class": "choice" }, when);
          var input = node("input", { type: "radio", name: "when", id: "when-" + option[0],
            value: option[0] }, row);
          input.checked = state.open === (option[0] === "open");
          input.addEventListener("change", function () {
            state.open = option[0] === "open";
            date.hidden = state.open;
            self.update();
          });
          node("label", { "for": "when-" + option[0] }, row, option[1]);
        });
        when.appendChild(date);
        date.hidden = state.open;
        node("span", { id: "as-of-label", "class": "hint" }, date, labels.asOfLabel);
        dateOrder(language).forEach(function (field) {
          var cell = node("div", {}, date);
          node("label", { "for": "as-of-" + field }, cell, labels[field]);
          var control;
          if (field === "year") {
            control = node("input", { type: "text", id: "as-of-year", inputmode: "numeric",
              autocomplete: "off", maxlength: "4" }, cell);
            self.yearField = control;
          } else {
            control = node("select", { id: "as-of-" + field }, cell);
            var count = field === "day" ? 31 : 12;
            for (var n = 1; n <= count; n++) {
              node("option", { value: String(n) }, control, field === "day" ? String(n)
                  : format("2000-" + twoDigits(n) + "-01", language, { month: "long" }));
            }
          }
          control.value = state[field];
          ["input", "change"].forEach(function (type) {
            control.addEventListener(type, function () {
              state[field] = control.value.trim();
              self.update();
            });
          });
        });
        var rule = node("fieldset", {}, form);
        node("legend", {}, rule, labels.ruleLegend);
        node("label", { "for": "votes-required" }, rule, labels.ruleLabel);
        rule.appendChild(document.createTextNode(" "));
        var select = node("select", { id: "votes-required" }, rule);
        [1, 2, 3].forEach(function (n) {
          node("option", { value: String(n) }, select, n + " / 3");
        });
        select.value = String(state.votesRequired);
        select.addEventListener("change", function () {
          state.votesRequired = Number(select.value);
          self.update();
        });
      }
    }

    /*
     * The explanation without the headline shown above it: the library opens every explanation
     * with headline(reason, open, language) and the language's colon (E1): ":", or the full-width
     * "\uFF1A" in Chinese. Only that prefix is cut.
     */
    function withoutHeadline(explanation, headline) {
      var colon = explanation.charAt(headline.length);
      if (explanation.indexOf(headline) !== 0 || (colon !== ":" && colon !== "\uFF1A")) {
        return explanation; // never the case (ExplainerElementTest); then nothing is cut
      }
      var rest = explanation.slice(headline.length + 1).trim();
      return rest.charAt(0).toUpperCase() + rest.slice(1);
    }

    // ---------------------------------------------------------------- the 2018 story

    function day(iso) {
      return utc(iso).getTime() / 86400000;
    }

    /* The references at the end of a source: "[CBS, AP-07-27]" gives ["CBS", "AP-07-27"]. */
    function sourceRefs(source) {
      var bracket = /\[([A-Za-z0-9, -]+)\]$/.exec(source);
      return bracket ? bracket[1].split(/,\s*/) : [];
    }

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

    /*
     * The 2018 ballot as the library records it: each vote on its date with its sources, the
     * outcome between votes, and the same as a list of explanations. The picture keeps its size
     * (its labels stay readable) and scrolls in its own box on a narrow screen.
     */
    function drawStory(layout, labels, language) {
      var story = pars.story2018(language);
      var names = {};
      pars.stakeholders(language).forEach(function (s) { names[s.stakeholder] = s; });
      var section = node("section", { "class": "story", part: "timeline",
        "aria-labelledby": "story-heading" }, layout);
      node("h2", { id: "story-heading" }, section, labels.storyHeading);
      node("p", { id: "story-intro" }, section, labels.storyIntro);
      var box = node("div", { "class": "scroll", part: "scroll", tabindex: "0", role: "group",
        "aria-labelledby": "story-heading" }, section);
      // Before the first vote (2018-07-10, the first date of the worked example in
      // docs/RULE.md), then after each day with a vote, and the day after the expiry.
      var entries = [{ asOf: "2018-07-10", decision: story.decisionAsOf("2018-07-10") }]
          .concat(story.timeline());
      var start = day("2018-07-01"), end = day("2018-09-08");
      var width = 900, left = 40, right = 40, axisY = 150;
      function x(iso) { return left + (day(iso) - start) / (end - start) * (width - left - right); }
      var root = svg("svg", { viewBox: "0 0 " + width + " 260", width: width, height: 260,
        role: "img", "aria-labelledby": "timeline-title", id: "timeline-svg" }, box);
      svg("title", { id: "timeline-title" }, root, labels.storyHeading);
      patterns(root);
      entries.forEach(function (entry, i) {
        var from = i === 0 ? "2018-07-01" : entry.asOf;
        var to = i + 1 < entries.length ? entries[i + 1].asOf : "2018-09-08";
        var decision = entry.decision;
        var g = svg("g", { "class": "span", "data-from": from, "data-to": to,
          "data-outcome": decision.outcome, "data-reason": decision.reason }, root);
        svg("rect", { x: x(from), y: axisY - 26, width: Math.max(0, x(to) - x(from)), height: 26,
          fill: FILL[decision.reason], stroke: decision.reason === "PENDING" ? "#8a6d00" : "#fff" },
            g);
        var last = i === entries.length - 1;
        svg("text", { x: last ? x(to) : x(from) + 4, y: axisY + 44 + (i % 2) * 18,
          "text-anchor": last ? "end" : "start", "class": "span-label" }, g,
            SYMBOL[decision.reason] + " " + pars.headline(decision.reason, !decision["final"],
                language));
        svg("title", {}, g, longDate(entry.asOf, language) + ": "
            + decision.explanation(language));
      });
      svg("line", { x1: left, y1: axisY, x2: width - right, y2: axisY, stroke: "#222" }, root);
      ["2018-07-01", "2018-08-01", "2018-09-01"].forEach(function (iso) {
        svg("line", { x1: x(iso), y1: axisY, x2: x(iso), y2: axisY + 6, stroke: "#222" }, root);
        svg("text", { x: x(iso), y: axisY + 20, "text-anchor": "middle", "class": "axis" }, root,
            format(iso, language, { month: "short", day: "numeric" }));
      });
      var expiresOn = story.contract.expiresOn;
      var expiry = svg("g", { "class": "expiry", "data-date": expiresOn }, root);
      svg("line", { x1: x(expiresOn), y1: 20, x2: x(expiresOn), y2: axisY + 6, stroke: "#000",
        "stroke-width": 2, "stroke-dasharray": "4 3" }, expiry);
      svg("text", { x: x(expiresOn) - 4, y: 16, "text-anchor": "end", "class": "axis" }, expiry,
          labels.expiryMark + " " + longDate(expiresOn, language));
      story.history.forEach(function (dated, i) {
        var refs = sourceRefs(dated.source);
        var mark = svg("g", { "class": "vote-mark", "data-date": dated.castOn,
          "data-stakeholder": dated.vote.stakeholder, "data-choice": dated.vote.choice,
          "data-sources": refs.join(",") }, root);
        var cx = x(dated.castOn), cy = 40 + i * 22;
        svg("line", { x1: cx, y1: cy, x2: cx, y2: axisY - 26, stroke: "#222" }, mark);
        svg("circle", { cx: cx, cy: cy, r: 5, fill: "#222" }, mark);
        svg("text", { x: cx + 8, y: cy + 4, "class": "vote-label" }, mark,
            format(dated.castOn, language, { month: "short", day: "numeric" }) + " "
            + names[dated.vote.stakeholder].shortName + ": " + labels.choices[dated.vote.choice]
            + " [" + refs.join(", ") + "]");
      });
      var list = node("ol", { "class": "story-list" }, section);
      entries.forEach(function (entry) {
        var item = node("li", { "class": "story-entry", "data-as-of": entry.asOf,
          "data-outcome": entry.decision.outcome }, list);
        var head = node("p", {}, item);
        node("time", { datetime: entry.asOf }, head, longDate(entry.asOf, language));
        story.history.filter(function (v) { return v.castOn === entry.asOf; })
            .forEach(function (dated) {
              head.appendChild(document.createTextNode(" \u00b7 "
                  + names[dated.vote.stakeholder].shortName + ": "
                  + labels.choices[dated.vote.choice] + " [" + sourceRefs(dated.source).join(", ")
                  + "]"));
            });
        node("p", { "class": "story-explanation" }, item, entry.decision.explanation(language));
      });
    }

    customElements.define("pars-renewal-explainer", ParsRenewalExplainer);
  }
