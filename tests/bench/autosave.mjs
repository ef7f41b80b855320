// The autosave and fastställda versions on a big plan: typing into a field with the
// 1 000-initiative plan (each word followed by its autosave), fastställa the plan through the
// form, and what the plan and its versions take in localStorage. Long tasks come from the Long
// Tasks API (≥ 50 ms), under 4× CPU throttling as in bench.mjs.
//
//   node tests/bench/autosave.mjs [--dist DIR] [--initiatives N] [--versions N] [--layout whole|parts]
//
// --versions N stores N yearly versions before the app starts, each with a tenth of the
// initiatives changed from the version before. They are stored the way the app stores them
// (--layout parts: src/persistence/layout.rs and version_record.rs; a plan in one key does not
// fit localStorage with versions of this size); --layout whole seeds the plan in one key as
// older versions of the app wrote it (and as bench.mjs does).

import { deflateRawSync } from 'node:zlib';
import { startServer, launchBrowser } from '../e2e/harness.mjs';
import { generatePlan, indexFor } from './generate.mjs';
import { withHelpers } from './steps.mjs';
import { newPage } from '../e2e/harness.mjs';
import { nextFrame } from './measure.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const DIST = opt('--dist', process.env.E2E_DIST || 'dist-release');
const INITIATIVES = Number(opt('--initiatives', 1000));
const VERSIONS = Number(opt('--versions', 0));
const LAYOUT = opt('--layout', VERSIONS > 0 ? 'parts' : 'whole');

const envelope = generatePlan({ initiatives: INITIATIVES });
const plan = envelope.plan;

/** N yearly versions, oldest first; each changes a tenth of the initiatives of the one before. */
function yearlyVersions(n) {
  const versions = [];
  let initiatives = plan.initiatives;
  for (let k = 0; k < n; k++) {
    const year = 2025 - n + k + 1;
    initiatives = initiatives.map((i, j) => (j % 10 === k % 10 ? { ...i, title: `${i.title} (${year})` } : i));
    versions.push({
      id: `v-${year}-05-12`,
      decided_on: `${year}-05-12`,
      forum: 'Kommunstyrelsen',
      reference: `KS ${year} § 45`,
      note: '',
      plan: { ...plan, initiatives, versions: [] },
    });
  }
  return { versions, initiatives };
}

/** src/persistence/packed.rs: raw deflate, 15 bits to a character from U+3400. */
function pack(text) {
  const bytes = deflateRawSync(Buffer.from(text, 'utf8'), { level: 6 });
  let out = `${bytes.length}:`;
  let acc = 0;
  let held = 0;
  for (const b of bytes) {
    acc = ((acc << 8) | b) & 0xffffff;
    held += 8;
    if (held >= 15) {
      held -= 15;
      out += String.fromCharCode(0x3400 + ((acc >> held) & 0x7fff));
    }
  }
  if (held > 0) out += String.fromCharCode(0x3400 + ((acc << (15 - held)) & 0x7fff));
  return out;
}

/** The keys the app writes for `p` in parts (src/persistence/layout.rs). */
function partsLayout(p) {
  const keys = {};
  let next = 0;
  const initiatives = p.initiatives.map((i) => {
    keys[`beredning.part.${p.id}.${next}`] = JSON.stringify(i);
    return next++;
  });
  const entries = [];
  p.versions.forEach((v, k) => {
    const base = k > 0 ? p.versions[k - 1] : null;
    const known = new Map((base ? base.plan.initiatives : []).map((i) => [i.id, i]));
    const record = {
      format_version: envelope.format_version,
      id: v.id, decided_on: v.decided_on, forum: v.forum, reference: v.reference, note: v.note,
      plan: { ...v.plan, initiatives: [], versions: [] },
      initiatives: v.plan.initiatives.map((i) => (known.get(i.id) === i ? i.id : i)),
    };
    keys[`beredning.version.${p.id}.${next}`] = `bv1:${pack(JSON.stringify(record))}`;
    entries.push({ id: v.id, part: next++, base: base ? base.id : null, decided_on: v.decided_on, forum: v.forum });
  });
  const head = { ...envelope, plan: { ...p, initiatives: [], versions: [] }, stored: { next, initiatives, versions: entries } };
  keys[`beredning.plan.${p.id}`] = JSON.stringify(head);
  return keys;
}

function seedKeys() {
  const { versions, initiatives } = yearlyVersions(VERSIONS);
  const p = { ...plan, initiatives: initiatives.map((i, j) => (j % 10 === 9 ? { ...i, title: `${i.title} (utkast)` } : i)), versions };
  const keys = LAYOUT === 'parts' ? partsLayout(p) : { [`beredning.plan.${p.id}`]: JSON.stringify({ ...envelope, plan: p }) };
  keys['beredning.index'] = JSON.stringify(indexFor(envelope));
  return keys;
}

/** Waits until the save status says the write is done, or that it failed (storage full). */
const waitSaved = (page) =>
  page.getByRole('status').filter({ hasText: /Sparat$|Kunde inte spara/ }).waitFor({ timeout: 120_000 });

const saveStatus = (page) =>
  page.getByRole('status').filter({ hasText: /Sparat|Sparar|Kunde inte|Sparas inte/ }).first().innerText();

const storedChars = (page) =>
  page.evaluate(() => {
    let total = 0;
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k.startsWith('beredning.')) total += k.length + localStorage.getItem(k).length;
    }
    return total;
  });

