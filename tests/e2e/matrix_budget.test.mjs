// The plan views "Matris" and "Budgetscenario" on the example plan, driven by keyboard.
//
// Example figures (src/core/example.rs, horizon 5 years): investments signing 300 000, library
// 1 200 000 + 300 000, meetings 250 000, e-arkiv 2 000 000 (blocked: no owner, no financing
// plan); running costs 0, 150 000, 40 000, 350 000 a year. The matrix shows every initiative
// with a complete score (four; the mobile coverage is unscored), blocked ones marked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withApp, expectNoAxeViolations, eventually, expectPoll, expectCount, waitForFocus } from './harness.mjs';
import { SIGNING, LIBRARY, MEETINGS, ARCHIVE } from './example.mjs';
import { tabTo, typeInto, toggle, press, chooseRadio, plain, plainText } from './keyboard.mjs';

const app = useApp();


/** The body rows of a table as arrays of plain cell texts. */
async function bodyRows(table) {
  const rows = table.locator('tbody tr');
  const out = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const cells = rows.nth(i).locator('th, td');
    out.push((await cells.allInnerTexts()).map(plain));
  }
  return out;
}

test('matrix: a point per scored initiative, reachable with Tab, named, opened with Enter', () =>
  withApp(app, '#/plan/exempelplan/matris', async (page) => {
    const chart = page.getByRole('group', { name: 'Matris: viktad poäng mot kostnad under kalkylperioden, kr' });
    await chart.waitFor();
    const points = chart.getByRole('link');
    await expectCount(points, 4);
    const names = async () => (await points.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).map(plain);
    await expectPoll(names, [
      `${SIGNING}: poäng 71,3, kostnad 300 000 kr, frigjord tid 500 h/år, snabba vinster`,
      `${LIBRARY}: poäng 67,5, kostnad 2 250 000 kr, frigjord tid 2 000 h/år, större satsningar`,
      `${MEETINGS}: poäng 63,8, kostnad 450 000 kr, frigjord tid 0 h/år, utfyllnad`,
      `${ARCHIVE}: poäng 53,8, kostnad 3 750 000 kr, frigjord tid 0 h/år, ifrågasätt, spärrad, ska-krav saknas`,
    ]);
    // The split is stated in the UI: at the median of each axis.
    const split = async () => plain(await chart.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')).innerText));
    await expectPoll(split, 'Linjerna delar vid medianen på varje axel: värde 65,6, kostnad eller insats 1 350 000 kr. Ett värde exakt på medianen räknas som lågt.');
    await page.getByText(/^Linjerna delar vid medianen på varje axel/).waitFor({ state: 'visible' });
    await page.getByText('Visas inte eftersom initiativet inte är fullständigt bedömt: Kartläggning av mobiltäckning (vita fläckar)').waitFor();

    // The table alternative lists the same initiatives with the same figures.
    const table = page.getByRole('table', { name: 'Matrisens uppgifter i tabellform' });
    await expectPoll(() => bodyRows(table), [
      ['1', SIGNING, '71,3', '300 000 kr', '500', 'Snabba vinster'],
      ['2', LIBRARY, '67,5', '2 250 000 kr', '2 000', 'Större satsningar'],
      ['3', MEETINGS, '63,8', '450 000 kr', '0', 'Utfyllnad'],
      ['4', `${ARCHIVE} (spärrad, ska-krav saknas)`, '53,8', '3 750 000 kr', '0', 'Ifrågasätt'],
    ]);
    await expectNoAxeViolations(page, 'matrix, score against cost');

    // Keyboard: the point is a tab stop with a visible focus ring, and Enter opens it.
    const point = chart.getByRole('link', { name: new RegExp(`^${SIGNING}: poäng 71,3`) });
    await tabTo(page, point);
    await eventually(async () => {
      const ring = await point.evaluate((el) => getComputedStyle(el.querySelector('circle')).stroke);
      assert.notEqual(ring, 'none', 'focused point shows its ring');
    });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: SIGNING }).waitFor();
    await expectPoll(() => page.url(), /#\/plan\/exempelplan\/initiativ\/[^/]+$/);
  }));

