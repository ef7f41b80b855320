// Installable and offline: the manifest and icons are served and parse, the service worker makes
// the app open and work with the network off after one visit (the Excel worker included), a new
// build shows the update notice and reloads only when asked, after saving what was typed, and the
// precompressed copies decompress to their originals.
//
// Other tests block service workers (harness newPage); these allow them, each in its own context.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import {
  REPO_ROOT, useApp, startServer, launchBrowser, newPage, waitForApp, gotoApp, expectPoll,
  expectCount, expectNoAxeViolations, assertNoPageErrors,
} from './harness.mjs';
import { EXAMPLE } from './example.mjs';

const DIST = path.resolve(REPO_ROOT, process.env.E2E_DIST || 'dist-release');
const WITH_WORKER = { serviceWorkers: 'allow' };
const UPDATE = 'En ny version finns – ladda om';
const app = useApp();

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', 'a PNG file');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Waits until the service worker controls the page, i.e. this build is cached. */
async function waitForWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
}

test('the manifest, the icons and the favicon are served and parse', async () => {
  const index = await (await fetch(app.url)).text();
  const manifestHref = /<link rel="manifest" href="([^"]+)"/.exec(index)?.[1];
  assert.equal(manifestHref, 'manifest.webmanifest', 'index.html links the manifest relatively');
  const manifestUrl = new URL(manifestHref, app.url);
  const response = await fetch(manifestUrl);
  assert.equal(response.status, 200);
  const manifest = await response.json();
  assert.equal(manifest.short_name, 'Beredning');
  assert.match(manifest.name, /^Beredning/);
  assert.equal(manifest.lang, 'sv');
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.scope, './');
  assert.equal(manifest.theme_color, '#0b5394', 'the stylesheet\'s --accent');
  assert.equal(manifest.background_color, '#ffffff', 'the stylesheet\'s --paper');
  const purposes = new Set();
  for (const icon of manifest.icons) {
    const res = await fetch(new URL(icon.src, manifestUrl));
    assert.equal(res.status, 200, icon.src);
    const bytes = Buffer.from(await res.arrayBuffer());
    purposes.add(icon.purpose);
    if (icon.type === 'image/png') {
      const [w, h] = pngSize(bytes);
      assert.equal(`${w}x${h}`, icon.sizes, `${icon.src} is as large as the manifest says`);
    } else {
      assert.match(bytes.toString('utf8'), /<svg[\s>]/, `${icon.src} is an SVG`);
    }
  }
  assert.ok(purposes.has('maskable') && purposes.has('any'), 'an ordinary and a maskable icon');
  assert.ok(manifest.icons.some((i) => i.sizes === '192x192') && manifest.icons.some((i) => i.sizes === '512x512'));
  const favicons = [...index.matchAll(/<link rel="(?:icon|apple-touch-icon)" href="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(favicons.length >= 2 && !favicons.some((f) => f.startsWith('data:')), `favicons: ${favicons}`);
  for (const href of favicons) assert.equal((await fetch(new URL(href, app.url))).status, 200, href);
});

test('after one visit the app opens and works with the network off, the Excel worker included', async () => {
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const page = await newPage(browser, server.url, WITH_WORKER);
    await page.goto(server.url);
    await waitForApp(page);
    await waitForWorker(page);
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names[0]);
      return { names, keys: (await cache.keys()).map((r) => new URL(r.url).pathname) };
    });
    assert.equal(cached.names.length, 1, 'one cache, this build\'s');
    for (const file of ['/app/index.html', '/app/xlsx_worker.js', '/app/xlsx_worker_bg.wasm', '/app/manifest.webmanifest']) {
      assert.ok(cached.keys.includes(file), `${file} is cached: ${cached.keys.join(', ')}`);
    }
    assertNoPageErrors(page, 'first visit');

    // The network is gone for good: the server stops and the browser is offline.
    await server.close();
    await page.context().setOffline(true);
    page.errors.length = 0;
    await page.reload();
    await waitForApp(page);
    await page.getByRole('link', { name: EXAMPLE }).click();
    await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
    await gotoApp(page, '#/plan/exempelplan/matris');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.locator('.matrix-point').first().waitFor();
    await gotoApp(page, '#/plan/exempelplan/dela');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Allt som Excel (XLSX)', exact: true }).click(),
    ]);
    assert.match(file.suggestedFilename(), /\.xlsx$/);
    const bytes = await readFile(await file.path());
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'an xlsx (zip) file made offline');
    // The worker's own update check of sw.js fails offline and is reported by the browser;
    // nothing of the app's may fail.
    const appErrors = page.errors.filter((e) => !/sw\.js|service ?worker|ERR_INTERNET_DISCONNECTED/i.test(e));
    assert.deepEqual(appErrors, [], 'no errors offline');
    await page.context().close();
  } finally {
    await browser.close();
    await server.close();
  }
});

