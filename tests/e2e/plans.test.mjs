// The plan list and the app shell, driven as a person would: by role and label.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useApp, openApp, newPage, gotoApp, expectSaved, expectNoAxeViolations, assertNoPageErrors,
  eventually, expectPoll, expectCount, focused, waitForFocus,
} from './harness.mjs';
import { EXAMPLE } from './example.mjs';

const app = useApp();
const saveStatus = (page) => page.getByRole('status').filter({ hasText: 'Sparstatus' });

async function withPage(hash, fn, contextOptions) {
  const page = await openApp(app, hash, contextOptions);
  try {
    await fn(page);
  } finally {
    await page.context().close();
  }
}

test('first start shows the example plan with its four inriktningsmål', () =>
  withPage('', async (page) => {
    await page.getByRole('heading', { level: 1, name: 'Dina planer' }).waitFor();
    await page.getByRole('link', { name: EXAMPLE }).click();
    await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
    const summary = page.getByRole('region', { name: 'Handlingsplan' });
    // The handlingsplan's own activities: bilaga 2's four Genomförda stay in the follow-up only.
    await expectPoll(() => summary.innerText(), /Ny: 11[\s\S]*Beslutad: 3[\s\S]*Pågår: 7/);
    await summary.getByRole('link', { name: /Öppna handlingsplanen/ }).click();
    for (const goal of [
      '1. Främja samverkan mellan aktörerna i länet',
      '2. Öka kunskapen om och användningen av digitaliseringen och dess möjligheter',
      '3. Främja samverkan och samarbete för bredbandsfrågor',
      '4. Främja implementering av digitala lösningar',
    ]) {
      await page.getByRole('region', { name: goal }).waitFor();
    }
    const lika = page.getByRole('group', { name: 'Aktivitet: Erbjuda kommunövergripande analys av LIKA Skola' });
    await expectPoll(() => lika.getByLabel('Period').inputValue(), '2019');
    await expectPoll(() => lika.getByLabel('Ansvarig').inputValue(), 'Region Västmanland');
    await expectPoll(() => lika.getByLabel('Status').evaluate((el) => el.selectedOptions[0].textContent), 'Ny');
    await expectNoAxeViolations(page, 'handlingsplan');
    await page.getByRole('navigation', { name: 'Planens vyer' }).getByRole('link', { name: 'Översikt' }).click();
    await expectSaved(page);
    await expectNoAxeViolations(page, 'plan overview');
    assertNoPageErrors(page);
  }));

test('a created plan survives a reload', () =>
  withPage('', async (page) => {
    await page.getByLabel('Planens namn').fill('Digitaliseringsplan Sala 2026–2028');
    await page.getByLabel('Organisation', { exact: true }).fill('Sala kommun');
    await page.getByLabel('Utgå från').selectOption({ label: 'Region Västmanland: fyra strategiska mål' });
    await page.getByRole('button', { name: 'Skapa plan' }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'Digitaliseringsplan Sala 2026–2028' });
    await heading.waitFor();
    await expectSaved(page);
    await page.reload();
    await heading.waitFor();
    await expectPoll(() => page.getByText(/Sala kommun/).first().innerText(), /Sala kommun/);
    // The template's four goals, each editable on the overview.
    await expectCount(page.getByRole('region', { name: 'Mål', exact: true }).getByRole('group', { name: /^Mål \d: / }), 4);
    await page.getByRole('link', { name: 'Tillbaka till planerna' }).click();
    await page.getByRole('link', { name: 'Digitaliseringsplan Sala 2026–2028' }).waitFor();
    await page.getByRole('link', { name: EXAMPLE }).waitFor();
    assertNoPageErrors(page);
  }));

