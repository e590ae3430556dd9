// newsx HTML report: builds a corpus's articles when opened, pages the index, shows a finding's
// details on focus or click, and moves between findings with the keyboard. Data reaches the page
// only through textContent or markup that newsx escaped: this script never builds markup from text.
(function () {
  "use strict";
  var body = document.body;
  var detail = document.getElementById("detail");
  var PAGE = 100;

  function articles() { return document.querySelectorAll("section.article"); }

  function hidden(kind) { return body.classList.contains("hide-" + kind); }

  function kindOf(mark) {
    var found = mark.className.match(/\bnx-(\w+)/);
    return found ? found[1] : "";
  }

  // A hidden kind's marks leave the Tab order (and j/k skip them); shown again, they come back.
  function setFocusable(root) {
    root.querySelectorAll("mark.nx[tabindex]").forEach(function (m) {
      m.tabIndex = hidden(kindOf(m)) ? -1 : 0;
    });
  }

  function build(section) {
    if (section.dataset.built) return;
    var block = document.querySelector('script[data-for="' + section.id + '"]');
    if (block) {
      var template = document.createElement("template");
      template.innerHTML = block.textContent;  // newsx's own markup, the data in it escaped
      section.appendChild(template.content);
      block.remove();
    }
    section.querySelectorAll(".art-nav a.next, .art-nav a.prev").forEach(function (a) {
      if (!document.getElementById(a.hash.slice(1))) a.remove();
    });
    setFocusable(section);
    section.dataset.built = "1";
  }

  function hashId() {
    try { return decodeURIComponent(location.hash.slice(1)); } catch (e) { return ""; }
  }

  function route() {
    hideDetail();
    var id = hashId();
    var target = id ? document.getElementById(id) : null;
    // A link to a finding (#a12-f3) of an article not built yet: build the article first.
    var finding = !target && id.match(/^a(\d+)-f\d+$/);
    if (finding) {
      var owner = document.getElementById("art-" + finding[1]);
      if (owner) { build(owner); target = document.getElementById(id); }
    }
    var section = target && target.closest ? target.closest("section.article") : null;
    var list = articles();
    var corpus = list.length > 1 || (list.length === 1 && list[0].hidden);
    if (!corpus) section = list[0] || null;
    if (corpus) list.forEach(function (s) { if (s !== section) s.hidden = true; });
    var reading = corpus && !!section;
    var wasReading = body.classList.contains("reading");
    body.classList.toggle("reading", reading);
    if (section) {
      build(section);
      section.hidden = false;
    }
    // After the browser's own scroll to the fragment, which would hide the legend above.
    requestAnimationFrame(function () {
      if (target && target.matches("mark.nx")) {
        target.scrollIntoView({block: "center"});
        target.focus();
      } else if (reading) {
        window.scrollTo(0, 0);
        section.querySelector("h2").focus({preventScroll: true});
      } else if (id === "index" || wasReading) {
        var index = document.getElementById("index");
        if (index) {
          index.scrollIntoView();
          if (wasReading || id === "index") document.getElementById("index-h").focus({preventScroll: true});
        }
      } else if (target) {
        target.scrollIntoView();
      }
    });
  }

  function current() {
    var list = articles();
    for (var i = 0; i < list.length; i++) if (!list[i].hidden) return list[i];
    return null;
  }

  function showDetail(mark) {
    var section = mark.closest("section.article");
    var first = mark.id ? mark : section.querySelector('mark.nx[id][data-i="' + mark.dataset.i + '"]') || mark;
    document.querySelectorAll("mark.nx.on").forEach(function (m) { m.classList.remove("on"); });
    section.querySelectorAll('mark.nx[data-i="' + first.dataset.i + '"]').forEach(function (m) { m.classList.add("on"); });
    var lines = (first.getAttribute("title") || "").split("\n");
    detail.textContent = "";
    var head = document.createElement("b");
    head.textContent = lines.shift();
    detail.appendChild(head);
    detail.appendChild(document.createTextNode(lines.join("\n")));
    detail.hidden = false;
  }

  function hideDetail() {
    detail.hidden = true;
    document.querySelectorAll("mark.nx.on").forEach(function (m) { m.classList.remove("on"); });
  }

  function step(delta) {
    var section = current();
    if (!section) return;
    var list = Array.prototype.slice.call(section.querySelectorAll('mark.nx[tabindex="0"]'));
    if (!list.length) return;
    var at = list.indexOf(document.activeElement);
    var next = at < 0 ? (delta > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + delta));
    // Centred, so that the details box in the corner never covers the finding.
    list[next].focus({preventScroll: true});
    list[next].scrollIntoView({block: "center"});
  }

  function article(delta) {
    var section = current();
    var list = articles();
    if (!section || list.length < 2) return;
    var at = Array.prototype.indexOf.call(list, section) + delta;
    if (at >= 0 && at < list.length) location.hash = list[at].id;
  }

  document.addEventListener("focusin", function (e) {
    if (e.target.matches && e.target.matches("mark.nx")) showDetail(e.target);
  });
  document.addEventListener("click", function (e) {
    var mark = e.target.closest ? e.target.closest("mark.nx") : null;
    if (mark) { showDetail(mark); return; }
    var link = e.target.closest ? e.target.closest("a[data-goto]") : null;
    if (link) {
      var to = document.getElementById(link.dataset.goto);
      if (to) { e.preventDefault(); to.scrollIntoView({block: "center"}); to.focus({preventScroll: true}); }
    }
  });
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target.matches && e.target.matches("input[type=search], input[type=text], textarea, select")) return;
    if (e.key === "j") { step(1); e.preventDefault(); }
    else if (e.key === "k") { step(-1); e.preventDefault(); }
    else if (e.key === "]") article(1);
    else if (e.key === "[") article(-1);
    else if (e.key === "i" && document.getElementById("index")) location.hash = "index";
    else if (e.key === "Escape") hideDetail();
  });

  document.querySelectorAll(".legend input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () {
      body.classList.toggle("hide-" + box.dataset.kind, !box.checked);
      articles().forEach(function (s) { if (s.dataset.built || !s.hidden) setFocusable(s); });
    });
  });
  var labels = document.getElementById("labels");
  if (labels) labels.addEventListener("change", function () { body.classList.toggle("no-labels", !labels.checked); });

  // The index: pages of PAGE lines, filtered by source.
  var table = document.getElementById("index-table");
  if (table) {
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var filter = document.getElementById("filter");
    var page = 0;
    var shown = rows;
    var draw = function () {
      var pages = Math.max(1, Math.ceil(shown.length / PAGE));
      page = Math.min(page, pages - 1);
      rows.forEach(function (r) { r.hidden = true; });
      shown.slice(page * PAGE, (page + 1) * PAGE).forEach(function (r) { r.hidden = false; });
      document.getElementById("page").textContent = "page " + (page + 1) + " of " + pages + " (" + shown.length + " articles)";
      document.getElementById("prev").disabled = page === 0;
      document.getElementById("next").disabled = page >= pages - 1;
    };
    document.querySelector(".pager").hidden = false;
    filter.addEventListener("input", function () {
      var q = filter.value.toLowerCase();
      shown = q ? rows.filter(function (r) { return r.dataset.source.indexOf(q) >= 0; }) : rows;
      page = 0;
      draw();
    });
    document.getElementById("prev").addEventListener("click", function () { page--; draw(); });
    document.getElementById("next").addEventListener("click", function () { page++; draw(); });
    draw();
  }

  window.addEventListener("hashchange", route);
  route();
}());
