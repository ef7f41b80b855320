// Import and export of a large plan file, for the benchmark: how long the app
// takes from a chosen file to the imported plan on screen, next to what the browser itself needs
// to read, JSON.parse and plainly render the same bytes in the same page and run; and how long
// "Exportera planen (JSON)" takes to hand the file to the browser.
//
// Called by tests/bench/bench.mjs (measureExchange), or alone:
//
//   node tests/bench/exchange.mjs [--dist DIR] [--initiatives N] [--runs N]
//
// Each run is a fresh browser profile (the example plan only), so that the import is always of a
// new plan into storage with room for it; the file is chosen once the app has settled (its parts
// fetched and the import warmed up at idle, as before any file a person picks). All times are taken inside the page with
// performance.now(), each to the first frame after the DOM state it names (requestAnimationFrame,
// then a task), so style, layout and paint are included:
// - baseline: a plain <input type=file> outside the app gets the same bytes; from its `change`
//   event: File.text(), JSON.parse, then a plain DOM render of the data (described in BASELINE_NOTE).
// - import: from the `change` event of the app's file input (a capture listener on window, which
//   runs before the app's own handler) to the frame where the preview "Importera planen?" with its
//   "Importera" button is shown (read + validation + preview render); then from clicking
//   "Importera" (as a new plan, the default) to the frame where the overview shows the plan's
//   name as its h1 (store in localStorage + first render of the plan).
// - export: on the share page, from clicking "Exportera planen (JSON)" to the click on the
//   temporary download link (HTMLAnchorElement.prototype.click is wrapped for the measurement),
//   and to the frame where the status line says the file was saved; the file's size comes from
//   playwright's download event.

import { stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { newPage, gotoApp } from '../e2e/harness.mjs';
import { IN_PAGE_HELPERS, nextFrame } from './measure.mjs';

const FILE_LABEL = 'Planfil (JSON, högst 10 MB)';
const PREVIEW_HEADING = 'Importera planen?';
const PROBLEMS_HEADING = 'Filen kunde inte importeras';
const IMPORT_BUTTON = 'Importera';
const EXPORT_BUTTON = 'Exportera planen (JSON)';
const TARGET_RATIO = 3;
const BASELINE_ROWS = 50;
export const BASELINE_NOTE =
  `plain DOM: a 9-row summary table (name, organisation, period, version, counts), ` +
  `a count per stage over all initiatives, and a ${BASELINE_ROWS}-row table of the first ` +
  'initiatives (title, stage, unit, benefits, decisions)';

const median = (xs) => {
  const s = xs.filter((x) => x != null && !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => (x == null || Number.isNaN(x) ? 'n/a' : `${x.toFixed(x < 10 ? 1 : 0)} ms`);
const mib = (bytes) => `${(bytes / 1048576).toFixed(2)} MiB`;

/**
 * The baseline, in the page: a file input of its own outside the app, and from its change event
 * the read, the parse and the render. Resolves window.__exchange.baseline.
 */
function installBaseline({ rows }) {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const box = document.createElement('div');
  box.id = 'bench-baseline';
  const input = document.createElement('input');
  input.type = 'file';
  input.id = 'bench-baseline-input';
  input.setAttribute('aria-label', 'Bench baseline file');
  box.append(input);
  document.body.append(box);
  const cell = (tag, text) => {
    const el = document.createElement(tag);
    el.textContent = text;
    return el;
  };
  const table = (caption, head, body) => {
    const t = document.createElement('table');
    t.append(cell('caption', caption));
    const thead = document.createElement('thead');
    const tr = document.createElement('tr');
    for (const h of head) tr.append(Object.assign(cell('th', h), { scope: 'col' }));
    thead.append(tr);
    const tbody = document.createElement('tbody');
    for (const r of body) {
      const row = document.createElement('tr');
      r.forEach((v, k) => row.append(k === 0 ? Object.assign(cell('th', v), { scope: 'row' }) : cell('td', v)));
      tbody.append(row);
    }
    t.append(thead, tbody);
    return t;
  };
  window.__exchange = window.__exchange || {};
  window.__exchange.baseline = new Promise((resolve, reject) => {
    input.addEventListener(
      'change',
      async () => {
        try {
          const t0 = performance.now();
          const text = await input.files[0].text();
          const t1 = performance.now();
          const doc = JSON.parse(text);
          const t2 = performance.now();
          const plan = doc.plan;
          const stages = {};
          for (const i of plan.initiatives) stages[i.stage] = (stages[i.stage] || 0) + 1;
          const out = document.createElement('section');
          out.append(
            cell('h1', plan.name),
            table('Planen i filen', ['Uppgift', 'Värde'], [
              ['Namn', plan.name],
              ['Organisation', plan.organisation.name],
              ['Period', `${plan.period.start_year}–${plan.period.end_year}`],
              ['Exporterad', doc.exported ?? '–'],
              ['Version', `${doc.app_version}, filformat ${doc.format_version}`],
              ['Initiativ', String(plan.initiatives.length)],
              ['Aktiviteter', String(plan.activities.length)],
              ['Mål', String(plan.framework.goals.length)],
              ['Kriterier', String(plan.framework.criteria.length)],
            ]),
            table('Initiativ per steg', ['Steg', 'Antal'], Object.entries(stages).map(([s, n]) => [s, String(n)])),
            table(
              'Initiativ',
              ['Titel', 'Steg', 'Enhet', 'Nyttor', 'Beslut'],
              plan.initiatives
                .slice(0, rows)
                .map((i) => [i.title, i.stage, i.need.proposing_unit, String(i.analysis.benefits.length), String(i.decisions.length)]),
            ),
          );
          box.append(out);
          const t3 = performance.now();
          await frame();
          const t4 = performance.now();
          window.__exchange.parsed = doc;
          resolve({ read: t1 - t0, parse: t2 - t1, render: t4 - t2, total: t4 - t0, elements: out.querySelectorAll('*').length, dom: t3 - t2 });
        } catch (err) {
          reject(err);
        }
      },
      { once: true },
    );
  });
}

/** The browser's own serialisation of the parsed file, compact and indented, for scale. */
function stringifyBaseline() {
  const doc = window.__exchange.parsed;
  const t0 = performance.now();
  const compact = JSON.stringify(doc);
  const t1 = performance.now();
  const indented = JSON.stringify(doc, null, 2);
  const t2 = performance.now();
  delete window.__exchange.parsed;
  document.getElementById('bench-baseline')?.remove();
  return { compact: t1 - t0, indented: t2 - t1, compactChars: compact.length, indentedChars: indented.length };
}

/**
 * The app's import, in the page: from the change event of `input` to the first frame with the
 * preview (or the problems page) shown. Resolves window.__exchange.preview.
 */
function installImportWatch(input, { previewHeading, problemsHeading, button }) {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const x = (window.__exchange = window.__exchange || {});
  x.preview = new Promise((resolve) => {
    let t0 = null;
    let read = null;
    const onChange = (ev) => {
      if (ev.target === input && t0 == null) t0 = performance.now();
    };
    window.addEventListener('change', onChange, { capture: true });
    // When the app's read of the file has finished: the rest is copying into wasm, validation
    // and the preview's render.
    const arrayBuffer = Blob.prototype.arrayBuffer;
    Blob.prototype.arrayBuffer = function wrapped() {
      return arrayBuffer.call(this).then((bytes) => {
        if (read == null && t0 != null) read = performance.now() - t0;
        return bytes;
      });
    };
    const state = () => {
      const h1 = document.querySelector('main h1')?.textContent.trim();
      if (h1 === problemsHeading) return 'refused';
      const hasButton = [...document.querySelectorAll('main button')].some((b) => b.textContent.trim() === button);
      return h1 === previewHeading && hasButton ? 'preview' : null;
    };
    let done = false;
    const finish = async (outcome) => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      window.removeEventListener('change', onChange, { capture: true });
      Blob.prototype.arrayBuffer = arrayBuffer;
      const dom = performance.now();
      await frame();
      resolve({ outcome, shown: performance.now() - t0, dom: dom - t0, read, changeSeen: t0 != null });
    };
    const observer = new MutationObserver(() => {
      if (t0 == null) return;
      const s = state();
      if (s) finish(s);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    const timer = setTimeout(() => finish('timeout'), 120_000);
  });
}

/** Clicks "Importera" in the page and times it to the overview heading (see the file comment). */
async function clickImport(page, { button, heading }) {
  return page.evaluate(
    async ({ button, heading }) => {
      const el = [...document.querySelectorAll('main button')].find((b) => b.textContent.trim() === button);
      const done = window.__bench.settle(() => document.querySelector('main h1')?.textContent.trim() === heading, { timeoutMs: 60_000 });
      const t0 = performance.now();
      el.click();
      const handler = performance.now() - t0;
      const r = await done;
      return {
        handler,
        shown: r.shown == null ? null : r.shownPainted - t0,
        settled: r.shown == null ? null : r.settledPainted - t0,
        timedOut: r.timedOut,
        hash: location.hash,
        h1: document.querySelector('main h1')?.textContent.trim() ?? '(no h1)',
        // Any task that ran past the click: the click runs inside this evaluate's own task, and
        // the app may render within it.
        longest: Math.max(0, ...window.__bench.longTasks.filter((t) => t.startTime + t.duration >= t0).map((t) => t.duration)),
      };
    },
    { button, heading },
  );
}

/** Clicks "Exportera planen (JSON)" in the page; times the download link's click and the status. */
async function clickExport(page, { button }) {
  return page.evaluate(async (button) => {
    const el = [...document.querySelectorAll('main button')].find((b) => b.textContent.trim() === button);
    const section = el.closest('section');
    const said = () => /sparades som/.test(section.querySelector('[role="status"]')?.textContent ?? '');
    const failed = () => !!section.querySelector('[role="alert"]');
    const original = HTMLAnchorElement.prototype.click;
    let anchor = null;
    HTMLAnchorElement.prototype.click = function click() {
      if (anchor == null) anchor = { at: performance.now(), download: this.download, blob: this.href.startsWith('blob:') };
      return original.call(this);
    };
    try {
      const done = window.__bench.settle(() => said() || failed(), { requireMutation: true, timeoutMs: 60_000 });
      const t0 = performance.now();
      el.click();
      const handler = performance.now() - t0;
      const r = await done;
      return {
        toAnchor: anchor ? anchor.at - t0 : null,
        handler,
        shown: r.shown == null ? null : r.shownPainted - t0,
        file: anchor?.download ?? null,
        failed: failed() ? section.querySelector('[role="alert"]').textContent : null,
        status: section.querySelector('[role="status"]')?.textContent ?? '',
      };
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
  }, button);
}

/** One run in a fresh profile: baseline, import, export. Throws with the app's words if refused. */
async function oneRun(browser, url, { buffer, name }) {
  const page = await newPage(browser, url);
  page.context().setDefaultTimeout(120_000);
  await page.context().addInitScript(IN_PAGE_HELPERS, { milestones: [] });
  try {
    await gotoApp(page, '');
    await page.getByRole('status').filter({ hasText: /^Sparstatus: Sparat$/ }).waitFor();
    // As for a person, who takes seconds to choose a file: the app has fetched its parts and
    // warmed up the import at idle (src/ui/shell/lazy.rs) before the file arrives.
    await page.waitForFunction(() => window.beredningSettled === true, null, { timeout: 120_000 });
    const file = { name: 'stor-plan.json', mimeType: 'application/json', buffer };

    // Baseline, in the same page before the app sees the file.
    await page.evaluate(installBaseline, { rows: BASELINE_ROWS });
    await page.locator('#bench-baseline-input').setInputFiles(file);
    const baseline = await page.evaluate(() => window.__exchange.baseline);
    const stringify = await page.evaluate(stringifyBaseline);
    await nextFrame(page);

    // The app's import: file → preview.
    const input = page.getByLabel(FILE_LABEL, { exact: true });
    await input.evaluate(installImportWatch, { previewHeading: PREVIEW_HEADING, problemsHeading: PROBLEMS_HEADING, button: IMPORT_BUTTON });
    await input.setInputFiles(file);
    const preview = await page.evaluate(() => window.__exchange.preview);
    if (preview.outcome === 'refused') {
      const messages = await page.getByRole('alert').getByRole('listitem').allInnerTexts();
      throw new Error(`the app refused the generated file: ${messages.slice(0, 5).join(' | ')}${messages.length > 5 ? ` (+${messages.length - 5} more)` : ''}`);
    }
    if (preview.outcome !== 'preview') throw new Error(`no import preview within 120 s (change event seen: ${preview.changeSeen})`);
    const warningRegion = page.getByRole('region', { name: 'Uppgifter som inte tas med' });
    const warnings = (await warningRegion.count()) ? await warningRegion.getByRole('listitem').allInnerTexts() : [];
    const counted = await page.getByRole('row', { name: /^Initiativ\b/ }).getByRole('cell').allInnerTexts();

    // "Importera" → the overview of the new plan, stored.
    const overview = await clickImport(page, { button: IMPORT_BUTTON, heading: name });
    if (overview.timedOut) throw new Error(`the overview heading "${name}" was not shown within 60 s (h1 "${overview.h1}", ${overview.hash})`);
    // The import's plan is written with the next autosave, after the overview is on screen:
    // wait for it (or for the status to say why it could not be), then read what was stored.
    const status = page.getByRole('banner').getByRole('status').filter({ hasText: /^Sparstatus/ });
    await status.filter({ hasNotText: /Sparar/ }).waitFor({ timeout: 60_000 });
    const saveStatus = await status.innerText();
    const storage = await page.evaluate(() => Object.keys(localStorage).reduce((n, k) => n + k.length + localStorage.getItem(k).length, 0));

    // Export from the share page.
    const planId = overview.hash.replace(/^#\/plan\//, '');
    await page.evaluate(async (hash) => {
      location.hash = hash;
      await window.__bench.settle(() => [...document.querySelectorAll('main button')].some((b) => b.textContent.trim() === 'Exportera planen (JSON)'));
    }, `#/plan/${planId}/dela`);
    const downloaded = page.waitForEvent('download', { timeout: 60_000 });
    const wall0 = Date.now();
    const exported = await clickExport(page, { button: EXPORT_BUTTON });
    const download = await downloaded;
    const wall = Date.now() - wall0;
    const fileBytes = (await stat(await download.path())).size;
    return { baseline, stringify, preview, warnings, counted, overview, saveStatus, storage, exported, fileBytes, wall, errors: [...page.errors] };
  } finally {
    await page.context().close();
  }
}

/**
 * Measures import and export of `envelope` (the generated plan, as the app exports it) over
 * `runs` fresh profiles and adds the report's rows through `section` and `row`.
 */
export async function measureExchange(browser, url, { envelope, runs = 3, section, row, notes = [] }) {
  const text = JSON.stringify(envelope);
  const buffer = Buffer.from(text, 'utf8');
  const name = envelope.plan.name;
  const n = envelope.plan.initiatives.length;
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await oneRun(browser, url, { buffer, name }));
  const m = (f) => median(results.map(f));
  const last = results[results.length - 1];

  section(`Import and export of a ${n}-initiative plan file (${buffer.length.toLocaleString('en-US')} bytes, ${mib(buffer.length)}), fresh profile each run (median of ${runs})`);
  const base = m((r) => r.baseline.total);
  row('baseline: File.text() of the chosen file', ms(m((r) => r.baseline.read)), '', 'a plain file input outside the app, same bytes, same page');
  row('baseline: browser JSON.parse of it', ms(m((r) => r.baseline.parse)));
  row('baseline: plain DOM render (+ frame)', ms(m((r) => r.baseline.render)), '', `${BASELINE_NOTE}; ${last.baseline.elements} elements`);
  row('baseline total: change event → rendered', ms(base), '', 'read + JSON.parse + render + frame');
  const preview = m((r) => r.preview.shown);
  const store = m((r) => r.overview.shown);
  const total = m((r) => r.preview.shown + r.overview.shown);
  // Issue 5's target: file read + validation + first render of the imported plan (the preview).
  const previewRatio = preview / base;
  row(
    'import: change event → preview shown (+ frame)',
    ms(preview),
    `≤ ${TARGET_RATIO}× baseline: ${previewRatio <= TARGET_RATIO ? 'OK' : 'OVER'}`,
    `${previewRatio.toFixed(1)}× the baseline`,
  );
  row('  of which: the app\'s File.arrayBuffer() read', ms(m((r) => r.preview.read)), '', 'the rest is copying into wasm, validation and the preview');
  row('import: "Importera" → overview heading (+ frame)', ms(store), '', `settled ${ms(m((r) => r.overview.settled))}; longest task ${ms(m((r) => r.overview.longest))}`);
  row('  of which: the click handler', ms(m((r) => r.overview.handler)), '', 'insert_plan_soon: the plan is added and the overview renders; the write of its megabytes follows with the autosave');
  const ratio = total / base;
  row('import total (sum of the two)', ms(total), `≤ ${TARGET_RATIO}× baseline: ${ratio <= TARGET_RATIO ? 'OK' : 'OVER'}`, `${ratio.toFixed(1)}× the baseline (${ms(base)})`);
  const counted = last.counted.map((c) => c.trim()).join(' ');
  row(
    'import: what the preview and the store said',
    last.saveStatus.replace(/\s+/g, ' ').trim(),
    '',
    `preview "Initiativ": ${counted || '(row not found)'}; ${last.warnings.length} warnings; localStorage ${last.storage.toLocaleString('en-US')} chars after`,
  );
  if (last.warnings.length) notes.push(`import warnings for the generated file (first 5 of ${last.warnings.length}):\n  ${last.warnings.slice(0, 5).join('\n  ')}`);
  if (!/Sparat$/.test(last.saveStatus.trim())) notes.push(`warning: after the import the save status reads "${last.saveStatus.trim()}"`);

  row('export: click → download link clicked', ms(m((r) => r.exported.toAnchor)), '', 'serialise + indent + Blob, in the click handler');
  row('export: click → status shown (+ frame)', ms(m((r) => r.exported.shown)), '', `click → playwright download event ${ms(m((r) => r.wall))} (node clock, includes the protocol)`);
  row(
    'export: the file',
    `${last.fileBytes.toLocaleString('en-US')} bytes`,
    '',
    `${mib(last.fileBytes)}, indented; ${last.exported.file ?? '(no file name)'}${last.exported.failed ? `; failed: ${last.exported.failed}` : ''}`,
  );
  row('browser JSON.stringify of the parsed file', ms(m((r) => r.stringify.compact)), '', `for scale; indented (2 spaces) ${ms(m((r) => r.stringify.indented))}, ${last.stringify.indentedChars.toLocaleString('en-US')} chars`);
  const errors = results.flatMap((r) => r.errors);
  if (errors.length) notes.push(`page errors during import/export:\n  ${errors.slice(0, 10).join('\n  ')}`);
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const opt = (k, fallback) => {
    const i = args.indexOf(k);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
  };
  const { startServer, launchBrowser } = await import('../e2e/harness.mjs');
  const { generatePlan } = await import('./generate.mjs');
  const rows = [];
  const notes = [];
  const server = await startServer(opt('--dist', process.env.E2E_DIST || 'dist-release'));
  const browser = await launchBrowser();
  const t0 = Date.now();
  try {
    await measureExchange(browser, server.url, {
      envelope: generatePlan({ initiatives: Number(opt('--initiatives', 1000)) }),
      runs: Math.max(1, Number(opt('--runs', 3))),
      section: (title) => rows.push({ section: title }),
      row: (measure, value, target = '', note = '') => rows.push({ measure, value, target, note }),
      notes,
    });
  } catch (err) {
    rows.push({ measure: 'import/export', value: 'failed', target: '', note: String(err.message || err).split('\n')[0] });
    process.exitCode = 1;
  } finally {
    await browser.close();
    await server.close();
    for (const r of rows) console.log(r.section ? `\n## ${r.section}` : `  ${r.measure}  ${r.value}  ${r.target}  ${r.note}`.trimEnd());
    for (const n of notes) console.log(`\n${n}`);
    console.log(`\n(ran ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
}
