// The guided walkthrough, need → analysis → prioritisation → decision, by keyboard only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useApp, openApp, expectSaved, expectNoAxeViolations, assertNoPageErrors, eventually, expectPoll, expectCount, waitForFocus,
} from './harness.mjs';
import { typeInto, toggle, press, chooseOption, chooseRadio, plain, plainText } from './keyboard.mjs';

const app = useApp();

const step = (page, name) => page.getByRole('heading', { level: 2, name: new RegExp(`^Steg \\d av 4: ${name}$`) });
const figure = async (page, name) =>
  plain(await page.locator('dt', { hasText: new RegExp(`^${name}$`) }).locator('xpath=following-sibling::dd[1]/span[1]').innerText());

async function withPage(fn) {
  const page = await openApp(app);
  try {
    await fn(page);
  } finally {
    await page.context().close();
  }
}

test('a new initiative from need to a recorded decision, by keyboard only', () =>
  withPage(async (page) => {
    // A plan with goals to link to, created by keyboard.
    await typeInto(page, page.getByLabel('Planens namn'), 'Sala kommun 2026');
    await chooseOption(page, page.getByLabel('Utgå från'), 'Region Västmanland: fyra strategiska mål');
    await press(page, page.getByRole('button', { name: 'Skapa plan' }));
    await page.getByRole('heading', { level: 1, name: 'Sala kommun 2026' }).waitFor();

    // Start an initiative.
    await typeInto(page, page.getByLabel('Titel på det nya initiativet'), 'Digital signering för socialjouren');
    await page.keyboard.press('Enter');
    await step(page, 'Behov').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Digital signering för socialjouren' }).waitFor();
    const missing = page.getByRole('complementary', { name: 'Det här saknas' });
    await expectPoll(() => missing.innerText(), /Beskriv problemet och behovet/);
    await expectNoAxeViolations(page, 'step 1 empty');

    // Step 1: the need.
    await typeInto(page, page.getByLabel('Problem och behov'), 'Handlingar skrivs ut, signeras för hand och skannas in igen.');
    await typeInto(page, page.getByLabel('Nuläge'), 'Cirka 2 000 handlingar om året, 15 minuter extra per handling.');
    await toggle(page, page.getByRole('checkbox', { name: 'Medarbetare' }));
    await typeInto(page, page.getByLabel('Förvaltning eller verksamhet som föreslår'), 'Socialjouren');
    await toggle(page, page.getByRole('checkbox', { name: 'Behovet är verifierat' }));
    await page.getByText('Inget saknas i det här steget.').waitFor();
    await expectSaved(page);

    // Leave in the middle and come back: everything is there.
    await page.reload();
    await step(page, 'Behov').waitFor();
    await expectPoll(() => page.getByLabel('Förvaltning eller verksamhet som föreslår').inputValue(), 'Socialjouren');
    await expectPoll(() => page.getByRole('checkbox', { name: 'Medarbetare' }).isChecked(), true);
    await expectPoll(() => page.getByRole('checkbox', { name: 'Behovet är verifierat' }).isChecked(), true);
    await expectPoll(() => page.getByRole('link', { name: /^1\. Behov/ }).innerText(), /klart/);

    // Step 2: analysis with the worked example of domain.md.
    await press(page, page.getByRole('link', { name: 'Nästa steg: Analys' }));
    await step(page, 'Analys').waitFor();
    await toggle(page, page.getByRole('group', { name: 'Planens mål' }).getByRole('checkbox', { name: 'Ökad resurseffektivitet' }));
    await press(page, page.getByRole('button', { name: 'Lägg till nytta' }));
    const benefit = page.getByRole('group', { name: /^Nytta:/ }).first();
    // Focus moves to the new benefit's name in the frame after the click: Tab on from there.
    await waitForFocus(benefit.getByLabel('Nyttans namn'), 'the new benefit takes focus');
    await typeInto(page, benefit.getByLabel('Nyttans namn'), 'Mindre tid för signering');
    await page.getByRole('group', { name: 'Nytta: Mindre tid för signering' }).waitFor();
    await chooseOption(page, benefit.getByLabel('Nyttoklass'), 'Frigjord tid');
    const cases = benefit.getByLabel('Ärenden per år');
    await typeInto(page, cases, 'två tusen');
    await expectPoll(() => cases.getAttribute('aria-invalid'), 'true');
    await eventually(async () => {
      const casesError = await cases.getAttribute('aria-describedby');
      assert.match(await page.locator(`[id="${casesError.split(' ').pop()}"]`).innerText(), /Ange ett tal/);
    });
    await expectNoAxeViolations(page, 'step 2 with a validation error');
    await typeInto(page, cases, '2 000');
    await expectPoll(() => cases.getAttribute('aria-invalid'), null);
    await typeInto(page, benefit.getByLabel('Minuter som sparas per ärende', { exact: true }), '15');
    await press(page, page.getByRole('button', { name: 'Lägg till investering' }));
    await waitForFocus(page.getByRole('group', { name: 'Investering 1' }).getByLabel('År (0 = startår)'), 'the new investment takes focus');
    await typeInto(page, page.getByRole('group', { name: 'Investering 1' }).getByLabel('Belopp', { exact: true }), '300 000');
    await typeInto(page, page.getByLabel('Verksamhetsägare'), 'Socialchef');
    await typeInto(page, page.getByLabel('Plan för finansiering och förvaltning'), 'Socialförvaltningens utvecklingsbudget.');

    await expectPoll(() => figure(page, 'Timkostnad'), '433,80 kr/h');
    await expectPoll(() => figure(page, 'Frigjord tid'), '500 h per år');
    await expectPoll(() => figure(page, 'Värde av frigjord tid \\(andel som förväntas realiseras\\)'), '216 901 kr per år');
    await expectPoll(() => figure(page, 'Nettonuvärde \\(NNV\\)'), '693 345 kr');
    // The payback year is a calendar year: the initiative starts in the plan's first year.
    await expectPoll(() => figure(page, 'Återbetalningsår'), /^20\d\d \(år 2\)$/);
    await press(page, page.getByText('Hur räknas detta? Timkostnad'));
    await page.getByText(/40\s000 kr ÷ 142 arbetstimmar per månad × påslag 1,54 = 433,80 kr\/h/).waitFor();
    await expectNoAxeViolations(page, 'step 2 filled');

    // Step 3: score 4, 4, 4, 3, 4 on the default criteria.
    await press(page, page.getByRole('link', { name: 'Nästa steg: Prioritering' }));
    await step(page, 'Prioritering').waitFor();
    for (const [name, level] of [['Angelägenhet', 4], ['Genomförbarhet', 4], ['Nytta', 4], ['Kostnad', 3], ['Strategisk koppling', 4]]) {
      const group = page.getByRole('group', { name: new RegExp(`^${name} \\(vikt`) });
      await chooseRadio(page, group.getByRole('radio').first(), level);
      await expectPoll(() => group.getByRole('radio').nth(level - 1).isChecked(), true, name);
    }
    await expectPoll(() => plainText(page.getByRole('heading', { name: /^Viktad poäng/ })), 'Viktad poäng: 71,3 av 100');
    await page.getByText('skulle initiativet i dag få rang 1 av 1').waitFor();
    await expectNoAxeViolations(page, 'step 3');

    // Step 4: the decision, with an error first.
    await press(page, page.getByRole('link', { name: 'Nästa steg: Beslut' }));
    await step(page, 'Beslut').waitFor();
    await press(page, page.getByRole('button', { name: 'Registrera beslut' }));
    await page.getByText('Beslut: Inget beslut är registrerat').waitFor();
    await expectNoAxeViolations(page, 'step 4 with errors');
    await chooseRadio(page, page.getByRole('radio', { name: 'Prioriterad' }), 1);
    await typeInto(page, page.getByLabel('Forum'), 'Ledningsgrupp');
    await typeInto(page, page.getByLabel('Beslutstext och motivering'), 'Stor frigjord tid, låg risk.');
    await typeInto(page, page.getByLabel('Ansvarig'), 'Socialjouren');
    await typeInto(page, page.getByLabel('Period'), '2026');
    await typeInto(page, page.getByLabel('Budget'), '300 000');
    await press(page, page.getByRole('button', { name: 'Registrera beslut' }));
    await page.getByText('Beslutet registrerades:').waitFor();
    const history = page.getByRole('region', { name: 'Beslutshistorik' });
    await expectPoll(() => plainText(history), /Ledningsgrupp: Prioriterad[\s\S]*Budget: 300 000 kr/);
    await expectNoAxeViolations(page, 'step 4 recorded');
    await expectSaved(page);

    // A second decision adds to the history instead of replacing it.
    await chooseRadio(page, page.getByRole('radio', { name: 'Prioriterad' }), 3);
    await expectPoll(() => page.getByRole('radio', { name: 'Vilande' }).isChecked(), true);
    await typeInto(page, page.getByLabel('Forum'), 'Styrgrupp');
    await press(page, page.getByRole('button', { name: 'Registrera beslut' }));
    await history.getByText(/Styrgrupp: Vilande/).waitFor();
    await expectCount(history.getByRole('listitem'), 2);

    // The prioritised initiative is in the handlingsplan, under its goal.
    await press(page, page.getByRole('link', { name: 'Tillbaka till planen' }).first());
    await press(page, page.getByRole('navigation', { name: 'Planens vyer' }).getByRole('link', { name: 'Handlingsplan' }));
    const goal = page.getByRole('region', { name: '2. Ökad resurseffektivitet' });
    const activity = goal.getByRole('group', { name: 'Aktivitet: Digital signering för socialjouren' });
    await expectPoll(() => activity.getByLabel('Period').inputValue(), '2026');
    await expectPoll(() => activity.getByLabel('Ansvarig').inputValue(), 'Socialjouren');
    await expectPoll(() => activity.getByLabel('Status').evaluate((el) => el.selectedOptions[0].textContent), 'Beslutad');
    assertNoPageErrors(page);
  }));

