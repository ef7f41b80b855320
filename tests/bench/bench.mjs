// Beredning's benchmark: loads a 1 000-initiative plan into a real
// browser and prints figures, not verdicts. Run through scripts/bench.sh, which builds the
// release bundle first; by hand:
//
//   node tests/bench/bench.mjs [--dist DIR] [--initiatives N] [--runs N] [--json FILE]
//
// What it measures, and how:
// - The plan is generated (tests/bench/generate.mjs, seeded, so every run measures the same
//   bytes) and put into localStorage by an init script before the app's own scripts run, under
//   the keys the app itself uses (src/persistence/repository.rs).
// - Render times are taken inside the page with performance.now() and a MutationObserver on
//   <main>: "shown" is when the view's h1 is in the DOM, "settled" when <main> has had no
//   mutation for 150 ms, and both are taken at the first frame after that DOM state
//   (requestAnimationFrame, then a task), so style, layout and paint are included.
// - Interaction latency comes from the browser's Event Timing API (PerformanceObserver 'event',
//   durationThreshold 16): input delay + handlers + time to the next paint, per interaction, for
//   trusted key and mouse input sent by playwright, at 1× and at 4× CPU throttling (CDP).
//
// Exit code: 0 whatever the figures are (it is a report); 1 only if the app did not load the
// plan (nothing else would be worth reading).

import path from 'node:path';
import { startServer, launchBrowser, REPO_ROOT } from '../e2e/harness.mjs';
import { generatePlan, indexFor } from './generate.mjs';
import {
  backToList,
  clickNavLinks,
  clickSorts,
  eventTimed,
  measureStart,
  printReport,
  timeView,
  timeFieldChange,
  typeWeight,
  waitSaved,
} from './steps.mjs';
import { nextFrame } from './measure.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const DIST = opt('--dist', process.env.E2E_DIST || 'dist-release');
const INITIATIVES = Number(opt('--initiatives', 1000));
const RUNS = Math.max(1, Number(opt('--runs', 3)));
const JSON_OUT = opt('--json', path.join(REPO_ROOT, 'target', 'bench', 'results.json'));

const ROW_TARGET = 50;
const INTERACTION_TARGET_MS = 200;
const VIEWS = [
  ['prioritering', 'Prioriteringslista'],
  ['matris', 'Matris'],
  ['budget', 'Budgetscenario'],
  ['handlingsplan', 'Handlingsplan'],
  ['uppfoljning', 'Uppföljning'],
  ['beslutsunderlag', 'Beslutsunderlag'],
];
const WEIGHT_LABEL = 'Vikt för Angelägenhet';
const BUDGET_LABEL = 'Investeringsbudget';

/** Every printed figure, in order, also written as JSON for comparing runs. */
const rows = [];
const notes = [];
const section = (title) => rows.push({ section: title });
const row = (measure, value, target = '', note = '') => rows.push({ measure, value, target, note });
const ms = (x) => (x == null || Number.isNaN(x) ? 'n/a' : `${x.toFixed(x < 10 ? 1 : 0)} ms`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const status = (ok) => (ok ? 'OK' : 'OVER');

/** Runs one part of the benchmark; a part that breaks is reported and the others still run. */
async function attempt(label, fn) {
  try {
    await fn();
  } catch (err) {
    row(label, 'failed', '', String(err.message || err).split('\n')[0]);
  }
}

const envelope = generatePlan({ initiatives: INITIATIVES });
const plan = envelope.plan;
const planText = JSON.stringify(envelope);
const planKey = `beredning.plan.${plan.id}`;
const seed = { planKey, planText, indexText: JSON.stringify(indexFor(envelope)) };

/** The h1 of the page at `hash` (overview or plan view), so a navigation's end can be recognised. */
function headingFor(hash) {
  const slug = hash.split('/')[3];
  const view = VIEWS.find(([s]) => s === slug);
  return view ? `${view[1]}: ${plan.name}` : plan.name;
}

/** Navigates by hash and waits until the new view has rendered and settled. */
async function go(page, hash) {
  const r = await timeView(page, hash, headingFor(hash));
  if (r.timedOut) throw new Error(`${hash} did not show the heading "${headingFor(hash)}" (h1 is "${r.heading}")`);
  return r;
}

/** Median over RUNS of navigating from the plan list to `hash`. */
async function measureView(page, hash) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    await backToList(page);
    const r = await timeView(page, hash, headingFor(hash));
    runs.push(r);
    if (r.timedOut) break; // a view that never shows its heading is not worth timing again
  }
  const last = runs[runs.length - 1];
  if (last.timedOut) return { ...last, shown: null, settled: null };
  return {
    shown: median(runs.map((r) => r.shown)),
    settled: median(runs.map((r) => r.settled)),
    trs: last.trs,
    bodyRows: last.bodyRows,
    tables: last.tables,
    largest: last.largest,
    items: last.items,
    fieldsets: last.fieldsets,
    elements: last.elements,
    heading: last.heading,
    timedOut: false,
  };
}

