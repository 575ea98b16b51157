// Appended to a copy of an HTML report by ReportBrowserTests, never shipped: it works the
// report as a reader would (clicks a header, types in a search box, follows the links, zooms)
// in headless Chromium and writes what it saw as JSON into a pre element of id citegraph-check, which
// `chromium --dump-dom` prints (the test reads the last such element).
window.addEventListener("load", function () {
  var out = {}, problems = [];
  function texts(table, column) {
    return Array.prototype.map.call(table.tBodies[0].rows, function (r) { return r.cells[column].textContent; });
  }
  function visible(table) { return Array.prototype.filter.call(table.tBodies[0].rows, function (r) { return !r.hidden; }); }
  try {
    out.lang = document.documentElement.lang;
    // The picture: present, as wide as its box, and no wider than the page.
    var svg = document.querySelector(".picture svg"), viewport = document.querySelector(".picture .viewport");
    out.picture = !!svg;
    if (svg) {
      var r = svg.getBoundingClientRect(), v = viewport.getBoundingClientRect();
      out.pictureWidth = r.width; out.viewportWidth = v.width; out.pictureHeight = r.height;
      out.pageOverflows = document.documentElement.scrollWidth > window.innerWidth;
      out.nodes = svg.querySelectorAll("g.node").length;
      var before = svg.viewBox.baseVal.width;
      document.querySelector('.picture button[data-zoom="in"]').click();
      out.zoomedIn = svg.viewBox.baseVal.width < before;
      document.querySelector('.picture button[data-zoom="reset"]').click();
      out.zoomReset = svg.viewBox.baseVal.width === before;
    }
    var tables = document.querySelectorAll("table.t");
    out.tables = tables.length;
    // Sorting: the ranking table by its document column, ascending then descending.
    var ranking = tables[0], header = ranking.tHead.rows[0].cells[1];
    var original = texts(ranking, 1);
    header.click();
    var ascending = texts(ranking, 1);
    header.click();
    var descending = texts(ranking, 1);
    function sorted(list, sign) {
      for (var k = 1; k < list.length; k++) if (sign * list[k - 1].localeCompare(list[k]) > 0) return false;
      return true;
    }
    out.sortChangedOrder = original.join("\n") !== ascending.join("\n");
    out.sortedAscending = sorted(ascending, 1);
    out.sortedDescending = sorted(descending, -1);
    out.sortMark = header.getAttribute("aria-sort");
    // Numeric sorting on the "cited" column of the outside table.
    var outside = document.getElementById("outside").nextElementSibling.nextElementSibling;
    var citedHeader = outside.tHead.rows[0].cells[3];
    citedHeader.click(); citedHeader.click();
    var counts = visible(outside).map(function (r) { return parseFloat(r.cells[3].textContent); });
    out.numericDescending = counts.every(function (c, k) { return k === 0 || counts[k - 1] >= c; });
    // Searching: the outside table filtered by one row's id.
    var input = outside.previousElementSibling.querySelector("input");
    var total = outside.tBodies[0].rows.length, query = outside.tBodies[0].rows[total - 1].cells[0].textContent.replace(" ↗", "");
    input.value = query; input.dispatchEvent(new Event("input"));
    var matching = visible(outside);
    out.searchTotal = total; out.searchQuery = query; out.searchShown = matching.length;
    out.searchRowsMatch = matching.length > 0 && matching.every(function (r) { return r.textContent.toLowerCase().indexOf(query.toLowerCase()) >= 0; });
    input.value = ""; input.dispatchEvent(new Event("input"));
    out.pagedRows = Math.max.apply(null, Array.prototype.map.call(tables, function (t) { return visible(t).length; }));
    // Links: every in-page link has its target; every undocs.org link is in the corpus's language.
    var internal = document.querySelectorAll('a[href^="#"]'), broken = [];
    Array.prototype.forEach.call(internal, function (a) {
      var id = decodeURIComponent(a.getAttribute("href").slice(1));
      if (!document.getElementById(id)) broken.push(a.getAttribute("href"));
    });
    out.internalLinks = internal.length; out.brokenLinks = broken.slice(0, 10);
    var undocs = document.querySelectorAll("a.u");
    out.undocsLinks = undocs.length;
    out.undocsLanguages = Array.from(new Set(Array.prototype.map.call(undocs, function (a) {
      var m = /^https:\/\/undocs\.org\/([a-z]{2})\/./.exec(a.href); return m ? m[1] : "bad:" + a.href;
    })));
    var sectionLink = document.querySelector("main h3[id] a.u");
    out.sectionUndocs = sectionLink ? [sectionLink.parentNode.id, sectionLink.href] : null;
    // A link to a row on a later page of its table turns to that page.
    var last = outside.tBodies[0].rows[outside.tBodies[0].rows.length - 1];
    location.hash = "#" + encodeURIComponent(last.id);
    window.dispatchEvent(new HashChangeEvent("hashchange"));
    out.linkedRowShown = !last.hidden;
  } catch (e) {
    problems.push(String(e && e.stack || e));
  }
  out.problems = problems;
  var pre = document.createElement("pre");
  pre.id = "citegraph-check";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
