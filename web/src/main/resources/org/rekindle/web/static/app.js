// rekindle: the little script the pages use. Same-origin only; the pages work without it,
// except the live draft review.
(function () {
  'use strict';
  // the service worker keeps the shell and the last status, for the offline page (sw.js says more)
  if ('serviceWorker' in navigator && document.querySelector('meta[name="csrf-token"]')) {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(function () { /* the pages work without it */ });
  }
  var csrf = document.querySelector('meta[name="csrf-token"]');
  csrf = csrf ? csrf.getAttribute('content') : '';

  var text = document.getElementById('draft-text');
  if (!text) { return; }
  var stage = document.getElementById('draft-stage');
  var mirror = document.getElementById('draft-mirror');
  var out = document.getElementById('draft-result');
  var timer = null;
  var seq = 0;

  function el(tag, cls, content) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (content !== undefined) { e.textContent = content; }
    return e;
  }
  function words(x) {
    if (x === null || x === undefined) { return ''; }
    if (typeof x === 'string') { return x; }
    return x.message || x.text || x.reason || x.label || JSON.stringify(x);
  }
  // The review's shape (rekindle check --json): labels [{label, severity, spans: [[start, end]], reason, guide}],
  // suggestions, message; flat "highlights"/"spans" of {start, end} and "reasons" are read too.
  function pair(s) {
    if (Array.isArray(s)) { return { start: s[0], end: s[1] }; }
    return s ? { start: s.start, end: s.end } : null;
  }
  function spans(r) {
    var list = [];
    (r.labels || []).forEach(function (l) {
      (l.spans || []).forEach(function (s) {
        var p = pair(s);
        if (p) { p.label = l.label; p.severity = String(l.severity || '').toLowerCase(); list.push(p); }
      });
    });
    (r.highlights || r.spans || []).forEach(function (s) {
      var p = pair(s);
      if (p) { p.label = s.label; p.severity = String(s.severity || '').toLowerCase(); list.push(p); }
    });
    return list.filter(function (s) {
      return typeof s.start === 'number' && typeof s.end === 'number' && s.end > s.start;
    }).sort(function (a, b) { return a.start - b.start; });
  }
  function reasons(r) {
    if (r.reasons) { return r.reasons; }
    return (r.labels || []).filter(function (l) { return l.reason; }).map(function (l) {
      return l.reason + (l.guide ? ' [' + l.guide + ']' : '');
    });
  }
  function paintMirror(value, list) {
    mirror.textContent = '';
    var at = 0;
    list.forEach(function (s) {
      if (s.start < at) { return; }
      mirror.appendChild(document.createTextNode(value.slice(at, s.start)));
      var m = el('mark', s.severity === 'block' ? 'block' : '', value.slice(s.start, s.end));
      mirror.appendChild(m);
      at = s.end;
    });
    mirror.appendChild(document.createTextNode(value.slice(at) + '\n'));
  }
  function show(r, value) {
    out.textContent = '';
    var verdict = r.verdict || '';
    out.appendChild(el('p', 'verdict ' + verdict, verdict ? 'Verdict: ' + verdict : 'Reviewed'));
    var list = spans(r);
    paintMirror(value, list);
    if (list.length) {
      var p = el('p', 'hint', 'Highlighted: ' + list.map(function (s) {
        return '“' + value.slice(s.start, s.end) + '”' + (s.label ? ' (' + s.label + ')' : '');
      }).join(', '));
      out.appendChild(p);
    }
    if (r.message) { out.appendChild(el('p', '', r.message)); }
    [['Why', reasons(r)], ['Try instead', r.suggestions]].forEach(function (pair) {
      if (pair[1] && pair[1].length) {
        out.appendChild(el('h3', '', pair[0]));
        var ul = el('ul');
        pair[1].forEach(function (x) { ul.appendChild(el('li', '', words(x))); });
        out.appendChild(ul);
      }
    });
  }
  function review() {
    var value = text.value;
    var mine = ++seq;
    if (!value.trim()) {
      mirror.textContent = '';
      out.textContent = '';
      out.appendChild(el('p', 'hint', 'Start typing to see the review.'));
      return;
    }
    var body = { text: value };
    if (stage && stage.value) { body.stage = stage.value; }
    fetch('/api/check', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify(body)
    }).then(function (res) {
      return res.json().then(function (j) { return { status: res.status, body: j }; });
    }).then(function (r) {
      if (mine !== seq) { return; }
      if (r.status === 200) { show(r.body, value); return; }
      mirror.textContent = '';
      out.textContent = '';
      out.appendChild(el('p', r.status === 503 ? 'notice warn' : 'notice error',
        (r.status === 503 ? 'Draft review is unavailable: ' : 'Could not review: ') + (r.body.detail || r.status)));
    }).catch(function () {
      if (mine !== seq) { return; }
      out.textContent = '';
      out.appendChild(el('p', 'notice error', 'Could not reach rekindle. Is it still running?'));
    });
  }
  function later() {
    clearTimeout(timer);
    timer = setTimeout(review, 250);
  }
  text.addEventListener('input', later);
  text.addEventListener('scroll', function () { mirror.scrollTop = text.scrollTop; });
  if (stage) { stage.addEventListener('change', later); }
  var form = document.getElementById('draft-form');
  if (form) { form.addEventListener('submit', function (e) { e.preventDefault(); review(); }); }
})();