test('matrix: switching the value axis changes the chart and the table', () =>
  withApp(app, '#/plan/exempelplan/matris', async (page) => {
    const table = page.getByRole('table', { name: 'Matrisens uppgifter i tabellform' });
    await table.waitFor();
    // Keyboard users can skip the chart's tab stops and land on the table.
    await press(page, page.getByRole('button', { name: 'Hoppa förbi diagrammet till tabellen' }));
    await waitForFocus(table);
    // Radios are reached by Tab on the checked one and moved with the arrow keys.
    await chooseRadio(page, page.getByRole('group', { name: 'Värde', exact: true }).getByRole('radio').first(), 2);
    await page.getByRole('group', { name: 'Matris: nettonuvärde mot kostnad under kalkylperioden, kr' }).waitFor();
    await table.getByRole('columnheader', { name: 'Nettonuvärde' }).waitFor();
    await eventually(async () => {
      const rows = await bodyRows(table);
      // By NPV the library comes first; the signing initiative is domain.md's worked example.
      assert.deepEqual(rows.map((r) => r[1]), [LIBRARY, SIGNING, MEETINGS, `${ARCHIVE} (spärrad, ska-krav saknas)`]);
      assert.equal(rows[1][2], '693 345 kr');
      assert.match(rows[3][2], /^-\d[\d ]* kr$/);
    });
    await expectNoAxeViolations(page, 'matrix, NPV against cost');

    // Effort from the Genomförbarhet criterion: 6 − score (signing scored 4 → 2 av 5).
    const costGroup = page.getByRole('group', { name: 'Kostnad eller insats', exact: true });
    await expectCount(costGroup.getByRole('radio', { name: 'Insats: 6 minus bedömningen på Genomförbarhet' }), 1);
    await chooseRadio(page, costGroup.getByRole('radio').first(), 2);
    await table.getByRole('columnheader', { name: 'Insats (1 = lätt, 5 = svårt)' }).waitFor();
    await expectPoll(async () => (await bodyRows(table)).find((r) => r[1] === SIGNING)?.[3], '2 av 5');
    await page.getByRole('link', { name: new RegExp(`^${SIGNING}: nettonuvärde 693 345 kr, insats 2 av 5`) }).waitFor();
    await expectNoAxeViolations(page, 'matrix, NPV against effort');
  }));

