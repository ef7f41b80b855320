// Merging an imported plan into one kept here: a changed initiative is a conflict the user
// decides, a new one is added, and "Ångra sammanslagningen" puts the plan back exactly.
//
// The file is built from the example plan as stored (the stored value is the export envelope):
// SIGNING gets a new title in "their" copy and one initiative is added.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withApp, expectSaved, expectNoAxeViolations, eventually, expectPoll, storage, storedContent } from './harness.mjs';
import { EXAMPLE, SIGNING } from './example.mjs';
import { plain, plainText } from './keyboard.mjs';

const app = useApp();
const FILE_LABEL = 'Planfil (JSON, högst 10 MB)';
const THEIR_TITLE = 'Digital signering för socialjouren i Sala';
const ADDED = 'Gemensam chattbot för kommunernas växlar';


/** Gives every `id` inside `value` a suffix, so a copied initiative shares no id with its source. */
function renameIds(value, suffix) {
  if (Array.isArray(value)) return value.map((v) => renameIds(v, suffix));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === 'id' && typeof v === 'string' ? `${v}${suffix}` : renameIds(v, suffix)]),
    );
  }
  return value;
}

/** The example plan as another municipality changed it. */
function theirCopy(storedEnvelope) {
  const doc = JSON.parse(storedEnvelope);
  const signing = doc.plan.initiatives.find((i) => i.title === SIGNING);
  assert.ok(signing, 'the example plan has the signing initiative');
  const added = renameIds(doc.plan.initiatives.find((i) => i.title !== SIGNING), '-sala');
  added.title = ADDED;
  signing.title = THEIR_TITLE;
  doc.plan.initiatives.push(added);
  doc.plan.name = 'Handlingsplan, Salas version';
  return doc;
}

async function importForMerge(page, doc) {
  await page.getByLabel(FILE_LABEL).setInputFiles({
    name: 'sala.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(doc, null, 2), 'utf8'),
  });
  await page.getByRole('heading', { level: 1, name: 'Importera planen?' }).waitFor();
  const modes = page.getByRole('group', { name: 'Hur vill du importera planen?' });
  await modes.getByRole('radio', { name: 'Slå samman med en befintlig plan' }).check();
  const target = page.getByLabel('Plan att slå samman med');
  await expectPoll(() => target.evaluate((el) => el.selectedOptions[0].textContent), EXAMPLE, 'the plan with the same id is proposed');
  await page.getByRole('button', { name: 'Importera' }).click();
  await page.getByRole('heading', { level: 1, name: `Slå samman med ${EXAMPLE}` }).waitFor();
}

const overviewTitles = async (page) =>
  (await page.getByRole('table', { name: 'Initiativ' }).locator('tbody th').allInnerTexts()).map(plain);

test('merge: take theirs for a conflict, add the new initiative, then undo to the exact original', () =>
  withApp(app, '', async (page) => {
    await expectSaved(page);
    const original = await storage(page);
    const originalContent = await storedContent(page);
    const mineTitles = JSON.parse(original['beredning.plan.exempelplan']).plan.initiatives.map((i) => i.title);
    await importForMerge(page, theirCopy(original['beredning.plan.exempelplan']));

    const same = mineTitles.length - 1;
    await expectPoll(
      () => plainText(page.getByText(/nya initiativ läggs till/)),
      `1 nya initiativ läggs till, ${same} är lika, 1 konflikter.`,
    );
    await page.getByRole('heading', { name: 'Initiativ som läggs till' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: ADDED }).waitFor();
    const conflict = page.getByRole('group', { name: SIGNING });
    await expectPoll(() => plainText(conflict), new RegExp(`Din version: ${SIGNING}[\\s\\S]*Deras version: ${THEIR_TITLE}`));
    await expectPoll(() => conflict.getByRole('radio', { name: 'Behåll min' }).isChecked(), true, 'keeping mine is the default');
    const outcome = page.getByText(/^Efter sammanslagningen/);
    await expectPoll(() => plainText(outcome), /1 läggs till, 0 ersätts med deras version, 1 av dina behålls/);
    await expectNoAxeViolations(page, 'merge step with a conflict');
    await expectPoll(() => storage(page), original, 'nothing is stored before "Slå samman"');

    await conflict.getByRole('radio', { name: 'Ta deras' }).check();
    await expectPoll(() => plainText(outcome), /1 läggs till, 1 ersätts med deras version, 0 av dina behålls/);
    await page.getByRole('button', { name: 'Slå samman' }).click();

    await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
    await expectPoll(() => page.evaluate(() => location.hash), '#/plan/exempelplan');
    const notice = page.getByRole('status').filter({ hasText: 'Planen har slagits samman:' });
    await expectPoll(() => plainText(notice), /1 initiativ lades till, 1 ersattes/);
    await eventually(async () => {
      const merged = await overviewTitles(page);
      assert.ok(merged.includes(THEIR_TITLE) && merged.includes(ADDED) && !merged.includes(SIGNING), merged.join(' | '));
    });
    await expectNoAxeViolations(page, 'overview with the merge notice');
    await eventually(async () => {
      const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('beredning.plan.exempelplan')));
      assert.equal(stored.plan.name, EXAMPLE, 'the merge keeps my plan’s name');
      assert.ok(stored.plan.initiatives.some((i) => i.title === ADDED), 'the merge is stored');
    });

    await notice.getByRole('button', { name: 'Ångra sammanslagningen' }).click();
    await page.getByRole('status').filter({ hasText: 'Sammanslagningen har ångrats' }).waitFor();
    await expectPoll(() => overviewTitles(page), mineTitles);
    await expectSaved(page);
    await expectPoll(() => storedContent(page), originalContent, 'every stored plan is exactly as before the import');
  }));

test('merge: keeping both adds their version beside mine, marked as imported', () =>
  withApp(app, '', async (page) => {
    await expectSaved(page);
    const original = await storage(page);
    await importForMerge(page, theirCopy(original['beredning.plan.exempelplan']));
    await page.getByRole('group', { name: SIGNING }).getByRole('radio', { name: 'Behåll båda' }).check();
    await expectPoll(() => plainText(page.getByText(/^Efter sammanslagningen/)), /1 finns kvar i båda versionerna/);
    await page.getByRole('button', { name: 'Slå samman' }).click();
    await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor();
    await eventually(async () => {
      const titles = await overviewTitles(page);
      const at = titles.indexOf(SIGNING);
      assert.ok(at >= 0, titles.join(' | '));
      assert.equal(titles[at + 1], `${THEIR_TITLE} (importerad)`, 'their copy sits right after mine');
    });
  }));
