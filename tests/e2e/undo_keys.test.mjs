// Undo and redo by keyboard across adding and removing benefits, risks, activities, criteria and
// goals: after each change, Ctrl+Z and then Ctrl+Shift+Z with focus outside any text field, and
// after each step both the page and the stored plan show the same state.
import { test } from 'node:test';
import {
  useApp, withApp, expectPoll, expectCount, waitForFocus,
} from './harness.mjs';

const app = useApp();
const said = (page) => page.getByRole('status').filter({ hasText: /^(Ångrade|Gjorde om): / });
const GOAL_4 = 'Främja implementering av digitala lösningar';

/** Counts in the stored example plan, read through `pick(plan)`. */
const storedCount = (page, pick) => page.evaluate((source) => {
  const plan = JSON.parse(localStorage.getItem('beredning.plan.exempelplan')).plan;
  // eslint-disable-next-line no-new-func
  return new Function('plan', `return (${source})(plan)`)(plan);
}, pick.toString());

/**
 * After a change that took the count from `before` to `after` (on the page, `items`; stored,
 * `pick`), undoes and redoes it by keyboard with focus on the page's heading, checking both
 * after each step, and that each step is said.
 */
async function undoRedo(page, { items, pick, before, after, label }) {
  await expectCount(items, after, `${label}: on the page`);
  await expectPoll(() => storedCount(page, pick), after, `${label}: stored`);
  await keyStep(page, { items, pick, key: 'Control+z', expected: before, said: `Ångrade: ${label}` });
  await keyStep(page, { items, pick, key: 'Control+Shift+z', expected: after, said: `Gjorde om: ${label}` });
}

/** One undo or redo by `key` with focus on the page's heading (re-mounted by the step before). */
async function keyStep(page, { items, pick, key, expected, said: text }) {
  const heading = page.getByRole('heading', { level: 1 }).first();
  await heading.focus();
  await waitForFocus(heading, 'focus is outside any text field');
  await page.keyboard.press(key);
  await expectCount(items, expected, `${text}: on the page`);
  await said(page).filter({ hasText: text }).waitFor();
  await expectPoll(() => storedCount(page, pick), expected, `${text}: in storage`);
}

const ex25 = (part) => `(plan) => plan.initiatives.find((i) => i.id === 'ex-25').analysis.${part}.length`;

test('benefits and risks: adding and removing are undone and redone by keyboard', () =>
  withApp(app, '#/plan/exempelplan/initiativ/ex-25/analys', async (page) => {
    const benefits = page.getByRole('group', { name: /^Nytta: / });
    const risks = page.getByRole('group', { name: /^Risk: / });
    const benefit = { items: benefits, pick: ex25('benefits') };
    const risk = { items: risks, pick: ex25('risks') };
    const nBenefits = await storedCount(page, benefit.pick);
    const nRisks = await storedCount(page, risk.pick);

    await page.getByRole('button', { name: 'Lägg till nytta' }).click();
    await undoRedo(page, { ...benefit, before: nBenefits, after: nBenefits + 1, label: 'Lägg till nytta' });
    await page.getByRole('button', { name: /^Ta bort nytta / }).first().click();
    await undoRedo(page, { ...benefit, before: nBenefits + 1, after: nBenefits, label: 'Ta bort nytta' });

    await page.getByRole('button', { name: 'Lägg till risk' }).click();
    await undoRedo(page, { ...risk, before: nRisks, after: nRisks + 1, label: 'Lägg till risk' });
    await page.getByRole('button', { name: /^Ta bort risk / }).first().click();
    await undoRedo(page, { ...risk, before: nRisks + 1, after: nRisks, label: 'Ta bort risk' });
  }));

test('criteria and goals: adding and removing are undone and redone by keyboard', () =>
  withApp(app, '#/plan/exempelplan', async (page) => {
    const criterion = {
      items: page.getByRole('group', { name: /^Kriterium: / }),
      pick: '(plan) => plan.framework.criteria.length',
    };
    const goal = {
      items: page.getByRole('group', { name: /^Mål \d+: / }),
      pick: '(plan) => plan.framework.goals.length',
    };
    const nCriteria = await storedCount(page, criterion.pick);
    const nGoals = await storedCount(page, goal.pick);

    await page.getByRole('button', { name: 'Lägg till kriterium' }).click();
    await undoRedo(page, { ...criterion, before: nCriteria, after: nCriteria + 1, label: 'Lägg till kriterium' });
    await page.getByRole('button', { name: 'Ta bort kriteriet Nytt kriterium' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Ta bort kriteriet ”Nytt kriterium”?' });
    await ask.getByRole('button', { name: 'Ja, ta bort kriteriet ”Nytt kriterium”' }).click();
    await undoRedo(page, { ...criterion, before: nCriteria + 1, after: nCriteria, label: 'Ja, ta bort kriteriet ”Nytt kriterium”' });

    await page.getByLabel('Det nya målets namn').fill('Mål att ångra');
    await page.getByRole('button', { name: 'Lägg till mål' }).click();
    await undoRedo(page, { ...goal, before: nGoals, after: nGoals + 1, label: 'Lägg till mål' });
    const added = page.getByRole('group', { name: /^Mål \d+: Mål att ångra$/ });
    await added.getByRole('button', { name: 'Ta bort Mål att ångra' }).click();
    const confirm = page.getByRole('group', { name: 'Ta bort målet ”Mål att ångra”' });
    await confirm.getByRole('button', { name: 'Ta bort målet ”Mål att ångra”' }).click();
    await undoRedo(page, { ...goal, before: nGoals + 1, after: nGoals, label: 'Ta bort målet ”Mål att ångra”' });
  }));

test('activities: adding and removing are undone and redone by keyboard', () =>
  withApp(app, '#/plan/exempelplan/handlingsplan', async (page) => {
    const goal4 = page.getByRole('region', { name: `4. ${GOAL_4}` });
    const activity = {
      items: page.getByRole('group', { name: /^Aktivitet: / }),
      // The handlingsplan's own: those a revision kept for the follow-up only are not shown.
      pick: '(plan) => plan.activities.filter((a) => !a.closed_in_previous_plan).length',
    };
    const n = await storedCount(page, activity.pick);
    await expectCount(activity.items, n, 'every activity is on one page');
    await goal4.getByRole('button', { name: `Lägg till aktivitet under ${GOAL_4}` }).click();
    await undoRedo(page, { ...activity, before: n, after: n + 1, label: `Lägg till aktivitet under ${GOAL_4}` });
    const doomed = 'Verka för gemensamma upphandlingar';
    await goal4.getByRole('button', { name: `Ta bort aktiviteten ${doomed}` }).click();
    const dialog = goal4.getByRole('alertdialog', { name: `Ta bort aktiviteten ”${doomed}” ur handlingsplanen?` });
    await dialog.getByRole('button', { name: `Ja, ta bort aktiviteten ”${doomed}”` }).click();
    await undoRedo(page, { ...activity, before: n + 1, after: n, label: `Ja, ta bort aktiviteten ”${doomed}”` });
  }));