test('a gate-blocked initiative cannot be prioritised', () =>
  withPage(async (page) => {
    await page.getByRole('link', { name: 'Handlingsplan regional digital agenda 2019–2021' }).click();
    await page.getByRole('link', { name: 'Gemensamt e-arkiv för länets kommuner' }).click();
    await step(page, 'Analys').waitFor();
    const gates = page.getByRole('complementary', { name: 'Det här saknas' });
    await expectPoll(() => gates.innerText(), /Namngiven verksamhetsägare: saknas/);
    await expectPoll(() => gates.innerText(), /Plan för finansiering och förvaltning: saknas/);
    await page.getByRole('link', { name: /^3\. Prioritering/ }).click();
    await page.getByText('Initiativet kommer inte med i prioriteringslistan förrän alla ska-krav är uppfyllda.').waitFor();
    await page.getByRole('link', { name: /^4\. Beslut/ }).click();
    await step(page, 'Beslut').waitFor();
    await expectPoll(() => page.getByRole('radio', { name: 'Prioriterad' }).isDisabled(), true);
    await page.getByText('Prioriterad kan väljas först när alla ska-krav är uppfyllda.').waitFor();
    await expectNoAxeViolations(page, 'blocked decision');
    assertNoPageErrors(page);
  }));

test('changing a criterion weight on the plan changes the score on the spot', () =>
  withPage(async (page) => {
    await page.getByRole('link', { name: 'Handlingsplan regional digital agenda 2019–2021' }).click();
    const scoreOf = async (title) => plain(await page.getByRole('row', { name: new RegExp(title) }).first().getByRole('cell').nth(1).innerText());
    await expectPoll(() => scoreOf('Digitala möten som förstahandsval'), '63,8');
    const weight = page.getByLabel('Vikt för Genomförbarhet');
    await weight.fill('0');
    await page.getByRole('row', { name: /Digitala möten som förstahandsval/ }).getByText('54,7').waitFor();
    await weight.fill('-5');
    await expectPoll(() => weight.getAttribute('aria-invalid'), 'true');
    await expectNoAxeViolations(page, 'plan overview with a weight error');
    await expectPoll(() => scoreOf('Digitala möten som förstahandsval'), '54,7', 'the last valid weight is kept');
  }));
