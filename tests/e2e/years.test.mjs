// Calculations that follow the initiative's own years: a start year within the plan's period and
// a running cost's first and last year within the horizon, set in the analysis step; the yearly
// table follows in calendar years; a year out of range gets a message tied to its field and the
// last valid year stays. axe-core scans the form with and without errors.
import { test } from 'node:test';
import {
  useApp, withApp, expectSaved, expectNoAxeViolations, expectPoll,
} from './harness.mjs';
import { plain } from './keyboard.mjs';
import { EXAMPLE, ARCHIVE } from './example.mjs';

const app = useApp();

test('start year and running-cost years move the yearly table in calendar years; out-of-range years are refused', () =>
  withApp(app, '', async (page) => {
    await page.getByLabel('Planens namn').fill('Årsplan Heby 2026');
    await page.getByLabel('Utgå från').selectOption({ label: 'Tom plan (standardkriterier, inga mål)' });
    await page.getByLabel('Första år', { exact: true }).fill('2026');
    await page.getByLabel('Sista år', { exact: true }).fill('2028');
    await page.getByRole('button', { name: 'Skapa plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Årsplan Heby 2026' }).waitFor();
    await page.getByLabel('Titel på det nya initiativet').fill('Nytt ärendesystem');
    await page.getByLabel('Titel på det nya initiativet').press('Enter');
    await page.getByRole('link', { name: 'Nästa steg: Analys' }).click();
    await page.getByRole('heading', { level: 2, name: /^Steg 2 av 4: Analys$/ }).waitFor();

    const table = page.locator('table.cashflow');
    const years = async () => (await table.getByRole('rowheader').allInnerTexts()).map(plain).join(' ');
    const cell = async (year, column) =>
      plain(await table.locator('tr', { has: page.getByRole('rowheader', { name: String(year), exact: true }) })
        .locator('td').nth(column).innerText());
    const INVESTMENT = 3;
    const RUNNING = 4;

    // A new initiative starts in the plan's first year.
    const start = page.getByLabel('Startår', { exact: true });
    await expectPoll(() => start.inputValue(), '2026');
    await expectPoll(years, '2026 2027 2028 2029 2030 2031');

    // An investment in year 0 and a running cost, then a later start year: the table follows.
    await page.getByRole('button', { name: 'Lägg till investering' }).click();
    await page.getByRole('group', { name: 'Investering 1' }).getByLabel('Belopp', { exact: true }).fill('100 000');
    const running = page.getByRole('group', { name: 'Driftkostnad', exact: true });
    await running.getByLabel('Årlig driftkostnad', { exact: true }).fill('10 000');
    await start.fill('2027');
    await expectPoll(years, '2027 2028 2029 2030 2031 2032');
    await expectPoll(() => cell(2027, INVESTMENT), '100 000 kr');
    const investmentYear = page.getByRole('group', { name: 'Investering 1' }).locator('.investment-year');
    await expectPoll(async () => plain(await investmentYear.innerText()), 'Investeringen räknas 2027.');

    // The running cost from year 2 to year 3: 2029 and 2030 only.
    const first = running.getByLabel('Första år (0 = startår)');
    const last = running.getByLabel('Sista år', { exact: true });
    await first.fill('2');
    await last.fill('3');
    await expectPoll(() => cell(2029, RUNNING), '10 000 kr');
    await expectPoll(() => cell(2030, RUNNING), '10 000 kr');
    await expectPoll(() => cell(2028, RUNNING), '0 kr');
    await expectPoll(() => cell(2031, RUNNING), '0 kr');
    await expectPoll(async () => plain(await running.locator('.running-years').innerText()), 'Driftkostnaden räknas 2029–2030.');
    // The NPV says which year it is discounted to.
    await expectPoll(
      async () => plain(await page.locator('.figure', { has: page.locator('dt', { hasText: /^Nettonuvärde \(NNV\)$/ }) }).locator('.figure-note').innerText()),
      'diskonterat till 2026, planens första år',
    );
    await expectNoAxeViolations(page, 'years: start year and running-cost years set');

    // A start year before the plan's period: a message tied to the field, the last valid year kept.
    await start.fill('2025');
    await expectPoll(() => start.getAttribute('aria-invalid'), 'true');
    await expectPoll(() => start.getAttribute('aria-describedby'), 'initiative-start-year-hint initiative-start-year-error');
    await expectPoll(
      async () => plain(await page.locator('#initiative-start-year-error').innerText()),
      'Startåret måste ligga inom planens period, 2026–2028. Senast giltiga värde används: 2027',
    );
    await expectPoll(years, '2027 2028 2029 2030 2031 2032');

    // Running-cost years outside the horizon, or in the wrong order: refused, nothing changes.
    await last.fill('9');
    await expectPoll(() => last.getAttribute('aria-invalid'), 'true');
    await expectPoll(
      async () => plain(await page.locator('#running-cost-last-year-error').innerText()),
      'Året måste ligga inom kalkylperioden, år 0–5 räknat från startåret. Senast giltiga värde används: 3',
    );
    await first.fill('4');
    await expectPoll(() => first.getAttribute('aria-describedby'), 'running-cost-first-year-hint running-cost-first-year-error');
    await expectPoll(
      async () => plain(await page.locator('#running-cost-first-year-error').innerText()),
      'Första år kan inte vara efter sista år (3). Senast giltiga värde används: 2',
    );
    await expectPoll(() => cell(2029, RUNNING), '10 000 kr');
    await expectPoll(() => cell(2031, RUNNING), '0 kr');
    await expectPoll(async () => plain(await running.locator('.running-years').innerText()), 'Driftkostnaden räknas 2029–2030.');
    await expectNoAxeViolations(page, 'years: out-of-range years refused');

    // Valid values clear the errors and take effect.
    await start.fill('2028');
    await expectPoll(() => start.getAttribute('aria-invalid'), null);
    await expectPoll(() => start.getAttribute('aria-describedby'), 'initiative-start-year-hint');
    await last.fill('4');
    await expectPoll(() => last.getAttribute('aria-invalid'), null);
    await expectPoll(years, '2028 2029 2030 2031 2032 2033');
    await expectPoll(async () => plain(await running.locator('.running-years').innerText()), 'Driftkostnaden räknas 2030–2032.');
    await expectPoll(async () => plain(await investmentYear.innerText()), 'Investeringen räknas 2028.');
    await expectPoll(() => cell(2028, INVESTMENT), '100 000 kr');
    await expectSaved(page);

    // Kept across a reload.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: /^Steg 2 av 4: Analys$/ }).waitFor();
    await expectPoll(() => page.getByLabel('Startår', { exact: true }).inputValue(), '2028');
    const again = page.getByRole('group', { name: 'Driftkostnad', exact: true });
    await expectPoll(() => again.getByLabel('Första år (0 = startår)').inputValue(), '2');
    await expectPoll(() => again.getByLabel('Sista år', { exact: true }).inputValue(), '4');
    await expectPoll(years, '2028 2029 2030 2031 2032 2033');
  }));

