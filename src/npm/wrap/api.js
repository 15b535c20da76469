  /*
   * The package's public API: a thin wrapper over the library compiled by TeaVM (`core`). It checks
   * the types of a caller's arguments (a TypeError names the parameter and the value), passes
   * plain strings and numbers to the Java, which reads their values (a RangeError names the
   * parameter, shows the value and lists what is accepted), and completes the frozen results with
   * the methods that word their sentences when called. No rule and no sentence is written here.
   */
  var STAKEHOLDER_NAMES = core.stakeholders("en").map(function (s) { return s.stakeholder; });
  var CHOICE_NAMES = {};
  core.choiceNames().forEach(function (name) { CHOICE_NAMES[name] = true; });
  var LANGUAGES = core.languages();
  var DECIDE_OPTIONS = ["contract", "expiresOn", "asOf", "votesRequired"];
  var BALLOT_OPTIONS = ["contract", "expiresOn", "votesRequired"];
  var VOTE_FIELDS = ["stakeholder", "choice", "castOn", "source", "rationale"];
  var DEFAULT_CONTRACT = "PARS";
  var DEFAULT_VOTES_REQUIRED = 2;
  var labelsByLanguage = {};
  var VERSION = Object.freeze({ name: core.libraryName(), version: "@VERSION@",
    ruleVersion: core.ruleVersion() });

  /* A value as a message shows it: strings quoted and cut after 80 characters. */
  function shown(value) {
    if (typeof value === "string") {
      return JSON.stringify(value.length > 80 ? value.slice(0, 80) + "..." : value);
    }
    if (value === null || value === undefined || typeof value === "number"
        || typeof value === "boolean") {
      return String(value);
    }
    if (typeof value === "bigint") { return value + "n"; }
    if (typeof value === "symbol") { return "a symbol"; }
    if (typeof value === "function") { return "a function"; }
    if (Array.isArray(value)) { return "an array"; }
    var kind = Object.prototype.toString.call(value).slice(8, -1); // "Object", "Map", "Date", ...
    return kind === "Object" ? "an object" : "a " + kind;
  }

  /* A plain object of named fields: not an array, a Map, a Date or another built-in. */
  function isObject(value) {
    return value !== null && typeof value === "object"
        && Object.prototype.toString.call(value) === "[object Object]";
  }

  function string(value, parameter, what) {
    if (typeof value !== "string") {
      throw new TypeError(parameter + " must be a string, " + what + ", but was " + shown(value));
    }
    return value;
  }

  function onlyKnown(object, parameter, known) {
    for (var key in object) {
      if (Object.prototype.hasOwnProperty.call(object, key) && known.indexOf(key) < 0) {
        throw new RangeError(parameter + " has no field " + shown(key) + ": its fields are "
            + known.join(", "));
      }
    }
  }

  function language(value, parameter) {
    return value === undefined ? LANGUAGES[0] : string(value, parameter,
        "a language tag such as " + LANGUAGES.map(JSON.stringify).join(" or "));
  }

  function date(value, parameter) {
    return string(value, parameter, "an ISO-8601 date such as 2018-08-31");
  }

  /* The votes as the Java reads them: one string a stakeholder, "" for no vote. */
  function readVotes(votes) {
    if (!isObject(votes)) {
      throw new TypeError("votes must be an object such as { DA: \"AGAINST\", COURTS: \"ABSTAIN\" },"
          + " but was " + shown(votes));
    }
    onlyKnown(votes, "votes", STAKEHOLDER_NAMES);
    var choices = [];
    for (var i = 0; i < STAKEHOLDER_NAMES.length; i++) {
      var parameter = "votes." + STAKEHOLDER_NAMES[i];
      var choice = votes[STAKEHOLDER_NAMES[i]];
      if (choice === undefined || choice === null) {
        choices.push("");
      } else {
        string(choice, parameter, "a choice, or null for no vote yet");
        if (!CHOICE_NAMES[choice]) {
          core.checkChoice(choice, parameter); // throws the RangeError that lists the choices
        }
        choices.push(choice);
      }
    }
    return choices;
  }

  function readOptions(options, known) {
    if (!isObject(options)) {
      throw new TypeError("options must be an object such as { expiresOn: \"2018-08-31\" }, but was "
          + shown(options));
    }
    onlyKnown(options, "options", known);
    var asOf = options.asOf;
    if (asOf === undefined || asOf === null) {
      asOf = "";
    } else if (date(asOf, "options.asOf") === "") {
      throw new RangeError("options.asOf must be an ISO-8601 date such as 2018-09-01, or left out"
          + " for voting open, but was \"\"");
    }
    var votesRequired = options.votesRequired === undefined
        ? DEFAULT_VOTES_REQUIRED : options.votesRequired;
    if (typeof votesRequired !== "number") {
      throw new TypeError("options.votesRequired must be a number, 1, 2 or 3, but was "
          + shown(votesRequired));
    }
    return {
      contract: options.contract === undefined ? DEFAULT_CONTRACT
          : string(options.contract, "options.contract", "the contract's name"),
      expiresOn: date(options.expiresOn, "options.expiresOn"),
      asOf: asOf,
      votesRequired: votesRequired
    };
  }

  /* Completes a decision from the Java with the methods that word it, and freezes it. */
  function finish(decision) {
    function inputs(language) {
      var choices = {};
      decision.votes.forEach(function (vote) { choices[vote.stakeholder] = vote.choice; });
      return [choices[STAKEHOLDER_NAMES[0]] || "", choices[STAKEHOLDER_NAMES[1]] || "",
        choices[STAKEHOLDER_NAMES[2]] || "", decision.contract.name, decision.contract.expiresOn,
        decision.asOf || "", decision.votesRequired, language];
    }
    decision.library = VERSION; // what computed it, last as in the decision JSON
    decision.explanation = function explanation(lang) {
      return core.explanation.apply(null, inputs(language(lang, "language")));
    };
    decision.explainPivots = function explainPivots(lang) {
      return core.explainPivots.apply(null, inputs(language(lang, "language")));
    };
    return Object.freeze(decision);
  }

  function decide(votes, options) {
    var choices = readVotes(votes);
    var o = readOptions(options, DECIDE_OPTIONS);
    return finish(core.decide(choices[0], choices[1], choices[2], o.contract, o.expiresOn,
        o.asOf, o.votesRequired));
  }

  /* A ballot from the Java, as a frozen object with its contract, rule and history. */
  function wrapBallot(java) {
    return Object.freeze({
      contract: java.contract(),
      votesRequired: java.votesRequired(),
      history: java.history(),
      cast: function cast(vote) {
        if (!isObject(vote)) {
          throw new TypeError("vote must be an object such as { stakeholder: \"DA\", choice:"
              + " \"AGAINST\", castOn: \"2018-07-11\", source: \"...\" }, but was " + shown(vote));
        }
        onlyKnown(vote, "vote", VOTE_FIELDS);
        return wrapBallot(java.cast(
            string(vote.stakeholder, "vote.stakeholder", "one of " + STAKEHOLDER_NAMES.join(", ")),
            string(vote.choice, "vote.choice", "a choice"),
            date(vote.castOn, "vote.castOn"),
            vote.source === undefined ? "" : string(vote.source, "vote.source", "where the vote"
                + " is documented"),
            vote.rationale === undefined ? "" : string(vote.rationale, "vote.rationale",
                "the stakeholder's reason")));
      },
      decisionAsOf: function decisionAsOf(asOf) {
        return finish(java.decisionAsOf(date(asOf, "asOf")));
      },
      timeline: function timeline() {
        return Object.freeze(java.timeline().map(function (entry) {
          return Object.freeze({ asOf: entry.asOf, decision: finish(entry.decision) });
        }));
      }
    });
  }

  function ballot(options) {
    var o = readOptions(options, BALLOT_OPTIONS);
    return wrapBallot(core.ballot(o.contract, o.expiresOn, o.votesRequired));
  }

  function story2018(lang) {
    return wrapBallot(core.story2018(language(lang, "language")));
  }

  function stakeholders(lang) {
    return core.stakeholders(language(lang, "language"));
  }

  function deepFreeze(value) {
    if (value !== null && typeof value === "object") {
      Object.keys(value).forEach(function (key) { deepFreeze(value[key]); });
      Object.freeze(value);
    }
    return value;
  }

  function labels(lang) {
    var tag = language(lang, "language");
    if (!labelsByLanguage[tag]) {
      labelsByLanguage[tag] = deepFreeze(JSON.parse(core.labels(tag)));
    }
    return labelsByLanguage[tag];
  }

  function headline(reason, open, lang) {
    string(reason, "reason", "a reason such as \"VOTED_DOWN\"");
    if (typeof open !== "boolean") {
      throw new TypeError("open must be a boolean, whether voting is open, but was " + shown(open));
    }
    return core.headline(reason, open, language(lang, "language"));
  }

  function formatDate(date, lang) {
    string(date, "date", "an ISO-8601 date such as \"2018-08-31\"");
    return core.formatDate(date, language(lang, "language"));
  }

  var api = Object.freeze({
    decide: decide,
    ballot: ballot,
    story2018: story2018,
    stakeholders: stakeholders,
    languages: LANGUAGES,
    labels: labels,
    headline: headline,
    formatDate: formatDate,
    version: VERSION
  });
