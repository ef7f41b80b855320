// Packs: each lazily loaded part of the app as one request instead of up to twenty.
//
// wasm-split writes a chunk per split point and a shared chunk per set of split points that use
// the same code, so the `store` chunk (the plans' reader, fetched at start) needs 18 files and
// the about page 7. Over HTTP/1.1 a browser opens six connections to a host and each request
// pays the network's latency (562,5 ms at Slow 4G), so the files queue for three round trips,
// and a page opened at once waits behind the reader's files (docs/performance.md).
//
// This writes, next to the chunks, one pack per split point: its files concatenated (for every
// split point but the first, without the files the first one's pack already holds, since that
// is fetched at start), and rewrites wasm-split's loader (`__wasm_split.js`) so that:
// - a split point with at least five pack files still to come, nine tenths of the pack's bytes
//   or more, fetches its pack, and each chunk is compiled as soon as its own bytes have arrived
//   (the pack is read as a stream); otherwise its files are fetched one by one, as before;
// - a chunk already fetched or on its way (by another pack or alone) is taken from there, never
//   fetched a second time on its own;
// - a page controlled by the service worker fetches the chunks one by one, from its cache (the
//   worker caches the chunks, not the packs: the same bytes once);
// - a pack that cannot be fetched fails its chunks' loads as a single chunk would (the app shows
//   "Försök igen"), and the next attempt fetches it again;
// - the views' stylesheet (all but the first screen's, scripts/post-build.mjs) is added with the
//   first part loaded, and a part counts as loaded once its styles are here too.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const LOADER = '__wasm_split.js';
/** The split point fetched at start: the other packs leave out what its pack holds. */
const FIRST = 'store';

const EXPORT =
  /export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\((\(\) => \{[\s\S]*?\n\}\n), \[([^\]]*)\]\)\);/g;
const FETCH = /fetch\(new URL\("\.\/([\w.]+\.wasm)", import\.meta\.url\)\)/g;

/** The loader's own code, put after its import line; PACKS is filled in per build. */
const RUNTIME = `
/* Packs (scripts/packs.mjs): a split point's chunks in one request. */
const PACKS = __PACKS__;
const pending = new Map();
const claimed = new Set();
function usePacks() {
    return !(typeof navigator !== "undefined" && navigator.serviceWorker && navigator.serviceWorker.controller);
}
function part(name) {
    const hit = pending.get(name);
    pending.delete(name);
    const src = hit || fetch(new URL("./" + name, import.meta.url));
    claimed.add(name);
    src.catch(() => claimed.delete(name));
    return src;
}
/* The pack is fetched when at least five of its files are still to come (one round trip on the
   six connections of HTTP/1.1 is as fast) and they are nine tenths of its bytes or more (what is
   here already is fetched again, so little of it). */
function planPack(split) {
    const pack = PACKS[split];
    if (!pack || !usePacks()) return;
    const rest = pack.parts.filter(([name]) => !claimed.has(name) && !pending.has(name));
    const bytes = rest.reduce((sum, [, start, end]) => sum + end - start, 0);
    if (rest.length < 5 || bytes * 10 < pack.size * 9) return;
    const waiting = rest.map(([name, start, end]) => {
        const wait = { name, start, end, done: false };
        wait.promise = new Promise((resolve, reject) => Object.assign(wait, { resolve, reject }));
        wait.promise.catch(() => { if (pending.get(name) === wait.promise) pending.delete(name); });
        pending.set(name, wait.promise);
        return wait;
    });
    readPack(new URL("./" + pack.file, import.meta.url), pack.size, waiting);
}
async function readPack(url, size, waiting) {
    try {
        const response = await fetch(url);
        if (!response.ok || !response.body) throw new Error(url + ": HTTP " + response.status);
        const bytes = new Uint8Array(size);
        const reader = response.body.getReader();
        let have = 0;
        for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            if (have + value.length > size) throw new Error(url + ": longer than " + size + " bytes");
            bytes.set(value, have);
            have += value.length;
            for (const wait of waiting) {
                if (wait.done || wait.end > have) continue;
                wait.done = true;
                const body = bytes.slice(wait.start, wait.end);
                wait.resolve(new Response(body, { headers: { "Content-Type": "application/wasm" } }));
            }
        }
        if (have !== size) throw new Error(url + ": " + have + " of " + size + " bytes");
    } catch (e) {
        for (const wait of waiting) if (!wait.done) wait.reject(e);
    }
}
/* The views' stylesheet (scripts/post-build.mjs): asked for with the first part, and a part is
   ready once it is here too, so no page is drawn without its styles. A sheet that cannot be
   fetched does not stop the page (it is asked for again with the next part). */
const VIEWS_CSS = __VIEWS_CSS__;
let viewsStyles;
function stylesForViews() {
    if (!VIEWS_CSS || typeof document === "undefined") return Promise.resolve();
    if (!viewsStyles) {
        viewsStyles = new Promise((resolve) => {
            const link = document.createElement("link");
            link.rel = "stylesheet";
            link.href = new URL(VIEWS_CSS, import.meta.url).href;
            link.onload = () => resolve();
            link.onerror = () => {
                link.remove();
                viewsStyles = undefined;
                console.error("Beredning: the views' stylesheet could not be fetched: " + link.href);
                resolve();
            };
            document.head.append(link);
        });
    }
    return viewsStyles;
}
function packed(split, load) {
    return () => {
        planPack(split);
        const styles = stylesForViews();
        return load().then((value) => styles.then(() => value));
    };
}
`;

