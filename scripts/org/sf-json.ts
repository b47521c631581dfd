/**
 * The envelope every `sf ... --json` command prints: `{ status, result, warnings }` on success, and
 * `{ status, name, message, exitCode, data, ... }` on failure (status is the exit code; 0 is success).
 */
export interface SfEnvelope {
    readonly status: number;
    readonly result: unknown;
    readonly name: string | undefined;
    readonly message: string | undefined;
    readonly warnings: readonly string[];
    readonly data: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function findJsonObject(text: string): Record<string, unknown> | undefined {
    const trimmed = text.trim();
    if (trimmed === '') return undefined;
    const candidates = [trimmed, trimmed.slice(trimmed.indexOf('{'))];
    for (const candidate of candidates) {
        try {
            const parsed: unknown = JSON.parse(candidate);
            if (isRecord(parsed)) return parsed;
        } catch {
            // Not JSON (a warning line before the JSON, or plain text): try the next candidate.
        }
    }
    return undefined;
}

/**
 * Reads the `--json` envelope from a command's stdout (or stderr, where older CLI versions printed errors).
 *
 * @returns the envelope, or undefined when neither stream holds a JSON object
 */
export function parseSfEnvelope(stdout: string, stderr: string, exitCode: number): SfEnvelope | undefined {
    const json = findJsonObject(stdout) ?? findJsonObject(stderr);
    if (json === undefined) return undefined;
    const status = typeof json['status'] === 'number' ? json['status'] : exitCode;
    const warnings = Array.isArray(json['warnings'])
        ? json['warnings'].filter((warning): warning is string => typeof warning === 'string')
        : [];
    return {
        status,
        result: json['result'],
        name: typeof json['name'] === 'string' ? json['name'] : undefined,
        message: typeof json['message'] === 'string' ? json['message'] : undefined,
        warnings,
        data: json['data']
    };
}

export { isRecord };
