'use strict';
// Filters and sorts the rows that pii-scanner wrote; it adds no content of its own.
(function () {
  function toArray(list) {
    return Array.prototype.slice.call(list);
  }

  function sortKey(row, index, numeric) {
    var cell = row.cells[index];
    var raw = cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent;
    return numeric ? parseFloat(raw) : raw;
  }

  function wire(section) {
    var table = section.querySelector('table.rows');
    var body = table.tBodies[0];
    var rows = toArray(body.rows);
    var filters = toArray(section.querySelectorAll('[data-filter]'));
    var shown = section.querySelector('.shown');
    var headers = toArray(table.tHead.rows[0].cells);

    // A list chooses one value exactly; a text box matches part of the value, ignoring case.
    function matches(row, control) {
      var wanted = control.value.trim().toLowerCase();
      if (wanted === '') {
        return true;
      }
      var value = (row.getAttribute('data-' + control.getAttribute('data-filter')) || '').toLowerCase();
      return control.tagName === 'SELECT' ? value === wanted : value.indexOf(wanted) !== -1;
    }

    function filter() {
      var visible = 0;
      rows.forEach(function (row) {
        row.hidden = !filters.every(function (control) { return matches(row, control); });
        if (!row.hidden) {
          visible++;
        }
      });
      if (shown) {
        shown.textContent = visible + ' of ' + rows.length + ' rows shown';
      }
    }

    function sortBy(th, index) {
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      var numeric = th.getAttribute('data-sort') === 'number';
      headers.forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      rows.sort(function (a, b) {
        var x = sortKey(a, index, numeric);
        var y = sortKey(b, index, numeric);
        var order = numeric ? x - y : x.localeCompare(y, undefined, {numeric: true});
        return ascending ? order : -order;
      });
      var fragment = document.createDocumentFragment();
      rows.forEach(function (row) { fragment.appendChild(row); });
      body.appendChild(fragment);
    }

    filters.forEach(function (control) {
      control.addEventListener('input', filter);
      control.addEventListener('change', filter);
    });
    headers.forEach(function (th, index) {
      var button = th.querySelector('button');
      if (button) {
        button.addEventListener('click', function () { sortBy(th, index); });
      }
    });
    filter();
  }

  toArray(document.querySelectorAll('section.rows-section')).forEach(wire);
})();
