// The bundle under a strict Content-Security-Policy, as public-sector hosts mandate it: every view
// opens with no violation (no inline script or style), the Excel worker runs, and the boot message
// in index.html says why when the app cannot start: in a sandboxed iframe without
// allow-same-origin on a plain static host. The attribute set the README recommends is tested too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useApp, withApp, gotoApp, newPage, expectNoAxeViolations, assertNoPageErrors, APP_PATH,
} from './harness.mjs';
import { EXAMPLE } from './example.mjs';

/** The policy of the README's server examples. */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
  + "img-src 'self' data:; worker-src 'self'; frame-ancestors 'self'";
/** The sandbox attributes the README recommends for an intranet page that embeds the app. */
const RECOMMENDED = 'allow-scripts allow-same-origin allow-downloads allow-forms allow-popups';
const host = (sandbox) => `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Intranätet</title></head>
<body><main><h1>Intranätet</h1><iframe sandbox="${sandbox}" src="${APP_PATH}" title="Beredning" width="1000" height="700"></iframe></main></body></html>`;

const app = useApp(undefined, {
  headers: { 'Content-Security-Policy': CSP },
  pages: { '/intranat/sandlada.html': host('allow-scripts'), '/intranat/inbaddad.html': host(RECOMMENDED) },
});

const VIEWS = [
  ['#/', null],
  ['#/plan/exempelplan', EXAMPLE],
  ...['prioritering', 'matris', 'budget', 'handlingsplan', 'uppfoljning', 'beslutsunderlag', 'dela', 'jamfor']
    .map((view) => [`#/plan/exempelplan/${view}`, null]),
  ...['behov', 'analys', 'prioritering', 'beslut'].map((step) => [`#/plan/exempelplan/initiativ/ex-25/${step}`, null]),
  ['#/importera', null],
  ['#/om', null],
  ['#/tillganglighet', null],
  ['#/forslag', null],
  ['#/forslag/oppna/inte-ett-forslag', null],
];

/** Collects the page's CSP violations from the start of every document, this one reloaded. */
async function recordViolations(page) {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  await page.reload({ waitUntil: 'load' });
  await page.getByRole('banner').first().waitFor();
}

test('under a strict CSP every view opens with no violation, and the Excel worker runs', () =>
  withApp(app, '', async (page) => {
    await recordViolations(page);
    for (const [hash, title] of VIEWS) {
      await gotoApp(page, hash);
      const heading = page.getByRole('heading', { level: 1, ...(title ? { name: title } : {}) }).first();
      await heading.waitFor();
      assert.deepEqual(await page.evaluate(() => window.cspViolations), [], `CSP violations on ${hash}`);
    }
    await gotoApp(page, '#/plan/exempelplan/dela');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Allt som Excel (XLSX)', exact: true }).click(),
    ]);
    assert.match(file.suggestedFilename(), /\.xlsx$/);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'CSP violations during the Excel export');
  }));

test('in a sandboxed iframe without allow-same-origin the boot message says why and what the web administrator can do', async () => {
  const page = await newPage(app.browser, app.server.origin);
  try {
    await page.goto(`${app.server.origin}/intranat/sandlada.html`);
    const frame = page.frameLocator('iframe[title="Beredning"]');
    await frame.getByRole('heading', { level: 1, name: 'Beredning kan inte starta i den här inbäddningen' }).waitFor();
    await frame.getByText(/lägg till allow-same-origin i sandbox-attributet/).waitFor();
    await expectNoAxeViolations(page, 'sandboxed frame: boot message');
  } finally {
    await page.context().close();
  }
});

test('from an English browser the boot message is in English, on a page marked lang="en"', async () => {
  const page = await newPage(app.browser, app.server.origin, { locale: 'en-GB' });
  try {
    await page.goto(`${app.server.origin}/intranat/sandlada.html`);
    const frame = page.frameLocator('iframe[title="Beredning"]');
    await frame.getByRole('heading', { level: 1, name: 'Beredning cannot start in this embedding' }).waitFor();
    await frame.getByText(/add allow-same-origin to the sandbox attribute/).waitFor();
    await frame.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await expectNoAxeViolations(page, 'sandboxed frame: English boot message');
  } finally {
    await page.context().close();
  }
});

test('with the recommended sandbox attributes the embedded app starts and keeps a plan', async () => {
  const page = await newPage(app.browser, app.server.origin);
  try {
    await page.goto(`${app.server.origin}/intranat/inbaddad.html`);
    const frame = page.frameLocator('iframe[title="Beredning"]');
    await frame.getByRole('banner').waitFor();
    await frame.getByLabel('Planens namn').fill('Inbäddad plan Enköping');
    await frame.getByRole('button', { name: 'Skapa plan' }).click();
    await frame.getByRole('heading', { level: 1, name: 'Inbäddad plan Enköping' }).waitFor();
    await frame.getByRole('status').filter({ hasText: /^Sparstatus: Sparat$/ }).waitFor();
    await expectNoAxeViolations(page, 'embedded app');
    assertNoPageErrors(page);
  } finally {
    await page.context().close();
  }
});
