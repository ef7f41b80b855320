// Helpers for Beredning's end-to-end tests (node's built-in test runner + playwright-core).
//
// The tests run against the *release* bundle (`trunk build --release --dist dist-release`), served
// by a tiny static server under the sub-path /app/: intranet hosts often publish an app below some
// path, and the app must work there (relative asset URLs, hash routing, no server fallback).
// The browser is Debian's Chromium; playwright-core never downloads one.
//
// Usage (tests/e2e/*.test.mjs):
//
//   import { test } from 'node:test';
//   import assert from 'node:assert/strict';
//   import { useApp, openApp, expectNoAxeViolations, assertNoPageErrors } from './harness.mjs';
//
//   const app = useApp(); // starts server + browser in before(), stops them in after()
//
//   test('start page', async () => {
//     const page = await openApp(app);            // fresh context = empty localStorage
//     await expectNoAxeViolations(page, 'start page');
//     assertNoPageErrors(page);
//     await page.context().close();
//   });
//
// Or by hand: startServer() / launchBrowser() / newPage(browser, url) / waitForApp(page).
//
// Every assertion on page state waits for it: a Playwright locator's waitFor(), or a poll with
// expectPoll(read, expected) / expectCount(locator, n) / waitForFocus(locator) / eventually(fn).

import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Path below which the app is served, to prove the bundle works from a sub-path. */
export const APP_PATH = '/app/';
/** Debian's Chromium; override with CHROMIUM=/path/to/chrome. */
export const CHROMIUM_PATH = process.env.CHROMIUM || '/usr/bin/chromium';
/** Flags this machine needs (see shared/engineering.md); playwright adds --headless itself. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves `dir` (relative to the repo root unless absolute) at http://127.0.0.1:PORT/app/ on a free
 * port. No SPA fallback: an unknown path is a 404, as on a plain static host.
 * @returns {Promise<{url: string, origin: string, port: number, requests: string[], close: () => Promise<void>}>}
 */
/**
 * Serves the bundle under APP_PATH. `headers` are added to every app response (e.g. a
 * Content-Security-Policy); `pages` maps other paths to HTML, e.g. a host page that embeds the
 * app in an iframe. With `gzip`, text and wasm are sent gzip-compressed (level 9) to a client
 * that accepts it, as the hosts users have do: the bench's cold-start figures need it.
 */
/**
 * Serves `dir` under APP_PATH. With `tls` ({ key, cert }: PEM texts) it speaks HTTP/2 over TLS,
 * as a hosted site does (the cold-start bench measures both); otherwise plain HTTP/1.1.
 */
export async function startServer(dir = process.env.E2E_DIST || 'dist-release', { headers = {}, pages = {}, gzip = false, tls = null } = {}) {
  const root = path.resolve(REPO_ROOT, dir);
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(
      `${root}/index.html not found: build the app first ` +
        '(TRUNK_SKIP_VERSION_CHECK=true trunk build --release --dist dist-release)',
    );
  }
  /** Every request as "STATUS /path", for debugging a failing test. */
  const requests = [];

  const handler = async (req, res) => {
    const send = (status, body = '', headers = {}) => {
      requests.push(`${status} ${req.url}`);
      res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(405, 'method not allowed', { Allow: 'GET, HEAD' });
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      return send(400, 'bad request');
    }
    if (pathname === '/' || pathname === APP_PATH.slice(0, -1)) {
      return send(302, '', { Location: APP_PATH });
    }
    // Chromium asks the origin for /favicon.ico when the page declares no icon: that belongs to
    // the host, not to the app under /app/, so answer it without an error.
    if (pathname === '/favicon.ico') return send(204);
    if (Object.hasOwn(pages, pathname)) {
      return send(200, pages[pathname], { 'Content-Type': MIME_TYPES['.html'] });
    }
    if (!pathname.startsWith(APP_PATH)) return send(404, 'not found');
    let rel = pathname.slice(APP_PATH.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(root, rel);
    if (file !== root && !file.startsWith(root + path.sep)) return send(403, 'forbidden');
    try {
      const info = await stat(file);
      if (!info.isFile()) return send(404, 'not found');
      let body = await readFile(file);
      const type = MIME_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
      const extra = {};
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] || '') && /wasm|javascript|css|html|json|svg/.test(type)) {
        body = gzipSync(body, { level: 9 });
        extra['Content-Encoding'] = 'gzip';
      }
      return send(200, body, { 'Content-Type': type, 'Content-Length': body.length, ...extra, ...headers });
    } catch {
      return send(404, 'not found');
    }
  };
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handler) : createServer(handler);
  // HTTP/2 sessions stay open after their requests: closed with the server.
  const sessions = new Set();
  server.on('session', (session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  const origin = `${tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  return {
    url: `${origin}${APP_PATH}`,
    origin,
    port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        sessions.forEach((session) => session.destroy());
        server.close(() => resolve());
      }),
  };
}

/**
 * Requests a test may cancel without anything failing: the wasm chunks the app fetches at idle
 * (src/ui/shell/lazy.rs) and the tab's icon, both cut off when a test ends, navigates or
 * reloads. A chunk that cannot be fetched shows the app's own message, which the tests check.
 */
const CANCELLABLE = [/\/split-[0-9a-f]+\/[\w.]+\.wasm$/, /\/public\/icons\/[\w.-]+$/];

/** Launches headless Debian Chromium through playwright-core. */
export async function launchBrowser() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found: run scripts/setup.sh (apt chromium) or set CHROMIUM`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
  });
}

