/**
 * What an Apex method returned, from `runApex`'s `returnValue`: Open CTI puts it under `runApex`
 * (`{ runApex: "…" }`); a host that unwraps it passes it bare.
 */
export function apexReturnValue(returnValue: unknown): unknown {
    return typeof returnValue === 'object' && returnValue !== null && 'runApex' in returnValue
        ? (returnValue as { runApex: unknown }).runApex
        : returnValue;
}

/**
 * The JSON an Apex method answered with (a JSON string, or the value itself from a host that parsed it);
 * `undefined` when the string is not JSON.
 */
export function apexJsonAnswer(returnValue: unknown): { readonly json: unknown } | undefined {
    const raw = apexReturnValue(returnValue);
    try {
        return { json: typeof raw === 'string' ? JSON.parse(raw) : raw };
    } catch {
        return undefined;
    }
}
