import { fileEtag, matchesEtag } from './file-validators';

describe('fileEtag', () => {
    it('gives a file a new tag when its size or modification time changes', () => {
        const tag = fileEtag({ size: 964120, mtimeMs: 1_700_000_000_123.4 });
        expect(tag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
        expect(fileEtag({ size: 964120, mtimeMs: 1_700_000_000_123.9 })).toBe(tag);
        expect(fileEtag({ size: 964121, mtimeMs: 1_700_000_000_123.4 })).not.toBe(tag);
        expect(fileEtag({ size: 964120, mtimeMs: 1_700_000_001_123.4 })).not.toBe(tag);
    });
});

describe('matchesEtag', () => {
    const tag = fileEtag({ size: 10, mtimeMs: 20 });

    it('answers Not Modified for the current tag, in a list, weak, or *', () => {
        expect(matchesEtag(tag, tag)).toBe(true);
        expect(matchesEtag(`"other", ${tag}`, tag)).toBe(true);
        expect(matchesEtag(`W/${tag}`, tag)).toBe(true);
        expect(matchesEtag('*', tag)).toBe(true);
    });

    it('sends the file when the browser has no copy or an older one', () => {
        expect(matchesEtag(undefined, tag)).toBe(false);
        expect(matchesEtag('', tag)).toBe(false);
        expect(matchesEtag(fileEtag({ size: 10, mtimeMs: 21 }), tag)).toBe(false);
    });
});
