/// The style sheet and the script of the HTML report, written for it (no library is fetched or
/// vendored; they are under the project's licence). The script is what makes a report of tens of
/// thousands of rows usable: tables sort on a click of their header, filter on what is typed
/// above them and show 50 rows a page; the picture fits the width and pans and zooms. Without
/// the script the report is still whole: every row is in the page and every link works.
enum ReportAssets {
    static let css = """
        body { font-family: "Noto Sans", "Noto Sans CJK SC", sans-serif; max-width: 76rem; margin: 1.5rem auto; padding: 0 1rem; color: #222; line-height: 1.45; }
        header .meta { margin: 0.15rem 0; color: #555; font-size: 0.9rem; }
        header .meta:first-of-type { margin-top: 0.6rem; }
        nav ol { columns: 2; }
        h3 .title { font-weight: normal; color: #444; }
        a.u { text-decoration: none; font-size: 0.85em; }
        table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
        th, td { border-bottom: 1px solid #ddd; padding: 0.2rem 0.55rem; text-align: left; vertical-align: top; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        th[data-sort] { cursor: pointer; user-select: none; }
        th[aria-sort=ascending]::after { content: " ▲"; }
        th[aria-sort=descending]::after { content: " ▼"; }
        tr:target, h3:target { background: #fff3b0; }
        .tools { margin-top: 0.6rem; display: flex; gap: 0.8rem; align-items: center; font-size: 0.9rem; }
        .tools input { padding: 0.2rem 0.4rem; min-width: 16rem; }
        .picture { margin: 0.5rem 0 1rem; position: relative; }
        .picture .viewport { border: 1px solid #ddd; overflow: hidden; touch-action: none; cursor: grab; }
        .picture svg { display: block; width: 100%; height: auto; max-height: 85vh; }
        .picture .zoom { position: absolute; right: 0.4rem; top: 0.4rem; z-index: 1; }
        .picture .zoom button { font-size: 1rem; min-width: 2rem; margin-left: 0.2rem; }
        .chart { margin: 0.5rem 0 1rem; }
        .chart svg { display: block; max-width: 100%; height: auto; }

        """

