// A plan's own framework: calculation parameters with source and year, and its criteria.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useApp, openApp, expectNoAxeViolations, assertNoPageErrors, eventually, expectPoll, expectCount, expectSaved, waitForFocus,
} from './harness.mjs';
import { plain, plainText } from './keyboard.mjs';
import { EXAMPLE } from './example.mjs';

const app = useApp();

test('parameters are edited with source and year, checked, and kept after a reload', async () => {
  const page = await openApp(app, '#/plan/exempelplan');
  try {
    const hourly = () => page.getByText('Timkostnad med dessa parametrar:').locator('strong');
    await expectPoll(() => plainText(hourly()), '433,80 kr/h');
    const salary = page.getByLabel('Medelmånadslön, värde');
    await salary.fill('45 000');
    await page.getByText('Timkostnad med dessa parametrar:').getByText('488,03').waitFor();
    await page.getByLabel('Medelmånadslön, källa').fill('SCB lönestatistik, kommunal sektor');
    await page.getByLabel('Medelmånadslön, år').fill('2025');
    const rate = page.getByLabel('Diskonteringsränta, värde');
    await rate.fill('35');
    await expectPoll(() => rate.getAttribute('aria-invalid'), 'true');
    await eventually(async () => {
      const errorId = (await rate.getAttribute('aria-describedby')).split(' ').pop();
      assert.match(await plainText(page.locator(`[id="${errorId}"]`)), /Ange ett värde mellan 0 och 20\. Senast giltiga värde används: 3/);
    });
    await expectNoAxeViolations(page, 'parameters with an error');
    await page.getByRole('status').filter({ hasText: /^Sparstatus: Sparat$/ }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
    await expectPoll(async () => plain(await page.getByLabel('Medelmånadslön, värde').inputValue()), '45 000');
    await expectPoll(() => page.getByLabel('Medelmånadslön, källa').inputValue(), 'SCB lönestatistik, kommunal sektor');
    await expectPoll(() => page.getByLabel('Medelmånadslön, år').inputValue(), '2025');
    await expectPoll(async () => plain(await page.getByLabel('Diskonteringsränta, värde').inputValue()), '3', 'the invalid rate was never stored');
    assertNoPageErrors(page);
  } finally {
    await page.context().close();
  }
});

test('criteria can be added, renamed, given rubric texts, and removed with undo', async () => {
  const page = await openApp(app, '#/plan/exempelplan');
  try {
    await page.getByRole('button', { name: 'Lägg till kriterium' }).click();
    await page.getByText('Kriteriet ”Nytt kriterium” lades till.').waitFor();
    const added = page.getByRole('group', { name: 'Kriterium: Nytt kriterium' });
    // A new criterion starts with the generic rubric texts.
    await expectPoll(() => added.getByLabel('Bedömning 3').inputValue(), 'Medel');
    await added.getByLabel('Namn på kriterium 6').fill('Samverkan i länet');
    const own = page.getByRole('group', { name: 'Kriterium: Samverkan i länet' });
    await expectPoll(() => plainText(own), /Andel av total vikt: 9,1 %/);

    // An empty or taken name is refused with a message tied to the field; the last valid stays.
    const name = own.getByLabel('Namn på kriterium 6');
    await name.fill('');
    await expectPoll(() => name.getAttribute('aria-invalid'), 'true');
    await expectPoll(async () => plainText(page.locator(`[id="${await name.getAttribute('aria-describedby')}"]`)),
      'Skriv ett namn på kriteriet. Senast giltiga värde används: Samverkan i länet');
    await name.fill(' nytta ');
    await expectPoll(async () => plainText(page.locator(`[id="${await name.getAttribute('aria-describedby')}"]`)),
      /^Planen har redan ett kriterium med det namnet\./);
    await expectCount(page.getByRole('group', { name: 'Kriterium: Samverkan i länet' }), 1, 'the name is kept');
    await expectNoAxeViolations(page, 'criteria: name refused');
    await name.fill('Samverkan i länet');
    await expectPoll(() => name.getAttribute('aria-invalid'), null);

    // Every initiative now lacks a rating on the new criterion.
    const row = page.getByRole('row', { name: /Digitala möten som förstahandsval/ }).first();
    await expectPoll(() => plainText(row.getByRole('cell').nth(1)), '–');

    // A rubric text of an SKR criterion is the plan's own; an empty one is refused.
    const benefit = page.getByRole('group', { name: 'Kriterium: Nytta' });
    const level5 = benefit.getByLabel('Bedömning 5');
    await expectPoll(() => level5.inputValue(), 'Mycket stor nytta, mätbar');
    await level5.fill('  ');
    await expectPoll(() => level5.getAttribute('aria-invalid'), 'true');
    await expectPoll(async () => plainText(page.locator(`[id="${await level5.getAttribute('aria-describedby')}"]`)),
      'Skriv vad bedömningen betyder. Senast giltiga värde används: Mycket stor nytta, mätbar');
    await expectNoAxeViolations(page, 'criteria: rubric text refused');
    await level5.fill('Mycket stor nytta, mätbar i kronor');
    await expectPoll(() => level5.getAttribute('aria-invalid'), null);

    // Removing asks in the app's own dialog, says how many initiatives have a rating on it.
    await benefit.getByRole('button', { name: 'Ta bort kriteriet Nytta' }).click();
    const askBenefit = benefit.getByRole('alertdialog', { name: 'Ta bort kriteriet ”Nytta”?' });
    await waitForFocus(askBenefit.getByRole('button', { name: 'Avbryt' }), 'the safe choice has focus');
    await expectPoll(() => plainText(askBenefit), /\d+ initiativ har en bedömning på kriteriet\./);
    await expectNoAxeViolations(page, 'criteria: remove dialog');
    await page.keyboard.press('Escape');
    await askBenefit.waitFor({ state: 'detached' });

    await own.getByRole('button', { name: 'Ta bort kriteriet Samverkan i länet' }).click();
    const ask = own.getByRole('alertdialog', { name: 'Ta bort kriteriet ”Samverkan i länet”?' });
    await expectPoll(() => plainText(ask), /Inget initiativ har en bedömning på kriteriet\./);
    await ask.getByRole('button', { name: 'Ja, ta bort kriteriet ”Samverkan i länet”' }).click();
    await own.waitFor({ state: 'detached' });
    await expectPoll(() => plainText(row.getByRole('cell').nth(1)), '63,8');
    await page.getByText('Kriteriet ”Samverkan i länet” togs bort.').waitFor();
    const undo = page.getByRole('main').getByRole('button', { name: 'Ångra' });
    await waitForFocus(undo, 'focus moves to undo');
    await undo.click();
    await own.waitFor();
    await expectPoll(() => plainText(row.getByRole('cell').nth(1)), '–');
    await expectNoAxeViolations(page, 'criteria');

    // The scoring step shows the plan's rubric text.
    await expectSaved(page);
    await row.getByRole('link', { name: 'Digitala möten som förstahandsval' }).click();
    await page.getByRole('link', { name: /^3\. Prioritering/ }).click();
    const scoring = page.getByRole('group', { name: /^Nytta \(vikt/ });
    await scoring.getByRole('radio', { name: '5 – Mycket stor nytta, mätbar i kronor' }).waitFor();
    await page.getByRole('group', { name: /^Samverkan i länet \(vikt/ }).getByRole('radio', { name: '3 – Medel' }).waitFor();
    assertNoPageErrors(page);
  } finally {
    await page.context().close();
  }
});
