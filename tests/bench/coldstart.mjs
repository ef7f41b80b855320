// Cold start side by side: Beredning's plan list and the minimal Leptos app
// (tests/bench/minimal/), each served gzip-compressed from a sub-path, each loaded in a fresh
// profile under Lighthouse's mobile throttling (Slow 4G: 562,5 ms request latency, 1 474,56 kbit/s
// down, 675 kbit/s up; 4× CPU) applied through the DevTools protocol. Reports the median Largest
// Contentful Paint of each, their ratio, and each app's main wasm gzip size.
//
//   node tests/bench/coldstart.mjs APP_DIST MINIMAL_DIST [--runs N] [--json FILE]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** Milliseconds from a click on `link` until `heading` (level 1) is visible. */
async function clickToHeading(page, link, heading) {
  const start = await page.evaluate(() => performance.now());
  await link.click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 120_000 });
  return (await page.evaluate(() => performance.now())) - start;
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
 * One cold load: fresh context, throttled, to the LCP of the first screen. With `views`, also
 * the time from a click to a lazily loaded page: "Om Beredning" clicked at once after the first
 * screen (its chunk fetched on demand), and the example plan's overview clicked after the idle
 * prefetch (its chunk already here).
 */
async function coldLcp(browser, url, heading, views = false) {
  const context = await browser.newContext({ locale: 'sv-SE' });
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
    });
    await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
    await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 120_000 });
    // LCP entries for what is painted arrive a frame or two after it is in the DOM.
    await page.waitForFunction(() => window.__lcp.length > 0 && performance.now() > window.__lcp.at(-1) + 500, null, { timeout: 60_000, polling: 100 });
    const lcp = await page.evaluate(() => window.__lcp.at(-1));
    if (!views) return { lcp };
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

export async function coldStart(appDist, minimalDist, runs = 3) {
  const browser = await launchBrowser();
  const out = {};
  try {
    for (const [name, dir, heading] of [
      ['beredning', appDist, 'Planer'],
      ['minimal', minimalDist, 'Planer'],
    ]) {
      const server = await startServer(dir, { gzip: true });
      try {
        const results = [];
        for (let i = 0; i < runs; i++) results.push(await coldLcp(browser, server.url, heading, name === 'beredning'));
        const lcps = results.map((r) => r.lcp);
        out[name] = { lcpMs: median(lcps), runs: lcps, wasmGzipKb: mainWasmGzipKb(path.resolve(dir)) };
        if (name === 'beredning') {
          out[name].onDemandMs = median(results.map((r) => r.onDemand));
          out[name].prefetchedMs = median(results.map((r) => r.prefetched));
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
  const r = await coldStart(appDist, minimalDist, runs);
  const f = (ms) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`Cold start, Slow 4G + ${CPU_SLOWDOWN}× CPU, gzip, median of ${runs} (LCP)`);
  console.log(`  Beredning plan list: ${f(r.beredning.lcpMs)}  (target ≤ 2.5 s; runs ${r.beredning.runs.map(f).join(', ')})`);
  console.log(`  minimal Leptos app:  ${f(r.minimal.lcpMs)}  (runs ${r.minimal.runs.map(f).join(', ')})`);
  console.log(`  ratio: ${r.ratio.toFixed(2)}× (target ≤ 1.5×)`);
  console.log(`  lazy page on demand ("Om Beredning" at once): ${f(r.beredning.onDemandMs)} after the click (target ≤ 1 s)`);
  console.log(`  lazy page prefetched (a plan's overview after idle): ${f(r.beredning.prefetchedMs)} after the click`);
  console.log(`  main wasm gzip: Beredning ${r.beredning.wasmGzipKb.toFixed(1)} KB, minimal ${r.minimal.wasmGzipKb.toFixed(1)} KB`);
  const jsonAt = process.argv.indexOf('--json');
  if (jsonAt > 0) writeFileSync(process.argv[jsonAt + 1], JSON.stringify(r, null, 2));
}