    static let script = """
        "use strict";
        (function () {
          var PAGE = 50, strings = document.body.dataset;
          function fill(text, values) { return text.replace(/\\{(\\w+)\\}/g, function (m, k) { return k in values ? values[k] : m; }); }

          // Tables: sort by a header's column, filter by text, page through the rows.
          function Table(table) {
            var body = table.tBodies[0], self = this;
            this.rows = Array.prototype.slice.call(body.rows);
            this.shown = this.rows; this.page = 0; this.table = table;
            if (this.rows.length < 2) return;
            var tools = document.createElement("div"); tools.className = "tools";
            var input = document.createElement("input"); input.type = "search"; input.placeholder = strings.filterrows;
            var prev = document.createElement("button"), next = document.createElement("button"), where = document.createElement("span");
            prev.type = next.type = "button"; prev.textContent = "‹ " + strings.previous; next.textContent = strings.next + " ›";
            tools.appendChild(input);
            if (this.rows.length > PAGE) { tools.appendChild(prev); tools.appendChild(where); tools.appendChild(next); }
            table.parentNode.insertBefore(tools, table);
            this.where = where;
            input.addEventListener("input", function () {
              var q = input.value.trim().toLowerCase();
              self.shown = q ? self.rows.filter(function (r) { return r.textContent.toLowerCase().indexOf(q) >= 0; }) : self.rows;
              self.page = 0; self.draw();
            });
            prev.addEventListener("click", function () { if (self.page > 0) { self.page--; self.draw(); } });
            next.addEventListener("click", function () { if ((self.page + 1) * PAGE < self.shown.length) { self.page++; self.draw(); } });
            Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
              th.dataset.sort = th.classList.contains("n") ? "number" : "text";
              if (th.dataset.sort === "number") self.rows.forEach(function (r) { if (r.cells[column]) r.cells[column].classList.add("n"); });
              th.addEventListener("click", function () { self.sort(th, column); });
            });
            this.input = input;
            this.draw();
          }
          Table.prototype.sort = function (th, column) {
            var ascending = th.getAttribute("aria-sort") !== "ascending", numeric = th.dataset.sort === "number";
            Array.prototype.forEach.call(th.parentNode.cells, function (c) { c.removeAttribute("aria-sort"); });
            th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
            function key(row) { var s = row.cells[column] ? row.cells[column].textContent : ""; return numeric ? parseFloat(s) || 0 : s; }
            var order = this.rows.map(function (row, k) { return [key(row), k, row]; });
            order.sort(function (a, b) {
              var d = numeric ? a[0] - b[0] : a[0].localeCompare(b[0]);
              return (ascending ? d : -d) || a[1] - b[1];
            });
            var body = this.table.tBodies[0];
            this.rows = order.map(function (e) { body.appendChild(e[2]); return e[2]; });
            var kept = new Set(this.shown);
            this.shown = this.rows.filter(function (r) { return kept.has(r); });
            this.page = 0; this.draw();
          };
          Table.prototype.draw = function () {
            var first = this.page * PAGE, visible = new Set(this.shown.slice(first, first + PAGE));
            this.rows.forEach(function (r) { r.hidden = !visible.has(r); });
            if (this.where) {
              this.where.textContent = fill(strings.rowsof, { first: this.shown.length ? first + 1 : 0,
                last: Math.min(first + PAGE, this.shown.length), count: this.shown.length });
            }
          };
          Table.prototype.reveal = function (row) {
            if (this.shown.indexOf(row) < 0) { this.input.value = ""; this.shown = this.rows; }
            this.page = Math.floor(this.shown.indexOf(row) / PAGE); this.draw();
          };
          var tables = Array.prototype.map.call(document.querySelectorAll("table.t"), function (t) { return new Table(t); });

          // A link to a row on another page of its table turns to that page; and since paging
          // shortens the page after the browser scrolled to the address's target, scroll again.
          function revealTarget() {
            var id = decodeURIComponent(location.hash.slice(1)), target = id && document.getElementById(id);
            if (!target) return;
            if (target.tagName === "TR") tables.forEach(function (t) { if (t.rows.indexOf(target) >= 0 && t.input) t.reveal(target); });
            target.scrollIntoView();
          }
          window.addEventListener("hashchange", revealTarget);
          revealTarget();

          // The picture: its viewBox moved by dragging and scaled by the wheel or the buttons.
          Array.prototype.forEach.call(document.querySelectorAll(".picture"), function (figure) {
            var svg = figure.querySelector("svg");
            if (!svg || !svg.viewBox.baseVal) return;
            var home = svg.getAttribute("viewBox"), box = svg.viewBox.baseVal;
            function zoom(factor, fx, fy) {
              var w = box.width * factor, h = box.height * factor;
              box.x += (box.width - w) * fx; box.y += (box.height - h) * fy; box.width = w; box.height = h;
            }
            figure.querySelectorAll("button[data-zoom]").forEach(function (b) {
              b.title = { "in": strings.zoomin, out: strings.zoomout, reset: strings.zoomreset }[b.dataset.zoom];
              b.addEventListener("click", function () {
                if (b.dataset.zoom === "reset") svg.setAttribute("viewBox", home);
                else zoom(b.dataset.zoom === "in" ? 0.8 : 1.25, 0.5, 0.5);
              });
            });
            svg.addEventListener("wheel", function (e) {
              e.preventDefault();
              var r = svg.getBoundingClientRect();
              zoom(e.deltaY < 0 ? 0.85 : 1 / 0.85, (e.clientX - r.left) / r.width, (e.clientY - r.top) / r.height);
            }, { passive: false });
            var drag = null;
            svg.addEventListener("pointerdown", function (e) {
              if (e.target.closest("a")) return;
              drag = { x: e.clientX, y: e.clientY }; svg.setPointerCapture(e.pointerId);
            });
            svg.addEventListener("pointermove", function (e) {
              if (!drag) return;
              var r = svg.getBoundingClientRect(), s = Math.max(box.width / r.width, box.height / r.height);
              box.x -= (e.clientX - drag.x) * s; box.y -= (e.clientY - drag.y) * s; drag = { x: e.clientX, y: e.clientY };
            });
            svg.addEventListener("pointerup", function () { drag = null; });
          });
        })();

        """
}
