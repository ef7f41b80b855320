// The yearly follow-up report (uppföljningsrapport) of the example plan: its tables, a recorded
// redeployment of freed time that changes the ledger (and the stored plan), and the report
// printed to an A4 PDF in headless Chromium, its text read back with pdfjs-dist: every activity
// of seed 002's bilaga 1 in the plan's report, every activity of bilaga 2 in the report of the
// fastställd version 2018–2019 (and, carried over, in the plan's report for 2018).
import { test } from 'node:test';
import assert from 'node:assert/strict';
// A dev dependency of the repository: without it this file fails to load, it never skips.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { useApp, withApp, expectNoAxeViolations, expectPoll, expectCount, expectSaved, storage } from './harness.mjs';
import { typeInto, plain, plainText } from './keyboard.mjs';
import { BILAGA_1, BILAGA_2 } from './example.mjs';

const app = useApp();
const REPORT = '#/plan/exempelplan/uppfoljningsrapport';
const FU = '#/plan/exempelplan/uppfoljning';

async function cells(table, rowName) {
  const row = table.getByRole('row', { name: new RegExp(`^${rowName}`) });
  return (await row.getByRole('cell').allInnerTexts()).map(plain);
}

test('report: tables per inriktningsmål, axe 0', () =>
  withApp(app, REPORT, async (page) => {
    await page.getByLabel('Uppföljningsår').selectOption('2018');
    // The e-blomman activity has its 2018 Utfall from seed 002, bilaga 2.
    await page.getByRole('cell', { name: /Under hösten kartlades digitaliseringen/ }).waitFor();
    await page.getByRole('heading', { name: 'Avvikelser' }).waitFor();
    await expectNoAxeViolations(page, 'uppföljningsrapport');
  }));

test('ledger: a recorded redeployment changes the ledger, the report and the stored plan', () =>
  withApp(app, FU, async (page) => {
    await page.getByLabel('Uppföljningsår').selectOption('2021');
    const ledger = page.getByRole('table', { name: 'Frigjord tid 2021, steg för steg' });
    await expectPoll(() => cells(ledger, 'Omfördelad tid'), ['Inte registrerad']);
    // A record without its use is refused at the field.
    await typeInto(page, page.getByLabel('Omfördelade timmar'), '120');
    await page.getByRole('button', { name: 'Registrera', exact: true }).click();
    await expectPoll(() => page.getByLabel('Vad tiden användes till').getAttribute('aria-invalid'), 'true');
    await expectNoAxeViolations(page, 'redeployment form with an error');
    await typeInto(page, page.getByLabel('Vad tiden användes till'), 'Fler öppettimmar');
    await page.getByRole('button', { name: 'Registrera', exact: true }).click();
    // 120 h × 40 000 / 142 × 1,54 = 52 056 kr.
    await expectPoll(() => cells(ledger, 'Omfördelad tid'), ['120 h']);
    await expectPoll(() => cells(ledger, 'Realiserat värde'), ['52 056 kr']);
    await expectSaved(page);
    await expectPoll(async () => {
      const stored = JSON.parse((await storage(page))['beredning.plan.exempelplan'] || '{}');
      return (stored.plan?.redeployments ?? []).map((r) => [r.year, r.hours, r.used_for]);
    }, [[2021, 120, 'Fler öppettimmar']]);
    // Removal with undo.
    await page.getByRole('button', { name: 'Ta bort: Fler öppettimmar' }).click();
    await expectPoll(() => cells(ledger, 'Omfördelad tid'), ['Inte registrerad']);
    await page.locator('#fu-rd-undo').click();
    await expectPoll(() => cells(ledger, 'Omfördelad tid'), ['120 h']);

    await page.goto(page.url().replace(/#.*$/, REPORT));
    await page.getByLabel('Uppföljningsår').selectOption('2021');
    const inReport = page.getByRole('table', { name: 'Frigjord tid 2021, steg för steg' });
    await expectPoll(() => cells(inReport, 'Realiserat värde'), ['52 056 kr']);
  }));

/** The page printed to an A4 PDF, as the text pdfjs reads from it. */
async function printedText(page) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf) }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += ` ${content.items.map((i) => i.str).join(' ')}`;
  }
  return text;
}

// Line breaks and hyphenation differ between the page and the PDF: compare without them.
const squash = (s) => s.replace(/[\s\u00a0-]+/g, '');

function assertAllIn(text, titles, what) {
  const pdf = squash(text);
  const missing = titles.filter((title) => !pdf.includes(squash(title)));
  assert.deepEqual(missing, [], `every ${what} in the PDF`);
}

const activityRows = (page) => page.locator('section[aria-labelledby="rp-activities-heading"] tbody tr');

test('print: the report for 2019 as an A4 PDF holds every activity of its tables and all of bilaga 1', () =>
  withApp(app, REPORT, async (page) => {
    await page.getByLabel('Uppföljningsår').selectOption('2019');
    // 2019: the plan's ten activities under its goals, bilaga 1's eight, bilaga 2's seven.
    await expectCount(activityRows(page), 10 + 8 + 7);
    const titles = (await page.locator('.report-table tbody th[scope="row"]').allInnerTexts())
      .slice(0, await activityRows(page).count())
      .map(plain);
    for (const title of BILAGA_1) assert.ok(titles.includes(plain(title)), `"${title.slice(0, 40)}…" in the report`);
    const text = await printedText(page);
    assertAllIn(text, titles, 'activity of the report');
    assertAllIn(text, BILAGA_1, 'activity of bilaga 1');
  }));

test('print: the plan\'s report for 2018 holds every activity of bilaga 2, carried over with its Utfall', () =>
  withApp(app, REPORT, async (page) => {
    await page.getByLabel('Uppföljningsår').selectOption('2018');
    await page.getByRole('cell', { name: /Under hösten kartlades/ }).waitFor();
    // Bilaga 2's seven rows and the seven of bilaga 1 whose period began in 2018.
    await expectCount(activityRows(page), 7 + 7);
    const text = await printedText(page);
    assertAllIn(text, BILAGA_2, 'activity of bilaga 2');
    assertAllIn(text, ['Planeras att genomföras under 2019 och är därför även med i handlingsplanen för 2019-2021.'], 'Utfall');
  }));

test('print: "Rapport för" the fastställd version 2018–2019 gives bilaga 2 as an A4 PDF, every activity in it', () =>
  withApp(app, REPORT, async (page) => {
    const source = page.getByLabel('Rapport för');
    const version = await source.locator('option', { hasText: '2018-12-12' }).getAttribute('value');
    await source.selectOption(version);
    await expectPoll(() => plainText(page.locator('.report-meta').first()), /Handlingsplan regional digital agenda 2018–2019/);
    await page.getByLabel('Uppföljningsår').selectOption('2018');
    await page.getByRole('cell', { name: /Under hösten kartlades/ }).waitFor();
    // The version holds bilaga 2's seven rows and nothing of the 2019–2021 plan.
    await expectCount(activityRows(page), 7);
    const text = await printedText(page);
    assertAllIn(text, BILAGA_2, 'activity of bilaga 2');
    const squashed = squash(text);
    assert.deepEqual(BILAGA_1.filter((title) => squashed.includes(squash(title))), [], 'no activity of bilaga 1');
  }));
