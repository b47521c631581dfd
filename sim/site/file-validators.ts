/** What `fs.stat` tells about a file that decides whether a cached copy is still current. */
export interface FileVersion {
    readonly size: number;
    readonly mtimeMs: number;
}

/** The cache policy of files served from disk: a browser may keep them, but asks whether they changed. */
export const FILE_CACHE_CONTROL = 'no-cache';

/**
 * An entity tag for a file's current version, from its size and modification time (as static file servers
 * do), so that a rebuilt or upgraded file gets a new tag.
 */
export function fileEtag(version: FileVersion): string {
    return `"${version.size.toString(16)}-${Math.floor(version.mtimeMs).toString(16)}"`;
}

/**
 * Whether a request's `If-None-Match` header names `etag` (or is `*`), by the weak comparison that header
 * uses: the browser's copy is current and the answer is 304 Not Modified.
 */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
    if (ifNoneMatch === undefined) return false;
    const opaque = (tag: string): string => tag.trim().replace(/^W\//, '');
    return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}
