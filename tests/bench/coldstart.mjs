// Cold start side by side: Beredning's plan list and the minimal Leptos app
// (tests/bench/minimal/), each served gzip-compressed from a sub-path, each loaded in a fresh
// profile under Lighthouse's mobile throttling (Slow 4G: 562,5 ms request latency, 1 474,56 kbit/s
// down, 675 kbit/s up; 4× CPU) applied through the DevTools protocol. Reports the median Largest
// Contentful Paint of each, their ratio, and each app's main wasm gzip size.
//
//   node tests/bench/coldstart.mjs APP_DIST MINIMAL_DIST [--runs N] [--json FILE]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startServer, launchBrowser } from '../e2e/harness.mjs';

export const SLOW_4G = { latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };
export const CPU_SLOWDOWN = 4;

/**
 * Gzip -9 size in KB of the main wasm in `dir`: Beredning's split build keeps it as
 * split-<hash>/beredning_bg.wasm; otherwise the largest .wasm that is not a worker.
 */
export function mainWasmGzipKb(dir) {
  const split = readdirSync(dir).find((f) => /^split-[0-9a-f]+$/.test(f));
  const candidates = split
    ? [path.join(dir, split, 'beredning_bg.wasm')]
    : readdirSync(dir).filter((f) => f.endsWith('.wasm') && !f.startsWith('xlsx_worker')).map((f) => path.join(dir, f));
  const wasm = candidates.map((f) => readFileSync(f)).sort((a, b) => b.length - a.length)[0];
  return wasm ? gzipSync(wasm, { level: 9 }).length / 1024 : NaN;
}

/**
 * Milliseconds from a click on `link` until the page with `heading` (level 1) is on screen:
 * `painted` when its heading was painted (Element Timing: the bench marks each new page heading
 * with `elementtiming` as it is inserted, before it can be painted), `complete` at the frame
 * after its last part was built (a page drawn in parts, such as a plan's overview, is
 * `aria-busy` until then), both from the click event's time stamp, so that
 * Playwright's own work on the throttled main thread (finding the link, its checks, polling) is
 * not counted; `outside` from before `click()` until Playwright found the heading.
 * While its chunk is fetched the page has no heading (a status line says "Hämtar sidan …"): only
 * the page's own heading (the one given, or for a pattern any new one) counts.
 */
async function clickToHeading(page, link, heading) {
  const wanted = typeof heading === 'string' ? heading : null;
  await page.evaluate((wanted) => {
    window.__clicked = null;
    window.__painted = null;
    window.__complete = null;
    const before = document.querySelector('main h1')?.textContent.trim();
    const isNew = (h1) => {
      const now = h1?.textContent.trim();
      return now !== undefined && now !== before && (wanted === null || now === wanted);
    };
    document.addEventListener('click', (e) => { window.__clicked ??= e.timeStamp; }, { capture: true, once: true });
    const paints = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (window.__clicked === null || e.identifier !== 'page-heading' || e.startTime < window.__clicked || !isNew(e.element)) continue;
        window.__painted = e.startTime;
        paints.disconnect();
      }
    });
    paints.observe({ type: 'element' });
    const watch = new MutationObserver(() => {
      const h1 = document.querySelector('main h1');
      if (h1 && !h1.hasAttribute('elementtiming')) h1.setAttribute('elementtiming', 'page-heading');
      if (window.__clicked === null || !isNew(h1) || document.querySelector('main [aria-busy="true"]')) return;
      watch.disconnect();
      requestAnimationFrame(() => setTimeout(() => { window.__complete = performance.now(); }));
    });
    watch.observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-busy'] });
  }, wanted);
  const start = await page.evaluate(() => performance.now());
  await link.click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 120_000 });
  const outside = (await page.evaluate(() => performance.now())) - start;
  await page.waitForFunction(() => window.__painted !== null && window.__complete !== null, null, { timeout: 60_000, polling: 100 });
  const { painted, complete } = await page.evaluate(() => ({ painted: window.__painted - window.__clicked, complete: window.__complete - window.__clicked }));
  return { painted, complete, outside };
}

/** Waits until no resource has been fetched for `quietMs`: the idle prefetch is done. */
async function networkQuiet(page, quietMs = 3000) {
  await page.waitForFunction(
    (quiet) => {
      const last = Math.max(0, ...performance.getEntriesByType('resource').map((e) => e.responseEnd));
      return performance.now() - last > quiet;
    },
    quietMs,
    { timeout: 120_000, polling: 250 },
  );
}

/**
 * One cold load: fresh context, throttled, to the LCP of the first screen. Mode 'read' also
 * waits until the plans are read (the list's actions on screen). Mode 'views' also times a click
 * to a lazily loaded page: "Om Beredning" clicked at once after the first screen (its chunk
 * fetched on demand), and the example plan's overview clicked after the idle prefetch (its chunk
 * already here).
 */
