import path from 'node:path';
import type { Browser, Frame, Locator, Page } from 'playwright-core';
import type { ConsoleWindow } from '../sim/browser/simulator-globals';
import { readCustomLabels } from '../sim/labels/custom-labels';
import type { OrgRecord } from '../sim/org/org-record';
import { PROJECT_FILES } from '../sim/project-files';
import { watchProblems } from './page-problems';
import { ROOT } from './project-root';

/** How long a step may take to show in the UI. */
export const UI_TIMEOUT_MS = 15_000;

const labels = readCustomLabels(path.join(ROOT, PROJECT_FILES.labelsDir));

/** A Custom Label's value: what the agent reads. */
export function label(name: string): string {
    const value = labels.get(name);
    if (value === undefined) throw new Error(`label ${name} is not in the project`);
    return value;
}

/** The console page, the softphone in its utility panel, and what went wrong in either. */
export interface ConsoleSession {
    readonly page: Page;
    readonly panel: Frame;
    /** The `c-softphone` component in the panel. */
    readonly softphone: Locator;
    /** Uncaught errors, `console.error`, failed requests and HTTP errors, in any frame. */
    readonly problems: string[];
}

/**
 * Opens the console and waits for the softphone in its panel to be ready (its Call button shows), unless
 * `waitForSoftphone` is false (a panel without Open CTI never gets there).
 */
export async function openConsole(
    browser: Browser,
    url: string,
    waitForSoftphone = true
): Promise<ConsoleSession> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const problems = watchProblems(page);
    await page.goto(url, { timeout: UI_TIMEOUT_MS });
    const element = await page.waitForSelector('iframe[data-utility-panel]', { timeout: UI_TIMEOUT_MS });
    const panel = await element.contentFrame();
    if (!panel) throw new Error('the utility panel has no frame');
    await panel.waitForLoadState('load', { timeout: UI_TIMEOUT_MS });
    const softphone = panel.locator('c-softphone');
    if (waitForSoftphone) {
        await softphone
            .getByRole('button', { name: label('Softphone_Call'), exact: true })
            .waitFor({ timeout: UI_TIMEOUT_MS });
    }
    return { page, panel, softphone, problems };
}

/** The agent signs in to the PBX in the softphone's sign-in form and waits until it says Ready. */
export async function signInToPbx(softphone: Locator, user: string, password: string): Promise<void> {
    const form = softphone.locator('c-softphone-sign-in');
    await form.getByLabel(label('Softphone_SipUser')).fill(user, { timeout: UI_TIMEOUT_MS });
    await form.getByLabel(label('Softphone_SipPassword')).fill(password);
    await form.getByRole('button', { name: label('Softphone_SipSignIn'), exact: true }).click();
    await softphone
        .getByText(label('Softphone_Ready'), { exact: true })
        .first()
        .waitFor({ timeout: UI_TIMEOUT_MS });
}

/** The URL paths of every file the frame fetched so far (its Resource Timing entries), e.g. the static resources. */
export function pathsFetched(frame: Frame): Promise<string[]> {
    return frame.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)
    );
}

/** The agent sets their status to Available and waits until the demo line says Ready. */
export async function goAvailable(softphone: Locator): Promise<void> {
    await softphone.locator('c-softphone-status-bar lightning-combobox button').click();
    await softphone.getByRole('option', { name: label('Softphone_Available') }).click();
    await softphone.getByText(label('Softphone_Ready'), { exact: true }).waitFor({ timeout: UI_TIMEOUT_MS });
}

/** A caller rings the agent through the console's "Call the agent" card. */
export async function ringAgent(
    page: Page,
    call: { readonly from: string; readonly displayName?: string; readonly caseNumber?: string }
): Promise<string> {
    const card = page.locator('[data-caller]');
    await card.getByLabel('Caller number').fill(call.from);
    await card.getByLabel('Caller name (optional)').fill(call.displayName ?? '');
    await card.getByLabel(/IVR case number/).fill(call.caseNumber ?? '');
    await card.getByRole('button', { name: 'Ring the agent' }).click();
    const status = card.locator('[data-caller-status]');
    // Ring is disabled until the softphone answered the command.
    await card.locator('[data-ring]:enabled').waitFor({ timeout: UI_TIMEOUT_MS });
    const text = (await status.textContent()) ?? '';
    const callId = /^Placed call (\S+) to the agent\.$/.exec(text)?.[1];
    if (!callId) throw new Error(`the console could not ring the agent: ${text}`);
    return callId;
}

/** Clicks a lightning-button (or lightning-button-icon) of the softphone by its `data-id`. */
export async function press(softphone: Locator, dataId: string): Promise<void> {
    await softphone.locator(`[data-id="${dataId}"] button`).click({ timeout: UI_TIMEOUT_MS });
}

/** Picks an option of a lightning-combobox of the softphone by its `data-id`. */
export async function choose(softphone: Locator, dataId: string, option: string): Promise<void> {
    await softphone
        .locator(`lightning-combobox[data-id="${dataId}"] button`)
        .click({ timeout: UI_TIMEOUT_MS });
    await softphone
        .locator(`lightning-combobox[data-id="${dataId}"]`)
        .getByRole('option', { name: option, exact: true })
        .click({ timeout: UI_TIMEOUT_MS });
}

/** The records of one object in the console's org, as stored now. */
export function orgRecords(page: Page, sobjectType: string): Promise<OrgRecord[]> {
    return page.evaluate(
        (type) => (window as ConsoleWindow).softphoneConsole?.org.records(type) ?? [],
        sobjectType
    );
}

/** The Id of the org's record of an object with the given title (`Name`, `CaseNumber`). */
export async function recordId(page: Page, sobjectType: string, title: string): Promise<string> {
    const record = (await orgRecords(page, sobjectType)).find(
        (candidate) => candidate.fields.Name === title || candidate.fields.CaseNumber === title
    );
    if (!record) throw new Error(`no ${sobjectType} ${title} in the console's org`);
    return record.Id;
}

/** Waits until the org holds `count` Tasks and returns them. */
export async function waitForTasks(page: Page, count = 1): Promise<OrgRecord[]> {
    await page.waitForFunction(
        (expected) =>
            ((window as ConsoleWindow).softphoneConsole?.org.records('Task').length ?? 0) >= expected,
        count,
        { timeout: UI_TIMEOUT_MS }
    );
    return orgRecords(page, 'Task');
}

/** Today in the browser's time zone, `YYYY-MM-DD`, as the softphone writes `ActivityDate`. */
export function today(page: Page): Promise<string> {
    return page.evaluate(() => {
        const now = new Date();
        const pad = (value: number): string => String(value).padStart(2, '0');
        return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    });
}