test('budget: the best combination within 600 000 kr, an invalid budget, the forum compared', () =>
  withApp(app, '#/plan/exempelplan/budget', async (page) => {
    await page.getByText('Ange en investeringsbudget så visas förslaget här.').waitFor();
    await expectNoAxeViolations(page, 'budget without a budget');

    const budget = page.getByLabel('Investeringsbudget', { exact: true });
    await typeInto(page, budget, '600 000');
    // 300 000 + 250 000 fit; the library (1 500 000) does not; the e-arkiv is blocked.
    await page.getByText('Förslaget: 2 initiativ för 550 000 kr av 600 000 kr. Summa viktad poäng: 135.').waitFor();
    const chosen = page.getByRole('table', { name: 'Föreslagna initiativ' });
    await expectPoll(() => bodyRows(chosen), [
      [SIGNING, '71,3', '300 000 kr', '0 kr'],
      [MEETINGS, '63,8', '250 000 kr', '40 000 kr'],
    ]);
    const footer = async (table) => (await table.locator('tfoot tr').locator('th, td').allInnerTexts()).map(plain);
    await expectPoll(() => footer(chosen), ['Summa', '135', '550 000 kr', '40 000 kr']);
    // The library is already prioritised: by default it is kept apart from the proposal, marked.
    await page.getByText('Inga initiativ som kan väljas lämnas utanför.').waitFor();
    const forumRows = page.getByRole('table', { name: 'Forumets urval', exact: true });
    await expectPoll(() => plainText(forumRows.getByRole('row', { name: LIBRARY })),
      `${LIBRARY} (redan prioriterad) Redan prioriterad, utanför förslaget 67,5 1 500 000 kr 150 000 kr`);
    await page.getByText('Kvar av investeringsbudgeten: 50 000 kr').waitFor();
    await page.getByText(/^Alla initiativ som kan väljas ryms i budgeten/).waitFor();

    // The forum's selection starts from what it has prioritised: the library, over budget.
    const compare = page.getByRole('table', { name: 'Förslaget och forumets urval sida vid sida' });
    const within = async () => (await compare.getByRole('row', { name: /^Inom budget/ }).locator('td').allInnerTexts()).map(plain);
    await expectPoll(within, ['Ja', 'Nej, 900 000 kr över investeringsbudgeten']);
    await page.getByText(`Bara i förslaget: ${SIGNING}, ${MEETINGS}`).waitFor();
    await page.getByText(`Bara i forumets urval: ${LIBRARY}`).waitFor();
    await expectNoAxeViolations(page, 'budget with a proposal');

    // The forum changes its mind, by keyboard: now the same as the proposal, within budget.
    const forum = page.getByRole('table', { name: 'Forumets urval', exact: true });
    await expectPoll(() => forum.getByRole('checkbox', { name: LIBRARY }).isChecked(), true);
    await toggle(page, forum.getByRole('checkbox', { name: LIBRARY }));
    await toggle(page, forum.getByRole('checkbox', { name: SIGNING }));
    await toggle(page, forum.getByRole('checkbox', { name: MEETINGS }));
    await page.getByText('Forumets urval är detsamma som förslaget.').waitFor();
    await expectPoll(within, ['Ja', 'Ja']);
    await expectPoll(async () => (await compare.getByRole('row', { name: /^Investering/ }).locator('td').allInnerTexts()).map(plain), ['550 000 kr', '550 000 kr']);

    // Maximising NPV instead chooses the same two here, with their NPVs summed.
    await chooseRadio(page, page.getByRole('group', { name: 'Välj de initiativ som ger högst summa av' }).getByRole('radio').first(), 2);
    await page.getByText('Förslaget: 2 initiativ för 550 000 kr av 600 000 kr. Summa nettonuvärde: 1 084 504 kr.').waitFor();

    // A negative budget: the error is tied to the field, and the last valid budget still counts.
    await typeInto(page, budget, '-5');
    await expectPoll(() => budget.getAttribute('aria-invalid'), 'true');
    await eventually(async () => {
      const errorId = (await budget.getAttribute('aria-describedby')).split(' ').pop();
      assert.equal(await plainText(page.locator(`[id="${errorId}"]`)), 'Värdet kan inte vara negativt. Senast giltiga värde används: 600 000');
    });
    await page.getByText(/Förslaget: 2 initiativ för 550\s000\skr av 600\s000\skr/).waitFor();
    await expectNoAxeViolations(page, 'budget with an error');
  }));

test('budget: a running-cost budget leaves out what it cannot carry', () =>
  withApp(app, '#/plan/exempelplan/budget', async (page) => {
    await typeInto(page, page.getByLabel('Investeringsbudget', { exact: true }), '2 000 000');
    // Everything that can be chosen fits 2 000 000 kr (the prioritised library is kept apart)…
    await page.getByText(/^Förslaget: 2 initiativ för 550\s000\skr av 2\s000\s000\skr/).waitFor();
    // …and with at most 100 000 kr a year in running costs both still fit.
    await typeInto(page, page.getByLabel('Budget för driftkostnader per år (frivillig)'), '100 000');
    await page.getByText('Förslaget: 2 initiativ för 550 000 kr av 2 000 000 kr. Summa viktad poäng: 135. Driftkostnader: 40 000 kr per år av 100 000 kr.').waitFor();
    const compare = page.getByRole('table', { name: 'Förslaget och forumets urval sida vid sida' });
    const forumWithin = () => plainText(compare.getByRole('row', { name: /^Inom budget/ }).locator('td').nth(1));
    await expectPoll(forumWithin, 'Nej, 50 000 kr per år över budgeten för driftkostnader');
    await expectNoAxeViolations(page, 'budget with a running-cost budget');

    // The scenario is view state, kept while the tab is open: away and back, it is still there.
    const views = page.getByRole('navigation', { name: 'Planens vyer' });
    await press(page, views.getByRole('link', { name: 'Matris' }));
    await page.getByRole('heading', { level: 1, name: /^Matris:/ }).waitFor();
    await press(page, views.getByRole('link', { name: 'Budgetscenario' }));
    await page.getByRole('heading', { level: 1, name: /^Budgetscenario:/ }).waitFor();
    await expectPoll(async () => plain(await page.getByLabel('Investeringsbudget', { exact: true }).inputValue()), '2 000 000');
    await page.getByText(/Driftkostnader: 40\s000\skr per år av 100\s000\skr\./).waitFor();
  }));