async function main() {
  const t0 = Date.now();
  const server = await startServer(DIST);
  const browser = await launchBrowser();
  let failed = null;
  try {
    // 1. The stored JSON.
    section(`Stored plan: ${INITIATIVES} initiatives, ${plan.activities.length} activities, seeded generator`);
    row('JSON size', `${Buffer.byteLength(planText).toLocaleString('en-US')} bytes`, '', `${(Buffer.byteLength(planText) / 1048576).toFixed(2)} MiB`);

    // 2. Start-up, with the plan stored and (for comparison) with nothing stored.
    const startRuns = [];
    let page = null;
    for (let i = 0; i < RUNS; i++) {
      const r = await measureStart(browser, server.url, seed);
      if (r.seedError) throw new Error(`could not store the plan in localStorage: ${r.seedError}`);
      startRuns.push(r);
      if (i < RUNS - 1) await r.page.context().close();
      else page = r.page;
    }
    const loadProblem = await page.getByRole('alert').count();
    const planLink = page.getByRole('link', { name: plan.name, exact: true });
    if (loadProblem > 0 || (await planLink.count()) === 0) {
      const alert = loadProblem ? await page.getByRole('alert').first().innerText() : '(no load problem shown)';
      failed = `the app did not list the generated plan: ${alert}`;
      return;
    }
    // The row's cells as the app shows them: the initiative count proves the whole plan loaded.
    const cells = await page.getByRole('row', { name: plan.name }).first().getByRole('cell').allInnerTexts();
    const counted = cells.some((c) => c.replace(/\s/g, '') === String(INITIATIVES));
    if (!counted) notes.push(`warning: the plan list row does not show ${INITIATIVES} initiatives: ${JSON.stringify(cells)}`);
    const parse = await page.evaluate((key) => {
      const g0 = performance.now();
      const text = localStorage.getItem(key);
      const get = performance.now() - g0;
      const times = [];
      for (let i = 0; i < 5; i++) {
        const p0 = performance.now();
        JSON.parse(text);
        times.push(performance.now() - p0);
      }
      times.sort((a, b) => a - b);
      return { get, parse: times[2], chars: text.length };
    }, planKey);
    row('browser JSON.parse of it (median of 5)', ms(parse.parse), '', 'JS parser, for scale; the app parses with serde in wasm');
    row('localStorage.getItem of it', ms(parse.get), '', 'after the app read it once (the renderer caches the store)');

    const emptyRuns = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await measureStart(browser, server.url, null);
      emptyRuns.push(r);
      await r.page.context().close();
    }
    section(`Start-up, from navigation start, fresh profile each time (median of ${RUNS})`);
    const seedMs = median(startRuns.map((r) => r.seeded.end - r.seeded.start));
    row('wasm downloaded (responseEnd), big plan stored', ms(median(startRuns.map((r) => r.wasm))), '', 'local server, no network delay');
    row('app mounted (header in DOM + frame), big plan stored', ms(median(startRuns.map((r) => r.marks.mounted.painted))), '', 'the shell and the plan list mount together');
    row('plan list rendered (+ frame), big plan stored', ms(median(startRuns.map((r) => r.marks.list.painted))), '', `includes ${ms(seedMs)} of the bench's own localStorage seeding (init script)`);
    row('  the same without the seeding', ms(median(startRuns.map((r) => r.marks.list.painted - (r.seeded.end - r.seeded.start)))));
    row('plan list rendered (+ frame), nothing stored', ms(median(emptyRuns.map((r) => r.marks.list.painted))), '', 'first run: the example plan; the difference is the cost of loading the big plan');

    // 3. Views of the big plan, reached by hash from the plan list.
    await attempt('views', async () => {
      section(`Views of the big plan: navigation from the plan list to first frame (median of ${RUNS})`);
      const overview = await measureView(page, `#/plan/${plan.id}`);
      const viewRow = (label, r, extra = '') => {
        const note = [`${r.trs} tr in main (${r.bodyRows} outside thead; ${r.tables} tables, largest tbody ${r.largest} rows); ${r.fieldsets} fieldsets, ${r.items} li, ${r.elements} elements`, extra, r.timedOut ? `expected heading not shown in 30 s; h1 is "${r.heading}"` : '']
          .filter(Boolean)
          .join('; ');
        row(`${label}: heading shown`, ms(r.shown));
        // Table rows or editors (fieldsets), whichever the view has more of.
        const rowStatus = r.timedOut ? 'n/a' : status(Math.max(r.bodyRows, r.fieldsets) <= ROW_TARGET);
        row(`${label}: settled`, ms(r.settled), `rows ≤ ~${ROW_TARGET}: ${rowStatus}`, note);
      };
      viewRow('overview #/plan/<id>', overview);
      for (const [slug] of VIEWS) {
        const r = await measureView(page, `#/plan/${plan.id}/${slug}`);
        // Views still being written render the heading, the plan navigation and a line or two.
        // (The budget view shows its tables only once a budget is set: measured below.)
        const stub = !r.timedOut && r.tables === 0 && r.elements < 100 && slug !== 'budget';
        viewRow(`${slug}`, r, stub ? 'looks like a stub (no table, under 100 elements)' : '');
      }
      // The budget scenario shows its tables only once a budget is set: set 50 Mkr, as a forum
      // would, and time the proposal on screen and count its rows.
      await go(page, `#/plan/${plan.id}/budget`);
      if ((await page.getByLabel(BUDGET_LABEL, { exact: true }).count()) === 0) {
        row('budget at 50 Mkr', 'n/a', '', `no field labelled "${BUDGET_LABEL}" found`);
      } else {
        const change = await timeFieldChange(page, BUDGET_LABEL, 50_000_000);
        const r = await page.evaluate(() => {
          const main = document.getElementById('main');
          const trs = main.querySelectorAll('tr').length;
          return { bodyRows: trs - main.querySelectorAll('thead tr').length, fieldsets: main.querySelectorAll('fieldset').length, tables: main.querySelectorAll('table').length };
        });
        const rowStatus = change.timedOut ? 'n/a' : status(r.bodyRows <= ROW_TARGET);
        row('budget at 50 Mkr: set to proposal on screen', ms(change.settled), `rows ≤ ~${ROW_TARGET}: ${rowStatus}`, `${r.bodyRows} rows outside thead in ${r.tables} tables`);
      }
      const listRows = await page.evaluate(async () => {
        location.hash = '#/';
        await window.__bench.settle(() => !!document.querySelector('main table tbody tr'));
        return document.querySelectorAll('main tr').length;
      });
      row('plan list #/: tr in main', String(listRows), `rows ≤ ~${ROW_TARGET}: ${status(listRows - 1 <= ROW_TARGET)}`);
    });

    // 4. A weight change, where the prioritisation list has its weight field, else the overview.
    await attempt('weight change', async () => {
      let weightHash = `#/plan/${plan.id}/prioritering`;
      await go(page, weightHash);
      if ((await page.getByLabel(WEIGHT_LABEL, { exact: true }).count()) === 0) {
        weightHash = `#/plan/${plan.id}`;
        await go(page, weightHash);
      }
      section(`Weight change on ${weightHash.replace(plan.id, '<id>')}: "${WEIGHT_LABEL}" set, to the re-ranked table's first frame`);
      if ((await page.getByLabel(WEIGHT_LABEL, { exact: true }).count()) === 0) {
        row('weight change', 'n/a', '', `no field labelled "${WEIGHT_LABEL}" found`);
      } else {
        const changes = [];
        const saves = [];
        for (const value of [100, 0, 25]) {
          const change = await timeFieldChange(page, WEIGHT_LABEL, value);
          changes.push(change);
          await waitSaved(page);
          // The autosave runs AUTOSAVE_DELAY (400 ms) after the change: the long task that
          // starts after 300 ms is the save (serialising the plan and writing localStorage).
          await nextFrame(page);
          saves.push(
            await page.evaluate(
              (t0) => Math.max(0, ...window.__bench.longTasks.filter((t) => t.startTime >= t0 + 300 && t.startTime < t0 + 3000).map((t) => t.duration)),
              change.t0,
            ),
          );
        }
        row('first update on screen (median of 3)', ms(median(changes.map((c) => c.firstUpdate))), '', 'values 100, 0, 25');
        row('last update on screen (median of 3)', ms(median(changes.map((c) => c.settled))), '', `max ${ms(Math.max(...changes.map((c) => c.settled)))}; first rows changed: ${changes.map((c) => (c.changed ? 'yes' : 'no')).join('/')}`);
        const save = median(saves);
        row('autosave afterwards: its long task (median of 3)', save > 0 ? ms(save) : '< 50 ms', '', 'blocks input while it runs; Long Tasks API, ≥ 50 ms only');
      }
    });

    // 5. Interaction latency (Event Timing), 1× and 4× CPU.
    await attempt('interaction latency', async () => {
      const cdp = await page.context().newCDPSession(page);
      for (const rate of [1, 4]) {
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        section(`Interaction latency at ${rate}× CPU throttle (Event Timing, per interaction: max and p75)`);
        const target = rate === 4 ? `≤ ${INTERACTION_TARGET_MS} ms` : '';
        const report = (label, s, extra = '') => {
          if (s.performed === 0) return row(label, 'n/a', target, 'control not found');
          row(
            label,
            `max ${s.max == null ? '<16 ms' : ms(s.max)}, p75 ${s.p75 == null ? '<16 ms' : ms(s.p75)}`,
            target ? `${target}: ${status(s.max == null || s.max <= INTERACTION_TARGET_MS)}` : '',
            [`${s.performed} interactions, ${s.reported} at ≥ 16 ms`, extra, `slowest: ${s.slowest || '–'}`].filter(Boolean).join('; '),
          );
        };
        for (const [hash, label] of [[`#/plan/${plan.id}/prioritering`, 'prioritering'], [`#/plan/${plan.id}`, 'overview']]) {
          await attempt(`${label} at ${rate}×`, async () => {
            await go(page, hash);
            const hasWeight = (await page.getByLabel(WEIGHT_LABEL, { exact: true }).count()) > 0;
            if (hasWeight) report(`${label}: typing into "${WEIGHT_LABEL}"`, await eventTimed(page, (p) => typeWeight(p, WEIGHT_LABEL)));
            else row(`${label}: typing into "${WEIGHT_LABEL}"`, 'n/a', target, 'field not on this view');
            if (label === 'prioritering') report(`${label}: clicking sort buttons`, await eventTimed(page, clickSorts));
          });
        }
        if (rate !== 1) {
          await attempt(`views at ${rate}×`, async () => {
            for (const hash of [`#/plan/${plan.id}`, `#/plan/${plan.id}/prioritering`]) {
              await backToList(page);
              const r = await timeView(page, hash, headingFor(hash));
              row(`render ${hash.replace(plan.id, '<id>')} from the plan list`, ms(r.settled), '', 'navigation to first frame after it settled; one run');
            }
          });
        }
        // Typing text, word by word, each word followed by its autosave (serialising the whole
        // plan and writing it): every long task in that time, whatever caused it.
        if (rate !== 1) {
          await attempt(`typing text at ${rate}×`, async () => {
            const first = plan.initiatives[0];
            await page.evaluate((h) => { location.hash = h; }, `#/plan/${plan.id}/initiativ/${first.id}/behov`);
            const field = page.getByLabel('Problem och behov', { exact: true });
            await field.waitFor({ timeout: 30_000 });
            await field.press('End');
            const t0 = await page.evaluate(() => performance.now());
            const words = [' Handläggarna', ' lägger', ' mycket', ' tid', ' på', ' manuella', ' kontroller.'];
            for (const word of words) {
              await field.pressSequentially(word, { delay: 60 });
              await waitSaved(page);
            }
            await nextFrame(page);
            const tasks = await page.evaluate((t0) => window.__bench.longTasks.filter((t) => t.startTime >= t0).map((t) => t.duration), t0);
            const worst = tasks.length ? Math.max(...tasks) : 0;
            row(
              `walkthrough: typing ${words.length} words into "Problem och behov", each followed by its autosave`,
              tasks.length ? `max long task ${ms(worst)}, ${tasks.length} long tasks` : 'no long task (all < 50 ms)',
              `no task > 50 ms: ${status(tasks.length === 0)}`,
              'Long Tasks API; the autosave serialises the whole plan and writes localStorage',
            );
          });
        }
        await attempt(`plan nav links at ${rate}×`, async () => {
          await go(page, `#/plan/${plan.id}`);
          report('clicking plan nav links (overview → prioritering → overview)', await eventTimed(page, (p) =>
              clickNavLinks(
                p,
                [['Prioriteringslista', `#/plan/${plan.id}/prioritering`], ['Översikt', `#/plan/${plan.id}`]].map(([name, hash]) => ({ name, hash, heading: headingFor(hash) })),
              ),
            ), 'the click only; the view renders after the hashchange, see render times');
        });
      }
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    });

    // 6. Import and export of the same plan as a file (tests/bench/exchange.mjs), fresh profiles.
    await attempt('import/export', async () => {
      const { measureExchange } = await import('./exchange.mjs');
      await measureExchange(browser, server.url, { envelope, runs: RUNS, section, row, notes });
    });

    // 7. Undo's memory: 50 steps on the big plan, then all undone (tests/bench/undo_memory.mjs).
    await attempt('undo memory', async () => {
      const { measureUndoMemory, undoMemoryRows } = await import('./undo_memory.mjs');
      section('Undo memory: 50 weight changes on the prioritisation list, then 50 × Ctrl+Z (JS heap after GC; wasm memory size)');
      const r = await measureUndoMemory(browser, server.url, seed, plan.id, { steps: 50 });
      const wasmGrowth = r.recorded.wasm == null ? null : (r.recorded.wasm - r.before.wasm) / 1048576;
      for (const [what, value, growth = ''] of undoMemoryRows(r)) {
        const target = what.startsWith('wasm memory with') && wasmGrowth != null ? `≤ 200 MB: ${status(wasmGrowth <= 200)}` : '';
        row(what, value, target, growth);
      }
    });

    section('Ranking compute');
    row('rank() of the plan', 'n/a here', '≤ 1 ms', 'timed natively: "Native core timings" (scripts/bench.sh runs src/bin/bench_core.rs)');

    if (page.errors.length) notes.push(`page errors during the run:\n  ${page.errors.slice(0, 10).join('\n  ')}`);
    await page.context().close();
  } finally {
    await browser.close();
    await server.close();
    printReport({
      rows,
      notes,
      header: `Beredning benchmark — bundle ${DIST}, ${new Date().toISOString()}`,
      elapsed: Date.now() - t0,
      jsonOut: JSON_OUT,
      meta: { dist: DIST, initiatives: INITIATIVES, runs: RUNS },
    });
    if (failed) {
      console.error(`bench: ${failed}`);
      process.exitCode = 1;
    }
  }
}

main().catch((err) => {
  console.error(`bench: the app failed to load or the run broke: ${err.stack || err}`);
  process.exitCode = 1;
});
