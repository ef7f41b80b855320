// Undo's memory on the big plan: how much the JS heap and the wasm memory grow while the plan's
// history fills with 50 steps (each keeps the plan as it was, src/core/workflow/history.rs), and
// after undoing all 50 (they then wait on the redo side). Part of tests/bench/bench.mjs; by hand:
//
//   node tests/bench/undo_memory.mjs [--dist DIR] [--initiatives N] [--steps N]
//
// JS heap: CDP Runtime.getHeapUsage after a forced garbage collection. Wasm: the byte length of
// the app's WebAssembly.Memory, which only grows, so it is the most the history ever took (plus
// the app's own working set, measured before the first step).

import { fileURLToPath } from 'node:url';
import { startServer, launchBrowser } from '../e2e/harness.mjs';
import { generatePlan, indexFor } from './generate.mjs';
import { seededPage, waitSaved } from './steps.mjs';

const FIELDS = ['Vikt för Angelägenhet', 'Vikt för Nytta'];
const MB = 1024 * 1024;

/** JS heap in use and the wasm memory's size, in bytes, after a garbage collection. */
async function memory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? null);
  return { js: heap.usedSize, wasm };
}

/**
 * Records `steps` undo steps on the big plan's prioritisation list by changing two weights in
 * turn (two fields, so no step joins the one before), then undoes them all by Ctrl+Z; returns
 * the memory before, after recording and after undoing.
 */
export async function measureUndoMemory(browser, url, seed, planId, { steps = 50 } = {}) {
  const page = await seededPage(browser, url, seed);
  try {
    await page.context().addInitScript(() => {
      addEventListener('TrunkApplicationStarted', (e) => { window.__wasmMemory = e.detail.wasm.memory; });
    });
    await page.goto(`${url}#/plan/${planId}/prioritering`);
    await page.getByLabel(FIELDS[0], { exact: true }).waitFor({ timeout: 120_000 });
    const cdp = await page.context().newCDPSession(page);
    const before = await memory(page, cdp);
    for (let i = 0; i < steps; i++) {
      const field = page.getByLabel(FIELDS[i % 2], { exact: true });
      await field.fill(String(10 + (i % 40)));
      // The weight is taken after a short pause (the field's debounce): the header then says
      // "Sparar…" until the plan is written.
      await page.getByRole('status').filter({ hasText: /Sparar/ }).waitFor({ timeout: 120_000 });
      await waitSaved(page);
    }
    const undoButton = page.getByRole('banner').getByRole('button', { name: 'Ångra', exact: true });
    if (await undoButton.isDisabled()) {
      const header = await page.getByRole('banner').innerText();
      throw new Error(`no undo step was recorded; header: ${header}`);
    }
    const recorded = await memory(page, cdp);
    const heading = page.getByRole('heading', { level: 1 }).first();
    for (let i = 0; i < steps; i++) {
      await heading.focus();
      // The key's handler marks the plan unsaved at once; "Sparat" again means this undo is done.
      await page.keyboard.press('Control+z');
      await waitSaved(page);
    }
    const undone = await memory(page, cdp);
    const left = await undoButton.isDisabled();
    return { before, recorded, undone, steps, allUndone: left };
  } finally {
    await page.context().close();
  }
}

/** The figures as lines for the report. */
export function undoMemoryRows(r) {
  const mb = (x) => (x == null ? 'n/a' : `${(x / MB).toFixed(1)} MB`);
  const grow = (a, b) => (a == null || b == null ? 'n/a' : `+${((b - a) / MB).toFixed(1)} MB`);
  return [
    ['JS heap before', mb(r.before.js)],
    ['wasm memory before', mb(r.before.wasm)],
    [`JS heap with ${r.steps} undo steps`, mb(r.recorded.js), grow(r.before.js, r.recorded.js)],
    [`wasm memory with ${r.steps} undo steps`, mb(r.recorded.wasm), grow(r.before.wasm, r.recorded.wasm)],
    [`JS heap after ${r.steps} undos (${r.steps} redo steps)`, mb(r.undone.js), grow(r.before.js, r.undone.js)],
    [`wasm memory after ${r.steps} undos`, mb(r.undone.wasm), grow(r.before.wasm, r.undone.wasm)],
    ['every step undone', r.allUndone ? 'yes' : 'no (fewer steps kept)'],
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
  };
  const envelope = generatePlan({ initiatives: Number(opt('--initiatives', 1000)) });
  const seed = {
    planKey: `beredning.plan.${envelope.plan.id}`,
    planText: JSON.stringify(envelope),
    indexText: JSON.stringify(indexFor(envelope)),
  };
  const server = await startServer(opt('--dist', process.env.E2E_DIST || 'dist-release'));
  const browser = await launchBrowser();
  try {
    const r = await measureUndoMemory(browser, server.url, seed, envelope.plan.id, { steps: Number(opt('--steps', 50)) });
    console.log(`## Undo memory: ${envelope.plan.initiatives.length} initiatives`);
    for (const [what, value, growth = ''] of undoMemoryRows(r)) console.log(`${what.padEnd(48)} ${value.padStart(10)} ${growth}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
