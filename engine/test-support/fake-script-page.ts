import { FakeBridgeWindow } from './fake-bridge-window';

/** The adapter page's window with the globals the lines' scripts define once loaded. */
export class LinePageWindow extends FakeBridgeWindow {
    SoftphoneDemoLine?: unknown;
    SoftphoneDeskPhoneLine?: unknown;
}

/** A script element: its URL, its load and error listeners, and whether it was taken out of the page again. */
export interface FakeScript {
    src: string;
    readonly listeners: Map<string, () => void>;
    removed: boolean;
}

/** The page's document as the engine adds scripts to it: records them; the test says when they load or fail. */
export class FakeScriptDocument {
    readonly scripts: FakeScript[] = [];
    readonly head = { append: (script: FakeScript) => this.scripts.push(script) };

    createElement(tagName: string) {
        if (tagName !== 'script') throw new Error(`unexpected element ${tagName}`);
        const script: FakeScript = { src: '', listeners: new Map(), removed: false };
        return Object.assign(script, {
            addEventListener: (type: string, listener: () => void) => script.listeners.set(type, listener),
            remove: () => (script.removed = true)
        });
    }

    addEventListener(): void {}
    removeEventListener(): void {}
}
