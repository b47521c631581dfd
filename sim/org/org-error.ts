/**
 * Why the org refused a write, with the status code Salesforce's APIs use for it (`REQUIRED_FIELD_MISSING`,
 * `INVALID_FIELD`, `INVALID_CROSS_REFERENCE_KEY`, ...) and a message in Salesforce's words.
 */
export class OrgError extends Error {
    constructor(
        readonly statusCode: string,
        message: string,
        readonly fields: readonly string[] = []
    ) {
        super(message);
        this.name = 'OrgError';
        Object.setPrototypeOf(this, new.target.prototype);
    }
}
