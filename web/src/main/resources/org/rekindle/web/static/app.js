// rekindle: the little script the pages use. Same-origin only; every page works without it. The draft box is a
// plain form that posts and gets the review drawn on the server; here it only becomes live: each pause in typing
// asks the server for the same review (POST /draft/review) and marks its words behind the text.
(function () {
  'use strict';
  // the service worker keeps the shell and the last status, for the offline page (sw.js says more)
  if ('serviceWorker' in navigator && document.querySelector('meta[name="csrf-token"]')) {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(function () { /* the pages work without it */ });
  }
  var csrf = document.querySelector('meta[name="csrf-token"]');
  csrf = csrf ? csrf.getAttribute('content') : '';

  var form = document.getElementById('draft-form');
  var text = document.getElementById('draft-text');
  if (!form || !text) { return; }
  var stage = document.getElementById('draft-stage');
  var mirror = document.getElementById('draft-mirror');
  var out = document.getElementById('draft-result');
  var timer = null;
  var seq = 0;

  // the highlights behind the text, from the spans each finding of the review carries
  function mark() {
    var spans = [];
    out.querySelectorAll('.finding[data-spans]').forEach(function (li) {
      var cls = li.classList.contains('good') ? 'good' : (li.classList.contains('block') ? 'block' : 'caution');
      (li.getAttribute('data-spans') || '').split(' ').forEach(function (pair) {
        var ab = pair.split('-');
        if (ab.length === 2) { spans.push({ start: +ab[0], end: +ab[1], cls: cls }); }
      });
    });
    spans.sort(function (a, b) { return a.start - b.start; });
    var v = text.value;
    var at = 0;
    mirror.textContent = '';
    spans.forEach(function (s) {
      if (s.start < at || s.end > v.length) { return; }
      mirror.appendChild(document.createTextNode(v.slice(at, s.start)));
      var m = document.createElement('mark');
      m.className = s.cls;
      m.textContent = v.slice(s.start, s.end);
      mirror.appendChild(m);
      at = s.end;
    });
    mirror.appendChild(document.createTextNode(v.slice(at)));
  }

  function review() {
    var mine = ++seq;
    if (!text.value.trim()) {
      mirror.textContent = '';
      return;
    }
    var body = new URLSearchParams();
    body.set('text', text.value);
    body.set('stage', stage ? stage.value : '');
    fetch('/draft/review', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-CSRF-Token': csrf, Accept: 'text/html' },
      body: body.toString()
    }).then(function (res) { return res.text(); })
      .then(function (html) {
        if (mine !== seq) { return; } // a newer review is on its way
        out.innerHTML = html; // drawn and escaped by the server's template
        mark();
      })
      .catch(function () { /* the Check button still works */ });
  }

  function soon() {
    mirror.textContent = text.value;
    clearTimeout(timer);
    timer = setTimeout(review, 300);
  }
  text.addEventListener('input', soon);
  if (stage) { stage.addEventListener('change', soon); }
  text.addEventListener('scroll', function () { mirror.scrollTop = text.scrollTop; });
  if (text.value) { mark(); }
}());
