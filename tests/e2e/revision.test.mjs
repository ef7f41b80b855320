// Revising the example plan into next year's plan from its overview: a new plan one year on that
// links back, open activities in its handlingsplan, a Genomförd one only in its follow-up, the
// parameters to review, the old plan unchanged in storage, and an undo that removes the new plan.
// axe-core scans the section, the new plan's notices and the follow-up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useApp, withApp, expectNoAxeViolations, expectPoll, expectCount, eventually, expectSaved,
} from './harness.mjs';
import { plain } from './keyboard.mjs';
import { EXAMPLE, BILAGA_2 } from './example.mjs';

const app = useApp();
const REVISED = 'Handlingsplan regional digital agenda 2020–2022';
const OPEN = 'Införa e-hälsa som en punkt på Socialchefsnätverket';
// Bilaga 2's first row: Genomförd in 2018, kept in the follow-up record only.
const DONE = BILAGA_2[0];
const UNDO = 'Ångra revideringen (ta bort den nya planen)';

const storedText = (page, id) => page.evaluate((id) => localStorage.getItem(`beredning.plan.${id}`), id);
const stored = async (page, id) => {
  const text = await storedText(page, id);
  return text === null ? null : JSON.parse(text).plan;
};
const indexed = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('beredning.index') || '{"plans":[]}').plans.map((p) => p.id));

async function go(page, hash) {
  await page.evaluate((h) => { window.location.hash = h; }, hash);
}

/** Revises the example plan from its overview; returns the old plan's stored text and the new id. */
async function revise(page) {
  const section = page.getByRole('region', { name: 'Revidera inför nästa år' });
  await section.waitFor();
  const before = await eventually(async () => {
    const text = await storedText(page, 'exempelplan');
    assert.ok(text, 'the example plan is stored');
    return text;
  });
  await expectNoAxeViolations(page, 'overview: revise section');
  await section.getByRole('button', { name: 'Revidera till 2020–2022' }).click();
  await page.getByRole('heading', { level: 1, name: REVISED }).waitFor();
  const id = await eventually(async () => {
    const m = /#\/plan\/([^/]+)$/.exec(page.url());
    assert.ok(m && m[1] !== 'exempelplan', `on the new plan: ${page.url()}`);
    return m[1];
  });
  return { before, id };
}

test('revise into next year: period one year on, open activities carried, closed ones in the follow-up only, undo removes the new plan', () =>
  withApp(app, '#/plan/exempelplan', async (page) => {
    const { before, id } = await revise(page);

    // The new plan: its period, the link back, the notice with undo, the parameters to review.
    await expectPoll(async () => plain(await page.locator('.plan-meta').innerText()), /Period 2020–2022$/);
    const from = page.locator('.revised-from');
    await expectPoll(async () => plain(await from.innerText()), `Reviderad från ${EXAMPLE} (2019–2021)`);
    await expectPoll(() => from.getByRole('link', { name: EXAMPLE }).getAttribute('href'), '#/plan/exempelplan');
    await page.getByRole('status').filter({ hasText: `Planen skapades som revidering av ${EXAMPLE}.` }).waitFor();
    await page.getByRole('group', { name: 'Parametrarna gäller 2019 – se över dem.' }).waitFor();
    await expectNoAxeViolations(page, 'revised plan: link back, notice and parameters to review');

    const revised = await eventually(async () => {
      const plan = await stored(page, id);
      assert.ok(plan, 'the new plan is stored');
      return plan;
    });
    assert.deepEqual(revised.period, { start_year: 2020, end_year: 2022 });
    assert.equal(revised.revised_from.plan_id, 'exempelplan');
    assert.equal(revised.params_to_review, 2019);
    assert.equal(await storedText(page, 'exempelplan'), before, 'the old plan is unchanged in storage');

    // The handlingsplan holds the open activity, not the Genomförd one.
    await go(page, `#/plan/${id}/handlingsplan`);
    await page.getByRole('group', { name: `Aktivitet: ${OPEN}` }).waitFor();
    await expectCount(page.getByRole('group', { name: `Aktivitet: ${DONE}` }), 0);
    // The four Genomförda of bilaga 2, closed when the example was revised from 2018–2019.
    await expectPoll(async () => plain(await page.locator('.hp-closed').innerText()),
      '4 genomförda eller avbrutna aktiviteter från en tidigare plan finns kvar i uppföljningen. Öppna uppföljningen');
    await expectNoAxeViolations(page, 'revised plan: handlingsplan without the closed activity');

    // The follow-up still records the Genomförd activity with its Utfall.
    await page.getByRole('link', { name: 'Öppna uppföljningen' }).click();
    const done = page.getByRole('group', { name: `Aktivitet: ${DONE}` });
    await done.waitFor();
    await expectPoll(async () => plain(await done.locator('.fu-meta').innerText()), /Status: Genomförd · Från en tidigare plan, inte i handlingsplanen$/);
    await expectPoll(async () => plain(await done.locator('.fu-earlier').innerText()), /2018: Under hösten kartlades/);
    await expectNoAxeViolations(page, 'revised plan: follow-up with a closed activity');

    // The old plan is still in the list; undo removes the new one and goes back to the old.
    await go(page, `#/plan/${id}`);
    await page.getByRole('button', { name: UNDO }).click();
    await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
    await expectPoll(() => storedText(page, id), null, 'the new plan is gone from storage');
    await expectPoll(async () => (await indexed(page)).includes(id), false, 'and from the index');
    assert.equal(await storedText(page, 'exempelplan'), before, 'the old plan is still unchanged');
    await go(page, '#/');
    await page.getByRole('link', { name: EXAMPLE }).waitFor();
    await expectCount(page.getByRole('link', { name: REVISED }), 0);
  }));

test('confirming the parameters removes the notice; once the new plan is changed, undo is withdrawn', () =>
  withApp(app, '#/plan/exempelplan', async (page) => {
    const { before, id } = await revise(page);
    await page.getByRole('button', { name: UNDO }).waitFor();
    await page.getByRole('button', { name: 'Parametrarna är genomgångna' }).click();
    await expectCount(page.getByRole('group', { name: 'Parametrarna gäller 2019 – se över dem.' }), 0);
    await expectPoll(async () => (await stored(page, id))?.params_to_review, undefined, 'stored as reviewed');
    await expectCount(page.getByRole('button', { name: UNDO }), 0);
    await page.getByText('Den nya planen har ändrats sedan revideringen').waitFor();
    await expectSaved(page);
    await expectNoAxeViolations(page, 'revised plan: parameters reviewed, undo withdrawn');
    assert.equal(await storedText(page, 'exempelplan'), before, 'the old plan is unchanged');
    await go(page, '#/');
    await page.getByRole('link', { name: REVISED }).waitFor();
    await page.getByRole('link', { name: EXAMPLE }).waitFor();
  }));
