// The report page's behaviour: sortable and filterable tables, one service page at a time,
// and search; map.js draws the service map. Every text from the analysis reaches the page through
// textContent or a cytoscape label, never as markup.
(function () {
  'use strict';

  var doc = document;
  doc.documentElement.classList.add('js');
  var data = JSON.parse(doc.getElementById('cleave-data').textContent);
  var report = { data: data, map: null, ready: false, readyAt: null };
  window.cleaveReport = report;

  doc.querySelectorAll('.needs-script').forEach(function (element) {
    element.hidden = false;
  });

  function element(tag, className, text) {
    var created = doc.createElement(tag);
    if (className) {
      created.className = className;
    }
    if (text !== undefined) {
      created.textContent = text;
    }
    return created;
  }

  function serviceLink(anchor, text) {
    var link = element('a', null, text);
    link.href = '#' + anchor;
    return link;
  }

  // Tables: a click on a header sorts by that column; a filter box hides rows without its text.

  function cellValue(row, column, numeric) {
    var cell = row.cells[column];
    if (!cell) {
      return numeric ? 0 : '';
    }
    var raw = cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent;
    if (numeric) {
      var number = parseFloat(raw.replace(/[,%\s]/g, ''));
      return isNaN(number) ? -Infinity : number;
    }
    return raw.trim().toLowerCase();
  }

  function sortTable(table, header) {
    var column = header.cellIndex;
    var numeric = header.classList.contains('num');
    var ascending = header.getAttribute('aria-sort') !== 'ascending';
    table.querySelectorAll('th[aria-sort]').forEach(function (other) {
      other.removeAttribute('aria-sort');
    });
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var keyed = rows.map(function (row, index) {
      return { row: row, key: cellValue(row, column, numeric), index: index };
    });
    keyed.sort(function (a, b) {
      var order = 0;
      if (a.key < b.key) {
        order = -1;
      } else if (a.key > b.key) {
        order = 1;
      }
      return (ascending ? order : -order) || a.index - b.index;
    });
    var fragment = doc.createDocumentFragment();
    keyed.forEach(function (item) {
      fragment.appendChild(item.row);
    });
    body.appendChild(fragment);
  }

  function initTables() {
    doc.querySelectorAll('table.sortable').forEach(function (table) {
      if (!table.tHead) {
        return;
      }
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header) {
        header.tabIndex = 0;
        header.title = 'Sort by this column';
        header.addEventListener('click', function () {
          sortTable(table, header);
        });
        header.addEventListener('keydown', function (event) {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            sortTable(table, header);
          }
        });
      });
    });
    doc.querySelectorAll('input.table-filter').forEach(function (input) {
      var table = doc.getElementById(input.getAttribute('data-table'));
      var timer = null;
      input.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          var query = input.value.trim().toLowerCase();
          Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
            row.hidden = query !== '' && row.textContent.toLowerCase().indexOf(query) < 0;
          });
        }, 120);
      });
    });
  }

  // Service pages: with scripts on, one is shown at a time, chosen by the location's hash.

  var serviceSelect = doc.getElementById('service-select');

  function showService(anchor, scroll) {
    var page = doc.getElementById(anchor);
    if (!page || !page.classList.contains('service')) {
      return false;
    }
    doc.querySelectorAll('article.service.active').forEach(function (other) {
      other.classList.remove('active');
    });
    page.classList.add('active');
    if (serviceSelect) {
      serviceSelect.value = anchor;
    }
    if (scroll) {
      page.scrollIntoView();
    }
    return true;
  }
  report.showService = showService;

  function followHash() {
    var anchor = decodeURIComponent(location.hash.slice(1));
    if (/^s[0-9]+$/.test(anchor)) {
      showService(anchor, true);
    }
  }

  function initServicePages() {
    var first = doc.querySelector('article.service');
    if (first) {
      showService(first.id, false);
    }
    if (serviceSelect) {
      serviceSelect.addEventListener('change', function () {
        location.hash = serviceSelect.value;
      });
    }
    window.addEventListener('hashchange', followHash);
    followHash();
  }

  // Search over services, packages and classes.

  function searchIndex() {
    var entries = [];
    data.map.services.forEach(function (service) {
      entries.push({ text: service.name, kind: 'service', anchor: service.id });
    });
    data.map.packages.forEach(function (pkg) {
      var service = data.map.services[pkg.service];
      entries.push({ text: pkg.name, kind: 'package in ' + service.name, anchor: service.id });
    });
    data.classes.forEach(function (entry) {
      var service = data.map.services[entry[1]];
      entries.push({ text: entry[0], kind: 'class in ' + service.name, anchor: service.id });
    });
    entries.forEach(function (entry) {
      entry.key = entry.text.toLowerCase();
      entry.tail = entry.key.slice(entry.key.lastIndexOf('.') + 1);
    });
    return entries;
  }

  function initSearch() {
    var input = doc.getElementById('search');
    var results = doc.getElementById('search-results');
    if (!input || !results) {
      return;
    }
    var entries = null;
    var timer = null;
    function update() {
      entries = entries || searchIndex();
      var query = input.value.trim().toLowerCase();
      results.textContent = '';
      if (query === '') {
        results.hidden = true;
        return;
      }
      var matches = entries.filter(function (entry) {
        return entry.key.indexOf(query) >= 0;
      });
      matches.sort(function (a, b) {
        var rankA = a.tail.indexOf(query) === 0 ? 0 : 1;
        var rankB = b.tail.indexOf(query) === 0 ? 0 : 1;
        return rankA - rankB || a.key.length - b.key.length || (a.key < b.key ? -1 : 1);
      });
      matches.slice(0, 40).forEach(function (entry) {
        var item = element('li');
        var link = serviceLink(entry.anchor, entry.text);
        link.appendChild(element('span', 'kind', entry.kind));
        item.appendChild(link);
        results.appendChild(item);
      });
      if (matches.length === 0) {
        results.appendChild(element('li', 'muted', 'Nothing matches.'));
      } else if (matches.length > 40) {
        results.appendChild(element('li', 'muted', (matches.length - 40) + ' more; type more.'));
      }
      results.hidden = false;
    }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(update, 100);
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        input.value = '';
        update();
      }
    });
    results.addEventListener('click', function (event) {
      if (event.target.closest('a')) {
        results.hidden = true;
      }
    });
  }

  initTables();
  initServicePages();
  initSearch();
})();
