/** Longest notes accepted: Task `Description` holds 32,000 characters. @public */
export const MAX_NOTES_LENGTH = 32_000;

/** Longest disposition accepted: Task `CallDisposition` holds 255 characters. @public */
export const MAX_DISPOSITION_LENGTH = 255;
