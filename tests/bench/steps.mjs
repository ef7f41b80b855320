// Steps of the benchmark (tests/bench/bench.mjs) that drive the page: seeding storage, start-up,
// timed navigation, a timed weight change, and interactions measured with Event Timing; and the
// printed report. Everything is timed inside the page (see measure.mjs), never from node.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { newPage } from '../e2e/harness.mjs';
import { IN_PAGE_HELPERS, interactionStats, nextFrame } from './measure.mjs';

/**
 * A page whose localStorage holds the big plan before the app starts. The init script runs
 * before any of the page's scripts on every new document; it seeds only an empty store, so a
 * reload keeps whatever the app saved.
 */
export async function seededPage(browser, url, { planKey, planText, indexText }) {
  const page = await newPage(browser, url);
  page.context().setDefaultTimeout(120_000);
  await page.context().addInitScript(
    ({ planKey, planText, indexText }) => {
      if (window.top !== window) return;
      const t0 = performance.now();
      try {
        if (localStorage.getItem('beredning.index') === null) {
          localStorage.setItem(planKey, planText);
          localStorage.setItem('beredning.index', indexText);
        }
      } catch (e) {
        window.__benchSeedError = String(e);
      }
      window.__benchSeeded = { start: t0, end: performance.now() };
    },
    { planKey, planText, indexText },
  );
  return page;
}

/** Adds the in-page helpers (milestones, settle, event timing) to every document of the page. */
export async function withHelpers(page, milestones) {
  await page.context().addInitScript(IN_PAGE_HELPERS, { milestones });
}

/**
 * Start-up: navigation start → app mounted → plan list table rendered, in a fresh profile, with
 * `seed` (see seededPage) stored first, or with nothing stored when it is null.
 */
export async function measureStart(browser, url, seed) {
  const page = seed ? await seededPage(browser, url, seed) : await newPage(browser, url);
  await withHelpers(page, [
    { name: 'mounted', selector: 'header' },
    // The plan list's first row, or the alert naming a stored plan the app could not read.
    { name: 'list', selector: 'main table tbody tr, main [role="alert"]' },
  ]);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench?.marks.list?.painted != null, null, { timeout: 60_000 });
    const result = await page.evaluate(() => ({
      wasm: performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.responseEnd ?? null,
      marks: window.__bench.marks,
      seeded: window.__benchSeeded ?? null,
      seedError: window.__benchSeedError ?? null,
    }));
    return { page, ...result };
  } catch (err) {
    await page.context().close();
    throw err;
  }
}

/** Navigates by hash inside the running app and times the render of the view. */
export async function timeView(page, hash, heading) {
  return page.evaluate(
    async ({ hash, heading }) => {
      const h1Matches = () => document.querySelector('main h1')?.textContent.trim() === heading;
      const t0 = performance.now();
      location.hash = hash;
      const r = await window.__bench.settle(h1Matches);
      const main = document.getElementById('main');
      const trs = main.querySelectorAll('tr').length;
      const headRows = main.querySelectorAll('thead tr').length;
      const largest = Math.max(0, ...[...main.querySelectorAll('table')].map((t) => t.querySelectorAll('tbody tr').length));
      return {
        shown: r.shown == null ? null : r.shownPainted - t0,
        settled: r.shown == null ? null : r.settledPainted - t0,
        heading: document.querySelector('main h1')?.textContent.trim() ?? '(no h1)',
        trs,
        bodyRows: trs - headRows,
        tables: main.querySelectorAll('table').length,
        largest,
        items: main.querySelectorAll('li').length,
        // Editors (an activity, a benefit) are rows too, drawn as fieldsets rather than tr.
        fieldsets: main.querySelectorAll('fieldset').length,
        elements: main.querySelectorAll('*').length,
        timedOut: r.timedOut,
      };
    },
    { hash, heading },
  );
}

/** Back to the plan list, rendered and settled. */
export async function backToList(page) {
  await page.evaluate(async () => {
    location.hash = '#/';
    await window.__bench.settle(() => !!document.querySelector('main table tbody tr'));
  });
}

/**
 * Types a new value into the labelled field (a criterion weight, the investment budget) and times
 * the DOM update of <main> it causes (the re-ranked list, the budget proposal), to the first frame
 * after the last change.
 */
