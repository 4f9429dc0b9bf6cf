/* checker review report: filters, keyboard review, decisions in localStorage.
 *
 * The only script the pages run (the Content-Security-Policy allows no
 * inline code). Page data comes from <script type="application/json"
 * id="checker-data">; everything the page shows is server-rendered, and this
 * script only toggles `hidden`, classes, aria attributes and textContent.
 */
(function () {
  "use strict";

  var PREFIX = "checker:decision:";
  var STATUSES = { confirmed: true, dismissed: true };

  document.documentElement.classList.remove("no-js");
  document.documentElement.classList.add("js");

  var data = readData();
  var store = makeStore();
  var announcer = makeAnnouncer();

  if (data.page === "event") {
    initEventPage();
  } else if (data.page === "index") {
    initIndexPage();
  }
  initCollapsed();

  function readData() {
    var el = document.getElementById("checker-data");
    try {
      return JSON.parse(el ? el.textContent : "{}") || {};
    } catch (err) {
      return {};
    }
  }

  /* Decisions live under one key per event + fingerprint, so two pages or
   * two runs never overwrite each other's decisions. Falls back to memory
   * when storage is disabled, and says so. */
  function makeStore() {
    var ls = null;
    var mem = {};
    try {
      ls = window.localStorage;
      ls.setItem(PREFIX + "probe", "1");
      ls.removeItem(PREFIX + "probe");
    } catch (err) {
      ls = null;
    }
    function key(event, fingerprint) {
      return PREFIX + JSON.stringify([event, fingerprint]);
    }
    function parse(raw) {
      if (!raw) return null;
      try {
        return clean(JSON.parse(raw), true);
      } catch (err) {
        return null;
      }
    }
    return {
      persistent: ls !== null,
      get: function (event, fingerprint) {
        var k = key(event, fingerprint);
        return parse(ls ? ls.getItem(k) : mem[k]);
      },
      set: function (d) {
        var k = key(d.event, d.fingerprint);
        var raw = JSON.stringify(d);
        if (ls) {
          try {
            ls.setItem(k, raw);
            return;
          } catch (err) {
            announce("Could not save the decision: browser storage is full or blocked.");
          }
        }
        mem[k] = raw;
      },
      remove: function (event, fingerprint) {
        var k = key(event, fingerprint);
        if (ls) ls.removeItem(k);
        delete mem[k];
      },
      all: function () {
        var out = [];
        var keys = ls ? [] : Object.keys(mem);
        if (ls) {
          for (var i = 0; i < ls.length; i++) keys.push(ls.key(i));
        }
        keys.forEach(function (k) {
          if (k && k.indexOf(PREFIX) === 0 && k !== PREFIX + "probe") {
            var d = parse(ls ? ls.getItem(k) : mem[k]);
            if (d) out.push(d);
          }
        });
        return out;
      }
    };
  }

  /* A decision as stored and exported; `allowOpen` keeps a note that has
   * no decision yet (stored, never exported). */
  function clean(d, allowOpen) {
    if (!d || typeof d !== "object") return null;
    if (typeof d.fingerprint !== "string" || !d.fingerprint) return null;
    if (typeof d.event !== "string") return null;
    var status = STATUSES[d.status] ? d.status : allowOpen && d.status === "" ? "" : null;
    if (status === null) return null;
    return {
      fingerprint: d.fingerprint,
      event: d.event,
      conflict: typeof d.conflict === "string" ? d.conflict : "",
      status: status,
      note: typeof d.note === "string" ? d.note : ""
    };
  }

  function makeAnnouncer() {
    var el = document.createElement("div");
    el.className = "visually-hidden";
    el.setAttribute("aria-live", "polite");
    el.setAttribute("role", "status");
    document.body.appendChild(el);
    return el;
  }

  function announce(message) {
    announcer.textContent = message;
  }

  function debounce(fn, ms) {
    var timer = null;
    return function () {
      clearTimeout(timer);
      timer = setTimeout(fn, ms);
    };
  }

  function byConflict(a, b) {
    var x = a.event + "\u0000" + a.conflict + "\u0000" + a.fingerprint;
    var y = b.event + "\u0000" + b.conflict + "\u0000" + b.fingerprint;
    return x < y ? -1 : x > y ? 1 : 0;
  }

  function download(name, decisions) {
    decisions.sort(byConflict);
    var body = JSON.stringify({ decisions: decisions }, null, 2) + "\n";
    var url = URL.createObjectURL(new Blob([body], { type: "application/json" }));
    var a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    setStatus("Exported " + decisions.length + " decision" + (decisions.length === 1 ? "" : "s") + " to " + name + ".");
  }

  function setStatus(message) {
    var el = document.getElementById("io-status");
    if (el) el.textContent = message;
  }

  /* Wires the export and import buttons; `collect` lists the decisions to
   * export, `refresh` redraws after an import. */
  function initImportExport(fileName, collect, refresh) {
    var input = document.getElementById("import-file");
    document.addEventListener("click", function (e) {
      var button = e.target.closest ? e.target.closest("button[data-action]") : null;
      if (!button) return;
      if (button.dataset.action === "export") download(fileName, collect());
      if (button.dataset.action === "import" && input) input.click();
    });
    if (!input) return;
    input.addEventListener("change", function () {
      var file = input.files && input.files[0];
      if (!file) return;
      file.text().then(function (text) {
        var parsed = JSON.parse(text);
        var list = parsed && Array.isArray(parsed.decisions) ? parsed.decisions : null;
        if (!list) throw new Error("no \"decisions\" list");
        var ok = 0;
        list.forEach(function (raw) {
          var d = clean(raw, false);
          if (d) {
            store.set(d);
            ok++;
          }
        });
        refresh();
        var skipped = list.length - ok;
        setStatus("Imported " + ok + " decision" + (ok === 1 ? "" : "s") + " from " + file.name +
          (skipped ? "; skipped " + skipped + " without a fingerprint, event or valid status." : "."));
      }).catch(function (err) {
        setStatus("Could not import " + file.name + ": " + err.message + ". Choose a file exported by this report.");
      }).then(function () {
        input.value = "";
      });
    });
    if (!store.persistent) {
      setStatus("This browser blocks local storage: decisions last until the page closes. Export them to keep them.");
    }
  }

  /* ---------------------------------------------------------------- event */

  function initEventPage() {
    var event = data.event;
    var cards = Array.prototype.map.call(document.querySelectorAll("article.card"), function (el, i) {
      return {
        el: el,
        index: i,
        kind: el.dataset.kind,
        severity: el.dataset.severity,
        reports: (el.dataset.reports || "").split(" "),
        fingerprint: el.dataset.fingerprint,
        conflict: el.dataset.conflict,
        baseline: el.dataset.baseline,
        review: el.dataset.baseline === "dismissed" ? "dismissed" : "open",
        text: null,
        shown: true
      };
    });
    var byId = {};
    cards.forEach(function (c) { byId[c.el.id] = c; });
    var current = -1;
    var search = document.getElementById("search");
    var count = document.getElementById("result-count");
    var noMatch = document.getElementById("no-match");
    var toolbar = document.querySelector(".toolbar");
    var help = document.getElementById("help");

    var saved = {};
    store.all().forEach(function (d) {
      if (d.event === event) saved[d.fingerprint] = d;
    });
    cards.forEach(function (c) {
      if (saved[c.fingerprint] || c.baseline === "dismissed") render(c, saved[c.fingerprint] || null);
    });

    function decisionOf(c) {
      return store.get(event, c.fingerprint);
    }

    function render(c, d) {
      var status = d && d.status ? d.status : c.baseline === "dismissed" ? "dismissed" : "open";
      var label = d && d.status === "confirmed" ? "Confirmed"
        : d && d.status === "dismissed" ? "Dismissed"
        : c.baseline === "dismissed" ? "Dismissed by baseline" : "Not reviewed";
      c.review = status;
      c.el.dataset.review = status;
      c.el.querySelector(".review-state").textContent = label;
      c.el.querySelector("button.confirm").setAttribute("aria-pressed", String(status === "confirmed"));
      c.el.querySelector("button.dismiss").setAttribute("aria-pressed", String(status === "dismissed"));
      var note = c.el.querySelector("input[data-action=note]");
      if (document.activeElement !== note) note.value = d ? d.note : "";
      return label;
    }

    function save(c, status) {
      var before = decisionOf(c);
      var note = c.el.querySelector("input[data-action=note]").value;
      if (status === null) status = before ? before.status : "";
      if (!status && !note) {
        store.remove(event, c.fingerprint);
      } else {
        store.set({ fingerprint: c.fingerprint, event: event, conflict: c.conflict, status: status, note: note });
      }
      return render(c, decisionOf(c));
    }

    function searchText(c) {
      if (c.text === null) {
        var parts = c.el.querySelectorAll(".card-head h3, .explanation, .values, .conflict-id");
        c.text = Array.prototype.map.call(parts, function (p) { return p.textContent; }).join(" ")
          .replace(/\s+/g, " ").toLowerCase();
      }
      return c.text;
    }

    function checked(name) {
      var set = {};
      Array.prototype.forEach.call(toolbar.querySelectorAll("input[name=" + name + "]:checked"), function (i) {
        set[i.value] = true;
      });
      return set;
    }

    /* One pass: decide every card first, then only write `hidden` where it
     * changes, so a filter costs one style recalculation, not 2,000. */
    function applyFilters() {
      if (!toolbar) return;
      var kinds = checked("kind");
      var severities = checked("severity");
      var report = toolbar.querySelector("select[name=report]").value;
      var review = toolbar.querySelector("select[name=review]").value;
      var terms = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      cards.forEach(function (c) {
        var match = kinds[c.kind] === true && severities[c.severity] === true &&
          (!report || c.reports.indexOf(report) >= 0) &&
          (!review || c.review === review) &&
          (terms.length === 0 || terms.every(function (t) { return searchText(c).indexOf(t) >= 0; }));
        if (match !== c.shown) {
          c.shown = match;
          c.el.hidden = !match;
        }
        if (match) shown++;
      });
      count.textContent = shown === cards.length
        ? cards.length.toLocaleString("en-US") + " conflict" + (cards.length === 1 ? "" : "s")
        : "Showing " + shown.toLocaleString("en-US") + " of " + cards.length.toLocaleString("en-US") + " conflicts";
      noMatch.hidden = shown !== 0;
    }

    function currentCard() {
      var active = document.activeElement;
      var el = active && active.closest ? active.closest("article.card") : null;
      if (el && byId[el.id]) current = byId[el.id].index;
      return current >= 0 ? cards[current] : null;
    }

    function focusCard(c) {
      if (current >= 0 && cards[current]) cards[current].el.classList.remove("current");
      current = c.index;
      c.el.classList.add("current");
      c.el.focus({ preventScroll: true });
      c.el.scrollIntoView({ block: "start" });
      if (history.replaceState) history.replaceState(null, "", "#" + c.el.id);
    }

    function move(step) {
      currentCard();
      for (var i = current + step; i >= 0 && i < cards.length; i += step) {
        if (cards[i].shown) {
          focusCard(cards[i]);
          return;
        }
      }
      if (current < 0 || !cards[current].shown) {
        announce("No conflict to move to.");
      } else {
        announce(step > 0 ? "Last conflict." : "First conflict.");
      }
    }

    function decide(c, status) {
      var label = save(c, status);
      announce("Conflict " + c.conflict + ": " + label + ".");
      if (toolbar && toolbar.querySelector("select[name=review]").value) {
        applyFilters();
        // Reviewing from a "Not reviewed" view works like an inbox: move on.
        if (!c.shown) move(1);
      }
    }

    function openHelp() {
      if (typeof help.showModal === "function") {
        if (!help.open) help.showModal();
      } else {
        help.setAttribute("open", "");
      }
    }

    function closeHelp() {
      if (typeof help.close === "function") help.close();
      else help.removeAttribute("open");
    }

    if (toolbar) {
      toolbar.addEventListener("change", function (e) {
        if (e.target !== search) applyFilters();
      });
      var debounced = debounce(applyFilters, 150);
      search.addEventListener("input", debounced);
      search.addEventListener("keydown", function (e) {
        if (e.key === "Enter") applyFilters();
      });
    }

    var container = document.getElementById("cards");
    if (container) {
      container.addEventListener("click", function (e) {
        var button = e.target.closest("button[data-action]");
        var el = e.target.closest("article.card");
        if (!el || !byId[el.id]) return;
        var c = byId[el.id];
        if (current >= 0 && cards[current]) cards[current].el.classList.remove("current");
        current = c.index;
        c.el.classList.add("current");
        if (!button) return;
        var action = button.dataset.action;
        if (action === "confirm") decide(c, "confirmed");
        else if (action === "dismiss") decide(c, "dismissed");
        else if (action === "clear") decide(c, "");
      });
      var saveNote = debounce(function () {
        var c = currentCard();
        if (c) save(c, null);
      }, 400);
      container.addEventListener("input", function (e) {
        if (e.target.dataset.action === "note") saveNote();
      });
      container.addEventListener("change", function (e) {
        var el = e.target.closest("article.card");
        if (e.target.dataset.action === "note" && el) save(byId[el.id], null);
      });
    }

    document.addEventListener("click", function (e) {
      var button = e.target.closest ? e.target.closest("button[data-action]") : null;
      if (!button) return;
      if (button.dataset.action === "help") openHelp();
      if (button.dataset.action === "close-help") closeHelp();
    });

    document.addEventListener("keydown", function (e) {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      var t = e.target;
      var typing = t && (t.isContentEditable || t.tagName === "TEXTAREA" || t.tagName === "SELECT" ||
        (t.tagName === "INPUT" && !/^(checkbox|radio|button|submit|reset|file)$/.test(t.type)));
      if (typing) {
        if (e.key === "Escape" && (t === search || t.dataset.action === "note")) {
          var c = currentCard();
          if (c) c.el.focus();
          else t.blur();
        }
        return;
      }
      if (help && help.open) return;
      var card = currentCard();
      switch (e.key) {
        case "j": move(1); break;
        case "k": move(-1); break;
        case "c": if (card) decide(card, "confirmed"); else announce("Select a conflict first: press j."); break;
        case "d": if (card) decide(card, "dismissed"); else announce("Select a conflict first: press j."); break;
        case "u": if (card) decide(card, ""); break;
        case "n": if (card) card.el.querySelector("input[data-action=note]").focus(); break;
        case "/": if (search) search.focus(); break;
        case "?": openHelp(); break;
        default: return;
      }
      e.preventDefault();
    });

    function fromHash() {
      var id = decodeURIComponent(location.hash.slice(1));
      var c = byId[id];
      if (!c && /^fp-[0-9a-f]{6,40}$/.test(id)) {
        var prefix = id.slice(3);
        c = cards.filter(function (x) { return x.fingerprint.indexOf(prefix) === 0; })[0];
        if (c) c.el.scrollIntoView({ block: "start" });
      }
      if (c) {
        if (current >= 0 && cards[current]) cards[current].el.classList.remove("current");
        current = c.index;
        c.el.classList.add("current");
        c.el.focus({ preventScroll: true });
      }
    }
    window.addEventListener("hashchange", fromHash);
    fromHash();

    initImportExport("checker-decisions-" + (data.slug || "event") + ".json", function () {
      var out = {};
      store.all().forEach(function (d) {
        if (d.event === event && d.status) out[d.fingerprint] = d;
      });
      // Baseline dismissals stay in the file, so the next run keeps them.
      cards.forEach(function (c) {
        if (c.baseline === "dismissed" && !out[c.fingerprint] && !decisionOf(c)) {
          out[c.fingerprint] = { fingerprint: c.fingerprint, event: event, conflict: c.conflict, status: "dismissed", note: "" };
        }
      });
      return Object.keys(out).map(function (k) { return out[k]; });
    }, function () {
      cards.forEach(function (c) { render(c, decisionOf(c)); });
      applyFilters();
    });
  }

  /* Statements beyond the first few start in closed <details>. A link or
   * URL fragment that points inside one opens it, and printing opens them
   * all (and closes them again afterwards). */
  function initCollapsed() {
    function reveal(id) {
      var el = id ? document.getElementById(id) : null;
      var opened = false;
      for (var p = el; p; p = p.parentElement) {
        if (p.tagName === "DETAILS" && !p.open) {
          p.open = true;
          opened = true;
        }
      }
      return opened ? el : null;
    }
    document.addEventListener("click", function (e) {
      var a = e.target.closest ? e.target.closest("a[href^='#']") : null;
      if (a) reveal(decodeURIComponent(a.getAttribute("href").slice(1)));
    });
    function fromHash() {
      var el = reveal(decodeURIComponent(location.hash.slice(1)));
      if (el) el.scrollIntoView({ block: "start" });
    }
    window.addEventListener("hashchange", fromHash);
    fromHash();
    var closed = [];
    window.addEventListener("beforeprint", function () {
      closed = Array.prototype.filter.call(document.querySelectorAll("details"), function (d) { return !d.open; });
      closed.forEach(function (d) { d.open = true; });
    });
    window.addEventListener("afterprint", function () {
      closed.forEach(function (d) { d.open = false; });
      closed = [];
    });
  }

  /* ---------------------------------------------------------------- index */

  function initIndexPage() {
    var events = Array.isArray(data.events) ? data.events : [];

    function showProgress() {
      var saved = {};
      store.all().forEach(function (d) { saved[JSON.stringify([d.event, d.fingerprint])] = d; });
      Array.prototype.forEach.call(document.querySelectorAll("td[data-review-index]"), function (td) {
        var ev = events[Number(td.dataset.reviewIndex)];
        if (!ev) return;
        var done = ev.conflicts.filter(function (c) {
          var d = saved[JSON.stringify([ev.event, c.fingerprint])];
          return (d && d.status) || c.status === "dismissed";
        }).length;
        td.textContent = ev.conflicts.length ? done + " / " + ev.conflicts.length : "–";
        td.dataset.sortValue = String(done);
      });
    }

    initSortableTables();
    showProgress();
    initImportExport("checker-decisions.json", function () {
      var out = {};
      store.all().forEach(function (d) {
        if (d.status) out[JSON.stringify([d.event, d.fingerprint])] = d;
      });
      events.forEach(function (ev) {
        ev.conflicts.forEach(function (c) {
          var k = JSON.stringify([ev.event, c.fingerprint]);
          if (c.status === "dismissed" && !out[k] && !store.get(ev.event, c.fingerprint)) {
            out[k] = { fingerprint: c.fingerprint, event: ev.event, conflict: c.conflict, status: "dismissed", note: "" };
          }
        });
      });
      return Object.keys(out).map(function (k) { return out[k]; });
    }, showProgress);
  }

  function initSortableTables() {
    Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
      var tbody = table.tBodies[0];
      Array.prototype.forEach.call(tbody.rows, function (row, i) { row.dataset.order = String(i); });
      table.tHead.addEventListener("click", function (e) {
        var button = e.target.closest("button.sort");
        if (!button) return;
        var th = button.closest("th");
        var column = th.cellIndex;
        var numeric = button.dataset.type === "number";
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        // Counts read best largest first on the first click.
        if (numeric && th.getAttribute("aria-sort") === "none") ascending = false;
        Array.prototype.forEach.call(table.tHead.querySelectorAll("th"), function (h) {
          h.setAttribute("aria-sort", "none");
        });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(tbody.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].dataset.sortValue || "";
          var y = b.cells[column].dataset.sortValue || "";
          var cmp = numeric ? Number(x) - Number(y) : x.localeCompare(y, undefined, { numeric: true, sensitivity: "base" });
          if (!ascending) cmp = -cmp;
          return cmp || Number(a.dataset.order) - Number(b.dataset.order);
        });
        var fragment = document.createDocumentFragment();
        rows.forEach(function (r) { fragment.appendChild(r); });
        tbody.appendChild(fragment);
        announce("Sorted by " + button.textContent.trim() + ", " + (ascending ? "ascending" : "descending") + ".");
      });
    });
  }
})();
