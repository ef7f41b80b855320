// A stored plan that cannot be read is named on the plan list and left as it is; its text can be
// downloaded to rescue it, and it can be removed after a confirmation, with undo. Nothing else in
// storage changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  useApp, withApp, storage, expectNoAxeViolations, expectPoll, waitForFocus,
} from './harness.mjs';

const app = useApp();
const KEY = 'beredning.plan.trasig';
const BROKEN = '{"format":"beredning-plan","format_version":2,"plan":{"id":"trasig","name":"Avklippt';

test('a corrupt stored plan can be downloaded as raw text, removed after a confirmation, and put back', () =>
  withApp(app, '', async (page) => {
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, BROKEN]);
    await page.reload({ waitUntil: 'load' });
    const section = page.getByRole('region', { name: 'Planer som inte kunde läsas' });
    await section.getByText(`${KEY}: texten är inte giltig JSON, den kan vara avklippt`).waitFor();
    await expectNoAxeViolations(page, 'plan list with an unreadable plan');
    const before = await storage(page);
    assert.equal(before[KEY], BROKEN);

    // Its text, exactly as stored.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: `Ladda ner rådata ${KEY}` }).click(),
    ]);
    assert.equal(file.suggestedFilename(), 'beredning-radata-trasig.json');
    assert.equal(await readFile(await file.path(), 'utf8'), BROKEN);
    await section.getByText('Rådata sparades som beredning-radata-trasig.json.').waitFor();

    // Removal asks first; cancel changes nothing.
    await section.getByRole('button', { name: `Ta bort ${KEY}` }).click();
    const confirm = section.getByRole('group', { name: `Ta bort den oläsbara planen ${KEY}` });
    await confirm.getByText('Planens text tas bort ur webbläsaren.', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'unreadable plan: removal asks first');
    await confirm.getByRole('button', { name: 'Avbryt' }).click();
    await confirm.waitFor({ state: 'detached' });
    await expectPoll(() => storage(page), before, 'cancel changed nothing');

    // Removed: only its key is gone; undo puts it back as it was.
    await section.getByRole('button', { name: `Ta bort ${KEY}` }).click();
    await confirm.getByRole('button', { name: 'Ta bort planen' }).click();
    await section.getByText('Den oläsbara planen togs bort.').waitFor();
    const { [KEY]: _gone, ...rest } = before;
    await expectPoll(() => storage(page), rest, 'only the unreadable plan was removed');
    await waitForFocus(section.getByRole('button', { name: 'Ångra' }), 'focus lands on undo');
    await expectNoAxeViolations(page, 'unreadable plan removed');
    await section.getByRole('button', { name: 'Ångra' }).click();
    await section.getByText('Den oläsbara planen lades tillbaka.').waitFor();
    await expectPoll(() => storage(page), before, 'undo put it back');
    await section.getByText(`${KEY}: texten är inte giltig JSON, den kan vara avklippt`).waitFor();
  }));
