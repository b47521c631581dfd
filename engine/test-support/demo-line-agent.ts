import { FakeBrowserProfile } from './fake-browser';
import { settle } from './settle';
import type { FakeTab } from './fake-browser';
import type { FakeRecord } from '../../sim/test-support/fake-open-cti';

/** A fake browser profile with one softphone tab whose agent is Available on the demo line. */
export interface DemoLineAgent {
    readonly profile: FakeBrowserProfile;
    readonly tab: FakeTab;
}

/**
 * Opens the softphone with `settings` in a profile whose org holds `records`, sets the agent Available and
 * lets the status settle.
 */
export async function availableOnDemoLine(
    settings: Record<string, string>,
    ...records: FakeRecord[]
): Promise<DemoLineAgent> {
    const profile = new FakeBrowserProfile().addRecords(...records);
    const tab = await profile.openTab('page-1', { settings });
    await tab.send({ type: 'set-agent-status', status: 'available' });
    await profile.advance(1_000);
    return { profile, tab };
}

/** Rings the agent's demo line from `from` and lets the screen pop settle; resolves with the call id. */
export async function ringDemoLine({ profile, tab }: DemoLineAgent, from: string): Promise<string> {
    const call = tab.engine.demo()?.simulateIncomingCall({ from });
    await settle();
    await profile.advance(500);
    return call?.callId ?? '';
}
