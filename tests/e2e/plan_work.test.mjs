// The decided work on the example plan: the handlingsplan edited in place, the yearly follow-up
// of activities and benefits with the plan's totals, and the printable decision brief.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useApp, withApp, expectSaved, expectNoAxeViolations, eventually, expectPoll, expectCount, focused, waitForFocus,
} from './harness.mjs';
import { typeInto, press, plain, plainText } from './keyboard.mjs';

const app = useApp();

const HP = '#/plan/exempelplan/handlingsplan';
const FU = '#/plan/exempelplan/uppfoljning';
const BRIEF = '#/plan/exempelplan/beslutsunderlag';
const EHALSA = 'Införa e-hälsa som en punkt på Socialchefsnätverket';
const GOAL_4 = 'Främja implementering av digitala lösningar';
const LICENCE = 'Lägre licens- och driftkostnad med ett gemensamt avtal';
const DESK = 'Mindre tid för utlåning i disk';

/** The text of a table row's cells, no-break spaces made plain. */
async function cells(table, rowName) {
  const row = table.getByRole('row', { name: new RegExp(`^${rowName}`) });
  return (await row.getByRole('cell').allInnerTexts()).map(plain);
}

/** A figure as an exact accessible name, whatever space the app puts between digit groups. */
const figure = (text) => new RegExp(`^${text.replace(/ /g, '\\s')}$`);

async function go(page, hash) {
  await page.evaluate((h) => { window.location.hash = h; }, hash);
}

