// Reflow and adaptation: every view at 320 CSS px (WCAG 1.4.10, 400 % zoom of 1 280 px) has no
// page-level horizontal scrolling and passes axe; the WCAG 1.4.12 text spacing clips nothing in
// the header; a Windows contrast theme (forced-colors emulation) keeps the matrix points and the
// focus ring visible; reduced motion turns transitions off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withApp, gotoApp, expectNoAxeViolations, eventually } from './harness.mjs';
import { tabTo } from './keyboard.mjs';

const app = useApp();

const VIEWS = [
  '#/',
  '#/plan/exempelplan',
  ...['prioritering', 'matris', 'budget', 'handlingsplan', 'uppfoljning', 'uppfoljningsrapport', 'andringar', 'beslutsunderlag', 'dela', 'jamfor']
    .map((view) => `#/plan/exempelplan/${view}`),
  ...['behov', 'analys', 'prioritering', 'beslut'].map((step) => `#/plan/exempelplan/initiativ/ex-25/${step}`),
  '#/importera',
  '#/om',
  '#/tillganglighet',
];

/** The widest elements that stick out of the viewport, for a failure message. */
const overflowing = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5)
      .filter((el) => !el.closest('.table-scroll, .matrix-figure'))
      .slice(0, 6)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} right=${Math.round(el.getBoundingClientRect().right)}`));

const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

for (const spacing of [false, true]) {
  test(`every view at 320 px has no page-level horizontal scrolling and passes axe${spacing ? ', with WCAG text spacing' : ''}`, () =>
    withApp(app, '', async (page) => {
      await page.setViewportSize({ width: 320, height: 640 });
      for (const hash of VIEWS) {
        await gotoApp(page, hash);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        if (spacing) await page.addStyleTag({ content: TEXT_SPACING });
        await eventually(async () => {
          const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
          assert.ok(scroll <= inner, `${hash}: scrollWidth ${scroll} > ${inner}: ${(await overflowing(page)).join('; ')}`);
        });
        if (!spacing) await expectNoAxeViolations(page, `${hash} at 320 px`);
      }
    }));
}

test('scrolling tables are labelled regions that the keyboard reaches', () =>
  withApp(app, '', async (page) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const hash of VIEWS) {
      await gotoApp(page, hash);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const bad = await page.evaluate(() =>
        [...document.querySelectorAll('main table')]
          .filter((t) => t.scrollWidth > t.parentElement.clientWidth + 1 || t.getBoundingClientRect().right > innerWidth + 0.5)
          .filter((t) => {
            const region = t.closest('[role="region"][tabindex="0"]');
            return !region || !region.getAttribute('aria-labelledby') && !region.getAttribute('aria-label');
          })
          .map((t) => t.querySelector('caption')?.textContent || t.className));
      assert.deepEqual(bad, [], `${hash}: wide tables outside a labelled, focusable region`);
    }
  }));

test('forced colours keep the matrix points and the focus ring visible', () =>
  withApp(app, '#/plan/exempelplan/matris', async (page) => {
    await page.emulateMedia({ forcedColors: 'active' });
    const point = page.locator('.matrix-point').first();
    await point.waitFor();
    assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
    const bubble = await point.locator('.bubble').evaluate((el) => {
      const s = getComputedStyle(el);
      return { stroke: s.stroke, fill: s.fill, width: parseFloat(s.strokeWidth) };
    });
    assert.notEqual(bubble.stroke, 'none', 'the bubble has an edge');
    assert.notEqual(bubble.stroke, bubble.fill, 'its edge differs from its fill');
    assert.ok(bubble.width >= 2, 'an edge at least 2 px wide');
    await tabTo(page, point);
    const ring = await point.locator('.focus-ring').evaluate((el) => {
      const s = getComputedStyle(el);
      return { stroke: s.stroke, width: parseFloat(s.strokeWidth) };
    });
    assert.notEqual(ring.stroke, 'none', 'the focus ring shows');
    assert.ok(ring.width >= 2);
    // Back to the control before the points: an HTML element's focus ring.
    await page.keyboard.press('Shift+Tab');
    await eventually(async () => {
      const focus = await page.evaluate(() => {
        const el = document.activeElement;
        return { tag: el.tagName, outline: getComputedStyle(el).outlineStyle, width: parseFloat(getComputedStyle(el).outlineWidth) };
      });
      assert.ok(['A', 'BUTTON'].includes(focus.tag), `focus on ${focus.tag}`);
      assert.notEqual(focus.outline, 'none', 'a focused control has an outline');
      assert.ok(focus.width >= 2);
    });
  }));

test('reduced motion turns transitions and animations off', () =>
  withApp(app, '', async (page) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')].filter((el) => {
        const s = getComputedStyle(el);
        const long = (v) => v.split(',').some((d) => parseFloat(d) > 0);
        return long(s.transitionDuration) || long(s.animationDuration);
      }).length);
    assert.equal(moving, 0);
  }));