test('budget: four objectives, what the score sum means, a limit per calendar year, prioritised kept in', () =>
  withApp(app, '#/plan/exempelplan/budget', async (page) => {
    const budget = page.getByLabel('Investeringsbudget', { exact: true });
    await typeInto(page, budget, '400 000');
    await page.getByText(/^Förslaget: 1 initiativ för 300\s000\skr av 400\s000\skr\. Summa viktad poäng: 71,3\./).waitFor();
    // The score objective says what its sum means, so the forum is not misled.
    await page.getByText(/gynnar därför många små initiativ/).waitFor();
    const objectives = page.getByRole('group', { name: 'Välj de initiativ som ger högst summa av' });
    await expectCount(objectives.getByRole('radio'), 4);

    // NPV per invested krona: signing (693 345 kr on 300 000 kr) before meetings, which no longer fits.
    await chooseRadio(page, objectives.getByRole('radio').first(), 4);
    await page.getByText(/^Förslaget: 1 initiativ för 300\s000\skr av 400\s000\skr\. Summa nettonuvärde: 693\s345\skr\./).waitFor();
    await page.getByText(/^Metod: nettonuvärdeskvot\./).waitFor();
    await page.getByText(/Så rangordnar svensk praxis \(Trafikverkets ASEK\)/).waitFor();
    await expectNoAxeViolations(page, 'budget by NPV per krona');

    // Cash only: the signing's benefit is all freed time, so it gives nothing on a budget line.
    await tabTo(page, objectives.getByRole('radio', { checked: true }));
    await page.keyboard.press('ArrowUp');
    await page.getByText(/Summa nettonuvärde utan frigjord tid:/).waitFor();
    const forum = page.getByRole('table', { name: 'Forumets urval', exact: true });
    await expectPoll(() => plainText(forum.getByRole('row', { name: SIGNING }).locator('td').first()),
      'Kan inte väljas: värdet är inte positivt');

    // Back to the score, with at most 280 000 kr in any calendar year: the signing's 300 000 kr
    // in one year no longer fits, the meetings' 250 000 kr do.
    await tabTo(page, objectives.getByRole('radio', { checked: true }));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.getByText(/Summa viktad poäng: 71,3\./).waitFor();
    const yearly = page.getByLabel('Högsta investering per kalenderår (frivillig)');
    await typeInto(page, yearly, '280 000');
    await page.getByText(/^Förslaget: 1 initiativ för 250\s000\skr av 400\s000\skr\. Summa viktad poäng: 63,8\./).waitFor();
    await page.getByText(/\(högst 280\s000\skr per år\)/).waitFor();
    await page.getByText(/^Metod: exakt\. Med en gräns per kalenderår/).waitFor();
    await expectNoAxeViolations(page, 'budget with a yearly limit');

    // Prioritised kept in: the library's 1 500 000 kr use more than the budget; nothing else fits.
    await typeInto(page, yearly, '');
    await toggle(page, page.getByRole('checkbox', { name: 'Räkna in redan prioriterade initiativ i förslaget' }));
    await page.getByText(/^Förslaget: 1 initiativ för 1\s500\s000\skr av 400\s000\skr\./).waitFor();
    const chosen = page.getByRole('table', { name: 'Föreslagna initiativ' });
    await expectPoll(async () => (await bodyRows(chosen)).map((r) => r[0]), [`${LIBRARY} (redan prioriterad)`]);
    await expectNoAxeViolations(page, 'budget with prioritised kept in');
  }));