/**
 * Writes the packs into `dir` (the build's split folder, with the optimised chunks and the
 * loader) and rewrites the loader to use them, and to add the stylesheet `viewsCss` (a path
 * relative to `dir`) with the first part it loads. Throws when the loader is not in the form
 * wasm-split 0.2 writes, so an upgrade that changes it fails the build instead of the app.
 */
export function writePacks(dir, { viewsCss = null } = {}) {
  const loaderPath = path.join(dir, LOADER);
  const loader = readFileSync(loaderPath, 'utf8');
  const splits = new Map();
  const rewritten = loader.replace(EXPORT, (_, name, fetcher, deps) => {
    const chunks = deps.split(',').map((d) => d.trim().replace(/^__/, '')).filter(Boolean);
    splits.set(name, [`split_${name}.wasm`, ...chunks.map((c) => `${c}.wasm`)]);
    return `export const __wasm_split_load_${name} = wrapAsyncCb(packed("${name}", makeLoad(${fetcher}, [${deps}])));`;
  });
  if (!splits.has(FIRST)) throw new Error(`packs: ${LOADER} has no split point "${FIRST}" in the form expected`);
  let fetches = 0;
  const withParts = rewritten.replace(FETCH, (_, file) => {
    fetches += 1;
    return `part("${file}")`;
  });
  const files = new Set([...splits.values()].flat());
  if (fetches !== files.size) throw new Error(`packs: ${fetches} fetches in ${LOADER} for ${files.size} files`);

  const first = new Set(splits.get(FIRST));
  const packs = {};
  for (const [name, members] of splits) {
    const own = name === FIRST ? members : members.filter((f) => !first.has(f));
    if (own.length < 2) continue;
    // Small files first: the shared chunks compile while the split point's own one arrives.
    const read = own.map((f) => [f, readFileSync(path.join(dir, f))]).sort(([, a], [, b]) => a.length - b.length);
    const parts = [];
    let size = 0;
    for (const [f, body] of read) {
      parts.push([f, size, size + body.length]);
      size += body.length;
    }
    const bodies = read.map(([, body]) => body);
    const file = `pack_${name}.wasm`;
    writeFileSync(path.join(dir, file), Buffer.concat(bodies));
    packs[name] = { file, size, parts };
  }
  const importLine = /^import [^\n]*\n/.exec(withParts);
  if (!importLine) throw new Error(`packs: ${LOADER} does not start with its import`);
  const runtime = RUNTIME.replace('__PACKS__', JSON.stringify(packs)).replace('__VIEWS_CSS__', JSON.stringify(viewsCss));
  writeFileSync(loaderPath, importLine[0] + runtime + withParts.slice(importLine[0].length));
  return Object.keys(packs).length;
}
