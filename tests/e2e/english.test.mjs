// The English UI: a first visit follows the browser's language, the header's switch is kept over
// a reload, and every view shows its English heading, passes axe and writes figures the English
// way ("1,234 kr", "3.5"); switching back shows Swedish again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openApp, gotoApp, assertNoPageErrors, expectNoAxeViolations, expectPoll, eventually } from './harness.mjs';
import { EXAMPLE } from './example.mjs';

const app = useApp();
const EN_GB = { locale: 'en-GB' };
const PLAN = '#/plan/exempelplan';

const lang = (page) => page.evaluate(() => document.documentElement.lang);

/** Figures grouped the English way ("40,000", "1,234,567 kr"), and none grouped the Swedish way. */
const ENGLISH_GROUPED = /\d{1,3}(,\d{3})+/;
const SWEDISH_GROUPED = /\d{1,3}(\u00a0\d{3})+/;

/** Waits until `scope` shows an English-grouped figure and no Swedish-grouped one. */
async function expectEnglishFigures(scope, label) {
  await eventually(async () => {
    const text = await scope.innerText();
    assert.match(text, ENGLISH_GROUPED, `${label}: a figure grouped with commas`);
    assert.doesNotMatch(text, SWEDISH_GROUPED, `${label}: no figure grouped with spaces`);
  });
}

/** Runs `fn` on a fresh page opened at `hash` in an English-speaking browser. */
async function inEnglish(hash, fn) {
  const page = await openApp(app, hash, EN_GB);
  try {
    await fn(page);
    assertNoPageErrors(page);
  } finally {
    await page.context().close();
  }
}

test('a first visit from an English browser opens in English', () =>
  inEnglish('', async (page) => {
    await page.getByRole('heading', { level: 1, name: 'Your plans' }).waitFor();
    await expectPoll(() => lang(page), 'en', '<html lang>');
    await page.getByRole('button', { name: 'Svenska' }).waitFor();
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'About Beredning' }).waitFor();
    await expectNoAxeViolations(page, 'plan list in English');
  }));

test('a first visit from a Swedish browser opens in Swedish', async () => {
  const page = await openApp(app, '');
  try {
    await page.getByRole('heading', { level: 1, name: 'Dina planer' }).waitFor();
    await expectPoll(() => lang(page), 'sv', '<html lang>');
    await page.getByRole('button', { name: 'English' }).waitFor();
    assertNoPageErrors(page);
  } finally {
    await page.context().close();
  }
});

test('the language chosen in the header is kept over a reload, and switching back shows Swedish', async () => {
  const page = await openApp(app, `${PLAN}/beslutsunderlag`);
  try {
    await page.getByRole('heading', { level: 1, name: `Beslutsunderlag: ${EXAMPLE}` }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: `Decision brief: ${EXAMPLE}` }).waitFor();
    await expectPoll(() => lang(page), 'en', '<html lang> after switching');
    await expectPoll(() => page.evaluate(() => localStorage.getItem('beredning.language')), 'en', 'the stored choice');

    // The browser says Swedish, but the stored choice wins.
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('heading', { level: 1, name: `Decision brief: ${EXAMPLE}` }).waitFor();
    await expectPoll(() => lang(page), 'en', '<html lang> after a reload');
    await page.getByRole('heading', { level: 2, name: 'Ranked initiatives' }).waitFor();

    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { level: 1, name: `Beslutsunderlag: ${EXAMPLE}` }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Rangordnade initiativ' }).waitFor();
    await expectPoll(() => lang(page), 'sv', '<html lang> back in Swedish');
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('heading', { level: 1, name: `Beslutsunderlag: ${EXAMPLE}` }).waitFor();
    assertNoPageErrors(page);
  } finally {
    await page.context().close();
  }
});

/**
 * Each plan view: its slug, its English name (heading and navigation), and what proves its
 * figures are English, or null where the view shows no figure a language formats.
 */
const PLAN_VIEWS = [
  ['prioritering', 'Priority list', 'grouped'],
  ['matris', 'Matrix', 'grouped'],
  ['budget', 'Budget scenario', 'budget'],
  ['handlingsplan', 'Action plan', null],
  ['uppfoljning', 'Follow-up', 'grouped'],
  ['uppfoljningsrapport', 'Follow-up report', 'grouped'],
  ['andringar', 'Changes', null],
  ['beslutsunderlag', 'Decision brief', 'grouped'],
  ['dela', 'Share and export', 'grouped'],
  ['jamfor', 'Recalculate with our figures', 'grouped'],
];

