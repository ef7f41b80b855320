// A plan across the years: fastställ the example plan, change an initiative, and see the change
// (old → new) in "Ändringar" and on the overview; the "Uppdaterat från föregående version" text
// written, filled in from the comparison (asking before replacing, with undo) and kept across a
// reload; a plan without a version told how to make one; revise into next year, follow up, and
// the follow-up report for the fastställd version and for the plan now. axe-core scans each state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useApp, withApp, waitForApp, expectNoAxeViolations, expectPoll, expectCount, expectSaved,
  waitForFocus, eventually, storage,
} from './harness.mjs';
import { typeInto, plain } from './keyboard.mjs';
import { EXAMPLE, SIGNING } from './example.mjs';

const app = useApp();
const DATE = '2025-05-12';
const FORUM = 'Kommunstyrelsen';
const VERSION = `Fastställd ${DATE}, ${FORUM} (gällande)`;
const RENAMED = 'Digital signering för socialjouren';
const OWN = 'Socialjourens initiativ har fått ett tydligare namn.';
const FILLED = '1 initiativ ändrades.';

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function go(page, hash) {
  await page.evaluate((h) => { window.location.hash = h; }, hash);
}

/** Records on the overview that the plan was decided today-ish by Kommunstyrelsen. */
async function fix(page, date = DATE) {
  const section = page.getByRole('region', { name: 'Fastställda versioner' });
  await section.getByLabel('Beslutsdatum').fill(date);
  await section.getByLabel('Beslutande forum').fill(FORUM);
  await section.getByLabel('Beslutsreferens (valfri)').fill(`KS ${date} § 45`);
  await section.getByRole('button', { name: 'Fastställ', exact: true }).click();
  await section.getByText(`Planen är fastställd ${date} av ${FORUM}.`).waitFor();
  await section.getByText('Inga ändringar sedan den gällande versionen.').waitFor();
}

/** Changes the title of an initiative of the example plan in its walkthrough. */
async function rename(page) {
  await go(page, '#/plan/exempelplan');
  await page.getByRole('link', { name: SIGNING, exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: SIGNING }).waitFor();
  await page.getByRole('navigation', { name: 'Beredningens steg' }).first().getByRole('link', { name: /Behov/ }).click();
  await typeInto(page, page.getByLabel('Titel', { exact: true }), RENAMED);
  await expectSaved(page);
}

const views = (page) => page.getByRole('navigation', { name: 'Planens vyer' });
const summaryField = (page) => page.getByLabel('Uppdaterat från föregående version');

test('a plan without a fastställd version: Ändringar says how to make one and links to the overview section', () =>
  withApp(app, '', async (page) => {
    await page.getByLabel('Planens namn').fill('Plan utan version');
    await page.getByLabel('Utgå från').selectOption({ label: 'Tom plan (standardkriterier, inga mål)' });
    await page.getByRole('button', { name: 'Skapa plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plan utan version' }).waitFor();
    await views(page).getByRole('link', { name: 'Ändringar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ändringar: Plan utan version' }).waitFor();
    await page.getByText('Planen har ännu ingen fastställd version att jämföra med.').waitFor();
    await expectCount(page.getByLabel('Jämför från'), 0);
    await expectCount(page.getByRole('button', { name: 'Fyll i från jämförelsen' }), 0);
    await expectNoAxeViolations(page, 'ändringar: no version');
    await page.getByRole('link', { name: 'Gå till Fastställda versioner på översikten' }).click();
    await waitForFocus(page.getByRole('heading', { level: 2, name: 'Fastställda versioner' }));
    await page.getByRole('region', { name: 'Fastställda versioner' }).getByLabel('Beslutsdatum').waitFor();
  }));

