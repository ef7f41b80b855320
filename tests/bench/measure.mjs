// In-page measuring helpers for the benchmark (tests/bench/bench.mjs), and the arithmetic on
// what they collect. IN_PAGE_HELPERS runs in the page as an init script, before the app's own
// scripts, so that nothing the app does escapes it.

/**
 * Installs `window.__bench` in the page:
 * - `marks[name] = {dom, painted}`: when an element matching each milestone's selector first
 *   appeared, and the first frame after that (performance.now(), ms since navigation start);
 * - `events`: Event Timing entries (≥ 16 ms), `longTasks`: Long Tasks entries;
 * - `settle(pred, opts)`: waits until `pred()` holds after a mutation of <main> (or at once,
 *   unless `requireMutation`), then until <main> has been quiet for `quietMs`; resolves with
 *   `{shown, shownPainted, settled, settledPainted, timedOut}`.
 * Must be self-contained: playwright sends its source text to the page.
 */
export function IN_PAGE_HELPERS({ milestones }) {
  if (window.top !== window || window.__bench) return;
  const bench = { marks: {}, events: [], longTasks: [] };
  window.__bench = bench;
  /** Resolves in a task after the next animation frame: style, layout and paint are done. */
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

  const pending = [...milestones];
  const watch = new MutationObserver(() => {
    for (let i = pending.length - 1; i >= 0; i--) {
      if (!document.querySelector(pending[i].selector)) continue;
      const mark = { dom: performance.now(), painted: null };
      bench.marks[pending[i].name] = mark;
      pending.splice(i, 1);
      frame().then(() => {
        mark.painted = performance.now();
      });
    }
    if (pending.length === 0) watch.disconnect();
  });
  if (pending.length) watch.observe(document, { childList: true, subtree: true });

  const describe = (node) => {
    if (!node || !node.tagName) return '';
    const name = node.getAttribute('aria-label') || node.id || (node.textContent || '').trim().slice(0, 40);
    return `${node.tagName.toLowerCase()}${name ? ` "${name}"` : ''}`;
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        bench.events.push({
          name: e.name,
          startTime: e.startTime,
          duration: e.duration,
          interactionId: e.interactionId ?? 0,
          inputDelay: e.processingStart - e.startTime,
          processing: e.processingEnd - e.processingStart,
          target: describe(e.target),
        });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {
    bench.eventTimingMissing = true;
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ startTime: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longTasksMissing = true;
  }

  bench.settle = (pred, opts = {}) =>
    new Promise((resolve) => {
      const { quietMs = 150, timeoutMs = 30_000, ignore = null, requireMutation = false } = opts;
      const root = document.getElementById('main') || document.documentElement;
      const t = { shown: null, shownPainted: null, settled: null, settledPainted: null, timedOut: false };
      let seq = 0;
      let lastFrame = Promise.resolve();
      let shownFrame = Promise.resolve();
      let quiet = null;
      let finished = false;
      const stamp = (now, isShown) => {
        const mine = ++seq;
        t.settled = now;
        const painted = frame().then(() => {
          const at = performance.now();
          if (isShown) t.shownPainted = at;
          if (mine === seq) t.settledPainted = at;
        });
        lastFrame = painted;
        if (isShown) shownFrame = painted;
      };
      const finish = async (timedOut) => {
        if (finished) return;
        finished = true;
        observer.disconnect();
        clearTimeout(quiet);
        clearTimeout(overall);
        await shownFrame;
        await lastFrame;
        t.timedOut = timedOut;
        if (t.settledPainted == null) t.settledPainted = t.shownPainted;
        resolve(t);
      };
      const arm = () => {
        clearTimeout(quiet);
        quiet = setTimeout(() => finish(false), quietMs);
      };
      const observer = new MutationObserver((records) => {
        const now = performance.now();
        const relevant = ignore ? records.filter((r) => !ignore.contains(r.target)) : records;
        if (relevant.length === 0) return;
        if (t.shown == null) {
          if (!pred()) return;
          t.shown = now;
          stamp(now, true);
        } else {
          stamp(now, false);
        }
        arm();
      });
      observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
      const overall = setTimeout(() => finish(true), timeoutMs);
      if (!requireMutation && pred()) {
        t.shown = performance.now();
        stamp(t.shown, true);
        arm();
      }
    });
}

/**
 * Per-interaction latency from Event Timing entries: an interaction's duration is the longest of
 * its events (keydown/keyup, pointerdown/up/click). Interactions that reported nothing were
 * under the 16 ms threshold; they count towards p75 as "below 16 ms" (null when p75 lands there).
 */
export function interactionStats(entries, performed) {
  const byId = new Map();
  for (const e of entries) {
    if (!e.interactionId) continue;
    const prev = byId.get(e.interactionId);
    if (!prev || e.duration > prev.duration) byId.set(e.interactionId, e);
  }
  const groups = [...byId.values()].sort((a, b) => b.duration - a.duration);
  // Where the time went: the handlers of every event inside the slowest interaction's window
  // (the work of a key press is mostly in its 'input' event, which has no interactionId).
  // Entries of a later interaction can start inside a slow one's window: only this
  // interaction's own events and events without an interaction ('input', pointer moves) count.
  const inside = (g) =>
    entries.filter(
      (e) =>
        (e.interactionId === g.interactionId || !e.interactionId) &&
        e.startTime >= g.startTime &&
        e.startTime < g.startTime + g.duration,
    );
  const describe = (g) => {
    // Durations are rounded to 8 ms, so the parts may add up to a little more than the whole.
    const handlers = Math.min(
      g.duration - g.inputDelay,
      inside(g).reduce((sum, e) => sum + e.processing, 0),
    );
    const busiest = inside(g).sort((a, b) => b.processing - a.processing)[0];
    const rest = Math.max(0, g.duration - g.inputDelay - handlers);
    return `${g.name} on ${g.target || '(element since removed)'}: delay ${g.inputDelay.toFixed(0)} + handlers ${handlers.toFixed(0)} (most in '${busiest.name}') + to paint ${rest.toFixed(0)} ms`;
  };
  const n = Math.max(performed, groups.length);
  const all = [...groups.map((g) => g.duration), ...Array(n - groups.length).fill(0)].sort((a, b) => a - b);
  const p75 = n ? all[Math.ceil(0.75 * n) - 1] : 0;
  const slowest = groups[0];
  return {
    performed: n,
    reported: groups.length,
    max: groups.length ? groups[0].duration : null,
    p75: p75 > 0 ? p75 : null,
    slowest: slowest ? describe(slowest) : '',
  };
}

/** A page-side pause until the next frame has been produced. */
export async function nextFrame(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}
