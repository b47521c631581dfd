/** What an error says, for a log line or a problem shown to the agent: its message, or the thrown value as text. */
export function messageOf(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
