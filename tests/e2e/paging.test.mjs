// Paging in the plan views that list many things at once ("no view renders more than
// about 50 rows at once"): Uppföljning, Budgetscenario and the Matris table, on the benchmark's
// generated plan of 1 000 initiatives (tests/bench/generate.mjs), stored before the app starts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useApp, newPage, gotoApp, expectSaved, expectNoAxeViolations, assertNoPageErrors,
  eventually, expectPoll, expectCount, focused, waitForFocus,
} from './harness.mjs';
import { press, toggle, typeInto, plain, plainText } from './keyboard.mjs';
import { generatePlan, indexFor } from '../bench/generate.mjs';

const app = useApp();
const envelope = generatePlan({ initiatives: 1000 });
const plan = envelope.plan;
const ROW_BUDGET = 50;

/** A fresh page whose storage holds the big plan before the app starts, opened at `view`. */
async function openBigPlan(view) {
  const page = await newPage(app.browser, app.url);
  await page.context().addInitScript(
    ({ key, planText, indexText }) => {
      if (localStorage.getItem('beredning.index') === null) {
        localStorage.setItem(key, planText);
        localStorage.setItem('beredning.index', indexText);
      }
    },
    { key: `beredning.plan.${plan.id}`, planText: JSON.stringify(envelope), indexText: JSON.stringify(indexFor(envelope)) },
  );
  await gotoApp(page, `#/plan/${plan.id}/${view}`);
  return page;
}

/** Rows in main outside table heads (body and total rows), as the benchmark counts them. */
async function bodyRows(page) {
  const main = page.getByRole('main');
  return (await main.getByRole('row').count()) - (await main.locator('thead tr').count());
}

/** Polls until `count()` (default: the body rows in main) is within the row budget. */
const expectWithinBudget = (page, count = () => bodyRows(page)) =>
  eventually(async () => {
    const rows = await count();
    assert.ok(rows <= ROW_BUDGET, `${rows} rows`);
  });

/** The status line of a pager, plain. */
const status = async (pager) => plain(await pager.getByText(/^Sida /).innerText());

/** The activities in the order the follow-up's pager goes through them: by goal, then the rest. */
function activityOrder() {
  const goals = plan.framework.goals;
  const known = new Set(goals.map((g) => g.id));
  const groups = goals.map((g, i) => ({ heading: `${i + 1}. ${g.name}`, items: plan.activities.filter((a) => a.goal_id === g.id) }));
  groups.push({ heading: 'Pågående utvecklingsinsatser utanför planens mål', items: plan.activities.filter((a) => !a.goal_id || !known.has(a.goal_id)) });
  return groups.flatMap((g) => g.items.map((a, k) => ({ title: a.title.trim(), heading: g.heading, first: k === 0 })));
}

