// Minification of what the release build writes outside Trunk's own pipeline: the JS glue and
// the split loader (ES modules), the boot script (a classic script) and the joined stylesheets.
// Every byte of them is on the first screen's path, which a slow connection pays for in time
// (docs/performance.md). Tools from npm, pinned in package.json: terser, csso.
import { minify_sync as terser } from 'terser';
import { minify as cssoMinify } from 'csso';

/** An ES module's code, minified; its imports and exports keep their names. */
export function minifyModule(code) {
  return terser(code, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } }).code;
}

/** A classic script's code, minified; its top-level names are left as they are. */
export function minifyScript(code) {
  return terser(code, { module: false, compress: { passes: 2 }, mangle: true, format: { comments: false } }).code;
}

/** A stylesheet, minified (structure kept: no rules are merged across the cascade). */
export function minifyCss(css) {
  return cssoMinify(css, { restructure: false, comments: false }).css;
}
