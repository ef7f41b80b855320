// A municipality that uses neither template: from a blank plan it writes its own goals and its
// own criterion, takes an initiative from need to a recorded prioritisation, and finds it ranked
// in the list and placed under its goal in the handlingsplan.
import { test } from 'node:test';
import {
  useApp, withApp, expectSaved, expectNoAxeViolations, expectPoll, expectCount,
} from './harness.mjs';
import { plainText } from './keyboard.mjs';

const app = useApp();
const PLAN = 'Östhammars kommun 2027';
const TITLE = 'Digital ansökan om bostadsanpassning';

test('a blank plan gets its own goals and criterion, and an initiative linked to a goal is prioritised', () =>
  withApp(app, '', async (page) => {
    await page.getByLabel('Planens namn').fill(PLAN);
    await page.getByLabel('Utgå från').selectOption({ label: 'Tom plan (standardkriterier, inga mål)' });
    await page.getByRole('button', { name: 'Skapa plan' }).click();
    await page.getByRole('heading', { level: 1, name: PLAN }).waitFor();

    // The plan's own goal and its own criterion.
    await page.getByLabel('Det nya målets namn').fill('Enklare kontakt med kommunen');
    await page.getByLabel('Det nya målets slag').selectOption({ label: 'Effektmål' });
    await page.getByRole('button', { name: 'Lägg till mål' }).click();
    await page.getByRole('group', { name: 'Mål 1: Enklare kontakt med kommunen' }).waitFor();
    await page.getByRole('button', { name: 'Lägg till kriterium' }).click();
    const own = page.getByLabel('Namn på kriterium 6');
    await own.fill('Medborgarnytta');
    await expectPoll(() => own.inputValue(), 'Medborgarnytta');
    await expectNoAxeViolations(page, 'blank plan with its own goal and criterion');
    await expectSaved(page);

    // Step 1: the need, verified.
    await page.getByLabel('Titel på det nya initiativet').fill(TITLE);
    await page.getByRole('button', { name: 'Starta beredningen' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByLabel('Problem och behov').fill('Ansökningar kommer på papper och kompletteras per telefon.');
    await page.getByLabel('Nuläge').fill('Cirka 300 ansökningar om året, två veckors väntan på komplettering.');
    await page.getByRole('checkbox', { name: 'Invånare' }).check();
    await page.getByLabel('Förvaltning eller verksamhet som föreslår').fill('Socialförvaltningen');
    await page.getByRole('checkbox', { name: 'Behovet är verifierat' }).check();
    await page.getByText('Inget saknas i det här steget.').waitFor();

    // Step 2: linked to the plan's own goal, with an owner and a financing plan.
    await page.getByRole('link', { name: 'Nästa steg: Analys' }).click();
    await page.getByRole('heading', { level: 2, name: /^Steg 2 av 4: Analys$/ }).waitFor();
    const goal = page.getByRole('group', { name: 'Planens mål' }).getByRole('checkbox', { name: 'Enklare kontakt med kommunen' });
    await goal.check();
    await expectPoll(() => goal.isChecked(), true);
    await page.getByLabel('Verksamhetsägare').fill('Chef för bostadsanpassning');
    await page.getByLabel('Plan för finansiering och förvaltning').fill('Inom socialnämndens ram.');
    await expectSaved(page);

    // Step 3: every criterion rated, the plan's own one included; the must-pass list is met.
    await page.getByRole('link', { name: 'Nästa steg: Prioritering' }).click();
    await page.getByRole('heading', { level: 2, name: /^Steg 3 av 4: Prioritering$/ }).waitFor();
    for (const name of ['Angelägenhet', 'Genomförbarhet', 'Nytta', 'Kostnad', 'Strategisk koppling', 'Medborgarnytta']) {
      const group = page.getByRole('group', { name: new RegExp(`^${name} \\(vikt`) });
      await group.getByRole('radio').nth(3).check();
      await expectPoll(() => group.getByRole('radio').nth(3).isChecked(), true, name);
    }
    await expectPoll(() => plainText(page.getByRole('heading', { name: /^Viktad poäng/ })), 'Viktad poäng: 75 av 100');
    await expectNoAxeViolations(page, 'blank plan: step 3 rated');

    // Step 4: prioritised.
    await page.getByRole('link', { name: 'Nästa steg: Beslut' }).click();
    await page.getByRole('heading', { level: 2, name: /^Steg 4 av 4: Beslut$/ }).waitFor();
    await page.getByRole('radio', { name: 'Prioriterad' }).check();
    await page.getByLabel('Forum').fill('Digitaliseringsrådet');
    await page.getByRole('button', { name: 'Registrera beslut' }).click();
    await page.getByText('Beslutet registrerades:').waitFor();
    await expectSaved(page);

    // Ranked first in the list, and under its goal in the handlingsplan.
    await page.getByRole('link', { name: 'Tillbaka till planen' }).first().click();
    const views = page.getByRole('navigation', { name: 'Planens vyer' });
    await views.getByRole('link', { name: 'Prioriteringslista' }).click();
    const ranked = page.getByRole('table', { name: 'Rangordnade initiativ' });
    await expectPoll(() => ranked.getByRole('rowheader').allInnerTexts(), [TITLE]);
    await expectPoll(() => plainText(ranked.getByRole('row').filter({ hasText: TITLE }).getByRole('cell').first()), '1');
    await views.getByRole('link', { name: 'Handlingsplan' }).click();
    const under = page.getByRole('region', { name: '1. Enklare kontakt med kommunen' });
    await expectCount(under.getByRole('group', { name: `Aktivitet: ${TITLE}` }), 1);
    await expectNoAxeViolations(page, 'blank plan: handlingsplan');
  }));
