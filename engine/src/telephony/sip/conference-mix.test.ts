import { mixConference } from './conference-mix';
import type { MixContext } from './conference-mix';

/** Fake Web Audio nodes that remember what they feed. */
class FakeNode {
    readonly feeds: unknown[] = [];
    constructor(readonly label: string) {}
    connect(target: unknown): void {
        this.feeds.push(target);
    }
    disconnect(): void {
        this.feeds.length = 0;
    }
}

function fakeTrack(id: string): MediaStreamTrack {
    return { id, kind: 'audio', enabled: true, stop: jest.fn() } as unknown as MediaStreamTrack;
}

function fakeSender(track: MediaStreamTrack): RTCRtpSender & { track: MediaStreamTrack | null } {
    const sender = {
        track: track as MediaStreamTrack | null,
        replaceTrack: jest.fn(async (next: MediaStreamTrack | null) => {
            sender.track = next;
        })
    };
    return sender as unknown as RTCRtpSender & { track: MediaStreamTrack | null };
}

describe('mixConference', () => {
    const created: {
        sources: Map<unknown, FakeNode>;
        destinations: (FakeNode & { track: MediaStreamTrack })[];
    } = {
        sources: new Map(),
        destinations: []
    };
    let context: MixContext & { closed: boolean };

    beforeAll(() => {
        (globalThis as { MediaStream?: unknown }).MediaStream = class {
            constructor(readonly tracks: MediaStreamTrack[]) {}
        };
    });

    beforeEach(() => {
        created.sources.clear();
        created.destinations.length = 0;
        context = {
            closed: false,
            createMediaStreamSource: (stream: MediaStream) => {
                const node = new FakeNode('source');
                created.sources.set(stream, node);
                return node as unknown as MediaStreamAudioSourceNode;
            },
            createMediaStreamDestination: () => {
                const track = fakeTrack(`mix-${created.destinations.length + 1}`);
                const node = Object.assign(new FakeNode('destination'), {
                    track,
                    stream: { getAudioTracks: () => [track], getTracks: () => [track] }
                });
                created.destinations.push(node);
                return node as unknown as MediaStreamAudioDestinationNode;
            },
            resume: jest.fn(async () => undefined),
            close: jest.fn(async () => {
                context.closed = true;
            })
        } as unknown as MixContext & { closed: boolean };
    });

    it("sends each party the agent's microphone mixed with the other party, and restores each party's own track", async () => {
        const micA = fakeTrack('mic-a');
        const micB = fakeTrack('mic-b');
        const [senderA, senderB] = [fakeSender(micA), fakeSender(micB)];
        const remoteA = { id: 'remote-a' } as unknown as MediaStream;
        const remoteB = { id: 'remote-b' } as unknown as MediaStream;
        const mix = await mixConference(context, micA, [
            { sender: senderA, remote: remoteA },
            { sender: senderB, remote: remoteB }
        ]);

        const [toA, toB] = created.destinations;
        expect(senderA.track).toBe(toA?.track);
        expect(senderB.track).toBe(toB?.track);
        const microphone = [...created.sources.entries()].find(
            ([stream]) => stream !== remoteA && stream !== remoteB
        )?.[1];
        expect(microphone?.feeds).toEqual([toA, toB]);
        // A hears B (and the agent), B hears A: never their own voice back.
        expect(created.sources.get(remoteB)?.feeds).toEqual([toA]);
        expect(created.sources.get(remoteA)?.feeds).toEqual([toB]);
        expect(context.resume).toHaveBeenCalled();

        mix.muteMicrophone(true);
        expect(micA.enabled).toBe(false);
        mix.muteMicrophone(false);
        expect(micA.enabled).toBe(true);

        await mix.stop();
        expect(senderA.track).toBe(micA);
        expect(senderB.track).toBe(micB);
        expect(toA?.track.stop).toHaveBeenCalled();
        expect(context.closed).toBe(true);
    });
});
