import path from 'node:path';

/** Content types of the files the simulator serves, by extension. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2'
};

/** The content type of a file name, `undefined` for an extension the simulator does not serve. */
export function contentTypeOf(file: string): string | undefined {
    return CONTENT_TYPES[path.extname(file).toLowerCase()];
}

/**
 * Maps a URL path below a mount point to a file inside `dir`, or `undefined` when the path is malformed,
 * leaves `dir` (`..`, encoded slashes, absolute paths), or names a file type the simulator does not serve.
 * Whether the file exists is the server's business.
 *
 * @param dir - absolute directory the mount serves
 * @param relativeUrlPath - the URL path after the mount prefix, still percent-encoded
 */
export function fileInside(dir: string, relativeUrlPath: string): string | undefined {
    let relative: string;
    try {
        relative = decodeURIComponent(relativeUrlPath);
    } catch {
        return undefined;
    }
    if (relative.includes('\0') || relative.includes('\\') || path.isAbsolute(relative)) return undefined;
    const base = path.resolve(dir);
    const file = path.resolve(base, relative);
    if (!file.startsWith(base + path.sep) || contentTypeOf(file) === undefined) return undefined;
    return file;
}
