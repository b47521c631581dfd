/**
 * What phone systems and carriers put where a caller's number would be when it is withheld or unavailable,
 * lower case with single spaces.
 */
const WITHHELD_CALLER_IDS: ReadonlySet<string> = new Set([
    'anonymous',
    'restricted',
    'private',
    'private number',
    'withheld',
    'number withheld',
    'unknown',
    'unknown number',
    'unavailable',
    'not available',
    'blocked',
    'no caller id'
]);

/**
 * Whether `text` says the caller's number is withheld (`anonymous`, `Restricted`, `"Private"`), ignoring
 * case, surrounding quotes and runs of white space.
 *
 * @internal
 */
export function isWithheldCallerId(text: string): boolean {
    const words = text
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase();
    return WITHHELD_CALLER_IDS.has(words);
}
