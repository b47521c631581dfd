import { execFileSync } from 'node:child_process';
import { readlinkSync } from 'node:fs';
import { label, UI_TIMEOUT_MS, waitForTasks } from '../../harness/console-page';
import { poll } from './sip-agent-media';
import { answerCallFrom, openSignedInAgent, startSipRig } from './sip-rig';

/**
 * One real call through Kamailio whose quality the softphone measures: a caller (the harness phone page) calls
 * the agent, the agent answers, and once audio flows the scenario optionally makes the path lossy (UDP dropped
 * at random on the loopback interface by iptables, which is only allowed in a private network namespace, see
 * {@link inPrivateNetworkNamespace}), waits for the indicator to show what is expected, and ends the call so its
 * Task is written. It returns what the agent saw and what the Task says.
 */

const AGENT = '1001';

export interface CallQualityOutcome {
    /** The indicator's text once it showed what was awaited, e.g. `Call quality: Good`. */
    readonly indicator: string;
    /** What the live region said (empty when it announced nothing). */
    readonly announcement: string;
    /** `Softphone_Call_Quality__c` of the call's Task. */
    readonly taskQuality: string | undefined;
    /** The indicator texts seen while waiting, in order, each once. */
    readonly seen: readonly string[];
}

/** The network namespace this process runs in, e.g. `net:[4026531833]`. */
export function networkNamespace(): string {
    return readlinkSync('/proc/self/ns/net');
}

/**
 * Whether this process has a network namespace of its own: its parent passes its own namespace in
 * `SOFTPHONE_PARENT_NETNS`, and only a different one may have packets dropped.
 */
export function inPrivateNetworkNamespace(): boolean {
    const parent = process.env['SOFTPHONE_PARENT_NETNS'];
    try {
        return parent !== undefined && parent !== '' && networkNamespace() !== parent;
    } catch {
        return false;
    }
}

/** Drops `percent` % of the UDP packets (the calls' media) arriving on any interface of this namespace. */
function dropUdp(percent: number): void {
    if (!inPrivateNetworkNamespace())
        throw new Error(
            'Refusing to drop packets outside a private network namespace (it would hit other work).'
        );
    execFileSync('iptables', [
        '-A',
        'INPUT',
        '-p',
        'udp',
        '-m',
        'statistic',
        '--mode',
        'random',
        '--probability',
        String(percent / 100),
        '-j',
        'DROP'
    ]);
}

/**
 * Runs the call. `lossPercent` 0 keeps the path clean and waits for **Good**; more waits for the loss warning.
 * Everything it starts is stopped before it returns or throws.
 */
export async function runCallQualityScenario(lossPercent: number): Promise<CallQualityOutcome> {
    const rig = await startSipRig();
    try {
        const agent = await openSignedInAgent(rig, AGENT);
        const { page: agentPage, softphone } = agent;
        const { caller, active } = await answerCallFrom(rig, agent, AGENT, {
            user: '+14155550161',
            display: '(415) 555-0161'
        });
        if (lossPercent > 0) dropUdp(lossPercent);

        // Readings come every 5 s; the first after the loss starts may still cover clean audio.
        const awaited =
            lossPercent > 0
                ? `${label('Softphone_CallQualityPoor')}: ${label('Softphone_CallQualityLoss')}`
                : label('Softphone_CallQualityGood');
        const indicator = active.locator('[data-id="quality"]');
        const seen: string[] = [];
        const shown = await poll(
            `the quality indicator to show ${awaited}`,
            async () => {
                const text = (await indicator.count()) > 0 ? ((await indicator.textContent()) ?? '') : '';
                const words = text.replace(/\s+/g, ' ').trim();
                if (words !== '' && words !== seen.at(-1)) seen.push(words);
                return words;
            },
            (words) => words.includes(awaited),
            30_000
        );
        const announcement =
            (await active.locator('[data-id="quality-announcement"]').textContent())?.trim() ?? '';

        await caller.hangUp();
        const wrapUp = softphone.locator('c-softphone-wrap-up');
        await wrapUp.waitFor({ timeout: UI_TIMEOUT_MS });
        await wrapUp.getByRole('button', { name: label('Softphone_Save'), exact: true }).click();
        const [task] = await waitForTasks(agentPage);
        const quality = task?.fields['Softphone_Call_Quality__c'];
        return {
            indicator: shown,
            announcement,
            taskQuality: typeof quality === 'string' ? quality : undefined,
            seen
        };
    } finally {
        await rig.stop();
    }
}
