// Undo and redo for every change to a plan: from the header's buttons (named by what they take
// back) and by Ctrl+Z / Ctrl+Shift+Z outside text fields; a burst of typing in one field is one
// step; each undo and redo is said in a polite live region.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useApp, withApp, gotoApp, expectSaved, expectNoAxeViolations, expectPoll, expectCount, eventually, waitForFocus,
} from './harness.mjs';

const app = useApp();
const said = (page) => page.getByRole('status').filter({ hasText: /^(Ångrade|Gjorde om): / });

test('adding a goal is undone and redone from the header, and each step is said', () =>
  withApp(app, '#/plan/exempelplan', async (page) => {
    const header = page.getByRole('banner');
    await expectPoll(() => header.getByRole('button', { name: 'Ångra', exact: true }).isDisabled(), true, 'nothing to undo yet');
    await page.getByLabel('Det nya målets namn').fill('Mål att ångra');
    await page.getByRole('button', { name: 'Lägg till mål' }).click();
    const added = page.getByRole('group', { name: /^Mål \d+: Mål att ångra$/ });
    await added.waitFor();
    await expectPoll(() => header.locator('#undo-next').textContent(), 'Ändring: Lägg till mål', 'undo says what it takes back');
    await header.getByRole('button', { name: 'Ångra', exact: true }).click();
    await expectCount(added, 0);
    await said(page).filter({ hasText: 'Ångrade: Lägg till mål' }).waitFor();
    await expectPoll(() => header.locator('#redo-next').textContent(), 'Ändring: Lägg till mål');
    await header.getByRole('button', { name: 'Gör om', exact: true }).click();
    await added.waitFor();
    await said(page).filter({ hasText: 'Gjorde om: Lägg till mål' }).waitFor();
    await expectSaved(page);
    await expectNoAxeViolations(page, 'overview with undo and redo');
  }));

test('an undo redraws the overview in place: focus and the scroll position stay, though the page is drawn in parts when opened', () =>
  withApp(app, '#/plan/exempelplan', async (page) => {
    await page.setViewportSize({ width: 1000, height: 400 });
    const up = page.getByRole('button', { name: /^Flytta upp / }).nth(1);
    const id = await up.getAttribute('id');
    await up.click();
    await expectSaved(page);
    const button = page.locator(`[id="${id}"]`);
    await button.scrollIntoViewIfNeeded();
    await button.focus();
    const y = await page.evaluate(() => window.scrollY);
    assert.ok(y > 0, `the button is below the first screen (scrollY ${y})`);
    await page.keyboard.press('Control+z');
    await said(page).filter({ hasText: /^Ångrade: / }).waitFor();
    await waitForFocus(button);
    await eventually(async () => {
      const now = await page.evaluate(() => window.scrollY);
      assert.ok(now > y / 2, `not thrown to the top: scrollY ${now}, was ${y}`);
    });
  }));

test('removing a benefit is undone with Ctrl+Z and redone with Ctrl+Shift+Z', () =>
  withApp(app, '#/plan/exempelplan/initiativ/ex-25/analys', async (page) => {
    const benefits = page.getByRole('group', { name: /^Nytta:/ });
    await benefits.first().waitFor();
    const before = await benefits.count();
    await page.getByRole('button', { name: /^Ta bort nytta / }).first().click();
    await expectCount(benefits, before - 1);
    await page.getByRole('heading', { level: 1 }).first().click();
    await page.keyboard.press('Control+z');
    await expectCount(benefits, before);
    await said(page).filter({ hasText: /^Ångrade: Ta bort nytta / }).waitFor();
    await page.keyboard.press('Control+Shift+z');
    await expectCount(benefits, before - 1);
    await expectSaved(page);
  }));

test('a burst of typing in one field is one step, and Ctrl+Z inside the field is the field\'s own', () =>
  withApp(app, '#/plan/exempelplan', async (page) => {
    const source = page.getByLabel('Medelmånadslön, källa');
    const original = await source.inputValue();
    await source.fill('');
    await source.pressSequentially(' och egen enkät', { delay: 20 });
    await expectSaved(page);
    // Outside the field, one undo takes the whole burst back.
    await page.getByRole('heading', { level: 1 }).first().click();
    await page.keyboard.press('Control+z');
    await expectPoll(() => page.getByLabel('Medelmånadslön, källa').inputValue(), original);
    await said(page).filter({ hasText: 'Ångrade: Medelmånadslön, källa' }).waitFor();
    await expectSaved(page);
    await gotoApp(page, '#/plan/exempelplan');
    await expectPoll(() => page.getByLabel('Medelmånadslön, källa').inputValue(), original, 'the undone text is what is stored');
  }));
