/**
 * Base of every error the engine raises on purpose. Restores the prototype chain so `instanceof` works
 * after transpiling to ES5-style classes, and names the subclass.
 */
export abstract class SoftphoneError extends Error {
    protected constructor(message: string) {
        super(message);
        Object.setPrototypeOf(this, new.target.prototype);
        this.name = new.target.name;
    }
}
