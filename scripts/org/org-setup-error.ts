/**
 * A step of the org tooling could not do its job. The message says what failed and what to do next; the
 * command-line entry points print it and exit non-zero.
 */
export class OrgSetupError extends Error {
    public constructor(message: string) {
        super(message);
        this.name = 'OrgSetupError';
        Object.setPrototypeOf(this, new.target.prototype);
    }
}
