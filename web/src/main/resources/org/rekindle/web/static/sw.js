// rekindle's service worker. It keeps the shell (styles, scripts, icons, the offline page) and the last
// status the server gave, so the app opens without the server and says plainly that it is offline.
// Pages themselves are never answered from the cache: they carry CSRF tokens and "today".
'use strict';

const SHELL = 'rekindle-shell-v1';
const LAST = 'rekindle-last-v1';
const SHELL_FILES = [
  '/static/app.css', '/static/app.js', '/static/offline.html', '/static/offline.js',
  '/static/icon.svg', '/static/icon-192.png', '/static/icon-512.png', '/manifest.webmanifest'
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((c) => c.addAll(SHELL_FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n !== SHELL && n !== LAST).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

// The status behind the dashboard, kept for the offline page with the moment it was saved (the page says
// when, in plain dates); a signed-out or failed answer clears it.
function keepLastStatus() {
  return fetch('/api/status', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((res) => caches.open(LAST).then((c) => {
      if (!res.ok) {
        return c.delete('/last-status');
      }
      return res.text().then((body) => c.put('/last-status', new Response(body, {
        headers: { 'Content-Type': 'application/json', 'X-Rekindle-Saved': new Date().toISOString() }
      })));
    }))
    .catch(() => undefined);
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') {
    return;
  }
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (req.mode === 'navigate') {
    event.respondWith(fetch(req)
      .then((res) => {
        if (res.ok && url.pathname === '/') {
          event.waitUntil(keepLastStatus());
        }
        if (url.pathname === '/logout' || url.pathname === '/login') {
          event.waitUntil(caches.delete(LAST));
        }
        return res;
      })
      .catch(() => caches.match('/static/offline.html', { cacheName: SHELL })));
    return;
  }
  if (url.pathname.startsWith('/static/')) {
    event.respondWith(fetch(req)
      .then((res) => {
        if (res.ok) {
          const copy = res.clone();
          event.waitUntil(caches.open(SHELL).then((c) => c.put(req, copy)));
        }
        return res;
      })
      .catch(() => caches.match(req, { cacheName: SHELL })));
  }
});