async function coldLcp(browser, url, heading, mode = 'lcp') {
  // The service worker is blocked: DevTools' throttling does not apply to its fetches, so it would
  // serve the chunks it cached at install unthrottled, and a first visit has none cached anyway.
  const context = await browser.newContext({ locale: 'sv-SE', ignoreHTTPSErrors: true, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(() => {
      window.__lcp = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__lcp.push(e.startTime);
      }).observe({ type: 'largest-contentful-paint', buffered: true });
      // The plan list's actions appear once the plans are read (their reader is a chunk of its
      // own, fetched after the first screen).
      window.__read = null;
      new MutationObserver(() => {
        if (window.__read === null && document.getElementById('create-heading')) window.__read = performance.now();
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
    await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 120_000 });
    // LCP entries for what is painted arrive a frame or two after it is in the DOM.
    await page.waitForFunction(() => window.__lcp.length > 0 && performance.now() > window.__lcp.at(-1) + 500, null, { timeout: 60_000, polling: 100 });
    const lcp = await page.evaluate(() => window.__lcp.at(-1));
    if (mode === 'read') {
      await page.waitForFunction(() => window.__read !== null, null, { timeout: 120_000, polling: 100 });
      return { lcp, read: await page.evaluate(() => window.__read) };
    }
    if (mode !== 'views') return { lcp };
    const onDemand = await clickToHeading(page, page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Om Beredning' }), 'Om Beredning');
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 120_000 });
    await networkQuiet(page);
    const prefetched = await clickToHeading(page, page.getByRole('table').getByRole('link').first(), /./);
    return { lcp, onDemand, prefetched };
  } finally {
    await context.close();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * A self-signed certificate for 127.0.0.1 (made once with openssl into target/bench/tls), so the
 * bench can also serve over HTTP/2, as a hosted site does; null when openssl is missing.
 */
export function localCert() {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'target', 'bench', 'tls');
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  try {
    if (!existsSync(cert)) {
      mkdirSync(dir, { recursive: true });
      execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
        '-keyout', key, '-out', cert, '-days', '3650', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    }
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } catch {
    return null;
  }
}

/** Both apps' cold starts over one protocol: HTTP/1.1, or HTTP/2 when `tls` is given. */
export async function coldStart(appDist, minimalDist, runs = 3, tls = null) {
  const browser = await launchBrowser();
  const out = {};
  try {
    for (const [name, dir, heading] of [
      ['beredning', appDist, 'Planer'],
      ['minimal', minimalDist, 'Planer'],
    ]) {
      const server = await startServer(dir, { gzip: true, tls });
      try {
        const results = [];
        for (let i = 0; i < runs; i++) results.push(await coldLcp(browser, server.url, heading, name === 'beredning' ? 'views' : 'lcp'));
        const lcps = results.map((r) => r.lcp);
        out[name] = { lcpMs: median(lcps), runs: lcps, wasmGzipKb: mainWasmGzipKb(path.resolve(dir)) };
        if (name === 'beredning') {
          for (const view of ['onDemand', 'prefetched']) {
            out[name][`${view}Ms`] = median(results.map((r) => r[view].painted));
            out[name][`${view}CompleteMs`] = median(results.map((r) => r[view].complete));
            out[name][`${view}OutsideMs`] = median(results.map((r) => r[view].outside));
          }
          const reads = [];
          for (let i = 0; i < runs; i++) reads.push((await coldLcp(browser, server.url, heading, 'read')).read);
          out[name].readMs = median(reads);
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  out.ratio = out.beredning.lcpMs / out.minimal.lcpMs;
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [appDist, minimalDist] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const runsAt = process.argv.indexOf('--runs');
  const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3;
  const f = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const report = (r, protocol) => {
    console.log(`Cold start over ${protocol}, Slow 4G + ${CPU_SLOWDOWN}× CPU, gzip, median of ${runs} (LCP)`);
    console.log(`  Beredning plan list: ${f(r.beredning.lcpMs)}  (target ≤ 2.5 s; runs ${r.beredning.runs.map(f).join(', ')})`);
    console.log(`  minimal Leptos app:  ${f(r.minimal.lcpMs)}  (runs ${r.minimal.runs.map(f).join(', ')})`);
    console.log(`  ratio: ${r.ratio.toFixed(2)}× (target ≤ 1.5×)`);
    console.log(`  plan list read, its actions on screen (the plans' reader fetched after the first screen): ${f(r.beredning.readMs)}`);
    const view = (v) => `${f(r.beredning[`${v}Ms`])} from the click event to its heading's paint, ${f(r.beredning[`${v}CompleteMs`])} to the frame after its last part; ${f(r.beredning[`${v}OutsideMs`])} with Playwright's own finding, clicking and polling`;
    console.log(`  lazy page on demand ("Om Beredning" at once): ${view('onDemand')} (target ≤ 1 s)`);
    console.log(`  lazy page prefetched (a plan's overview after idle): ${view('prefetched')}`);
    console.log(`  main wasm gzip: Beredning ${r.beredning.wasmGzipKb.toFixed(1)} KB, minimal ${r.minimal.wasmGzipKb.toFixed(1)} KB`);
  };
  // HTTP/1.1 first, the basis of the earlier figures; then HTTP/2 over TLS, as a hosted site
  // serves it (6 connections against one: the split's many files cost less).
  const r = await coldStart(appDist, minimalDist, runs);
  report(r, 'HTTP/1.1');
  const tls = localCert();
  if (tls) {
    r.http2 = await coldStart(appDist, minimalDist, runs, tls);
    report(r.http2, 'HTTP/2 (TLS)');
  } else {
    console.log('HTTP/2: skipped (no openssl to make a local certificate)');
  }
  const jsonAt = process.argv.indexOf('--json');
  if (jsonAt > 0) writeFileSync(process.argv[jsonAt + 1], JSON.stringify(r, null, 2));
}
