// Against losing plans to the browser: the plan list says how much storage the plans use and
// warns before it is full, asks the browser to keep the storage at the first change to a plan of
// one's own and says what it answered, and reminds to export changes a week old (faked clock).
import { test } from 'node:test';
import {
  useApp, withApp, gotoApp, expectSaved, expectNoAxeViolations, expectPoll,
} from './harness.mjs';
import { plainText } from './keyboard.mjs';

const app = useApp();
const PLAN = 'Säkerhetskopia Knivsta';
const ASKED = /^Webbläsaren har (inte lovat att behålla planerna|lovat att inte radera planerna)/;

test('the browser is asked to keep the plans, and changes a week old are a reminder to export', () =>
  withApp(app, '', async (page) => {
    await page.clock.install({ time: new Date('2026-11-20T09:00:00Z') });
    await page.reload({ waitUntil: 'load' });
    const panel = page.getByRole('region', { name: 'Planerna i den här webbläsaren' });
    await expectPoll(async () => plainText(panel), /Planerna använder 0(,\d)? MB av ungefär 5 MB som webbläsaren ger sidan \(\d+ %\)\./);
    await panel.getByText('Webbläsaren tillfrågas om att behålla planerna första gången du ändrar en egen plan.').waitFor();
    await expectNoAxeViolations(page, 'plan list: storage panel');

    // A plan of one's own, changed: the browser is asked, and its answer is said.
    await page.getByLabel('Planens namn').fill(PLAN);
    await page.getByRole('button', { name: 'Skapa plan' }).click();
    await page.getByRole('heading', { level: 1, name: PLAN }).waitFor();
    await page.getByLabel('Det nya målets namn').fill('Trygg lagring');
    await page.getByRole('button', { name: 'Lägg till mål' }).click();
    await page.getByRole('group', { name: 'Mål 1: Trygg lagring' }).waitFor();
    await expectSaved(page);
    await gotoApp(page, '#/');
    await panel.getByText(ASKED).waitFor();
    const row = page.getByRole('row', { name: new RegExp(PLAN) });
    await row.waitFor();
    await expectPoll(() => row.getByText(/har inte exporterats/).count(), 0, 'no reminder on the day of the change');

    // Eight days later the change is a reminder, with a way to export.
    await page.clock.setSystemTime(new Date('2026-11-28T10:00:00Z'));
    await page.reload({ waitUntil: 'load' });
    await row.getByText('Ändringar som är 8 dagar gamla har inte exporterats.').waitFor();
    await expectNoAxeViolations(page, 'plan list: reminder to export');
    await row.getByRole('link', { name: `Exportera ${PLAN}` }).click();
    await page.getByRole('heading', { name: 'Exportera hela planen' }).waitFor();
    await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exportera planen (JSON)', exact: true }).click(),
    ]);
    await expectSaved(page);
    await gotoApp(page, '#/');
    await row.getByText(/^Senast exporterad: 2026-11-28/).waitFor();
    await expectPoll(() => row.getByText(/har inte exporterats/).count(), 0, 'the export cleared the reminder');
  }));

test('storage nearly full is said before a save fails', () =>
  withApp(app, '', async (page) => {
    // Another stored text of about 4.5 MB under the app's prefix (it cannot be read as a plan).
    await page.evaluate(() => localStorage.setItem('beredning.plan.fyllnad', 'x'.repeat(4_500_000)));
    await page.reload({ waitUntil: 'load' });
    const panel = page.getByRole('region', { name: 'Planerna i den här webbläsaren' });
    await panel.getByRole('alert').filter({ hasText: 'Lagringen är nästan full.' }).waitFor();
    await expectPoll(async () => plainText(panel), /Planerna använder 4,\d MB av ungefär 5 MB/);
    await expectNoAxeViolations(page, 'plan list: storage nearly full');
  }));
