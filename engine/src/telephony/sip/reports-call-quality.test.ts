import { QUALITY_INTERVAL_MS } from '../quality/quality-monitor';
import { createSipRig, registerAgent } from './test-support/sip-rig';
import type { SipRig } from './test-support/sip-rig';
import { FakeMicrophoneDevices, FakePeerConnection, installFakeWebRtc } from './test-support/fake-webrtc';
import { waitFor } from './test-support/wait-for';

const CALLEE = '+14155550199';

/** A `getStats()` report of an audio call as Chromium gives it, reduced to what quality reads. */
function stats(received: number, lost: number, jitterS: number, rttS: number): Record<string, unknown>[] {
    return [
        { id: 'codec', type: 'codec', mimeType: 'audio/PCMU' },
        {
            id: 'in',
            type: 'inbound-rtp',
            kind: 'audio',
            packetsReceived: received,
            packetsLost: lost,
            jitter: jitterS
        },
        { id: 'remote-in', type: 'remote-inbound-rtp', kind: 'audio', roundTripTime: rttS, fractionLost: 0 }
    ];
}

describe('SipTelephonyProvider call quality', () => {
    let uninstall: () => void;
    let rig: SipRig;

    beforeEach(async () => {
        uninstall = installFakeWebRtc();
        const devices = new FakeMicrophoneDevices();
        rig = createSipRig({ mediaDevices: () => devices, iceGatheringTimeoutMs: 20 }, 'webrtc');
        await registerAgent(rig);
    });

    afterEach(async () => {
        await rig.close();
        uninstall();
    });

    /** Dials a phone that answers at once; resolves with the call and its peer connection once connected. */
    async function connectedCall(): Promise<{ callId: string; connection: FakePeerConnection }> {
        const callee = await rig.phone(CALLEE);
        callee.autoAnswer = true;
        const callId = await rig.provider.dial(CALLEE);
        const connection = FakePeerConnection.last;
        await waitFor('the call to connect', () =>
            rig.events.events.some((event) => event.type === 'connected')
        );
        rig.events.take();
        return { callId, connection };
    }

    /** Lets one interval pass and waits for the reading it starts. */
    async function nextReading(connection: FakePeerConnection): Promise<void> {
        const before = connection.statsRead;
        rig.clock.advance(QUALITY_INTERVAL_MS);
        await waitFor('a statistics reading', () => connection.statsRead === before + 1);
        // The report is read after getStats() resolves.
        await new Promise((resolve) => setTimeout(resolve, 0));
    }

    function qualityEvents(): unknown[] {
        return rig.events.take().filter((event) => event.type === 'quality');
    }

    it('reads getStats every 5 s while connected and reports each interval, a lossy one included', async () => {
        const { callId, connection } = await connectedCall();
        // A recorded call: 250 packets per 5 s; in the second interval 25 of 250 are lost (10 %) and jitter rises.
        connection.statsReports = [
            stats(250, 0, 0.004, 0.04),
            stats(475, 25, 0.03, 0.06),
            stats(725, 25, 0.005, 0.04)
        ];
        rig.clock.advance(QUALITY_INTERVAL_MS - 1);
        expect(connection.statsRead).toBe(0);

        await nextReading(connection);
        await nextReading(connection);
        await nextReading(connection);
        expect(qualityEvents()).toEqual([
            { type: 'quality', callId, sample: { rttMs: 40, jitterMs: 4, lossPercent: 0, mos: 4.39 } },
            {
                type: 'quality',
                callId,
                sample: { rttMs: 60, jitterMs: 30, lossPercent: 10, mos: expect.closeTo(3.4, 1) }
            },
            { type: 'quality', callId, sample: { rttMs: 40, jitterMs: 5, lossPercent: 0, mos: 4.39 } }
        ]);
    });

    it('stops reading while the call is on hold and reads again once it is resumed', async () => {
        const { callId, connection } = await connectedCall();
        connection.statsReports = [
            stats(250, 0, 0.004, 0.04),
            stats(260, 0, 0.004, 0.04),
            stats(510, 0, 0.004, 0.04)
        ];
        await nextReading(connection);
        await rig.provider.hold(callId);
        rig.events.take();

        rig.clock.advance(QUALITY_INTERVAL_MS * 4);
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(connection.statsRead).toBe(1);

        await rig.provider.resume(callId);
        rig.events.take();
        await nextReading(connection);
        expect(qualityEvents()).toEqual([
            { type: 'quality', callId, sample: { rttMs: 40, jitterMs: 4, lossPercent: 0, mos: 4.39 } }
        ]);
    });

    it('leaves no timer and reads nothing more once the call ended', async () => {
        const { callId, connection } = await connectedCall();
        connection.statsReports = [stats(250, 0, 0.004, 0.04)];
        await nextReading(connection);
        expect(qualityEvents()).toHaveLength(1);
        const timersDuringCall = rig.clock.pendingTimers;
        await rig.provider.hangUp(callId);
        await waitFor('the end', () => rig.events.events.some((event) => event.type === 'ended'));
        expect(rig.clock.pendingTimers).toBe(timersDuringCall - 1);

        rig.clock.advance(QUALITY_INTERVAL_MS * 3);
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(connection.statsRead).toBe(1);
        expect(qualityEvents()).toEqual([]);
    });

    it('goes on after a reading fails, and says why in the log', async () => {
        const { callId, connection } = await connectedCall();
        connection.getStats = () => Promise.reject(new Error('InvalidStateError'));
        rig.clock.advance(QUALITY_INTERVAL_MS);
        await waitFor('the warning', () =>
            rig.warnings.some((warning) => warning.includes('InvalidStateError'))
        );
        expect(rig.warnings).toContain(`Call ${callId} statistics: InvalidStateError`);
        expect(rig.clock.pendingTimers).toBeGreaterThan(0);
    });
});