test('the create form ties its errors to the fields and passes axe with errors shown', () =>
  withPage('', async (page) => {
    await page.getByLabel('Sista år').fill('20x8');
    await page.getByRole('button', { name: 'Skapa plan' }).click();
    const name = page.getByLabel('Planens namn');
    await expectPoll(() => name.getAttribute('aria-invalid'), 'true');
    await eventually(async () => {
      const errorId = await name.getAttribute('aria-describedby');
      assert.equal(await page.locator(`[id="${errorId}"]`).innerText(), 'Ange ett namn.');
    });
    await expectPoll(() => focused(page, 'id'), 'new-plan-name', 'focus moves to the first error');
    const end = page.getByLabel('Sista år');
    await eventually(async () => {
      const endError = await end.getAttribute('aria-describedby');
      assert.match(await page.locator(`[id="${endError}"]`).innerText(), /Ange ett årtal mellan 2000 och 2100/);
    });
    await expectNoAxeViolations(page, 'create form with errors');
    await expectCount(page.getByRole('table', { name: 'Planer i den här webbläsaren' }).getByRole('row'), 2);
  }));

test('rename a plan in place, and the new name survives a reload', () =>
  withPage('', async (page) => {
    await page.getByRole('button', { name: `Byt namn ${EXAMPLE}` }).click();
    const input = page.getByLabel(`Nytt namn för ${EXAMPLE}`);
    await waitForFocus(input, 'the field takes focus');
    await input.fill('');
    await input.press('Enter');
    await expectPoll(() => input.getAttribute('aria-invalid'), 'true');
    await expectNoAxeViolations(page, 'rename with error');
    await input.fill('Regional digital agenda – reviderad');
    await input.press('Enter');
    await page.getByRole('link', { name: 'Regional digital agenda – reviderad' }).waitFor();
    await expectSaved(page);
    await page.reload();
    await page.getByRole('link', { name: 'Regional digital agenda – reviderad' }).waitFor();
    await expectCount(page.getByRole('link', { name: EXAMPLE }), 0);
  }));

test('delete asks first, can be undone, and a deleted example can be created again', () =>
  withPage('', async (page) => {
    await page.getByRole('button', { name: `Ta bort ${EXAMPLE}` }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await waitForFocus(page.getByRole('button', { name: 'Avbryt' }));
    await expectNoAxeViolations(page, 'delete confirmation');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await page.getByRole('link', { name: EXAMPLE }).waitFor();

    await page.getByRole('button', { name: `Ta bort ${EXAMPLE}` }).click();
    await page.getByRole('button', { name: 'Ja, ta bort' }).click();
    await page.getByText('Planen togs bort:').waitFor();
    await expectCount(page.getByRole('link', { name: EXAMPLE }), 0);
    const undo = page.getByRole('button', { name: 'Ångra' });
    await waitForFocus(undo, 'focus lands on undo');
    await expectNoAxeViolations(page, 'deleted, with undo');
    await undo.click();
    await page.getByRole('link', { name: EXAMPLE }).waitFor();
    await expectSaved(page);
    await page.reload();
    await page.getByRole('link', { name: EXAMPLE }).waitFor();

    await page.getByRole('button', { name: `Ta bort ${EXAMPLE}` }).click();
    await page.getByRole('button', { name: 'Ja, ta bort' }).click();
    await expectSaved(page);
    await page.reload();
    await page.getByText('Du har inga planer ännu.').waitFor();
    await expectCount(page.getByRole('link', { name: EXAMPLE }), 0, 'a deleted example stays deleted');
    await expectNoAxeViolations(page, 'empty plan list');
    await page.getByRole('button', { name: 'Återskapa exempelplanen' }).click();
    await page.getByRole('link', { name: EXAMPLE }).waitFor();
    assertNoPageErrors(page);
  }));

test('duplicate puts a copy right after the original', () =>
  withPage('', async (page) => {
    await page.getByRole('button', { name: `Duplicera ${EXAMPLE}` }).click();
    const copy = page.getByRole('link', { name: `${EXAMPLE} (kopia)` });
    await copy.waitFor();
    await expectSaved(page);
    await page.reload();
    await copy.click();
    await page.getByRole('heading', { level: 1, name: `${EXAMPLE} (kopia)` }).waitFor();
  }));

test('every page has a heading, survives a reload under the sub-path, and passes axe', () =>
  withPage('', async (page) => {
    const pages = [
      ['#/', 'Dina planer'],
      ['#/plan/exempelplan', EXAMPLE],
      ['#/om', 'Om Beredning'],
      ['#/tillganglighet', 'Tillgänglighetsredogörelse'],
      ['#/forslag', 'Lämna ett förslag'],
      ['#/forslag/fil', 'Förslag att lägga till'],
      ['#/forslag/oppna/inte-ett-forslag', 'Förslaget kunde inte öppnas'],
      ['#/ingenting-har', 'Sidan finns inte'],
      ['#/plan/finns-inte', 'Sidan finns inte'],
    ];
    for (const [hash, title] of pages) {
      await gotoApp(page, hash);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await expectPoll(() => page.title(), new RegExp(`^${title.replace(/[()]/g, '.')} – Beredning$`));
      await expectNoAxeViolations(page, hash);
    }
    await gotoApp(page, '#/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' }).waitFor();
    await expectPoll(() => focused(page, 'tagName'), 'H1', 'focus moves to the new page');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Om Beredning' }).click();
    await page.getByText(/Exportera därför dina planer regelbundet/).waitFor();
    assertNoPageErrors(page);
  }));

