// "Räkna om med våra siffror": the example plan's key figures under its own parameters and
// under those of another of the user's plans, then keeping or adopting ours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withApp, gotoApp, expectSaved, expectNoAxeViolations, expectPoll, expectCount, focused } from './harness.mjs';
import { plain, plainText, press } from './keyboard.mjs';
import { EXAMPLE, SIGNING } from './example.mjs';

const app = useApp();
const COMPARE = '#/plan/exempelplan/jamfor';
const OURS = 'Våra antaganden 2025';

/** Creates a blank plan and gives it a salary of 45 000 kr (SCB, 2025) and a 4-year horizon. */
async function createOurPlan(page) {
  await gotoApp(page, '#/');
  await page.getByLabel('Planens namn').fill(OURS);
  await page.getByLabel('Utgå från').selectOption({ label: 'Tom plan (standardkriterier, inga mål)' });
  await page.getByRole('button', { name: 'Skapa plan' }).click();
  await page.getByRole('heading', { level: 1, name: OURS }).waitFor();
  await page.getByLabel('Medelmånadslön, värde').fill('45 000');
  await page.getByLabel('Medelmånadslön, källa').fill('SCB lönestatistik');
  await page.getByLabel('Medelmånadslön, år').fill('2025');
  await page.getByLabel('Kalkylperiod, värde').fill('4');
  await page.getByText('Timkostnad med dessa parametrar:').getByText('488,03').waitFor();
  await expectSaved(page);
}

/** The figures row of an initiative: [NPV theirs, NPV ours, freed theirs, freed ours, rank, rank]. */
async function figures(page, title) {
  const table = page.getByRole('table', { name: 'Nyckeltal per initiativ med planens och med våra parametrar' });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title }) });
  return (await row.getByRole('cell').allInnerTexts()).map(plain);
}

/** The parameter table's row for one parameter: [their value, their source, our value, our source, verdict]. */
async function paramRow(page, name) {
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  return (await row.getByRole('cell').allInnerTexts()).map(plain);
}

test('with no other plan the page says there is nothing to compare with', () =>
  withApp(app, COMPARE, async (page) => {
    await page.getByRole('heading', { level: 1, name: `Räkna om med våra siffror: ${EXAMPLE}` }).waitFor();
    await page.getByText('Det finns ingen annan plan i den här webbläsaren').waitFor();
    await expectCount(page.getByLabel('Jämför med parametrarna i'), 0);
    await expectCount(page.getByRole('button', { name: 'Använd våra parametrar' }), 0);
    await expectNoAxeViolations(page, 'compare without another plan');
  }));

