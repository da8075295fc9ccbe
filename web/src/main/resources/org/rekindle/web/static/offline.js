// rekindle's offline page: the last status the server gave, from the service worker's cache, marked with the
// day it was saved. Only absolute dates: "today" here would be a guess about a day the server never saw.
(function () {
  'use strict';
  function two(n) { return (n < 10 ? '0' : '') + n; }
  function day(d) { return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate()); }
  function text(id, value) { document.getElementById(id).textContent = value; }

  if (!('caches' in window)) { return; }
  caches.open('rekindle-last-v1')
    .then(function (c) { return c.match('/last-status'); })
    .then(function (res) {
      if (!res) { return; }
      var saved = new Date(res.headers.get('X-Rekindle-Saved'));
      return res.json().then(function (s) {
        if (!s || !s.stage || !s.next) { return; }
        var when = isNaN(saved.getTime()) ? '' : day(saved) + ' at ' + two(saved.getHours()) + ':' + two(saved.getMinutes());
        text('saved', 'This is the last status rekindle gave' + (when ? ', saved ' + when : '') +
          ' (as of ' + s.as_of + '); anything logged since is not in it.');
        text('last-asof', 'Stage as of ' + s.as_of);
        text('last-title', s.title || s.stage);
        text('last-summary', s.summary || '');
        text('last-action', s.next.action || '');
        var w = s.next.earliest ? 'Not before ' + s.next.earliest + '.' : (s.next.until ? 'Until ' + s.next.until + '.' : '');
        text('last-when', w);
        document.getElementById('last').hidden = false;
        document.getElementById('none').hidden = true;
      });
    })
    .catch(function () { /* the notice above already says it is offline */ });
}());
