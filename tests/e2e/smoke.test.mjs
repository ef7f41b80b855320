// Smoke test: the release bundle loads from a sub-path, mounts, is Swedish, throws nothing and
// passes axe's WCAG 2.1 AA rules on its start page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openApp, expectNoAxeViolations, assertNoPageErrors, eventually, expectPoll } from './harness.mjs';

const app = useApp();

test('the app mounts from /app/ with a visible banner, lang="sv", no errors and no axe violations', async () => {
  const page = await openApp(app);
  try {
    await expectPoll(() => page.getByRole('banner').first().innerText(), /Beredning/);
    await expectPoll(() => page.locator('html').getAttribute('lang'), 'sv');
    await eventually(async () => assert.notEqual(await page.title(), '', 'the page has a title'));

    // The wasm module was served with the right MIME type (streaming instantiation needs it).
    const wasm = app.server.requests.filter((r) => r.includes('.wasm'));
    assert.ok(wasm.length > 0 && wasm.every((r) => r.startsWith('200 /app/')), `wasm requests: ${wasm}`);

    await expectNoAxeViolations(page, 'start page');
    assertNoPageErrors(page, 'start page');
  } finally {
    await page.context().close();
  }
});