test('fastställ, change an initiative, see it old → new; the summary is filled in, replaced only when asked, undone, and kept across a reload', () =>
  withApp(app, '#/plan/exempelplan', async (page) => {
    await fix(page);

    // Nothing has changed yet.
    await views(page).getByRole('link', { name: 'Ändringar' }).click();
    await page.getByRole('heading', { level: 1, name: /^Ändringar: / }).waitFor();
    const from = page.getByLabel('Jämför från');
    await expectPoll(async () => plain(await from.locator('option:checked').innerText()), VERSION);
    await expectPoll(async () => plain(await page.getByLabel('Till', { exact: true }).locator('option:checked').innerText()), 'Planen som den är nu');
    await page.getByText('Inget har ändrats mellan de valda versionerna.').waitFor();
    await expectNoAxeViolations(page, 'ändringar: nothing changed');

    await rename(page);

    // The overview says the plan changed since the version in force, and links to the list.
    await go(page, '#/plan/exempelplan');
    const versions = page.getByRole('region', { name: 'Fastställda versioner' });
    await versions.getByText('Planen har ändringar sedan den gällande versionen.').waitFor();
    await versions.getByRole('link', { name: 'Visa ändringarna' }).click();
    await page.getByRole('heading', { level: 1, name: /^Ändringar: / }).waitFor();
    const initiatives = page.getByRole('region', { name: 'Initiativ' });
    await initiatives.getByRole('heading', { name: 'Ändrade initiativ (1)' }).waitFor();
    await expectPoll(async () => plain(await initiatives.getByRole('listitem').filter({ hasText: /^Titel:/ }).innerText()),
      `Titel: ${SIGNING} → ${RENAMED}`);
    await expectPoll(async () => plain(await page.locator('.report-meta').innerText()), new RegExp(`^Från: ${escape(VERSION)} · Till: Planen som den är nu`));
    await expectNoAxeViolations(page, 'ändringar: one initiative changed');

    // An empty summary is filled in at once.
    await page.getByRole('button', { name: 'Fyll i från jämförelsen' }).click();
    await expectPoll(() => summaryField(page).inputValue(), FILLED);
    // A text of one's own is asked about; Avbryt keeps it.
    await typeInto(page, summaryField(page), OWN);
    await expectSaved(page);
    await page.getByRole('button', { name: 'Fyll i från jämförelsen' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Ersätta texten du har skrivit?' });
    await dialog.waitFor();
    await waitForFocus(dialog.getByRole('button', { name: 'Avbryt' }));
    await expectNoAxeViolations(page, 'ändringar: replace the summary?');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await expectCount(dialog, 0);
    await expectPoll(() => summaryField(page).inputValue(), OWN);
    // Replacing it can be undone.
    await page.getByRole('button', { name: 'Fyll i från jämförelsen' }).click();
    await dialog.getByRole('button', { name: 'Ersätt texten' }).click();
    await expectPoll(() => summaryField(page).inputValue(), FILLED);
    await page.getByText('Texten fylldes i från jämförelsen.').waitFor();
    await page.locator('#changes-summary-undo').click();
    await expectPoll(() => summaryField(page).inputValue(), OWN);
    await expectSaved(page);
    await expectPoll(async () => JSON.parse((await storage(page))['beredning.plan.exempelplan'] || '{}').plan?.change_summary, OWN);

    // Kept across a reload.
    await page.reload();
    await waitForApp(page);
    await expectPoll(() => summaryField(page).inputValue(), OWN);
    const field = page.getByRole('region', { name: 'Initiativ' }).getByRole('listitem').filter({ hasText: /^Titel:/ });
    await expectPoll(async () => plain(await field.innerText()), `Titel: ${SIGNING} → ${RENAMED}`);

    // Printed: the list and the summary as text, without the choices, buttons and the field.
    await page.emulateMedia({ media: 'print' });
    await expectPoll(() => page.locator('.report-actions').isVisible(), false);
    await expectPoll(() => summaryField(page).isVisible(), false);
    await expectPoll(async () => plain(await page.locator('.changes-summary-print').innerText()), OWN);
    await expectPoll(() => field.isVisible(), true);
  }));

test('revise into next year, follow up, and the report for the fastställd version and for the plan now', () =>
  withApp(app, '#/plan/exempelplan', async (page) => {
    await fix(page);
    const revise = page.getByRole('region', { name: 'Revidera inför nästa år' });
    await revise.getByRole('button', { name: /^Revidera till / }).click();
    const id = await eventually(async () => {
      const m = /#\/plan\/([^/]+)$/.exec(page.url());
      assert.ok(m && m[1] !== 'exempelplan', `on the new plan: ${page.url()}`);
      return m[1];
    });

    // Follow up 2020 in the new plan: an Utfall for its first activity.
    await go(page, `#/plan/${id}/uppfoljning`);
    await page.getByLabel('Uppföljningsår').selectOption('2020');
    const activity = page.getByRole('group', { name: /^Aktivitet: / }).first();
    const outcome = 'Togs upp på nätverkets möte i mars 2020.';
    await typeInto(page, activity.getByLabel('Utfall 2020'), outcome);
    await expectSaved(page);

    // The report for the plan now has it; the one for the fastställd version does not.
    await go(page, `#/plan/${id}/uppfoljningsrapport`);
    const source = page.getByLabel('Rapport för');
    await expectPoll(async () => plain(await source.locator('option:checked').innerText()), 'Planen som den är nu');
    await page.getByLabel('Uppföljningsår').selectOption('2020');
    await page.getByRole('cell', { name: outcome }).waitFor();
    await source.selectOption({ label: VERSION });
    await page.getByText(`Rapporten bygger på versionen: ${VERSION}.`).waitFor();
    // The report is the version's: its name, the year kept as the version covers it.
    await expectPoll(async () => plain(await page.locator('.report-meta').first().innerText()), new RegExp(` · ${escape(EXAMPLE)} · uppföljning av 2020 · `));
    await expectPoll(() => page.getByLabel('Uppföljningsår').inputValue(), '2020');
    await expectCount(page.getByRole('cell', { name: outcome }), 0);
    await expectNoAxeViolations(page, 'uppföljningsrapport for a fastställd version');
    await source.selectOption({ label: 'Planen som den är nu' });
    await page.getByRole('cell', { name: outcome }).waitFor();
    await expectCount(page.getByText(/^Rapporten bygger på versionen/), 0);
  }));

test('two fastställda versions compared with each other: the change between them, none since the later', () =>
  withApp(app, '#/plan/exempelplan', async (page) => {
    await fix(page);
    await rename(page);
    await go(page, '#/plan/exempelplan');
    await fix(page, '2025-06-01');

    await go(page, '#/plan/exempelplan/andringar');
    await page.getByRole('heading', { level: 1, name: /^Ändringar: / }).waitFor();
    const from = page.getByLabel('Jämför från');
    await expectPoll(async () => plain(await from.locator('option:checked').innerText()), `Fastställd 2025-06-01, ${FORUM} (gällande)`);
    await page.getByText('Inget har ändrats mellan de valda versionerna.').waitFor();
    await from.selectOption({ label: `Fastställd ${DATE}, ${FORUM}` });
    await page.getByLabel('Till', { exact: true }).selectOption({ label: `Fastställd 2025-06-01, ${FORUM} (gällande)` });
    const field = page.getByRole('region', { name: 'Initiativ' }).getByRole('listitem').filter({ hasText: /^Titel:/ });
    await expectPoll(async () => plain(await field.innerText()), `Titel: ${SIGNING} → ${RENAMED}`);
    await expectNoAxeViolations(page, 'ändringar: two versions');
    // The same version on both sides is said to be so.
    await page.getByLabel('Till', { exact: true }).selectOption({ label: `Fastställd ${DATE}, ${FORUM}` });
    await page.getByText('Du jämför en version med sig själv. Välj en annan version att jämföra med.').waitFor();
  }));
