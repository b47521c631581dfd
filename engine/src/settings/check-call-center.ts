import type { CallCenterSettings } from '../cti/open-cti-types';
import { clip } from '../text';

/** A problem found outside the typed settings: an unknown item, or an Open CTI setting of the call center. */
export interface CallCenterItemProblem {
    readonly setting: string;
    readonly value: string;
    /** Without the setting's name; the caller puts it in front. */
    readonly message: string;
}

/** Edit distance between two short names (case-insensitive), for "did you mean". */
function distance(a: string, b: string): number {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    let previous = Array.from({ length: y.length + 1 }, (_, index) => index);
    for (let i = 1; i <= x.length; i++) {
        const current = [i];
        for (let j = 1; j <= y.length; j++) {
            const cost = x[i - 1] === y[j - 1] ? 0 : 1;
            current[j] = Math.min(
                (previous[j] ?? 0) + 1,
                (current[j - 1] ?? 0) + 1,
                (previous[j - 1] ?? 0) + cost
            );
        }
        previous = current;
    }
    return previous[y.length] ?? Math.max(x.length, y.length);
}

/**
 * Items of `section` that are not in `known`: usually a misspelt name, whose value is then silently unused.
 * Each names the closest known item when there is one.
 */
export function findUnknownItems(
    raw: CallCenterSettings,
    section: string,
    known: readonly string[]
): CallCenterItemProblem[] {
    const prefix = `/${section}/`;
    const problems: CallCenterItemProblem[] = [];
    for (const [path, value] of Object.entries(raw)) {
        if (!path.startsWith(prefix)) continue;
        const name = path.slice(prefix.length);
        // `/<section>/label` is the section's own label, which Salesforce reports with its items.
        if (name === 'label' || known.includes(name)) continue;
        const nearest = known
            .map((candidate) => ({ candidate, cost: distance(name, candidate) }))
            .sort((a, b) => a.cost - b.cost)[0];
        const hint =
            nearest && nearest.cost <= Math.max(3, Math.floor(name.length / 3))
                ? `; did you mean ${nearest.candidate}?`
                : '';
        problems.push({
            setting: clip(name),
            value: typeof value === 'string' ? value : '',
            message: `is not a setting of this softphone, so its value is not used${hint}`
        });
    }
    return problems;
}

/** A whole number of `text`, or NaN. */
function wholeNumber(text: string): number {
    return /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
}

/** A relative Salesforce path (`/apex/Softphone`) or an absolute https:// URL. */
function isPageUrl(text: string): boolean {
    if (/^\/(?!\/)[^\s]*$/.test(text)) return true;
    try {
        const url = new URL(text);
        return url.protocol === 'https:' && url.hostname !== '' && !url.username && !url.password;
    } catch {
        return false;
    }
}

/**
 * Checks the Open CTI settings of the call center's General Information (`/reqGeneralInfo/...`): Salesforce
 * reads them, not the softphone, but a wrong one shows as a blank or cramped panel, so the admin hears of it
 * here. Absent items are fine (Salesforce has defaults).
 */
export function checkGeneralInfo(raw: CallCenterSettings): CallCenterItemProblem[] {
    const problems: CallCenterItemProblem[] = [];
    const read = (name: string): string | undefined => {
        const value = raw[`/reqGeneralInfo/${name}`];
        return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
    };
    const report = (name: string, value: string, message: string): void => {
        problems.push({ setting: name, value, message: `${message} (got ${clip(value)})` });
    };

    const mode = read('reqSalesforceCompatibilityMode');
    if (mode !== undefined && mode !== 'Lightning' && mode !== 'Classic_and_Lightning')
        report(
            'reqSalesforceCompatibilityMode',
            mode,
            'must be Lightning or Classic_and_Lightning, or Lightning Experience shows no softphone'
        );
    const range = (name: string, min: number, max: number, unit: string): void => {
        const value = read(name);
        if (value === undefined) return;
        const number = wholeNumber(value);
        if (!(number >= min && number <= max))
            report(name, value, `must be a whole number of ${unit} from ${min} to ${max}`);
    };
    range('reqSoftphoneHeight', 240, 2560, 'pixels');
    range('reqSoftphoneWidth', 200, 1920, 'pixels');
    const timeout = read('reqTimeout');
    if (timeout !== undefined && !(wholeNumber(timeout) >= 1000))
        report(
            'reqTimeout',
            timeout,
            'must be a whole number of milliseconds of at least 1000 (the standby page shows after it)'
        );
    for (const name of ['reqAdapterUrl', 'reqStandbyUrl']) {
        const value = read(name);
        if (value !== undefined && !isPageUrl(value))
            report(name, value, 'must be a Salesforce path such as /apex/Softphone or an https:// URL');
    }
    const useApi = read('reqUseApi');
    if (useApi !== undefined && useApi !== 'true' && useApi !== 'false')
        report('reqUseApi', useApi, 'must be true or false');
    return problems;
}
