// The beslutsunderlag as a tjänsteskrivelse (docs/domain.md §2.9) on the example plan: which
// initiatives it proposes (a line in the ranking, then an own selection), the förslag till
// beslut in the user's own words kept across a reload and reset with undo, every konsekvens
// heading and proposed initiative on the page, and the Word export with the same headings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  useApp, withApp, expectSaved, expectNoAxeViolations, expectPoll, expectCount,
} from './harness.mjs';
import { plain, plainText } from './keyboard.mjs';
import { EXAMPLE, SIGNING, LIBRARY, MEETINGS, ARCHIVE } from './example.mjs';

const app = useApp();
const DOC = '#/plan/exempelplan/beslutsunderlag';
const SECTIONS = ['Sammanfattning', 'Förslag till beslut', 'Ärendet', 'Ekonomiska konsekvenser', 'Konsekvensbeskrivningar'];
const CONSEQUENCES = [
  'Jämställdhet, tillgänglighet och målgrupper',
  'Barnets rättigheter (barnkonventionen)',
  'Trygg digitalisering',
  'Risker',
  'Förmåga: de fyra framgångsfaktorerna',
  'Nationell digitaliseringsstrategi och Agenda 2030',
];
const OWN = 'Regionala ledningsgruppen föreslås besluta att prioritera digital signering och biblioteksdatasystemet.';

/** The headings of the proposed initiatives' sections, in order. */
const proposed = async (page) =>
  (await page.getByRole('region', { name: 'Föreslagna initiativ' }).getByRole('heading', { level: 3 }).allInnerTexts()).map(plain);

/** The förslag till beslut as the document shows it (not its editor). */
const decisionText = (page) => plainText(page.locator('.doc-decision > .doc-text'));

test('the document proposes the ranked initiatives above a line or an own selection, keeps the förslag in the user\'s words and exports it for Word', () =>
  withApp(app, DOC, async (page) => {
    // Every part of the tjänsteskrivelse, and every konsekvens heading.
    for (const name of SECTIONS) await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
    const consequences = page.getByRole('region', { name: 'Konsekvensbeskrivningar', exact: true });
    await expectPoll(async () => (await consequences.getByRole('heading', { level: 3 }).allInnerTexts()).map(plain), CONSEQUENCES);
    // The walkthrough's answers, gathered per initiative; barnkonventionen is not asked yet.
    await expectPoll(() => plainText(consequences), /e-legitimation kräver alternativ för medarbetare med funktionsnedsättning/);
    await expectPoll(() => plainText(consequences), /Barnkonsekvenser har inte bedömts/);
    await expectPoll(() => plainText(page.getByRole('table', { name: 'Trygg digitalisering per initiativ' })), /Inte besvarat/);

    // By default every ranked initiative is proposed, in the forum's name from the plan.
    await expectPoll(() => proposed(page), [`1. ${SIGNING}`, `2. ${LIBRARY}`, `3. ${MEETINGS}`]);
    await expectPoll(() => decisionText(page), /^Regionala ledningsgruppen föreslås besluta att prioritera initiativ 1–3 i rangordningen: .* med en sammanlagd investering på 2 050 000 kr och en driftkostnad på 190 000 kr per år\.$/);
    await expectPoll(() => plainText(page.locator('.doc-summary > .doc-text')), /föreslår 3 av planens 5 initiativ\. Investeringen är sammanlagt 2 050 000 kr/);
    await expectNoAxeViolations(page, 'beslutsunderlag, default');

    // A line after the second: the third is no longer proposed, and the texts follow.
    const line = page.getByRole('textbox', { name: 'Antal initiativ ovanför linjen' });
    await expectPoll(() => line.inputValue(), '3');
    await line.fill('2');
    await expectPoll(() => proposed(page), [`1. ${SIGNING}`, `2. ${LIBRARY}`]);
    await expectPoll(() => decisionText(page), /prioritera initiativ 1–2 i rangordningen: .* investering på 1 800 000 kr/);
    await expectPoll(() => plainText(consequences), new RegExp(`2\\. ${LIBRARY}`));
    assert.doesNotMatch(await plainText(consequences), new RegExp(MEETINGS));

    // The förslag in the user's own words, kept with the plan across a reload.
    const decision = page.locator('.doc-decision');
    await decision.getByText('Skriv med egna ord').click();
    const editor = page.getByRole('textbox', { name: 'Förslag till beslut' });
    await editor.fill(OWN);
    await editor.blur();
    await expectPoll(() => decisionText(page), OWN);
    await expectSaved(page);
    await expectNoAxeViolations(page, 'beslutsunderlag, förslag edited');
    await page.reload();
    await expectPoll(() => decisionText(page), OWN);
    await expectPoll(() => page.getByRole('textbox', { name: 'Förslag till beslut' }).inputValue(), OWN);
    await expectPoll(() => proposed(page), [`1. ${SIGNING}`, `2. ${LIBRARY}`], 'the line survives too');

    // "Återställ förslaget" writes the app's text again; undo brings the user's back.
    await page.locator('.doc-decision').getByRole('button', { name: 'Återställ förslaget' }).click();
    await expectPoll(() => decisionText(page), /^Regionala ledningsgruppen föreslås besluta att prioritera initiativ 1–2/);
    await page.getByRole('banner').getByRole('button', { name: 'Ångra', exact: true }).click();
    await expectPoll(() => decisionText(page), OWN);

    // An own selection: the blocked e-archive added beside the two above the line.
    await page.getByRole('radio', { name: 'Ett eget urval' }).check();
    const archive = page.getByRole('checkbox', { name: `${ARCHIVE} (inte rangordnat)` });
    await expectPoll(() => archive.isChecked(), false);
    await expectPoll(() => page.getByRole('checkbox', { name: `1. ${SIGNING}` }).isChecked(), true);
    await archive.check();
    await expectPoll(() => proposed(page), [`1. ${SIGNING}`, `2. ${LIBRARY}`, `${ARCHIVE} (inte rangordnat)`]);
    await expectPoll(() => plainText(page.getByRole('table', { name: 'Risker per initiativ, högst först' })), /Migrering från äldre verksamhetssystem/);
    await expectSaved(page);
    await expectNoAxeViolations(page, 'beslutsunderlag, own selection');

    // The Word export: a .doc named after the plan and the date, with the same headings and
    // every proposed initiative.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exportera för Word' }).click(),
    ]);
    assert.match(download.suggestedFilename(), new RegExp(`^${EXAMPLE} \\d{4}-\\d{2}-\\d{2}\\.doc$`));
    const html = await readFile(await download.path(), 'utf8');
    assert.match(html, /xmlns:w="urn:schemas-microsoft-com:office:word"/);
    assert.match(html, /@page WordSection1 \{ size: 595\.3pt 841\.9pt/);
    const headings = [...html.matchAll(/<h([1-4])>([^<]*)<\/h\1>/g)].map((m) => plain(m[2]));
    for (const name of [...SECTIONS, ...CONSEQUENCES, 'Föreslagna initiativ']) {
      assert.ok(headings.includes(name), `${name} in the Word file's headings: ${headings.join(' | ')}`);
    }
    for (const name of [`1. ${SIGNING}`, `2. ${LIBRARY}`, `${ARCHIVE} (inte rangordnat)`]) {
      assert.ok(headings.includes(name), `${name} has its section in the Word file`);
    }
    assert.ok(!headings.includes(`3. ${MEETINGS}`), 'not proposed, so no section');
    assert.ok(plain(html).includes(OWN), 'the förslag in the user\'s words');
    await expectCount(page.getByRole('status').filter({ hasText: /^Underlaget sparades som / }), 1);
  }));
