// The same plan edited in two tabs within one autosave window. The tab whose save finds the other
// tab's newer revision writes nothing and offers the choice; both versions are kept or the chosen
// one wins, and the other tab's form then shows what is stored. The autosave timers are held with
// a paused clock so that both tabs have unsaved changes before either writes, on any machine.
import { test } from 'node:test';
import {
  useApp, withApp, gotoApp, expectNoAxeViolations, expectPoll, expectCount,
} from './harness.mjs';
import { EXAMPLE } from './example.mjs';

const app = useApp();
const FIELD = 'Medelmånadslön, källa';
const PANEL = 'Planen ändrades i en annan flik';

/** The example plan's salary source as stored, and the names of all stored plans. */
const stored = (page) => page.evaluate(() => {
  const plans = Object.keys(localStorage).filter((k) => k.startsWith('beredning.plan.'))
    .map((k) => JSON.parse(localStorage.getItem(k)).plan);
  const example = plans.find((p) => p.id === 'exempelplan');
  return { source: example.params.monthly_salary.source, names: plans.map((p) => p.name).sort() };
});

/** Opens the example plan in a second tab of the same browser, and edits the field in both. */
async function race(page, { hash = '#/plan/exempelplan', field = FIELD, text = 'Källa skriven i flik' } = {}) {
  await page.clock.install({ time: new Date('2026-12-04T09:00:00Z') });
  await page.reload({ waitUntil: 'load' });
  await gotoApp(page, hash);
  const other = await page.context().newPage();
  other.baseUrl = page.baseUrl;
  await gotoApp(other, hash);
  await page.clock.pauseAt(new Date('2026-12-04T09:00:10Z'));
  // Tab 1 edits; 200 ms later tab 2 edits, both within tab 1's autosave pause of 400 ms.
  await page.getByLabel(field).fill(`${text} 1`);
  await page.clock.runFor(200);
  await other.getByLabel(field).fill(`${text} 2`);
  // Tab 1's autosave runs; tab 2, with its own change unsaved, sees the write arrive.
  await page.clock.runFor(250);
  await expectPoll(() => other.evaluate(() => localStorage.getItem('beredning.rev.exempelplan')), '2', 'tab 2 sees tab 1\'s write');
  // Then tab 2's autosave runs.
  await page.clock.runFor(500);
  // Tab 2 found tab 1's write and wrote nothing; tab 1 shows no conflict.
  await other.getByRole('heading', { name: PANEL }).waitFor();
  await expectPoll(() => page.getByRole('heading', { name: PANEL }).count(), 0);
  // Time flows again for what follows (focus, saves).
  await page.clock.resume();
  return { loser: other, winner: page, texts: { winner: `${text} 1`, loser: `${text} 2` } };
}

test('two tabs edit the same plan: nothing is overwritten, and keeping both keeps both versions', () =>
  withApp(app, '', async (page) => {
    const { loser, texts } = await race(page);
    // The refused tab wrote nothing: the store has the other tab's text, and this tab still shows its own.
    await expectPoll(async () => (await stored(loser)).source, texts.winner);
    await expectPoll(() => loser.getByLabel(FIELD).inputValue(), texts.loser);
    await loser.getByRole('status').filter({ hasText: /^Sparstatus: Krock med en annan flik/ }).waitFor();
    await expectNoAxeViolations(loser, 'conflict between two tabs');

    await loser.getByRole('button', { name: 'Behåll båda (den här flikens version som kopia)' }).click();
    const copy = `${EXAMPLE} (version från annan flik)`;
    await loser.getByText(`Båda versionerna finns kvar; den här flikens version heter nu ”${copy}”.`).waitFor();
    await expectPoll(async () => (await stored(loser)).names, [EXAMPLE, copy].sort());
    await expectPoll(async () => (await stored(loser)).source, texts.winner, 'the plan keeps the other tab\'s version');
    await expectPoll(() => loser.getByLabel(FIELD).inputValue(), texts.winner, 'the form shows what is stored');
    await loser.getByRole('status').filter({ hasText: /^Sparstatus: Sparat$/ }).waitFor();
    await expectNoAxeViolations(loser, 'conflict resolved');
  }));