const scratch = await mkdtemp(path.join(tmpdir(), 'beredning-pwa-'));
after(() => rm(scratch, { recursive: true, force: true }));

test('a new build shows the update notice, reloads only when asked, and keeps what was typed', async () => {
  // Two builds: the real bundle (A), and a copy whose worker has another version (B).
  const buildB = path.join(scratch, 'b');
  await cp(DIST, buildB, { recursive: true });
  const swB = (await readFile(path.join(buildB, 'sw.js'), 'utf8')).replace(/var VERSION = '([0-9a-f]+)'/, "var VERSION = 'b$1'");
  assert.match(swB, /var VERSION = 'b[0-9a-f]+'/);
  await writeFile(path.join(buildB, 'sw.js'), swB);
  const served = path.join(scratch, 'served');
  await symlink(DIST, served);
  const server = await startServer(served);
  const browser = await launchBrowser();
  try {
    const page = await newPage(browser, server.url, WITH_WORKER);
    await page.goto(`${server.url}#/plan/exempelplan/initiativ/ex-25/behov`);
    await waitForApp(page);
    await waitForWorker(page);
    const oldCaches = await page.evaluate(() => caches.keys());
    await expectNoAxeViolations(page, 'before the update');
    await page.evaluate(() => { window.samePage = true; });

    await rm(served);
    await symlink(buildB, served);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const button = page.getByRole('button', { name: UPDATE });
    await button.waitFor();
    await expectNoAxeViolations(page, 'the update notice');
    assert.equal(await page.evaluate(() => window.samePage), true, 'no reload by itself');

    // Typed just before the click, so the autosave has not run yet: the click saves it first.
    const field = page.getByLabel('Problem och behov');
    await field.fill('Skrivet strax före uppdateringen.');
    await Promise.all([page.waitForEvent('load'), button.click()]);
    await waitForApp(page);
    assert.equal(await page.evaluate(() => window.samePage), undefined, 'the page reloaded');
    await expectPoll(() => field.inputValue(), 'Skrivet strax före uppdateringen.', 'the typed text survived');
    await expectPoll(
      () => page.evaluate(() => caches.keys()),
      [oldCaches[0].replace('beredning-', 'beredning-b')],
      'only the new build\'s cache is left',
    );
    await expectCount(page.getByRole('button', { name: UPDATE }), 0);
    assertNoPageErrors(page);
    await page.context().close();
  } finally {
    await browser.close();
    await server.close();
  }
});

test('the precompressed .br and .gz files decompress to their originals', async () => {
  const files = [];
  async function walk(dir) {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (/\.(wasm|js|css)$/.test(e.name)) files.push(p);
    }
  }
  await walk(DIST);
  assert.ok(files.some((f) => f.endsWith('.wasm')) && files.some((f) => f.endsWith('.css')));
  for (const f of files) {
    const raw = await readFile(f);
    assert.ok(gunzipSync(await readFile(`${f}.gz`)).equals(raw), `${f}.gz`);
    assert.ok(brotliDecompressSync(await readFile(`${f}.br`)).equals(raw), `${f}.br`);
  }
});
