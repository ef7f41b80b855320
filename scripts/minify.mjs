// Minification of what the release build writes outside Trunk's own pipeline: the JS glue and
// the split loader (ES modules), the boot script (a classic script) and the joined stylesheets.
// Every byte of them is on the first screen's path, which a slow connection pays for in time
// (docs/performance.md). Tools from npm, pinned in package.json: terser, csso.
import { minify_sync as terser } from 'terser';
import { minify as cssoMinify } from 'csso';

/**
 * JS code, minified. An ES module (`module: true`) keeps the names of its imports and exports;
 * a classic script keeps its top-level names, which other scripts may read.
 */
export function minifyJs(code, { module }) {
  return terser(code, { module, compress: { passes: 2 }, mangle: true, format: { comments: false } }).code;
}

/** A stylesheet, minified (structure kept: no rules are merged across the cascade). */
export function minifyCss(css) {
  return cssoMinify(css, { restructure: false, comments: false }).css;
}
