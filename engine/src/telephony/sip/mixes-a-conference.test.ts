import { connectInbound, createSipRig, registerAgent } from './test-support/sip-rig';
import type { SipRig } from './test-support/sip-rig';
import type { FakeSessionDescriptionHandler } from './test-support/fake-media';
import type { MixContext } from './conference-mix';
import { waitFor } from './test-support/wait-for';

/** A Web Audio context that records the nodes a mix makes; its destinations hand out tracks by number. */
function fakeAudio(): { context: MixContext; closed: () => boolean; mixTracks: MediaStreamTrack[] } {
    let closed = false;
    const mixTracks: MediaStreamTrack[] = [];
    const node = { connect: () => undefined, disconnect: () => undefined };
    const context = {
        createMediaStreamSource: () => node,
        createMediaStreamDestination: () => {
            const track = {
                kind: 'audio',
                enabled: true,
                stop: () => undefined
            } as unknown as MediaStreamTrack;
            mixTracks.push(track);
            return { ...node, stream: { getAudioTracks: () => [track], getTracks: () => [track] } };
        },
        resume: async () => undefined,
        close: async () => {
            closed = true;
        }
    } as unknown as MixContext;
    return { context, closed: () => closed, mixTracks };
}

describe('SipTelephonyProvider conference', () => {
    let rig: SipRig;
    let audio: ReturnType<typeof fakeAudio>;
    let callId: string;
    let consultId: string;
    let callerMedia: FakeSessionDescriptionHandler;
    let consultMedia: FakeSessionDescriptionHandler;

    beforeAll(() => {
        (globalThis as { MediaStream?: unknown }).MediaStream ??= class {
            constructor(readonly tracks: unknown[]) {}
        };
    });

    beforeEach(async () => {
        audio = fakeAudio();
        rig = createSipRig({ audioContext: () => audio.context });
        await registerAgent(rig);
        const caller = await rig.phone('+14155550123');
        const colleague = await rig.phone('+14155550188');
        colleague.autoAnswer = true;
        ({ callId } = await connectInbound(rig, caller));
        callerMedia = rig.media.last;
        await rig.provider.hold(callId);
        consultId = await rig.provider.dial('+14155550188');
        await waitFor('the colleague to answer', () => {
            rig.clock.advance(0);
            return rig.events.events.some(
                (event) => event.type === 'connected' && event.callId === consultId
            );
        });
        consultMedia = rig.media.last;
        await rig.provider.resume(callId);
        rig.events.take();
    });

    afterEach(async () => {
        await rig.close();
    });

    it("sends each party a mix in place of the agent's microphone, and gives it back when a leg is held", async () => {
        const [callerMic, consultMic] = [callerMedia.sender.track, consultMedia.sender.track];
        await rig.provider.conference(callId, consultId);
        expect(audio.mixTracks).toHaveLength(2);
        expect(callerMedia.sender.track).toBe(audio.mixTracks[0]);
        expect(consultMedia.sender.track).toBe(audio.mixTracks[1]);

        // Mute silences the agent's microphone in the mix; the parties still hear each other (senders stay on).
        await rig.provider.mute(callId);
        await rig.provider.mute(consultId);
        expect(callerMic?.enabled).toBe(false);
        expect(callerMedia.sending).toBe(true);
        expect(consultMedia.sending).toBe(true);
        await rig.provider.unmute(callId);
        expect(callerMic?.enabled).toBe(true);

        await rig.provider.hold(consultId);
        expect(callerMedia.sender.track).toBe(callerMic);
        expect(consultMedia.sender.track).toBe(consultMic);
        expect(audio.closed()).toBe(true);
        // Each leg then sends as hold says: the held one nothing, the other the agent again.
        expect(consultMedia.sending).toBe(false);
        expect(callerMedia.sending).toBe(true);
    });

    it('ends the mix when a party hangs up: the other gets the microphone alone again', async () => {
        const callerMic = callerMedia.sender.track;
        await rig.provider.conference(callId, consultId);
        await rig.provider.hangUp(consultId);
        await waitFor('the mix to stop', () => audio.closed());
        expect(callerMedia.sender.track).toBe(callerMic);
    });

    it('refuses a conference with a held call, or with itself', async () => {
        await rig.provider.hold(consultId);
        await expect(rig.provider.conference(callId, consultId)).rejects.toMatchObject({
            code: 'invalid-state'
        });
        await expect(rig.provider.conference(callId, callId)).rejects.toThrow(/with itself/);
        expect(audio.mixTracks).toHaveLength(0);
    });
});