test('the example plan: the e-arkiv starts in the plan\'s second year, and every NPV view says the year it is discounted to', () =>
  withApp(app, '', async (page) => {
    await page.getByRole('link', { name: EXAMPLE }).click();
    await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
    const note = 'Nettonuvärdet räknas från varje initiativs eget startår och är diskonterat till 2019, planens första år, så att initiativ som startar olika år kan jämföras och summeras.';
    for (const view of ['Prioriteringslista', 'Matris', 'Budgetscenario']) {
      await page.getByRole('navigation', { name: /plan/i }).getByRole('link', { name: view, exact: true }).click();
      await expectPoll(async () => plain(await page.locator('.npv-year').innerText()), note, view);
    }
    await page.getByRole('navigation', { name: /plan/i }).getByRole('link', { name: 'Översikt', exact: true }).click();
    await page.getByRole('link', { name: ARCHIVE }).click();
    await page.getByRole('heading', { level: 2, name: /^Steg 2 av 4: Analys$/ }).waitFor();
    await expectPoll(() => page.getByLabel('Startår', { exact: true }).inputValue(), '2020');
    await expectPoll(
      async () => (await page.locator('table.cashflow').getByRole('rowheader').allInnerTexts()).map(plain).join(' '),
      '2020 2021 2022 2023 2024 2025',
    );
    await expectPoll(
      async () => plain(await page.locator('.figure', { has: page.locator('dt', { hasText: /^Nettonuvärde \(NNV\)$/ }) }).locator('.figure-note').innerText()),
      'diskonterat till 2019, planens första år',
    );
    await expectNoAxeViolations(page, 'years: a later-starting initiative of the example plan');
  }));