/** Long tasks since t0: their durations, and which of them wrote to localStorage (the save). */
const longTasksSince = (page, t0) =>
  page.evaluate((t0) => window.__bench.longTasks.filter((t) => t.startTime >= t0).map((t) => ({
    ms: Math.round(t.duration),
    save: window.__sets.some((s) => s >= t.startTime && s <= t.startTime + t.duration),
    writing: Math.round(window.__setMs.filter(([s]) => s >= t.startTime && s <= t.startTime + t.duration).reduce((n, [, d]) => n + d, 0)),
  })), t0);

const describe = (tasks) => {
  if (!tasks.length) return 'no long task (all < 50 ms)';
  const saves = tasks.filter((t) => t.save).map((t) => t.ms);
  const list = tasks.map((t) => `${t.ms}${t.save ? ` save (setItem ${t.writing} ms)` : ''}`).join(', ');
  return `${tasks.length} long tasks, max ${Math.max(...tasks.map((t) => t.ms))} ms [${list}]; of them writing storage: ${saves.length ? `${saves.length}, max ${Math.max(...saves)} ms` : 'none'}`;
};

async function typeWords(page, label) {
  const first = plan.initiatives[0];
  await page.evaluate((h) => { location.hash = h; }, `#/plan/${plan.id}/initiativ/${first.id}/behov`);
  const field = page.getByLabel('Problem och behov', { exact: true });
  await field.waitFor({ timeout: 60_000 });
  await field.press('End');
  await nextFrame(page);
  const t0 = await page.evaluate(() => performance.now());
  for (const word of [' Handläggarna', ' lägger', ' mycket', ' tid', ' på', ' manuella', ' kontroller.']) {
    await field.pressSequentially(word, { delay: 60 });
    await waitSaved(page);
  }
  await nextFrame(page);
  console.log(`${label}: typing 7 words, each followed by its autosave, 4× CPU: ${describe(await longTasksSince(page, t0))}`);
}

async function main() {
  const server = await startServer(DIST);
  const browser = await launchBrowser();
  try {
    const keys = seedKeys();
    const seeded = Object.entries(keys).reduce((n, [k, v]) => n + k.length + v.length, 0);
    console.log(`bundle ${DIST}; ${INITIATIVES} initiatives, ${VERSIONS} versions stored as "${LAYOUT}": ${(seeded / 1e6).toFixed(2)} M characters seeded`);
    const page = await newPage(browser, server.url);
    page.context().setDefaultTimeout(180_000);
    await page.context().addInitScript((keys) => {
      if (window.top !== window) return;
      // Every write's time, to tell the autosave's long tasks from the others.
      window.__sets = [];
      const setItem = Storage.prototype.setItem;
      window.__setMs = [];
      Storage.prototype.setItem = function (k, v) {
        const t = performance.now();
        window.__sets.push(t);
        try {
          return setItem.call(this, k, v);
        } finally {
          window.__setMs.push([t, performance.now() - t]);
        }
      };
      if (localStorage.getItem('beredning.index') !== null) return;
      try {
        for (const [k, v] of Object.entries(keys)) localStorage.setItem(k, v);
      } catch (e) {
        window.__benchSeedError = String(e);
      }
    }, keys);
    await withHelpers(page, [{ name: 'list', selector: 'main table tbody tr, main [role="alert"]' }]);
    await page.goto(server.url);
    await page.getByRole('link', { name: plan.name, exact: true }).waitFor({ timeout: 120_000 });
    const seedError = await page.evaluate(() => window.__benchSeedError ?? null);
    if (seedError) console.log(`seeding failed: ${seedError}`);
    console.log(`stored at start: ${((await storedChars(page)) / 1e6).toFixed(2)} M characters`);

    // The first save rewrites a plan stored whole in the current layout: measured apart.
    let t0 = await page.evaluate(() => performance.now());
    const first = plan.initiatives[0];
    await page.evaluate((h) => { location.hash = h; }, `#/plan/${plan.id}/initiativ/${first.id}/behov`);
    const field = page.getByLabel('Problem och behov', { exact: true });
    await field.waitFor({ timeout: 60_000 });
    await field.press('End');
    await field.pressSequentially('.');
    await waitSaved(page);
    await nextFrame(page);
    console.log(`first save after start (1× CPU): ${describe(await longTasksSince(page, t0))}`);
    console.log(`stored after the first save: ${((await storedChars(page)) / 1e6).toFixed(2)} M characters`);

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await typeWords(page, 'before fastställ');

    // Fastställ through the overview's form, at 4× CPU.
    await page.evaluate((h) => { location.hash = h; }, `#/plan/${plan.id}`);
    await page.getByLabel('Beslutsdatum', { exact: true }).fill('2026-05-12');
    await page.getByLabel('Beslutande forum', { exact: true }).fill('Kommunstyrelsen');
    await nextFrame(page);
    t0 = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Fastställ', exact: true }).click();
    await page.getByText('Planen är fastställd 2026-05-12').waitFor();
    await waitSaved(page);
    await nextFrame(page);
    const took = (await page.evaluate(() => performance.now())) - t0;
    const status = await saveStatus(page);
    console.log(`fastställ (4× CPU): click to saved ${Math.round(took)} ms; ${describe(await longTasksSince(page, t0))}; status "${status}"`);
    const space = await page.locator('#versions-heading').locator('xpath=..').locator('p.hint').allInnerTexts();
    console.log(`overview says: ${space.join(' | ') || '(nothing about space)'}`);
    console.log(`stored after fastställ: ${((await storedChars(page)) / 1e6).toFixed(2)} M characters`);
    await typeWords(page, 'after fastställ');
    console.log(`status at the end: "${await saveStatus(page)}"`);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.context().close();
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err) => {
  console.error(`autosave bench failed: ${err.stack || err}`);
  process.exitCode = 1;
});
