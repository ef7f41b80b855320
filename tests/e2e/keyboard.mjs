// Keyboard-only driving: reach an element with Tab (proving it is reachable and in a sensible
// order), then act with keys as a person would.
import assert from 'node:assert/strict';
import { expectPoll } from './harness.mjs';

/** Presses Tab (or Shift+Tab) until `locator`'s element has focus; fails if it never does. */
export async function tabTo(page, locator, { max = 400, backwards = false } = {}) {
  await locator.waitFor();
  const handle = await locator.elementHandle();
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((el) => el === document.activeElement, handle)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new assert.AssertionError({ message: `not reachable with Tab: ${locator}` });
}

/** Tabs to a text field and types into it (after selecting what was there). */
export async function typeInto(page, locator, text) {
  await tabTo(page, locator);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** Tabs to a checkbox and toggles it with Space. */
export async function toggle(page, locator) {
  await tabTo(page, locator);
  await page.keyboard.press('Space');
}

/** Tabs to a button or link and presses Enter. */
export async function press(page, locator) {
  await tabTo(page, locator);
  await page.keyboard.press('Enter');
}

/** Chooses an option of a focused-by-Tab <select> with the arrow keys. */
export async function chooseOption(page, select, label) {
  await tabTo(page, select);
  const options = await select.locator('option').allInnerTexts();
  const target = options.findIndex((o) => o.trim() === label);
  assert.ok(target >= 0, `no option "${label}" in ${options}`);
  const current = await select.evaluate((el) => el.selectedIndex);
  const key = target > current ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(target - current); i++) await page.keyboard.press(key);
  await expectPoll(() => select.evaluate((el) => el.selectedIndex), target, `option "${label}" chosen`);
}

/** Picks radio number `n` (1-based) of a group: Tab into the group, Space, then arrows. */
export async function chooseRadio(page, firstRadio, n) {
  await tabTo(page, firstRadio);
  await page.keyboard.press('Space');
  for (let i = 1; i < n; i++) await page.keyboard.press('ArrowDown');
}

/** Text with no-break spaces made plain, so Swedish figures compare simply. */
export const plain = (s) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-').replace(/\s+/g, ' ').trim();

/** A locator's rendered text, made plain as above. */
export const plainText = async (locator) => plain(await locator.innerText());