test('the worked example is recomputed with our salary and horizon, and ours can be adopted', () =>
  withApp(app, '', async (page) => {
    await createOurPlan(page);
    await gotoApp(page, COMPARE);
    const select = page.getByLabel('Jämför med parametrarna i');
    await expectPoll(() => select.evaluate((el) => el.selectedOptions[0].textContent), OURS, 'the most recently modified other plan');

    // Both parameter sets, with the differing ones said in words.
    await expectPoll(() => paramRow(page, 'Medelmånadslön'), [
      '40 000 kr/mån', 'Antagen medelmånadslön; ersätt med er egen lönestatistik, 2024',
      '45 000 kr/mån', 'SCB lönestatistik, 2025', 'Skiljer sig',
    ]);
    await expectPoll(async () => (await paramRow(page, 'Kalkylperiod')).filter((_, i) => i % 2 === 0), ['5 år', '4 år', 'Skiljer sig']);
    await expectPoll(async () => (await paramRow(page, 'Diskonteringsränta'))[4], 'Samma');
    await expectPoll(async () => (await paramRow(page, 'Timkostnad (beräknad)'))[2], '488,03 kr/h');
    // Example plan prices are in 2019, the blank plan's in 2024: three parameters differ.
    await page.getByText('3 av sex parametrar skiljer sig.').waitFor();

    // Hand-computed (domain.md's worked example, ex-25):
    // theirs: −300 000 + 216 901,41 × Σ_{t=1..5} 1,03^−t = 693 344,94 kr;
    // ours: 45 000 / 142 × 1,54 × 500 h = 244 014,08 kr a year, four years:
    //       −300 000 + 244 014,08 × Σ_{t=1..4} 1,03^−t = 607 024,36 kr.
    const row = ['693 345 kr', '607 024 kr', '216 901 kr', '244 014 kr', '2 av 4', '2 av 4'];
    await expectPoll(() => figures(page, SIGNING), row);
    await expectPoll(async () => (await figures(page, 'Kartläggning av mobiltäckning (vita fläckar)')).slice(4), ['– (inga belopp)', '– (inga belopp)']);
    await expectNoAxeViolations(page, 'compare with differences');

    // Keeping changes nothing and says so.
    await page.getByRole('button', { name: 'Behåll planens egna parametrar' }).click();
    await page.getByRole('status').filter({ hasText: 'Planens egna parametrar behålls. Inget har ändrats.' }).waitFor();
    await expectPoll(() => figures(page, SIGNING), row);

    // Adopting can be undone, then done for good.
    await page.getByRole('button', { name: 'Använd våra parametrar' }).click();
    const adopted = page.getByRole('status').filter({ hasText: `Planens parametrar har ersatts med parametrarna i ${OURS}` });
    await adopted.waitFor();
    await page.getByText(`Parametrarnas värden är desamma i den här planen och i ${OURS}`).waitFor();
    await expectCount(page.getByRole('table', { name: /Nyckeltal per initiativ/ }), 0);
    await adopted.getByRole('button', { name: 'Ångra' }).click();
    await page.getByRole('status').filter({ hasText: 'Planens egna parametrar är återställda.' }).waitFor();
    await expectPoll(() => focused(page, 'textContent'), 'Använd våra parametrar', 'focus stays in the decision');
    await expectPoll(() => figures(page, SIGNING), row);
    await page.getByRole('button', { name: 'Använd våra parametrar' }).click();
    await adopted.waitFor();
    await expectNoAxeViolations(page, 'compare after adopting (no differences)');
    await expectSaved(page);

    // The plan's parameter page now shows ours, with our source and year.
    await page.getByRole('navigation', { name: 'Planens vyer' }).getByRole('link', { name: 'Översikt' }).click();
    await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
    await expectPoll(async () => plain(await page.getByLabel('Medelmånadslön, värde').inputValue()), '45 000');
    await expectPoll(() => page.getByLabel('Medelmånadslön, källa').inputValue(), 'SCB lönestatistik');
    await expectPoll(() => page.getByLabel('Medelmånadslön, år').inputValue(), '2025');
    await expectPoll(async () => plain(await page.getByLabel('Kalkylperiod, värde').inputValue()), '4');
    await expectPoll(async () => plain(await page.getByLabel('Prisår, värde').inputValue()), '2024');
  }));

test('a plan of 120 initiatives shows its figures 50 rows a page', () =>
  withApp(app, '', async (page) => {
    await createOurPlan(page);
    await page.evaluate(() => {
      const key = 'beredning.plan.exempelplan';
      const stored = JSON.parse(localStorage.getItem(key));
      const base = stored.plan.initiatives;
      stored.plan.initiatives = Array.from({ length: 120 }, (_, n) => {
        const copy = structuredClone(base[n % base.length]);
        copy.id = `gen-${n}`;
        copy.title = `Initiativ ${String(n).padStart(4, '0')}`;
        return copy;
      });
      localStorage.setItem(key, JSON.stringify(stored));
    });
    await gotoApp(page, COMPARE);
    await page.reload();
    const table = page.getByRole('table', { name: 'Nyckeltal per initiativ med planens och med våra parametrar' });
    const rows = table.locator('tbody').getByRole('row');
    await rows.first().waitFor();
    await expectCount(rows, 50);
    const pager = page.getByRole('navigation', { name: 'Sidor för Nyckeltal per initiativ' });
    await expectPoll(() => plainText(pager.getByText(/^Visar/)), 'Visar 1–50 av 120');
    // Copies of the worked example (every fifth) keep its figures; 24 of 120 have no amounts.
    await expectPoll(() => figures(page, 'Initiativ 0000'), ['693 345 kr', '607 024 kr', '216 901 kr', '244 014 kr', '25 av 96', '25 av 96']);
    await press(page, pager.getByRole('button', { name: 'Nästa sida' }));
    await pager.getByText('Visar 51–100 av 120').waitFor();
    await expectPoll(() => plainText(rows.first().getByRole('rowheader')), 'Initiativ 0050');
    await press(page, pager.getByRole('button', { name: 'Nästa sida' }));
    await pager.getByText('Visar 101–120 av 120').waitFor();
    await expectCount(rows, 20);
    await expectNoAxeViolations(page, 'compare, last page of figures');
  }));
