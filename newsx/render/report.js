// newsx HTML report: builds a corpus's articles when opened, pages the index, shows a finding's
// details on focus or click, and moves between findings with the keyboard. Data reaches the page
// only through textContent or markup that newsx escaped: this script never builds markup from text.
(function () {
  "use strict";
  var body = document.body;
  var detail = document.getElementById("detail");
  var PAGE = 100;

  function articles() { return document.querySelectorAll("section.article"); }

  function build(section) {
    if (section.dataset.built) return;
    var block = document.querySelector('script[data-for="' + section.id + '"]');
    if (block) {
      var template = document.createElement("template");
      template.innerHTML = block.textContent;  // newsx's own escaped markup
      section.appendChild(template.content);
      block.remove();
    }
    var next = section.querySelector(".art-nav a:last-child");
    if (next && next.textContent.indexOf("next") >= 0 && !document.getElementById(next.hash.slice(1))) next.remove();
    section.dataset.built = "1";
  }

  function route() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    // A link to a finding (#a12-f3) of an article not built yet: build the article first.
    var finding = !target && id.match(/^a(\d+)-f\d+$/);
    if (finding) {
      var owner = document.getElementById("art-" + finding[1]);
      if (owner) { build(owner); target = document.getElementById(id); }
    }
    var section = target && target.closest ? target.closest("section.article") : null;
    var list = articles();
    if (list.length === 1 && !list[0].hidden) section = section || list[0];
    list.forEach(function (s) { if (s !== section && list.length > 1) s.hidden = true; });
    if (section) {
      build(section);
      section.hidden = false;
      body.classList.toggle("reading", list.length > 1);
      if (target === section && list.length > 1) window.scrollTo(0, 0);
      else if (target && target !== section) { target.scrollIntoView({block: "center"}); if (target.tabIndex >= 0) target.focus(); }
    } else {
      body.classList.remove("reading");
      if (id && id !== "index") { var el = document.getElementById(id); if (el) el.scrollIntoView(); }
    }
    hideDetail();
  }

  function current() {
    var list = articles();
    for (var i = 0; i < list.length; i++) if (!list[i].hidden) return list[i];
    return null;
  }

  function marks(section) {
    return Array.prototype.filter.call(section.querySelectorAll("mark.nx[tabindex]"), function (m) {
      var kind = m.className.match(/nx-(\w+)/);
      return !(kind && body.classList.contains("hide-" + kind[1]));
    });
  }

  function pieces(mark) {
    var section = mark.closest("section.article");
    return section ? section.querySelectorAll('mark.nx[data-i="' + mark.dataset.i + '"]') : [mark];
  }

  function showDetail(mark) {
    document.querySelectorAll("mark.nx.on").forEach(function (m) { m.classList.remove("on"); });
    var first = mark.hasAttribute("tabindex") ? mark : mark.closest("section.article")
      .querySelector('mark.nx[tabindex][data-i="' + mark.dataset.i + '"]') || mark;
    pieces(first).forEach(function (m) { m.classList.add("on"); });
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
    var list = marks(section);
    if (!list.length) return;
    var at = list.indexOf(document.activeElement);
    var next = at < 0 ? (delta > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + delta));
    list[next].focus();
    list[next].scrollIntoView({block: "nearest"});
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
      if (to) { e.preventDefault(); to.scrollIntoView({block: "center"}); to.focus(); }
    }
  });
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target.matches && e.target.matches("input[type=search], input[type=text], textarea, select")) return;
    if (e.key === "j" || e.key === "n") { step(1); e.preventDefault(); }
    else if (e.key === "k" || e.key === "p") { step(-1); e.preventDefault(); }
    else if (e.key === "]") article(1);
    else if (e.key === "[") article(-1);
    else if (e.key === "i" && articles().length > 1) location.hash = "index";
    else if (e.key === "Escape") hideDetail();
  });

  document.querySelectorAll(".legend input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () { body.classList.toggle("hide-" + box.dataset.kind, !box.checked); });
  });
  var labels = document.getElementById("labels");
  if (labels) labels.addEventListener("change", function () { body.classList.toggle("no-labels", !labels.checked); });

  // The index: pages of PAGE lines, filtered by source.
  var table = document.getElementById("index-table");
  if (table) {
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var pager = document.querySelector(".pager");
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
    pager.hidden = false;
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