/**
 * A page in a fresh browser context (own profile, empty localStorage), Swedish locale, with
 * relative navigation resolved against `baseUrl`. `page.errors` collects console errors, uncaught
 * page errors and failed requests, so that tests can assert that none happened.
 * @returns {Promise<import('playwright-core').Page & {errors: string[], baseUrl: string}>}
 */
export async function newPage(browser, baseUrl, contextOptions = {}) {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
    ...contextOptions,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  page.baseUrl = baseUrl;
  page.errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      page.errors.push(`console.error: ${msg.text()}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (err) => page.errors.push(`pageerror: ${err.stack || err.message || err}`));
  page.on('requestfailed', (req) => {
    const why = req.failure()?.errorText ?? '';
    if (why === 'net::ERR_ABORTED' && CANCELLABLE.some((re) => re.test(req.url()))) return;
    page.errors.push(`requestfailed: ${req.method()} ${req.url()} ${why}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) page.errors.push(`http ${res.status()}: ${res.url()}`);
  });
  return page;
}

/** Waits until the Leptos app has mounted (its <header>, role banner, is visible) and read its plans. */
export async function waitForApp(page, timeout = 30_000) {
  try {
    await page.getByRole('banner').first().waitFor({ state: 'visible', timeout });
    // The first screen is drawn before the plans are read (their reader is a chunk of its
    // own); the page is busy until then.
    await page.locator('main#main[aria-busy="true"]').waitFor({ state: 'hidden', timeout });
  } catch (err) {
    const detail = page.errors?.length ? `\npage errors:\n  ${page.errors.join('\n  ')}` : '';
    throw new Error(`app did not mount (no visible banner) at ${page.url()}: ${err.message}${detail}`);
  }
}

/** Opens the app (optionally at a hash route such as '#/initiativ') and waits for it to mount. */
export async function gotoApp(page, hash = '') {
  const target = new URL(page.baseUrl ?? page.url());
  target.hash = hash.replace(/^#/, '');
  await page.goto(target.href, { waitUntil: 'load' });
  await waitForApp(page);
}

/** Fails the test if the page logged console errors, threw, or had failed requests. */
export function assertNoPageErrors(page, label = page.url()) {
  assert.deepEqual(page.errors, [], `errors on ${label}:\n  ${(page.errors ?? []).join('\n  ')}`);
}

const AXE_PATH = path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
let axeSource;

/**
 * Runs axe-core (WCAG 2.1 A + AA rules) on the page as it is now and fails with a readable list of
 * violations. `options.include` / `options.exclude` narrow the context (CSS selectors).
 * @returns {Promise<object>} the axe results, for further assertions
 */
export async function expectNoAxeViolations(page, label = page.url(), options = {}) {
  // A page drawn in parts (the plan's overview, src/ui/widgets/staged.rs) is aria-busy until its
  // last part is there: scan the whole page.
  await page.locator('main [aria-busy="true"]').first().waitFor({ state: 'detached' });
  // Evaluated through the DevTools protocol rather than page.addScriptTag(): an injected <script>
  // is refused by a strict Content-Security-Policy (and logs a console error), this is not.
  if (!(await page.evaluate(() => typeof window.axe?.run === 'function'))) {
    axeSource ??= await readFile(AXE_PATH, 'utf8');
    await page.evaluate(axeSource);
  }
  const context =
    options.include || options.exclude
      ? { include: options.include ?? [['body']], exclude: options.exclude ?? [] }
      : null;
  const results = await page.evaluate(
    async ({ context, tags }) => {
      const res = await window.axe.run(context ?? document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return {
        violations: res.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          helpUrl: v.helpUrl,
          nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })),
        })),
      };
    },
    { context, tags: options.tags ?? AXE_TAGS },
  );
  if (results.violations.length > 0) {
    const lines = results.violations.map((v) => {
      const nodes = v.nodes
        .map((n) => `      ${JSON.stringify(n.target)}${n.summary ? `\n        ${n.summary.replace(/\n/g, '\n        ')}` : ''}`)
        .join('\n');
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} node(s))\n${nodes}`;
    });
    throw new assert.AssertionError({
      message: `axe: ${results.violations.length} WCAG 2.1 AA violation(s) on ${label}:\n${lines.join('\n')}`,
      actual: results.violations.map((v) => v.id),
      expected: [],
      operator: 'expectNoAxeViolations',
    });
  }
  return results;
}

/**
 * Registers before/after hooks in the calling test file that start the static server and the
 * browser once for the whole file, and stop them afterwards. The returned object is filled in
 * by before(): `{ server, browser, url }`.
 */
export function useApp(dir, serverOptions) {
  const app = { server: null, browser: null, url: null };
  before(async () => {
    app.server = await startServer(dir, serverOptions);
    app.url = app.server.url;
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/** A fresh page (new context, empty storage) with the app opened and mounted. */
export async function openApp(app, hash = '', contextOptions = {}) {
  const page = await newPage(app.browser, app.url, contextOptions);
  await gotoApp(page, hash);
  return page;
}

/** Saves a full-page PNG to test-results/NAME.png (git-ignored), to look at what a person sees. */
export async function saveScreenshot(page, name) {
  const file = path.join(REPO_ROOT, 'test-results', `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Runs `fn` on a fresh page opened at `hash`, then fails if the page logged errors (unless
 * `allowErrors`), and always closes the page's context.
 */
export async function withApp(app, hash, fn, { allowErrors = false } = {}) {
  const page = await openApp(app, hash);
  try {
    await fn(page);
    if (!allowErrors) assertNoPageErrors(page);
  } finally {
    await page.context().close();
  }
}

/** How long a polled expectation waits for the page to reach the state it checks. */
/** Every key and value in localStorage, sorted: to prove that a refused action wrote nothing. */
export const storage = (page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));

