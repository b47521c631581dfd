import type { OrgRecord } from './org-record';
import { fieldText } from './org-record';
import type { OrgStore } from './org-store';
import { samePhoneNumber } from './phone-digits';
import { SOBJECTS, sobjectNamed } from './sobject-catalog';

/** What a record is called: its title field (`Name`, `CaseNumber`, `Subject`), else its Id. */
export function recordTitle(record: OrgRecord): string {
    const sobject = sobjectNamed(record.sobjectType);
    return (sobject && fieldText(record, sobject.titleField)) || record.Id;
}

function wordsOf(text: string): string[] {
    return text
        .toLowerCase()
        .split(/[^\p{L}\p{N}@.]+/u)
        .filter(Boolean);
}

/** Whether one record matches a search: a phone field by its digits, any other text field by all the words. */
export function recordMatches(record: OrgRecord, searchString: string): boolean {
    const sobject = sobjectNamed(record.sobjectType);
    if (!sobject) return false;
    const words = wordsOf(searchString);
    if (words.length === 0) return false;
    return sobject.fields.some((field) => {
        const value = fieldText(record, field.name);
        if (value === '') return false;
        if (field.kind === 'phone') return samePhoneNumber(searchString, value);
        if (!['text', 'email', 'auto-number', 'textarea'].includes(field.kind)) return false;
        const fieldWords = wordsOf(value);
        return words.every((word) => fieldWords.includes(word));
    });
}

/**
 * Searches the org the way the console's global search and a softphone layout do: every record of the given
 * objects (all searchable objects by default, Tasks excluded) that {@link recordMatches}, in object order,
 * then by title.
 */
export function searchOrg(
    store: OrgStore,
    searchString: string,
    objectTypes: readonly string[] = SOBJECTS.filter((s) => s.apiName !== 'Task').map((s) => s.apiName)
): OrgRecord[] {
    const text = searchString.trim();
    if (text === '') return [];
    return objectTypes.flatMap((type) =>
        store
            .list(type)
            .filter((record) => recordMatches(record, text))
            .sort((a, b) => recordTitle(a).localeCompare(recordTitle(b)))
    );
}