test('the skip link moves focus to the content without changing the route', () =>
  withPage('#/om', async (page) => {
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
    await waitForFocus(skip);
    await page.keyboard.press('Enter');
    await expectPoll(() => focused(page, 'id'), 'main');
    await expectPoll(() => page.url(), /#\/om$/);
  }));

test('blocked storage: the app works in memory and says so', async () => {
  const page = await newPage(app.browser, app.url);
  try {
    // As in a sandboxed iframe: touching localStorage throws.
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() { throw new DOMException('The document is sandboxed', 'SecurityError'); },
      });
    });
    await gotoApp(page);
    await page.getByRole('link', { name: EXAMPLE }).waitFor();
    await saveStatus(page).getByText('Sparas inte: webbläsaren blockerar lagring – exportera planen').waitFor();
    await page.getByLabel('Planens namn').fill('Bara i minnet');
    await page.getByRole('button', { name: 'Skapa plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bara i minnet' }).waitFor();
    await expectNoAxeViolations(page, 'storage blocked');
    assertNoPageErrors(page);
  } finally {
    await page.context().close();
  }
});

test('a full storage: the status says so and the stored copy is untouched', () =>
  withPage('', async (page) => {
    await page.getByRole('link', { name: EXAMPLE }).waitFor();
    await expectSaved(page);
    await page.evaluate(() => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (key.startsWith('beredning.plan.')) throw new DOMException('full', 'QuotaExceededError');
        return original.call(this, key, value);
      };
    });
    await page.getByRole('button', { name: `Byt namn ${EXAMPLE}` }).click();
    await page.getByLabel(`Nytt namn för ${EXAMPLE}`).fill('Får inte plats');
    await page.getByRole('button', { name: 'Spara' }).click();
    await saveStatus(page).getByText('Kunde inte spara: lagringen i webbläsaren är full – exportera planen').waitFor();
    const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem('beredning.plan.exempelplan')).plan.name);
    await expectPoll(stored, EXAMPLE, 'the previous copy is intact');
    await page.getByRole('link', { name: 'Får inte plats' }).waitFor();
    await expectNoAxeViolations(page, 'save failed');
  }));

test('another tab: a change there shows up here', () =>
  withPage('', async (page) => {
    await expectSaved(page);
    const other = await page.context().newPage();
    await other.goto(page.url());
    await other.getByRole('button', { name: `Byt namn ${EXAMPLE}` }).click();
    await other.getByLabel(`Nytt namn för ${EXAMPLE}`).fill('Ändrad i andra fliken');
    await other.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Ändrad i andra fliken' }).waitFor();
    await page.getByText('Planerna ändrades i en annan flik.').waitFor();
  }));
