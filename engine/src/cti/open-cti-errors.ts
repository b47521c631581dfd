import { isRecord } from './payload-check';

/**
 * Turns Open CTI's `errors` into readable messages. The guide documents an array of
 * `{ code, description, details }`; older samples show strings. Anything else is shown as JSON.
 */
export function describeOpenCtiErrors(errors: unknown): string[] {
    if (errors === null || errors === undefined) return [];
    const list: readonly unknown[] = Array.isArray(errors) ? errors : [errors];
    return list.map((error) => {
        if (typeof error === 'string') return error;
        if (isRecord(error)) {
            const description = typeof error.description === 'string' ? error.description : undefined;
            const code = typeof error.code === 'string' ? error.code : undefined;
            if (description !== undefined && code !== undefined) return `${description} (${code})`;
            if (description !== undefined) return description;
            if (code !== undefined) return code;
        }
        try {
            return JSON.stringify(error) ?? String(error);
        } catch {
            return String(error);
        }
    });
}
