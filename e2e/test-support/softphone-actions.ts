import type { Locator } from 'playwright-core';
import { label, UI_TIMEOUT_MS } from '../../harness/console-page';

/** The agent's clicks and looks in the softphone, for tests that drive its calls. */
export interface SoftphoneActions {
    /** A button of the softphone (or of a part of it) by its exact name. */
    button(name: string, within?: Locator): Locator;
    /** Waits until the text (an element's whole text, or a pattern's match) shows in the softphone or a part of it. */
    see(text: string | RegExp, within?: Locator): Promise<void>;
    /** Saves the wrap-up of the call that just ended and waits until the softphone is idle again. */
    saveWrapUp(): Promise<void>;
}

/** Actions on the `c-softphone` that `softphone()` returns when they run (a test may open it later). */
export function softphoneActions(softphone: () => Locator): SoftphoneActions {
    const button = (name: string, within: Locator = softphone()): Locator =>
        within.getByRole('button', { name, exact: true });
    return {
        button,
        async see(text, within = softphone()) {
            const found =
                typeof text === 'string' ? within.getByText(text, { exact: true }) : within.getByText(text);
            await found.first().waitFor({ timeout: UI_TIMEOUT_MS });
        },
        async saveWrapUp() {
            const wrapUp = softphone().locator('c-softphone-wrap-up');
            await button(label('Softphone_Save'), wrapUp).click();
            await wrapUp.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
        }
    };
}