test('uppföljning of 1 000 initiatives: benefits and activities 25 at a time, one activity pager over all goals', async () => {
  const page = await openBigPlan('uppfoljning');
  try {
    const main = page.getByRole('main');
    const benefits = main.getByRole('group', { name: /^Nytta: / });
    const activities = main.getByRole('group', { name: /^Aktivitet: / });
    const benefitPager = page.getByRole('navigation', { name: 'Sidor för Nyttor: förväntat och utfall' });
    const activityPager = page.getByRole('navigation', { name: 'Sidor för Aktiviteternas utfall' });
    await activityPager.waitFor({ timeout: 60_000 });

    const order = activityOrder();
    const total = order.length;
    assert.ok(total > 50, `the generated plan has ${total} activities`);
    const pages = Math.ceil(total / 25);
    await expectPoll(() => status(activityPager), `Sida 1 av ${pages}: visar 1–25 av ${total}`);
    const benefitStatus = await eventually(async () => {
      const text = await status(benefitPager);
      const match = text.match(/^Sida 1 av (\d+): visar 1–25 av (\d+)$/);
      assert.ok(match, `benefit pager: ${text}`);
      return match;
    });
    await expectCount(benefits, 25);
    await expectCount(activities, 25);
    const groups = async () => (await benefits.count()) + (await activities.count());
    await expectWithinBudget(page, groups);
    await expectWithinBudget(page);

    const legends = (groups) => groups.evaluateAll((els) => els.map((e) => e.querySelector('legend').textContent.replace(/\s+/g, ' ')));
    await expectPoll(() => legends(activities), order.slice(0, 25).map((a) => `Aktivitet: ${a.title}`));

    // The benefits page on by themselves; the activities stay where they were.
    const benefitNames = () => benefits.evaluateAll((els) => els.map((e) => e.innerText));
    const firstBenefits = await benefitNames();
    await press(page, benefitPager.getByRole('button', { name: 'Nästa sida' }));
    await benefitPager.getByText(`Sida 2 av ${benefitStatus[1]}: visar 26–${Math.min(50, Number(benefitStatus[2]))} av ${benefitStatus[2]}`).waitFor();
    await eventually(async () => assert.notDeepEqual(await benefitNames(), firstBenefits, 'the next benefits are shown'));
    await expectPoll(() => focused(page, 'textContent'), 'Nästa sida', 'focus stays on the button');
    await expectPoll(() => status(activityPager), `Sida 1 av ${pages}: visar 1–25 av ${total}`);

    // The activities' next page goes on through the goals; a goal that began on page 1 is marked.
    await press(page, activityPager.getByRole('button', { name: 'Nästa sida' }));
    await activityPager.getByText(`Sida 2 av ${pages}: visar 26–50 av ${total}`).waitFor();
    await expectPoll(() => legends(activities), order.slice(25, 50).map((a) => `Aktivitet: ${a.title}`));
    const first = order[25];
    const section = page.getByRole('region', { name: 'Aktiviteternas utfall' });
    const firstHeading = () => plainText(section.getByRole('heading', { level: 3 }).first());
    await expectPoll(firstHeading, first.first ? first.heading : `${first.heading} (forts.)`);
    await expectWithinBudget(page, groups);
    await expectWithinBudget(page);

    // Typing an Utfall on page 2 saves it and neither turns the page nor re-creates the field.
    const field = activities.first().getByLabel(/^Utfall \d{4}$/);
    await typeInto(page, field, 'Klart enligt plan');
    await expectSaved(page);
    await waitForFocus(field);
    await expectPoll(() => status(activityPager), `Sida 2 av ${pages}: visar 26–50 av ${total}`);
    await expectNoAxeViolations(page, 'uppföljning of a large plan, second pages');
    assertNoPageErrors(page);
  } finally {
    await page.context().close();
  }
});

test('matrix of 1 000 initiatives: the table shows 50 rows a page and a new value axis starts on page 1', async () => {
  const page = await openBigPlan('matris');
  try {
    const table = page.getByRole('table', { name: 'Matrisens uppgifter i tabellform' });
    const rows = table.locator('tbody').getByRole('row');
    const pager = page.getByRole('navigation', { name: 'Sidor för Matrisens uppgifter i tabellform' });
    await pager.waitFor({ timeout: 60_000 });
    const first = await eventually(async () => {
      const text = await status(pager);
      const match = text.match(/^Sida 1 av (\d+): initiativ 1–50 av (\d+)$/);
      assert.ok(match, `matrix pager: ${text}`);
      return match;
    });
    const [pages, total] = [Number(first[1]), Number(first[2])];
    assert.equal(pages, Math.ceil(total / 50));
    await expectCount(rows, 50);
    await expectWithinBudget(page);
    await expectPoll(() => pager.getByRole('button', { name: 'Föregående sida' }).getAttribute('aria-disabled'), 'true');

    // Keyboard: skip the chart's points to the table, then on to the pager.
    await press(page, page.getByRole('button', { name: 'Hoppa förbi diagrammet till tabellen' }));
    await press(page, pager.getByRole('button', { name: 'Nästa sida' }));
    await pager.getByText(`Sida 2 av ${pages}: initiativ 51–100 av ${total}`).waitFor();
    const firstPlace = () => plainText(rows.first().getByRole('cell').first());
    await expectPoll(firstPlace, '51');
    await expectCount(rows, Math.min(50, total - 50));
    await expectPoll(() => focused(page, 'textContent'), 'Nästa sida', 'focus stays on the button');
    await expectWithinBudget(page);
    await expectNoAxeViolations(page, 'matrix table of a large plan, page 2');

    // Another value axis reorders the rows: the table starts from its first page again.
    await page.getByRole('group', { name: 'Värde', exact: true }).getByRole('radio', { name: 'Nettonuvärde' }).check();
    await table.getByRole('columnheader', { name: 'Nettonuvärde' }).waitFor();
    await pager.getByText(/^Sida 1 av \d+: initiativ 1–50 av \d+$/).waitFor();
    await expectPoll(firstPlace, '1');
    await expectWithinBudget(page);
    assertNoPageErrors(page);
  } finally {
    await page.context().close();
  }
});