test('two tabs edit the same plan: keeping this tab\'s version writes it, and the other tab\'s form follows', () =>
  withApp(app, '', async (page) => {
    const { loser, winner, texts } = await race(page);
    await loser.getByRole('button', { name: 'Skriv över med den här flikens version' }).click();
    await loser.getByText('Den här flikens version sparades.').waitFor();
    await expectPoll(async () => (await stored(loser)).source, texts.loser);
    await expectPoll(() => winner.getByLabel(FIELD).inputValue(), texts.loser, 'the other tab re-reads the stored plan');
  }));

test('two tabs edit the same plan: taking the other tab\'s version can be undone', () =>
  withApp(app, '', async (page) => {
    const { loser, texts } = await race(page);
    await loser.getByRole('button', { name: 'Ta den andra flikens version' }).click();
    await loser.getByText('Den andra flikens version visas nu.').waitFor();
    await expectPoll(() => loser.getByLabel(FIELD).inputValue(), texts.winner);
    await loser.getByRole('main').getByRole('button', { name: 'Ångra' }).click();
    await loser.getByText('Den här flikens version är tillbaka och sparades.').waitFor();
    await expectPoll(() => loser.getByLabel(FIELD).inputValue(), texts.loser);
    await expectPoll(async () => (await stored(loser)).source, texts.loser);
  }));

/** Initiative ex-25's need as stored. */
const storedNeed = (page) => page.evaluate(() => {
  const plan = JSON.parse(localStorage.getItem('beredning.plan.exempelplan')).plan;
  return plan.initiatives.find((i) => i.id === 'ex-25').need.problem;
});

test('two tabs edit the same initiative: merging shows both versions per initiative, takes theirs where chosen, and is undone like any merge', () =>
  withApp(app, '', async (page) => {
    const NEED = 'Problem och behov';
    const { loser, texts } = await race(page, {
      hash: '#/plan/exempelplan/initiativ/ex-25/behov', field: NEED, text: 'Behov skrivet i flik',
    });
    await loser.getByRole('button', { name: 'Slå samman versionerna (välj per initiativ)' }).click();
    // The merge view: this tab's version is "Din version", the other tab's "Deras version".
    await loser.getByRole('heading', { level: 1, name: /^Slå samman med / }).waitFor();
    await expectPoll(() => loser.getByRole('heading', { name: PANEL }).count(), 0, 'the choice is made in the merge view');
    const initiative = loser.getByRole('group').filter({ has: loser.getByRole('radio', { name: 'Ta deras' }) });
    await expectCount(initiative, 1, 'one initiative differs');
    await expectNoAxeViolations(loser, 'merging two tabs\' versions');
    // Nothing was written yet: the other tab's version is still what is stored.
    await expectPoll(() => storedNeed(loser), texts.winner);
    await initiative.getByRole('radio', { name: 'Ta deras' }).check();
    await loser.getByRole('button', { name: 'Slå samman', exact: true }).click();
    await loser.getByText('Planen har slagits samman:').waitFor();
    await expectPoll(() => storedNeed(loser), texts.winner, 'their text, as chosen, is stored');
    await expectPoll(() => loser.getByRole('heading', { name: PANEL }).count(), 0, 'the conflict is settled');
    await loser.getByRole('status').filter({ hasText: /^Sparstatus: Sparat$/ }).waitFor();
    await loser.getByRole('main').getByRole('button', { name: 'Ångra sammanslagningen' }).click();
    await expectPoll(() => storedNeed(loser), texts.loser, 'undo puts this tab\'s version back');
  }));

test('the merge view opened from a conflict goes back to the choice, and nothing is written', () =>
  withApp(app, '', async (page) => {
    const { loser, texts } = await race(page);
    await loser.getByRole('button', { name: 'Slå samman versionerna (välj per initiativ)' }).click();
    await loser.getByRole('heading', { level: 1, name: /^Slå samman med / }).waitFor();
    await loser.getByRole('button', { name: 'Tillbaka' }).click();
    await loser.getByRole('heading', { name: PANEL }).waitFor();
    await expectNoAxeViolations(loser, 'conflict panel with the merge choice');
    await expectPoll(async () => (await stored(loser)).source, texts.winner);
  }));