export async function timeFieldChange(page, label, value) {
  const field = page.getByLabel(label, { exact: true });
  return field.evaluate(
    async (input, value) => {
      const before = [...document.querySelectorAll('main tbody tr')].slice(0, 5).map((tr) => tr.textContent).join('|');
      const t0 = performance.now();
      const done = window.__bench.settle(() => true, { ignore: input.closest('.field') ?? input.parentElement, requireMutation: true });
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const r = await done;
      const after = [...document.querySelectorAll('main tbody tr')].slice(0, 5).map((tr) => tr.textContent).join('|');
      return { t0, firstUpdate: r.shownPainted - t0, settled: r.settledPainted - t0, changed: before !== after, timedOut: r.timedOut };
    },
    String(value),
  );
}

/** Waits until the header's save status reads "Sparat" (the autosave has run). */
export async function waitSaved(page) {
  await page.getByRole('status').filter({ hasText: /Sparat$/ }).waitFor({ timeout: 120_000 });
}

/**
 * Performs one kind of interaction and returns its Event Timing figures: `act` gets the page
 * and returns how many interactions (key presses, clicks) it performed.
 */
export async function eventTimed(page, act) {
  const start = await page.evaluate(() => performance.now());
  const performed = await act(page);
  await waitSaved(page);
  // Event Timing entries are delivered after the next paint: give the browser a few frames.
  const entries = await page.evaluate(async (start) => {
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    return window.__bench.events.filter((e) => e.startTime >= start);
  }, start);
  return interactionStats(entries, performed);
}

/**
 * Types three new weights, key by key: each key press re-ranks. Returns the key presses. The
 * field is found and focused once, and cleared with the keyboard (select all, Backspace): a
 * locator's `fill` between the keys ran Playwright's label search over the whole page on the
 * throttled main thread (61–74 ms a time at 4× CPU on the overview, in a CPU profile), and that
 * work, not the app's, delayed the next frame the key presses' Event Timing waits for.
 */
export async function typeWeight(page, label) {
  await page.getByLabel(label, { exact: true }).focus();
  let presses = 0;
  for (const text of ['100', '5', '25']) {
    for (const key of ['ControlOrMeta+A', 'Backspace', ...text]) {
      await page.keyboard.press(key);
      presses += 1;
      await nextFrame(page);
    }
  }
  return presses;
}

/** Clicks the list's sort buttons (four clicks over three columns). Returns the clicks. */
export async function clickSorts(page) {
  const sorts = page.getByRole('button', { name: /^Sortera efter/ });
  const n = await sorts.count();
  if (n === 0) return 0;
  let clicks = 0;
  for (const i of [1, 2, 2, 0].map((k) => k % n)) {
    await sorts.nth(i).click();
    clicks += 1;
    await nextFrame(page);
  }
  return clicks;
}

/**
 * Clicks links of the plan navigation by name, waiting after each for the view's heading
 * (`links`: [{name, hash, heading}]). Returns the clicks.
 */
export async function clickNavLinks(page, links) {
  let clicks = 0;
  for (const { name, hash, heading } of links) {
    await page.getByRole('navigation', { name: 'Planens vyer' }).getByRole('link', { name, exact: true }).click();
    clicks += 1;
    await page.waitForFunction((hash) => location.hash === hash, hash);
    await page.evaluate(
      (heading) => window.__bench.settle(() => document.querySelector('main h1')?.textContent.trim() === heading),
      heading,
    );
  }
  return clicks;
}

/** Prints the rows as an aligned table and writes them as JSON to `jsonOut`. */
export function printReport({ rows, notes, header, elapsed, jsonOut, meta }) {
  const w = [0, 0, 0];
  for (const r of rows) {
    if (r.section) continue;
    w[0] = Math.max(w[0], r.measure.length);
    w[1] = Math.max(w[1], String(r.value).length);
    w[2] = Math.max(w[2], String(r.target).length);
  }
  console.log(`\n${header}`);
  for (const r of rows) {
    if (r.section) {
      console.log(`\n## ${r.section}`);
      continue;
    }
    console.log(`  ${r.measure.padEnd(w[0])}  ${String(r.value).padStart(w[1])}  ${String(r.target).padEnd(w[2])}  ${r.note}`.trimEnd());
  }
  for (const n of notes) console.log(`\n${n}`);
  console.log(`\n(benchmark ran ${(elapsed / 1000).toFixed(0)} s)`);
  try {
    mkdirSync(path.dirname(jsonOut), { recursive: true });
    writeFileSync(jsonOut, JSON.stringify({ date: new Date().toISOString(), ...meta, rows }, null, 2));
    console.log(`figures as JSON: ${path.relative(process.cwd(), jsonOut)}`);
  } catch (err) {
    console.log(`could not write ${jsonOut}: ${err.message}`);
  }
}