test('budget scenario of 1 000 initiatives at 50 Mkr: about 50 rows, and the forum ticks initiatives on any page', async () => {
  const page = await openBigPlan('budget');
  try {
    const budget = page.getByLabel('Investeringsbudget', { exact: true });
    await budget.waitFor({ timeout: 60_000 });
    await typeInto(page, budget, '50 000 000');
    const summary = page.getByText(/^Förslaget: \d+ initiativ för/);
    await summary.waitFor({ timeout: 60_000 });
    const chosenCount = await eventually(async () => {
      const chosenCount = Number((await plainText(summary)).match(/^Förslaget: (\d+) initiativ/)[1]);
      assert.ok(chosenCount > 15, `${chosenCount} initiatives proposed`);
      return chosenCount;
    });

    const chosen = page.getByRole('table', { name: 'Föreslagna initiativ' });
    const leftOut = page.getByRole('table', { name: 'Kan väljas men ryms inte i förslaget' });
    const forum = page.getByRole('table', { name: 'Forumets urval', exact: true });
    await expectCount(chosen.locator('tbody').getByRole('row'), 15);
    await eventually(async () => assert.ok((await leftOut.locator('tbody').getByRole('row').count()) <= 10));
    await expectCount(forum.locator('tbody').getByRole('row'), 15);
    await expectWithinBudget(page);
    const chosenPager = page.getByRole('navigation', { name: 'Sidor för Föreslagna initiativ' });
    await expectPoll(() => status(chosenPager), `Sida 1 av ${Math.ceil(chosenCount / 15)}: initiativ 1–15 av ${chosenCount}`);
    // The total row adds up all proposed initiatives, not only the page: it is the summary's sum.
    await eventually(async () => {
      const sum = (await plainText(summary)).match(/Summa viktad poäng: ([\d ,]+)\./)[1];
      assert.equal(await plainText(chosen.locator('tfoot').getByRole('cell').first()), sum);
    });

    const forumPager = page.getByRole('navigation', { name: 'Sidor för Forumets urval' });
    const forumPages = Math.ceil(plan.initiatives.length / 15);
    await expectPoll(() => status(forumPager), `Sida 1 av ${forumPages}: initiativ 1–15 av ${plan.initiatives.length}`);
    const compare = page.getByRole('table', { name: 'Förslaget och forumets urval sida vid sida' });
    const forumCount = async () => Number(plain(await compare.getByRole('row', { name: /^Antal initiativ/ }).getByRole('cell').nth(1).innerText()));
    const before = await forumCount();

    // Page 3 of the forum's selection: tick an initiative that is not ticked yet.
    const next = forumPager.getByRole('button', { name: 'Nästa sida' });
    await press(page, next);
    await forumPager.getByText(`Sida 2 av ${forumPages}: initiativ 16–30 av 1000`).waitFor();
    await press(page, next);
    await forumPager.getByText(`Sida 3 av ${forumPages}: initiativ 31–45 av 1000`).waitFor();
    const boxes = forum.getByRole('checkbox');
    const boxId = await eventually(async () => {
      let pick = -1;
      for (let i = 0; i < (await boxes.count()) && pick < 0; i++) if (!(await boxes.nth(i).isChecked())) pick = i;
      assert.ok(pick >= 0, 'page 3 has an unticked initiative');
      return boxes.nth(pick).getAttribute('id');
    });
    const box = page.locator(`[id="${boxId}"]`);
    await toggle(page, box);
    await compare.getByRole('row', { name: /^Antal initiativ/ }).getByRole('cell').nth(1).getByText(String(before + 1), { exact: true }).waitFor();
    await expectWithinBudget(page);
    await expectNoAxeViolations(page, 'budget scenario of a large plan, forum page 3');

    // Back a page and forward again: still ticked.
    await press(page, forumPager.getByRole('button', { name: 'Föregående sida' }));
    await forumPager.getByText(`Sida 2 av ${forumPages}: initiativ 16–30 av 1000`).waitFor();
    await expectCount(box, 0, 'not on page 2');
    await press(page, next);
    await forumPager.getByText(`Sida 3 av ${forumPages}: initiativ 31–45 av 1000`).waitFor();
    await expectPoll(() => box.isChecked(), true);

    // A new budget is a new scenario: every table starts on page 1; the forum keeps its ticks.
    await typeInto(page, budget, '40 000 000');
    await page.getByText(/^Förslaget: \d+ initiativ för [\d\s]+kr av 40\s000\s000\skr/).waitFor();
    await forumPager.getByText(`Sida 1 av ${forumPages}: initiativ 1–15 av 1000`).waitFor();
    await expectPoll(forumCount, before + 1);
    await expectWithinBudget(page);
    assertNoPageErrors(page);
  } finally {
    await page.context().close();
  }
});
