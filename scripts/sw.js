// Beredning's service worker, written per build by scripts/post-build.mjs (which fills in the
// build's version and file list below): it keeps this build's files, so the app opens and works without the
// network after one visit, the on-demand Excel worker included.
//
// - install: caches every file of this build in a cache named after the build;
// - fetch: the page (index.html) network first, so a new version is seen at once when online and
//   this build's copy is used offline; every other file of the build from the cache (its name
//   carries a hash, or the cache is this build's own), anything else from the network;
// - activate: deletes the caches of other builds.
// A new worker waits until the page asks it to take over (SKIP_WAITING, sent by scripts/boot.js
// after the app has saved); it never reloads a page itself.
'use strict';

var VERSION = '__VERSION__';
var PREFIX = 'beredning-';
var CACHE = PREFIX + VERSION;
/** This build's files, relative to the worker (= the app's folder). */
var FILES = __FILES__;

function inScope(url) {
  return url.indexOf(self.registration.scope) === 0;
}

function isPage(request, url) {
  var rel = url.slice(self.registration.scope.length).split('?')[0].split('#')[0];
  return request.mode === 'navigate' || rel === '' || rel === 'index.html';
}

self.addEventListener('install', function (event) {
  event.waitUntil(
    caches.open(CACHE).then(function (cache) {
      // 'reload' skips the HTTP cache: the worker keeps exactly what the server has now.
      return cache.addAll(FILES.map(function (file) { return new Request(file, { cache: 'reload' }); }));
    }),
  );
});

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches.keys().then(function (names) {
      return Promise.all(
        names
          .filter(function (name) { return name.indexOf(PREFIX) === 0 && name !== CACHE; })
          .map(function (name) { return caches.delete(name); }),
      );
    }).then(function () { return self.clients.claim(); }),
  );
});

self.addEventListener('message', function (event) {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = request.url;
  if (request.method !== 'GET' || !inScope(url)) return;
  if (isPage(request, url)) {
    event.respondWith(
      fetch(request).catch(function () {
        return caches.open(CACHE).then(function (cache) {
          return cache.match('index.html').then(function (hit) {
            return hit || Response.error();
          });
        });
      }),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then(function (cache) {
      return cache.match(request, { ignoreSearch: true }).then(function (hit) {
        return hit || fetch(request);
      });
    }),
  );
});
