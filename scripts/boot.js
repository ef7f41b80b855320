// Starts Beredning from a file of its own instead of Trunk's inline script, so that the app runs
// under a strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval'), and says in
// plain Swedish why it could not start instead of leaving a blank page.
//
// A classic script, not a module: a module script from a sandboxed frame without
// allow-same-origin is a cross-origin request that a plain static host refuses, and then no code
// of ours would run to say so. scripts/post-build.mjs fills in the hashed file names.
(function () {
  'use strict';
  var APP_JS = './__APP_JS__';
  var APP_WASM = './__APP_WASM__';
  var box = document.getElementById('boot');

  // The language the app will choose (src/ui/browser/language.rs): the remembered choice, else
  // the first of the browser's languages that is Swedish or English, else Swedish. The boot
  // messages follow it, so an English user who cannot start the app is told why in English.
  function bootLanguage() {
    var tag = null;
    try {
      tag = window.localStorage.getItem('beredning.language');
    } catch (error) {
      tag = null;
    }
    var tags = tag ? [tag] : (navigator.languages || [navigator.language || '']);
    for (var i = 0; i < tags.length; i++) {
      var code = String(tags[i] || '').toLowerCase().split(/[-_]/)[0];
      if (code === 'sv' || code === 'en') return code;
    }
    return 'sv';
  }
  var lang = bootLanguage();
  var TEXTS = {
    sv: {
      starting: 'Beredning startar …',
      technical: 'Tekniskt fel: ',
      noWasmTitle: 'Beredning kan inte starta i den här webbläsaren',
      noWasm: [
        'Webbläsaren saknar WebAssembly, som Beredning behöver.',
        'Öppna Beredning i en aktuell version av Edge, Chrome, Firefox eller Safari.',
      ],
      sandboxTitle: 'Beredning kan inte starta i den här inbäddningen',
      sandbox: [
        'Sidan som bäddar in Beredning har en iframe med attributet sandbox utan allow-same-origin. ' +
          'Då får appen inte läsa in sina egna filer och kan inte heller spara planer i webbläsaren.',
        'Till intranätets webbredaktör eller webbadministratör: lägg till allow-same-origin i sandbox-attributet ' +
          '(till exempel sandbox="allow-scripts allow-same-origin allow-downloads allow-forms allow-popups"), ' +
          'eller länka till Beredning i stället för att bädda in den. README-filen beskriver de prövade inställningarna.',
      ],
      failedTitle: 'Beredning kunde inte starta',
      failed: [
        'Appens filer kunde inte läsas in eller startas. Det kan bero på ett avbrott i nätverket, ' +
          'på att webbplatsen blockerar WebAssembly eller på en för gammal webbläsare.',
        'Ladda om sidan. Om felet finns kvar: be webbplatsens administratör kontrollera att .wasm-filer skickas ' +
          'med typen application/wasm och att Content-Security-Policy tillåter \'self\' och \'wasm-unsafe-eval\' ' +
          'för skript. Dina sparade planer finns kvar i webbläsaren.',
      ],
    },
    en: {
      starting: 'Beredning is starting …',
      technical: 'Technical error: ',
      noWasmTitle: 'Beredning cannot start in this browser',
      noWasm: [
        'The browser lacks WebAssembly, which Beredning needs.',
        'Open Beredning in a current version of Edge, Chrome, Firefox or Safari.',
      ],
      sandboxTitle: 'Beredning cannot start in this embedding',
      sandbox: [
        'The page that embeds Beredning has an iframe with the sandbox attribute but without allow-same-origin. ' +
          'The app can then neither load its own files nor save plans in the browser.',
        'To the intranet\'s web editor or administrator: add allow-same-origin to the sandbox attribute ' +
          '(for example sandbox="allow-scripts allow-same-origin allow-downloads allow-forms allow-popups"), ' +
          'or link to Beredning instead of embedding it. The README describes the settings that were tested.',
      ],
      failedTitle: 'Beredning could not start',
      failed: [
        'The app\'s files could not be loaded or started. This may be a network interruption, ' +
          'a site that blocks WebAssembly, or a browser that is too old.',
        'Reload the page. If the error remains: ask the site\'s administrator to check that .wasm files are served ' +
          'with the type application/wasm and that the Content-Security-Policy allows \'self\' and \'wasm-unsafe-eval\' ' +
          'for scripts. Your saved plans are still in the browser.',
      ],
    },
  }[lang];
  if (lang === 'en') {
    document.documentElement.setAttribute('lang', 'en');
    var first = box && box.querySelector('p');
    if (first) first.textContent = TEXTS.starting;
  }

  function say(title, lines, error) {
    if (!box) return;
    box.textContent = '';
    box.className = 'boot boot-failed';
    box.setAttribute('role', 'alert');
    var heading = document.createElement('h1');
    heading.textContent = title;
    box.appendChild(heading);
    lines.forEach(function (text) {
      var p = document.createElement('p');
      p.textContent = text;
      box.appendChild(p);
    });
    if (error) {
      var detail = document.createElement('p');
      detail.className = 'boot-detail';
      detail.textContent = TEXTS.technical + String((error && error.message) || error);
      box.appendChild(detail);
    }
  }

  // A sandboxed frame without allow-same-origin has the opaque origin "null".
  var opaque = String(self.origin) === 'null';
  var framed = window.self !== window.top;

  // The service worker (sw.js, written by scripts/post-build.mjs) keeps this build for offline
  // use. Registered only where it can do no harm: not in an opaque-origin frame, only over
  // http(s), only when the browser has service workers. A failure is logged, never shown: the app
  // works the same without it.
  //
  // A new version found while the app is open is announced to the app with the window event
  // 'beredning-update' (and window.beredningUpdateWaiting, for an app that mounts later); the app
  // saves, then sends 'beredning-apply-update', and only then does the new worker take over and
  // the page reload. Nothing reloads by itself: a worker activated from another tab does not
  // reload this one.
  function registerWorker() {
    var container;
    try {
      if (opaque || !/^https?:$/.test(location.protocol)) return;
      container = navigator.serviceWorker;
    } catch (error) {
      return;
    }
    if (!container || typeof container.register !== 'function') return;
    var reloading = false;
    var registration = null;

    function announce() {
      if (registration && registration.waiting && container.controller) {
        window.beredningUpdateWaiting = true;
        dispatchEvent(new CustomEvent('beredning-update'));
      }
    }

    addEventListener('beredning-apply-update', function () {
      reloading = true;
      var waiting = registration && registration.waiting;
      if (waiting) waiting.postMessage({ type: 'SKIP_WAITING' });
      else location.reload();
    });
    container.addEventListener('controllerchange', function () {
      if (reloading) location.reload();
    });

    container
      .register('./sw.js', { scope: './' })
      .then(function (reg) {
        registration = reg;
        announce();
        reg.addEventListener('updatefound', function () {
          var worker = reg.installing;
          if (!worker) return;
          worker.addEventListener('statechange', function () {
            if (worker.state === 'installed') announce();
          });
        });
      })
      .catch(function (error) {
        console.info('Beredning: offline use is not available here (service worker not registered):', error);
      });
  }

  if (typeof WebAssembly !== 'object' || typeof Promise !== 'function') {
    say(TEXTS.noWasmTitle, TEXTS.noWasm);
    return;
  }

  import(APP_JS)
    .then(function (bindings) {
      return bindings.default({ module_or_path: APP_WASM }).then(function (wasm) {
        window.wasmBindings = bindings;
        dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: wasm } }));
        if (box) box.remove();
        // The worker's install fetches every file of the build: registered once the app's own
        // downloads after the first screen are over (src/ui/shell/update.rs), so that on a slow
        // connection it does not share the line with the plans' reader and the views.
        if (window.beredningSettled) registerWorker();
        else addEventListener('beredning-settled', registerWorker, { once: true });
      });
    })
    .catch(function (error) {
      if (opaque && framed) {
        say(TEXTS.sandboxTitle, TEXTS.sandbox, error);
      } else {
        say(TEXTS.failedTitle, TEXTS.failed, error);
      }
    });
})();
