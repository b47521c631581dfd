import { minify } from 'terser';
import type { MinifyOptions } from 'terser';

/**
 * terser's options for the second pass over an esbuild-minified bundle. Only transformations that keep the
 * program's meaning: no `unsafe*`, no `pure_getters` (a getter may have effects), no top-level mangling (the
 * IIFE's global is the page's entry point), no property mangling. `ecma: 2020` stays within what the build's
 * esbuild targets (Chrome/Edge/Firefox 115, Safari 16) run. Comments terser keeps by default (`/*!`,
 * `@license`, `@preserve`) are the legal comments esbuild puts at the end of the file, so they stay there.
 *
 * What each option is worth is measured in docs/performance.md: compress and mangle with a second pass take
 * 2.5 KB gzip off the engine and 3.0 KB off the Voice connector (a third pass gains nothing); `sequences`,
 * `if_return` and inlining beyond simple functions are turned off because the text they leave is more repetitive,
 * which gzip rewards (0.1-0.2 KB more off each); every other compress option is best at its default.
 */
export function terserOptions(): MinifyOptions {
    // A new object on every call: terser writes shorthand options (`module`, `ecma`) into the nested ones.
    return {
        ecma: 2020,
        compress: { passes: 2, sequences: false, inline: 1, if_return: false },
        mangle: true
    };
}

/**
 * Runs terser over a bundle esbuild has minified. Given esbuild's source map, returns the map from the final
 * text to the original sources (terser chains it), so a byte of the resource can still be traced to its file.
 * The text is the same with or without a map, and the same on every run; it ends with a newline, as esbuild's does.
 */
export async function minifyBundle(
    code: string,
    esbuildMap?: string
): Promise<{ code: string; map?: string }> {
    const result = await minify(code, {
        ...terserOptions(),
        ...(esbuildMap === undefined ? {} : { sourceMap: { content: esbuildMap } })
    });
    if (result.code === undefined) throw new Error('terser produced no output');
    const text = `${result.code}\n`;
    if (esbuildMap === undefined) return { code: text };
    if (typeof result.map !== 'string') throw new Error('terser produced no source map');
    return { code: text, map: result.map };
}