test('handlingsplan: status and Utfall survive a reload; activities are added under a goal and removed', () =>
  withApp(app, HP, async (page) => {
    await page.getByRole('heading', { level: 3, name: `4. ${GOAL_4}` }).waitFor();
    const activity = page.getByRole('group', { name: `Aktivitet: ${EHALSA}` });
    await expectPoll(() => activity.getByLabel('Status').inputValue(), 'ny');
    await expectPoll(() => activity.getByLabel('Ansvarig').inputValue(), 'Region Västmanland');
    await activity.getByLabel('Status').selectOption({ label: 'Genomförd' });
    await typeInto(page, activity.getByLabel('Period'), '2019–2020');

    // The library activity came from a prioritised initiative and links to it.
    const library = page.getByRole('group', { name: /^Aktivitet: Bibliotek i Västmanland/ });
    const link = library.getByRole('link', { name: 'Gemensamt biblioteksdatasystem med självbetjäning' });
    await expectPoll(() => link.getAttribute('href'), /#\/plan\/exempelplan\/initiativ\//);

    // A new activity directly under goal 4, typed into the field that gets focus.
    const goal4 = page.getByRole('region', { name: `4. ${GOAL_4}` });
    await expectPoll(() => goal4.innerText(), /3 aktiviteter/);
    await press(page, page.getByRole('button', { name: `Lägg till aktivitet under ${GOAL_4}` }));
    // Focus moves to the new field in the frame after the click: type only once it is there.
    const untitled = goal4.getByRole('group', { name: 'Aktivitet: (aktivitet utan namn)' });
    await waitForFocus(untitled.getByLabel('Aktivitet', { exact: true }), 'the new activity takes focus');
    await page.keyboard.type('Digital signering i socialjouren');
    const added = goal4.getByRole('group', { name: 'Aktivitet: Digital signering i socialjouren' });
    await added.waitFor();
    await typeInto(page, added.getByLabel('Ansvarig'), 'Socialjouren');
    await expectPoll(() => goal4.innerText(), /4 aktiviteter/);

    // Removing asks first in the app's own dialog, naming the activity; focus starts on Avbryt.
    const doomed = 'Verka för gemensamma upphandlingar';
    const removeButton = goal4.getByRole('button', { name: `Ta bort aktiviteten ${doomed}` });
    await removeButton.click();
    const dialog = goal4.getByRole('alertdialog', { name: `Ta bort aktiviteten ”${doomed}” ur handlingsplanen?` });
    await waitForFocus(dialog.getByRole('button', { name: 'Avbryt' }), 'the safe choice has focus');
    await expectPoll(() => dialog.innerText(), /utfall/);
    await expectNoAxeViolations(page, 'handlingsplan: remove dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expectCount(goal4.getByRole('group', { name: `Aktivitet: ${doomed}` }), 1, 'kept when cancelled');
    await removeButton.click();
    await dialog.getByRole('button', { name: `Ja, ta bort aktiviteten ”${doomed}”` }).click();
    await goal4.getByRole('group', { name: `Aktivitet: ${doomed}` }).waitFor({ state: 'detached' });
    // Undo brings it back while the plan is unchanged; then it is removed for good.
    const undo = goal4.getByRole('button', { name: 'Ångra' });
    await waitForFocus(undo, 'focus moves to undo');
    await undo.click();
    await goal4.getByRole('group', { name: `Aktivitet: ${doomed}` }).waitFor();
    await removeButton.click();
    await dialog.getByRole('button', { name: `Ja, ta bort aktiviteten ”${doomed}”` }).click();
    await goal4.getByRole('group', { name: `Aktivitet: ${doomed}` }).waitFor({ state: 'detached' });
    await goal4.getByText(`Aktiviteten ”${doomed}” togs bort.`).waitFor();
    await expectCount(goal4.getByRole('button', { name: 'Ångra' }), 1, 'undo is offered');
    // Once the plan changes, undo is no longer offered: it would throw the change away.
    await typeInto(page, added.getByLabel('Period'), '2021');
    await expectCount(goal4.getByRole('button', { name: 'Ångra' }), 0, 'no undo after a later edit');
    await goal4.getByText(`Aktiviteten ”${doomed}” togs bort.`).waitFor();
    await expectNoAxeViolations(page, 'handlingsplan');
    await expectSaved(page);

    // Utfall for the same activity in the follow-up.
    await go(page, FU);
    await expectPoll(() => page.getByLabel('Uppföljningsår').inputValue(), '2021', 'the plan\'s last year by default');
    const outcome = page.getByRole('group', { name: `Aktivitet: ${EHALSA}` }).getByLabel('Utfall 2021');
    await typeInto(page, outcome, 'E-hälsa är en stående punkt på nätverkets möten.');
    await expectNoAxeViolations(page, 'uppföljning');
    await expectSaved(page);

    await page.reload();
    await page.getByLabel('Uppföljningsår').waitFor();
    await expectPoll(
      () => page.getByRole('group', { name: `Aktivitet: ${EHALSA}` }).getByLabel('Utfall 2021').inputValue(),
      'E-hälsa är en stående punkt på nätverkets möten.',
    );
    await expectPoll(() => plainText(page.getByRole('group', { name: `Aktivitet: ${EHALSA}` })), /Status: Genomförd/);
    // Another year has its own, empty, Utfall; the 2021 text is listed as an earlier year.
    await page.getByLabel('Uppföljningsår').selectOption('2020');
    const in2020 = page.getByRole('group', { name: `Aktivitet: ${EHALSA}` });
    await expectPoll(() => in2020.getByLabel('Utfall 2020').inputValue(), '');
    await expectPoll(() => in2020.innerText(), /2021: E-hälsa är en stående punkt/);

    await go(page, HP);
    const after = page.getByRole('group', { name: `Aktivitet: ${EHALSA}` });
    await after.waitFor();
    await expectPoll(() => after.getByLabel('Status').inputValue(), 'genomford');
    await expectPoll(() => after.getByLabel('Period').inputValue(), '2019–2020');
    const goal4After = page.getByRole('region', { name: `4. ${GOAL_4}` });
    await expectPoll(() => goal4After.getByRole('group', { name: 'Aktivitet: Digital signering i socialjouren' }).getByLabel('Ansvarig').inputValue(), 'Socialjouren');
    await expectCount(goal4After.getByRole('group', { name: `Aktivitet: ${doomed}` }), 0);
  }));

test('follow-up: realised values change the class totals and the freed-time ledger', () =>
  withApp(app, FU, async (page) => {
    const totals = page.getByRole('table', { name: 'Förväntat och utfall 2021 per nyttoklass' });
    const ledger = page.getByRole('table', { name: 'Frigjord tid 2021, steg för steg' });
    // Only the prioritised library initiative is followed up: 450 000 kr and 60 000 × 2 min = 2 000 h.
    await expectPoll(() => cells(totals, 'Ekonomisk nytta'), ['450 000 kr', '0 kr', '0 %']);
    await expectPoll(() => cells(totals, 'Frigjord tid'), ['2 000 h', '0 h', '0 %']);
    await expectPoll(() => page.getByText(/kan vara svår att realisera/).innerText(), /frigjord tid/i);

    const licence = page.getByRole('group', { name: `Nytta: ${LICENCE}` });
    await expectPoll(() => plainText(licence), /Förväntat 2021\s*450 000 kr/);
    await expectPoll(() => plainText(licence), /Tio avtal → Ett avtal/);
    await typeInto(page, licence.getByLabel('Utfall 2021'), '400 000');
    // 400 000 / 450 000 = 88,9 % → 89 %.
    await totals.getByRole('cell', { name: figure('400 000 kr') }).waitFor();
    await expectPoll(() => cells(totals, 'Ekonomisk nytta'), ['450 000 kr', '400 000 kr', '89 %']);

    const desk = page.getByRole('group', { name: `Nytta: ${DESK}` });
    await typeInto(page, desk.getByLabel('Utfall 2021'), '1 500');
    await typeInto(page, desk.getByLabel('Kommentar till utfallet 2021'), 'Automaterna kom i drift i mars');
    // 1 500 h of 2 000 h = 75 %. Nothing is recorded as redeployed: the ledger says so rather
    // than computing 1 500 h × the expected half (docs/domain.md §4.2).
    await totals.getByRole('cell', { name: figure('1 500 h') }).waitFor();
    await expectPoll(() => cells(totals, 'Frigjord tid'), ['2 000 h', '1 500 h', '75 %']);
    await expectPoll(() => cells(ledger, 'Förväntad frigjord tid'), ['2 000 h']);
    await expectPoll(() => cells(ledger, 'Frigjord tid enligt utfall'), ['1 500 h']);
    await expectPoll(() => cells(ledger, 'Omfördelad tid'), ['Inte registrerad']);
    await expectPoll(() => cells(ledger, 'Realiserat värde'), ['Inte registrerad']);

    // A typo is refused at the field and the last valid value kept.
    const value = licence.getByLabel('Utfall 2021');
    await typeInto(page, value, 'fyra');
    await expectPoll(() => value.getAttribute('aria-invalid'), 'true');
    await expectNoAxeViolations(page, 'uppföljning with a refused figure');
    await expectPoll(() => cells(totals, 'Ekonomisk nytta'), ['450 000 kr', '400 000 kr', '89 %']);
    // Emptying the field removes the year's value.
    await typeInto(page, value, '');
    await page.keyboard.press('Backspace');
    await totals.getByRole('row', { name: /^Ekonomisk nytta/ }).getByRole('cell', { name: figure('0 kr') }).waitFor();
    await expectPoll(() => value.getAttribute('aria-invalid'), null);
    await expectSaved(page);

    // 2020 has the value recorded in the example plan; the comment typed for 2021 persisted.
    await page.reload();
    await page.getByLabel('Uppföljningsår').selectOption('2020');
    const totals2020 = page.getByRole('table', { name: 'Förväntat och utfall 2020 per nyttoklass' });
    await expectPoll(() => cells(totals2020, 'Ekonomisk nytta'), ['450 000 kr', '380 000 kr', '84 %']);
    await expectPoll(async () => plain(await page.getByRole('group', { name: `Nytta: ${LICENCE}` }).getByLabel('Utfall 2020').inputValue()), '380 000');
    await page.getByLabel('Uppföljningsår').selectOption('2021');
    const desk2021 = page.getByRole('group', { name: `Nytta: ${DESK}` });
    await expectPoll(() => desk2021.getByLabel('Kommentar till utfallet 2021').inputValue(), 'Automaterna kom i drift i mars');
    await expectPoll(async () => plain(await desk2021.getByLabel('Utfall 2021').inputValue()), '1 500');
    await expectNoAxeViolations(page, 'uppföljning 2021 after reload');
  }));

test('decision brief: one section per ranked initiative, prints to an A4 PDF without the app chrome', () =>
  withApp(app, BRIEF, async (page) => {
    const ranking = page.getByRole('table', { name: 'Rangordning med nyckeltal' });
    await ranking.waitFor();
    await expectCount(ranking.getByRole('row'), 4, 'a header row and three ranked initiatives');
    await eventually(async () => {
      const first = await cells(ranking, '1 Digital signering');
      assert.deepEqual(first.slice(0, 3), ['1', '71,25', '693 345 kr'], 'worked example of domain.md');
      assert.equal(first[4], '300 000 kr');
    });

    const proposals = page.getByRole('region', { name: 'Föreslagna initiativ' });
    const headings = async () => (await proposals.getByRole('heading', { level: 3 }).allInnerTexts()).map(plain);
    await expectPoll(headings, [
      '1. Digital signering och ankomstregistrering för socialjouren',
      '2. Gemensamt biblioteksdatasystem med självbetjäning',
      '3. Digitala möten som förstahandsval',
    ]);
    // The blocked e-archive is not proposed, but the brief says why.
    await expectPoll(() => page.getByRole('region', { name: 'Rangordnade initiativ' }).innerText(), /e-arkiv.*saknar ska-krav/i);
    const signing = page.getByRole('region', { name: '1. Digital signering och ankomstregistrering för socialjouren' });
    await expectPoll(() => plainText(signing), /500 h per år \(100 % förväntas realiseras, värde 216 901 kr per år\)/);
    await expectPoll(() => plainText(page.getByRole('table', { name: 'Planens parametrar med källa och år' })), /Timkostnad 433,80 kr\/h/);
    await page.getByRole('img', { name: /Viktad poäng mot investering/ }).waitFor();
    await expectNoAxeViolations(page, 'beslutsunderlag');

    // The button opens the browser's print dialog.
    await page.evaluate(() => { window.__prints = 0; window.print = () => { window.__prints += 1; }; });
    await press(page, page.getByRole('button', { name: 'Skriv ut / spara som PDF' }));
    await expectPoll(() => page.evaluate(() => window.__prints), 1);

    // Printed: no header, plan navigation or buttons; one page per proposal after the overview.
    await page.emulateMedia({ media: 'print' });
    await expectPoll(() => page.getByRole('navigation', { name: 'Planens vyer' }).isVisible(), false);
    await expectPoll(() => page.getByRole('banner').isVisible(), false);
    await expectPoll(() => page.getByRole('button', { name: 'Skriv ut / spara som PDF' }).isVisible(), false);
    await expectPoll(() => signing.isVisible(), true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    assert.ok(pdf.length > 30_000, `PDF of ${pdf.length} bytes`);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    assert.ok(pages >= 4, `${pages} pages: overview, then one per proposal`);
  }));

test('handlingsplan: one pager of 50 activities goes through all goals, a goal that goes on is marked (forts.)', () =>
  withApp(app, HP, async (page) => {
    const goal2Name = 'Öka kunskapen om och användningen av digitaliseringen och dess möjligheter';
    const add = page.getByRole('button', { name: `Lägg till aktivitet under ${goal2Name}` });
    for (let i = 0; i < 50; i++) await add.click();
    // Goal 1 has 5 activities, so goal 2's 53 (its two, bilaga 2's open one carried over from
    // 2018–2019, and the 50 added) go on from page 1 to page 2; after adding, the page with the
    // new activity is shown, under the goal's heading marked as continued.
    const goal2More = page.getByRole('region', { name: `2. ${goal2Name} (forts.)` });
    await goal2More.getByText('53 aktiviteter').waitFor();
    const pager = page.getByRole('navigation', { name: 'Sidor för handlingsplanen' });
    const status = async () => plain(await pager.getByText(/^Visar/).innerText());
    const total = await eventually(async () => {
      const text = await status();
      const total = Number(text.match(/av (\d+)$/)?.[1]);
      assert.equal(text, `Visar 51–${total} av ${total}`);
      return total;
    });
    const editors = page.getByRole('group', { name: /^Aktivitet:/ });
    await expectCount(editors, total - 50);
    await expectCount(goal2More.getByRole('group', { name: /^Aktivitet:/ }), 8, '53 − the 45 on page 1');
    await expectCount(page.getByRole('heading', { level: 3, name: /^1\. / }), 0, 'goal 1 is all on page 1');
    await page.getByRole('region', { name: `4. ${GOAL_4}` }).waitFor();

    await press(page, pager.getByRole('button', { name: 'Föregående sida' }));
    await expectPoll(status, `Visar 1–50 av ${total}`);
    await expectCount(editors, 50);
    const goal2 = page.getByRole('region', { name: `2. ${goal2Name}`, exact: true });
    await expectCount(goal2.getByRole('group', { name: /^Aktivitet:/ }), 45);
    await expectCount(goal2.getByRole('group', { name: /^Aktivitet: Arrangera presidiekonferens/ }), 1);
    await expectCount(page.getByRole('region', { name: `4. ${GOAL_4}` }), 0, 'goal 4 is on page 2');
    // At the first page "previous" stays focusable but does nothing.
    const previous = pager.getByRole('button', { name: 'Föregående sida' });
    await expectPoll(() => previous.getAttribute('aria-disabled'), 'true');
    await page.keyboard.press('Enter');
    await expectPoll(() => focused(page, 'textContent'), 'Föregående sida');
    await expectNoAxeViolations(page, 'handlingsplan, page 1 of 2');

    // The list of goals leads to the page where a goal begins, and to its heading.
    const index = page.getByRole('navigation', { name: 'Mål i handlingsplanen' });
    await expectPoll(() => plainText(index), /2\. Öka kunskapen.*\s53 aktiviteter, sida 1–2/);
    await press(page, index.getByRole('button', { name: `4. ${GOAL_4}` }));
    await page.getByRole('region', { name: `4. ${GOAL_4}` }).waitFor();
    await expectPoll(status, `Visar 51–${total} av ${total}`);
    await page.waitForFunction((name) => document.activeElement?.textContent === name, `4. ${GOAL_4}`);
    await expectNoAxeViolations(page, 'handlingsplan, page 2 of 2');
  }));

test('handlingsplan: a plan with 300 activities renders at most 50 of them on any page', () =>
  withApp(app, HP, async (page) => {
    await expectSaved(page);
    await page.evaluate(() => {
      const key = 'beredning.plan.exempelplan';
      const stored = JSON.parse(localStorage.getItem(key));
      const goals = stored.plan.framework.goals.map((g) => g.id);
      const base = stored.plan.activities[0];
      stored.plan.activities = Array.from({ length: 300 }, (_, n) => ({
        ...structuredClone(base),
        id: `gen-${n}`,
        // Uneven groups: goal 1 gets most, the last goal and the outside group a few.
        goal_id: n % 10 === 9 ? null : goals[Math.min(Math.floor((n % 10) / 3), goals.length - 1)],
        title: `Aktivitet ${String(n).padStart(3, '0')}`,
      }));
      localStorage.setItem(key, JSON.stringify(stored));
    });
    await page.reload();
    const pager = page.getByRole('navigation', { name: 'Sidor för handlingsplanen' });
    await pager.getByText('Visar 1–50 av 300').waitFor({ timeout: 30_000 });
    const editors = page.getByRole('group', { name: /^Aktivitet:/ });
    const next = pager.getByRole('button', { name: 'Nästa sida' });
    for (let p = 1; p <= 6; p++) {
      const to = Math.min(300, p * 50);
      await pager.getByText(`Visar ${(p - 1) * 50 + 1}–${to} av 300`).waitFor();
      await eventually(async () => {
        const shown = await editors.count();
        assert.ok(shown <= 50, `page ${p}: ${shown} activity editors`);
        assert.equal(shown, to - (p - 1) * 50);
      });
      if (p > 1) {
        const firstHeading = async () => (await page.getByRole('heading', { level: 3 }).allInnerTexts())[0];
        await expectPoll(firstHeading, / \(forts\.\)$/, `page ${p} begins inside a goal`);
      }
      if (p < 6) await press(page, next);
    }
    await expectPoll(() => next.getAttribute('aria-disabled'), 'true');
    await expectNoAxeViolations(page, 'handlingsplan of 300 activities, last page');
  }));

test('handlingsplan: an activity set to Genomförd brings its initiative to the uppföljning stage', () =>
  withApp(app, HP, async (page) => {
    const library = page.getByRole('group', { name: /^Aktivitet: Bibliotek i Västmanland/ });
    const stage = () => page.evaluate(() => JSON.parse(localStorage.getItem('beredning.plan.exempelplan'))
      .plan.initiatives.find((i) => i.title === 'Gemensamt biblioteksdatasystem med självbetjäning').stage);
    await expectPoll(stage, 'handlingsplan');
    await library.getByLabel('Status').selectOption({ label: 'Genomförd' });
    await expectSaved(page);
    await expectPoll(stage, 'uppfoljning', 'the stored initiative moved on');
    await go(page, '#/plan/exempelplan/prioritering');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Gemensamt biblioteksdatasystem med självbetjäning', exact: true }) });
    await expectPoll(() => plainText(row), /Uppföljning/);
  }));
