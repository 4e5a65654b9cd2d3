// The report's inline script: draws a sample's two traces when its row is opened (so 800 samples stay
// light), and filters the list. It only ever writes model text through textContent.

export const REPORT_JS = `
(function () {
  var data = JSON.parse(document.getElementById('diagnosis-data').textContent);
  function lineCount(text) {
    var lines = text.replace(/\\r\\n?/g, '\\n').split('\\n');
    return lines.length > 1 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
  }
  function pane(title, text, marks, endMark) {
    var box = document.createElement('div'); box.className = 'pane';
    var h = document.createElement('h3'); h.textContent = title; box.appendChild(h);
    var code = document.createElement('div'); code.className = 'code';
    var lines = text.replace(/\\r\\n?/g, '\\n').split('\\n');
    if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
    var first = null;
    for (var i = 0; i < lines.length; i++) {
      var row = document.createElement('div'); row.className = 'ln';
      var no = document.createElement('span'); no.className = 'no'; no.textContent = String(i + 1);
      var body = document.createElement('span'); body.className = 'tx'; body.textContent = lines[i];
      row.appendChild(no); row.appendChild(body);
      var mark = marks[i + 1];
      if (mark) { row.className += ' ' + mark; if (first === null && mark !== 'malformed') first = row; }
      code.appendChild(row);
    }
    if (endMark) {
      var end = document.createElement('div'); end.className = 'ln end divergence';
      var n = document.createElement('span'); n.className = 'no'; n.textContent = String(lines.length + 1);
      var t = document.createElement('span'); t.className = 'tx'; t.textContent = '(trace ends here)';
      end.appendChild(n); end.appendChild(t); code.appendChild(end); first = first || end;
    }
    box.appendChild(code);
    return { box: box, code: code, first: first };
  }
  function render(details) {
    if (details.dataset.rendered) return;
    details.dataset.rendered = '1';
    var e = data[Number(details.dataset.index)];
    var host = details.querySelector('.detail');
    var facts = document.createElement('p'); facts.className = 'facts';
    [['predicted', e.predicted === null ? '(none)' : e.predicted], ['correct', e.correct],
      ['expected step', e.expected], ['model wrote', e.got]].forEach(function (pair) {
      if (pair[1] === null) return;
      var item = document.createElement('span'); item.className = 'fact';
      var label = document.createElement('b'); label.textContent = pair[0] + ': ';
      var value = document.createElement('code'); value.textContent = pair[1];
      item.appendChild(label); item.appendChild(value); facts.appendChild(item);
    });
    host.appendChild(facts);
    var modelMarks = {}; var trueMarks = {};
    (e.malformed || []).forEach(function (n) { modelMarks[n] = 'malformed'; });
    var endMark = false;
    if (e.line !== null) {
      if (e.line > lineCount(e.model)) endMark = true;
      else modelMarks[e.line] = 'divergence';
    }
    if (e.trueLine !== null) trueMarks[e.trueLine] = 'expected';
    var panes = document.createElement('div'); panes.className = 'panes';
    var left = pane('model trace', e.model, modelMarks, endMark);
    var right = pane('true trace', e.truth, trueMarks, false);
    panes.appendChild(left.box); panes.appendChild(right.box); host.appendChild(panes);
    [left, right].forEach(function (p) { if (p.first) p.code.scrollTop = Math.max(0, p.first.offsetTop - p.code.offsetTop - 80); });
  }
  document.querySelectorAll('details.sample').forEach(function (d) {
    d.addEventListener('toggle', function () { if (d.open) render(d); });
  });
  var search = document.getElementById('filter-text'); var status = document.getElementById('filter-status');
  function applyFilter() {
    var q = search.value.trim().toLowerCase(); var s = status.value; var shown = 0;
    document.querySelectorAll('details.sample').forEach(function (d) {
      var ok = (q === '' || d.dataset.search.indexOf(q) >= 0) && (s === 'all' || d.dataset.status.split(' ').indexOf(s) >= 0);
      d.classList.toggle('hidden', !ok); if (ok) shown++;
    });
    document.getElementById('shown-count').textContent = String(shown);
  }
  search.addEventListener('input', applyFilter); status.addEventListener('change', applyFilter);
})();
`;
