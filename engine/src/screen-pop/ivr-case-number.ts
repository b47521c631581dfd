/** The SIP header an IVR sets to the case number the caller keyed in. */
export const IVR_CASE_NUMBER_HEADER = 'x-case-number';

/** Longest text a Case's `CaseNumber` can hold. */
const MAX_CASE_NUMBER_LENGTH = 30;

/**
 * The case number in the IVR data (`x-case-number`, in any letter case), trimmed; `undefined` when there is
 * none or it cannot be a case number (blank, too long, or with characters beyond letters, digits, `-`, `_`).
 */
export function caseNumberFromIvr(ivrData: Readonly<Record<string, string>>): string | undefined {
    const entry = Object.entries(ivrData).find(
        ([name]) => name.trim().toLowerCase() === IVR_CASE_NUMBER_HEADER
    );
    const value = entry?.[1]?.trim();
    if (!value || value.length > MAX_CASE_NUMBER_LENGTH || !/^[A-Za-z0-9_-]+$/.test(value)) return undefined;
    return value;
}