/** Pages outside a plan: their address, their English heading, and whether they show figures. */
const PAGES = [
  ['#/samverkan', 'Collaboration', true],
  ['#/forslag', 'Submit a proposal', true],
  ['#/om', 'About Beredning', false],
  ['#/tillganglighet', 'Accessibility statement', false],
];

/** The plan list with a second plan, so that comparing and collaboration have two plans. */
async function withTwoPlans(page) {
  await page.getByRole('button', { name: `Duplicate ${EXAMPLE}` }).click();
  await page.getByRole('cell', { name: `${EXAMPLE} (copy)` }).waitFor();
}

test('the plan list, the overview and every plan view in English: heading, axe and English figures', () =>
  inEnglish('', async (page) => {
    await withTwoPlans(page);
    await page.getByRole('heading', { level: 2, name: 'Create a new plan' }).waitFor();
    await expectNoAxeViolations(page, 'plan list in English with two plans');

    await gotoApp(page, PLAN);
    await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Calculation parameters' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Strategies and areas' }).waitFor();
    // The hourly cost of the example's parameters: 433.80 kr/h, with a decimal point.
    await eventually(async () => assert.match(await page.locator('main').innerText(), /Hourly cost with these parameters:\s*433\.80/));
    await expectNoAxeViolations(page, 'overview in English');

    for (const [slug, name, figures] of PLAN_VIEWS) {
      await gotoApp(page, `${PLAN}/${slug}`);
      await page.getByRole('heading', { level: 1, name: `${name}: ${EXAMPLE}` }).waitFor();
      await page.getByRole('navigation', { name: "The plan's views" }).getByRole('link', { name, exact: true }).waitFor();
      if (figures === 'budget') {
        // A budget typed the English way gives a proposal with English amounts.
        await page.locator('#budget-investment').fill('2,000,000');
        await page.locator('#budget-lines-caption').waitFor();
      }
      if (figures) await expectEnglishFigures(page.locator('main'), name);
      await expectNoAxeViolations(page, `${name} in English`);
    }
  }));

test('collaboration, proposals, about and the accessibility statement in English', () =>
  inEnglish('', async (page) => {
    await withTwoPlans(page);
    for (const [hash, heading, figures] of PAGES) {
      await gotoApp(page, hash);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await expectPoll(() => lang(page), 'en', `<html lang> on ${heading}`);
      if (figures) await expectEnglishFigures(page.locator('main'), heading);
      await expectNoAxeViolations(page, `${heading} in English`);
    }
    await gotoApp(page, '#/samverkan');
    await page.getByRole('table', { name: /^Group 1 – (strong|likely)$/ }).waitFor();
    await gotoApp(page, '#/tillganglighet');
    await page.getByRole('heading', { level: 2, name: 'How we tested the service' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Supervision' }).waitFor();
  }));

/** The walkthrough's steps: slug, English name, and whether the step shows key figures. */
const STEPS = [
  ['behov', 1, 'Need', false],
  ['analys', 2, 'Analysis', true],
  ['prioritering', 3, 'Prioritisation', true],
  ['beslut', 4, 'Decision', false],
];

test('the walkthrough steps and the import page in English', () =>
  inEnglish('', async (page) => {
    for (const [slug, n, name, figures] of STEPS) {
      await gotoApp(page, `${PLAN}/initiativ/ex-25/${slug}`);
      await page.getByRole('heading', { level: 2, name: `Step ${n} of 4: ${name}` }).waitFor();
      if (figures) {
        await page.getByRole('heading', { level: 3, name: 'Key figures' }).waitFor();
        await expectEnglishFigures(page.locator('main'), name);
      }
      await expectNoAxeViolations(page, `walkthrough step ${name} in English`);
    }
    await gotoApp(page, '#/importera');
    await page.getByRole('heading', { level: 1, name: 'No file to import' }).waitFor();
    await expectNoAxeViolations(page, 'import page in English');
  }));