/**
 * The stored plans and index as content: like `storage`, without the bookkeeping every write
 * updates (each plan's revision key and the index's count of unexported changes), to prove that
 * an undo put every plan back exactly.
 */
export const storedContent = (page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort()
    .filter((k) => !k.startsWith('beredning.rev.'))
    .map((k) => {
      const text = localStorage.getItem(k);
      if (k !== 'beredning.index') return [k, text];
      const index = JSON.parse(text);
      index.plans = index.plans.map(({ unexported: _counted, ...entry }) => entry);
      return [k, JSON.stringify(index)];
    })));

export const POLL_TIMEOUT = 10_000;
/** Pauses between the attempts of a poll: quick at first, then four times a second. */
const POLL_INTERVALS = [0, 20, 50, 100, 250];

/**
 * Runs `check` until it completes without throwing and returns its result; after `timeout` ms it
 * throws the last error, so the message shows the last state seen. The page renders a moment
 * after an action (a reactive update, focus moved in the next animation frame, a list filled
 * after a navigation), so a state read once straight after the action races the app.
 */
export async function eventually(check, { timeout = POLL_TIMEOUT } = {}) {
  const deadline = Date.now() + timeout;
  for (let attempt = 0; ; attempt++) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() >= deadline) {
        if (err instanceof Error) err.message += `\n(still failing after ${timeout} ms and ${attempt + 1} attempts)`;
        throw err;
      }
    }
    const pause = POLL_INTERVALS[Math.min(attempt, POLL_INTERVALS.length - 1)];
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

/**
 * Polls `read` until its value equals `expected` (deep equality) or, for a RegExp, matches it;
 * returns the value. On timeout fails with the last value read.
 */
export function expectPoll(read, expected, message, { timeout } = {}) {
  return eventually(async () => {
    const actual = await read();
    if (expected instanceof RegExp) assert.match(actual, expected, message);
    else assert.deepEqual(actual, expected, message);
    return actual;
  }, { timeout });
}

/** Polls until `locator` matches exactly `n` elements. */
export function expectCount(locator, n, message = `number of ${locator}`) {
  return expectPoll(() => locator.count(), n, message);
}

/** A property (`'id'`, `'tagName'`, `'textContent'`…) of the element that has focus. */
export function focused(page, property) {
  return page.evaluate((key) => document.activeElement?.[key], property);
}

/** Polls until `locator`'s element has focus; on timeout says which element has it instead. */
export function waitForFocus(locator, message = 'focus') {
  return eventually(async () => {
    const { has, active } = await locator.evaluate((el) => ({
      has: el === document.activeElement,
      active: document.activeElement?.outerHTML.slice(0, 160) ?? 'nothing',
    }));
    assert.ok(has, `${message}: expected on ${locator}, but it is on ${active}`);
  });
}

/** Waits until the header's save status says the last change is stored. */
export async function expectSaved(page) {
  await page.getByRole('status').filter({ hasText: /^Sparstatus: Sparat$/ }).waitFor();
}
