// A plan's own framework: calculation parameters with source and year, and its criteria.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openApp, expectNoAxeViolations, assertNoPageErrors, eventually, expectPoll } from './harness.mjs';
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

test('criteria can be added, renamed and removed', async () => {
  const page = await openApp(app, '#/plan/exempelplan');
  try {
    await page.getByRole('button', { name: 'Lägg till kriterium' }).click();
    const added = page.getByRole('group', { name: 'Nytt kriterium' });
    await added.waitFor();
    await added.getByLabel('Namn på kriterium 6').fill('Samverkan i länet');
    await expectPoll(() => plainText(added), /Andel av total vikt: 9,1 %/);
    // Every initiative now lacks a score on the new criterion.
    const row = page.getByRole('row', { name: /Digitala möten som förstahandsval/ }).first();
    await expectPoll(() => plainText(row.getByRole('cell').nth(1)), '–');
    page.once('dialog', (dialog) => dialog.accept());
    await added.getByRole('button', { name: 'Ta bort kriteriet Nytt kriterium' }).click();
    await added.waitFor({ state: 'detached' });
    await expectPoll(() => plainText(row.getByRole('cell').nth(1)), '63,8');
    await expectNoAxeViolations(page, 'criteria');
    assertNoPageErrors(page);
  } finally {
    await page.context().close();
  }
});
