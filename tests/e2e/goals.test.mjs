// A plan's own goals: a blank plan starts with none, and the person writes them on the plan's
// overview — name, kind, order — with errors tied to the field; an initiative links to one in the
// analysis step; removing a linked goal says how many links it has, moves them where chosen, and
// can be undone. axe-core scans every state of the form.
import { test } from 'node:test';
import {
  useApp, withApp, gotoApp, expectSaved, expectNoAxeViolations, expectPoll, expectCount, waitForFocus,
} from './harness.mjs';
import { EXAMPLE } from './example.mjs';

const app = useApp();

/** Creates a blank plan (no goals) from the start page and waits for its page. */
async function createBlankPlan(page, name) {
  await page.getByLabel('Planens namn').fill(name);
  await page.getByLabel('Utgå från').selectOption({ label: 'Tom plan (standardkriterier, inga mål)' });
  await page.getByRole('button', { name: 'Skapa plan' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** The stored plan whose text contains `name`: its goal names and its first initiative's link count. */
const storedGoals = (page, name) => page.evaluate((name) => {
  const key = Object.keys(localStorage).find((k) => k.startsWith('beredning.plan.') && localStorage.getItem(k).includes(name));
  const plan = JSON.parse(localStorage.getItem(key)).plan;
  return { goals: plan.framework.goals.map((g) => g.name), links: plan.initiatives[0].analysis.goal_ids.length };
}, name);

test('a blank plan gets its own goals, an initiative links to one, and a removed goal moves its link', () =>
  withApp(app, '', async (page) => {
    await createBlankPlan(page, 'Egen plan Heby 2027');
    const goals = page.getByRole('region', { name: 'Mål', exact: true });
    await goals.getByText('Planen har inga mål ännu.').waitFor();

    // An empty name is refused with a message tied to the field.
    const newName = page.getByLabel('Det nya målets namn');
    await page.getByRole('button', { name: 'Lägg till mål' }).click();
    await expectPoll(() => newName.getAttribute('aria-invalid'), 'true');
    await expectPoll(() => newName.getAttribute('aria-describedby'), 'goal-new-name-error');
    await expectPoll(() => page.locator('#goal-new-name-error').innerText(), 'Skriv ett namn på målet.');
    await expectNoAxeViolations(page, 'goals: empty name refused');

    // Two goals of different kinds.
    await newName.fill('Ökad tillgänglighet');
    await page.getByLabel('Det nya målets slag').selectOption({ label: 'Strategiskt mål' });
    await page.getByRole('button', { name: 'Lägg till mål' }).click();
    await page.getByRole('group', { name: 'Mål 1: Ökad tillgänglighet' }).waitFor();
    await goals.getByText('Målet ”Ökad tillgänglighet” lades till.').waitFor();
    await expectPoll(() => newName.inputValue(), '');
    await newName.fill('Ökad kvalitet');
    await page.getByRole('button', { name: 'Lägg till mål' }).click();
    await page.getByRole('group', { name: 'Mål 2: Ökad kvalitet' }).waitFor();
    await expectPoll(
      () => page.getByRole('group', { name: 'Mål 1: Ökad tillgänglighet' }).getByLabel('Slag av mål')
        .evaluate((el) => el.selectedOptions[0].textContent),
      'Strategiskt mål',
    );

    // A name another goal has is refused, in any letters; the goal keeps its last valid name.
    await newName.fill('ökad KVALITET');
    await page.getByRole('button', { name: 'Lägg till mål' }).click();
    await expectPoll(() => page.locator('#goal-new-name-error').innerText(), 'Planen har redan ett mål med det namnet.');
    const second = page.getByRole('group', { name: 'Mål 2: Ökad kvalitet' });
    await second.getByLabel('Namn').fill('');
    await expectPoll(() => second.getByLabel('Namn').getAttribute('aria-invalid'), 'true');
    await expectPoll(() => second.getByText('Skriv ett namn på målet.').count(), 1);
    await second.getByLabel('Namn').fill('Ökad kvalitet i vården');
    const renamed = page.getByRole('group', { name: 'Mål 2: Ökad kvalitet i vården' });
    await renamed.waitFor();
    await expectPoll(() => renamed.getByLabel('Namn').getAttribute('aria-invalid'), null);

    // Reorder: focus stays on the moved goal's button.
    await renamed.getByRole('button', { name: 'Flytta upp Ökad kvalitet i vården' }).click();
    await page.getByRole('group', { name: 'Mål 1: Ökad kvalitet i vården' }).waitFor();
    await waitForFocus(page.getByRole('button', { name: 'Flytta upp Ökad kvalitet i vården' }), 'focus follows the moved goal');
    await expectSaved(page);

    // An initiative links to a goal in the analysis step.
    await page.getByLabel('Titel på det nya initiativet').fill('Chattbot för bygglov');
    await page.getByRole('button', { name: 'Starta beredningen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Chattbot för bygglov' }).waitFor();
    await page.getByRole('link', { name: 'Nästa steg: Analys' }).click();
    await page.getByRole('heading', { level: 2, name: /^Steg 2 av 4: Analys$/ }).waitFor();
    const planGoals = page.getByRole('group', { name: 'Planens mål' });
    await planGoals.getByRole('checkbox', { name: 'Ökad tillgänglighet' }).check();
    await expectPoll(() => planGoals.getByRole('checkbox', { name: 'Ökad tillgänglighet' }).isChecked(), true);
    await expectSaved(page);
    await page.getByRole('link', { name: 'Tillbaka till planen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Egen plan Heby 2027' }).waitFor();

    // Removing the linked goal says what links to it and moves the link where chosen.
    const linked = page.getByRole('group', { name: 'Mål 2: Ökad tillgänglighet' });
    await linked.getByRole('button', { name: 'Ta bort Ökad tillgänglighet' }).click();
    const confirm = page.getByRole('group', { name: 'Ta bort målet ”Ökad tillgänglighet”' });
    await confirm.getByText('Målet har 1 initiativ och 0 aktiviteter kopplade.').waitFor();
    await expectNoAxeViolations(page, 'goals: removal asks first');
    await confirm.getByLabel('Flytta kopplingarna till').selectOption({ label: 'Ökad kvalitet i vården' });
    await confirm.getByRole('button', { name: 'Ta bort målet ”Ökad tillgänglighet”' }).click();
    await goals.getByText('Målet ”Ökad tillgänglighet” togs bort.').waitFor();
    await expectCount(goals.getByRole('group', { name: /^Mål \d/ }), 1);
    await waitForFocus(page.getByRole('main').getByRole('button', { name: 'Ångra' }), 'focus moves to the undo button');
    const stored = () => storedGoals(page, 'Egen plan Heby');
    // Saved after the autosave's pause: the link moved, it was not dropped.
    await expectPoll(stored, { goals: ['Ökad kvalitet i vården'], links: 1 }, 'stored after the removal');

    // Undo brings the goal back with its link.
    await page.getByRole('main').getByRole('button', { name: 'Ångra' }).click();
    await page.getByRole('group', { name: 'Mål 2: Ökad tillgänglighet' }).waitFor();
    await expectSaved(page);
    await page.reload();
    await page.getByRole('group', { name: 'Mål 1: Ökad kvalitet i vården' }).waitFor();
    await page.getByRole('group', { name: 'Mål 2: Ökad tillgänglighet' }).waitFor();
    await expectNoAxeViolations(page, 'goals after undo and reload');
  }));

test('a goal removed in another tab leaves the open analysis form, which then links only to goals that exist', () =>
  withApp(app, '', async (page) => {
    await createBlankPlan(page, 'Två flikar Tierp');
    const planHash = new URL(page.url()).hash;
    for (const name of ['Ökad tillgänglighet', 'Ökad kvalitet']) {
      await page.getByLabel('Det nya målets namn').fill(name);
      await page.getByRole('button', { name: 'Lägg till mål' }).click();
      await page.getByRole('group', { name: new RegExp(`^Mål \\d: ${name}$`) }).waitFor();
    }
    await page.getByLabel('Titel på det nya initiativet').fill('E-tjänst för färdtjänst');
    await page.getByRole('button', { name: 'Starta beredningen' }).click();
    await page.getByRole('link', { name: 'Nästa steg: Analys' }).click();
    const planGoals = page.getByRole('group', { name: 'Planens mål' });
    await expectCount(planGoals.getByRole('checkbox'), 2);
    await expectSaved(page);

    // The same plan in a second tab: the goal the form offers is removed there.
    const other = await page.context().newPage();
    other.baseUrl = page.baseUrl;
    await gotoApp(other, planHash);
    const gone = other.getByRole('group', { name: 'Mål 2: Ökad kvalitet' });
    await gone.getByRole('button', { name: 'Ta bort Ökad kvalitet' }).click();
    await other.getByRole('button', { name: 'Ta bort målet ”Ökad kvalitet”' }).click();
    await other.getByText('Målet ”Ökad kvalitet” togs bort.').waitFor();
    await expectSaved(other);

    // The first tab's form follows: the removed goal is no longer offered.
    await expectCount(planGoals.getByRole('checkbox', { name: 'Ökad kvalitet' }), 0);
    await planGoals.getByRole('checkbox', { name: 'Ökad tillgänglighet' }).check();
    await expectSaved(page);
    const links = () => storedGoals(page, 'Två flikar Tierp');
    await expectPoll(links, { goals: ['Ökad tillgänglighet'], links: 1 }, 'stored: one goal, one link to it');
    await expectNoAxeViolations(page, 'analysis after a goal was removed in another tab');
  }));

test('renaming Genomförbarhet keeps the matrix effort axis: the axis follows what the criterion measures', () =>
  withApp(app, '', async (page) => {
    await page.getByRole('link', { name: EXAMPLE }).first().click();
    await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
    const criteria = page.getByRole('region', { name: 'Prioriteringskriterier' });
    const feasibility = criteria.getByRole('group', { name: 'Genomförbarhet' });
    await expectPoll(
      () => feasibility.getByLabel('Vad Genomförbarhet mäter').evaluate((el) => el.selectedOptions[0].textContent),
      'Genomförbarhet (insats)',
    );
    await feasibility.getByLabel('Namn på kriterium 2').fill('Insatsbehov');
    await expectSaved(page);
    await page.getByRole('navigation', { name: 'Planens vyer' }).getByRole('link', { name: 'Matris' }).click();
    const costGroup = page.getByRole('group', { name: 'Kostnad eller insats', exact: true });
    await expectCount(costGroup.getByRole('radio', { name: 'Insats: 6 minus bedömningen på Insatsbehov' }), 1);
    await expectNoAxeViolations(page, 'matrix after the rename');
  }));
