import { ManualClock } from '../time';
import { CallSounds, UNLOCK_WAIT_MS } from './call-sounds';
import type { SinkElement } from './call-sounds';
import { SOUND_PREFERENCES_KEY } from './sound-preferences';
import { FakeAudioContext, FakeSoundDevices, snapshotWith } from './test-support/fake-audio';
import { settle } from '../../test-support/settle';

const RING = [400, 450];
const RINGBACK = [440, 480];
const BUSY = [480, 620];
const HEADSET = { id: 'headset-1', label: 'USB Headset' };
const LAPTOP = { id: 'laptop-1', label: 'Laptop speakers' };

class MemoryStorage {
    readonly items = new Map<string, string>();
    getItem(key: string): string | null {
        return this.items.get(key) ?? null;
    }
    setItem(key: string, value: string): void {
        this.items.set(key, value);
    }
    removeItem(key: string): void {
        this.items.delete(key);
    }
}

describe('CallSounds', () => {
    let clock: ManualClock;
    let contexts: FakeAudioContext[];
    let autoplay: boolean;
    let storage: MemoryStorage;
    let devices: FakeSoundDevices;
    let elements: (SinkElement & { sinkId?: string })[];
    let changes: number;

    function create(options: { speakerChoice?: boolean } = {}): CallSounds {
        return new CallSounds({
            clock,
            log: { warn: () => undefined },
            storage,
            createContext: () => {
                const context = new FakeAudioContext(autoplay);
                contexts.push(context);
                return context.asToneContext();
            },
            devices,
            callElements: () => elements,
            speakerChoice: options.speakerChoice ?? true,
            onChange: () => changes++
        });
    }

    /** The frequencies the first context (the ring's) plays over the next 3 seconds. */
    const ringHeard = (): number[] => contexts[0]?.heardWithin(3) ?? [];

    beforeEach(() => {
        clock = new ManualClock();
        contexts = [];
        autoplay = true;
        storage = new MemoryStorage();
        devices = new FakeSoundDevices();
        elements = [];
        changes = 0;
    });

    it('rings while the inbound call rings, and stops on answer, decline, cancel and hand-over to another tab', () => {
        for (const after of [
            snapshotWith({ state: 'connected' }),
            snapshotWith({ state: 'declined' }),
            snapshotWith({ state: 'missed', endCause: 'caller-cancelled' }),
            snapshotWith({ state: 'ringing' }, { role: 'standby' }),
            snapshotWith()
        ]) {
            contexts = [];
            const sounds = create();
            sounds.follow(snapshotWith({ state: 'ringing' }));
            expect(ringHeard()).toEqual(RING);
            expect(sounds.view().playing).toBe('ring');
            sounds.follow(after);
            expect(ringHeard()).toEqual([]);
            expect(sounds.view().playing).toBeUndefined();
        }
    });

    it('keeps ringing round after round until the call is answered', () => {
        const sounds = create();
        sounds.follow(snapshotWith({ state: 'ringing' }));
        const context = contexts[0] ?? new FakeAudioContext(true);
        for (let round = 0; round < 3; round++) {
            clock.advance(3000);
            context.currentTime += 3;
            expect(context.heardWithin(3)).toEqual(RING);
        }
    });

    it('says sound is blocked when the browser keeps it suspended, and rings once the agent clicks', async () => {
        autoplay = false;
        const sounds = create();
        sounds.follow(snapshotWith({ state: 'ringing' }));
        clock.advance(UNLOCK_WAIT_MS);
        await settle();
        expect(sounds.view().blocked).toBe(true);
        expect(ringHeard()).toEqual([]);
        const before = changes;

        const enabling = sounds.handle({ type: 'enable-sound' });
        contexts.forEach((context) => context.click());
        await enabling;
        expect(sounds.view().blocked).toBe(false);
        expect(ringHeard()).toEqual(RING);
        expect(changes).toBeGreaterThan(before);
    });

    it("asks for a click when the browser refuses to play a call's audio, and plays it with that click", async () => {
        const call = {
            paused: true,
            play: jest.fn(() => {
                call.paused = false;
                return Promise.resolve();
            })
        };
        elements = [call];
        const sounds = create();
        sounds.playbackRefused();
        expect(sounds.view().blocked).toBe(true);
        expect(changes).toBe(1);
        await sounds.handle({ type: 'enable-sound' });
        expect(call.play).toHaveBeenCalledTimes(1);
        expect(sounds.view().blocked).toBe(false);
    });

    it('is not blocked where the browser lets sound play', async () => {
        const sounds = create();
        sounds.follow(snapshotWith({ state: 'ringing' }));
        clock.advance(UNLOCK_WAIT_MS);
        await settle();
        expect(sounds.view().blocked).toBe(false);
    });

    it('plays ringback on 180 without early media, nothing over early media, and stops on answer', () => {
        const sounds = create();
        const dialing = { direction: 'outbound', state: 'dialing' } as const;
        sounds.follow(snapshotWith({ ...dialing, progress: 'trying' }));
        expect(sounds.view().playing).toBeUndefined();
        sounds.follow(snapshotWith({ ...dialing, progress: 'ringing' }));
        expect(contexts[0]?.heardWithin(2)).toEqual(RINGBACK);
        sounds.follow(snapshotWith({ ...dialing, progress: 'early-media' }));
        expect(contexts[0]?.heardWithin(2)).toEqual([]);
        sounds.follow(snapshotWith({ ...dialing, progress: 'ringing' }));
        sounds.follow(snapshotWith({ direction: 'outbound', state: 'connected' }));
        expect(contexts[0]?.heardWithin(2)).toEqual([]);
    });

    it.each([
        ['busy', 'busy', BUSY],
        ['unavailable', 'unavailable', [913.8, 1370.6, 1776.7]],
        ['not-found', 'unavailable', [913.8, 1370.6, 1776.7]]
    ])('plays the %s tone for a few seconds after the far end refuses the call', (endCause, tone, heard) => {
        const sounds = create();
        sounds.follow(snapshotWith({ direction: 'outbound', state: 'dialing', progress: 'trying' }));
        sounds.follow(snapshotWith({ direction: 'outbound', state: 'failed', endCause }));
        expect(sounds.view().playing).toBe(tone);
        expect(contexts[0]?.heardWithin(2)).toEqual(heard);
        sounds.follow(snapshotWith({ direction: 'outbound', state: 'failed', endCause }));
        expect(sounds.view().playing).toBe(tone);
        clock.advance(4000);
        expect(sounds.view().playing).toBeUndefined();
        expect(contexts[0]?.heardWithin(2)).toEqual([]);
    });

    it('plays the busy tone when the refused call has already left the screen for the recent calls', () => {
        const sounds = create();
        sounds.follow(snapshotWith({ direction: 'outbound', state: 'dialing', progress: 'trying' }));
        const gone = snapshotWith();
        const recent = { direction: 'outbound', state: 'failed', number: '+1', displayNumber: '+1' } as const;
        sounds.follow({
            ...gone,
            recentCalls: [{ ...recent, id: 'call-1', startedAt: 0, talkSeconds: 0, endCause: 'busy' }]
        });
        expect(sounds.view().playing).toBe('busy');
    });

    it('beeps quietly on the call speaker while a second call waits, and stops when it is answered', () => {
        const sounds = create();
        const talking = snapshotWith({ state: 'connected' });
        sounds.follow(talking);
        expect(sounds.view().playing).toBeUndefined();
        const waiting = { ...talking.call, id: 'call-2', state: 'ringing' } as NonNullable<
            typeof talking.call
        >;
        sounds.follow({ ...talking, secondCall: waiting });
        expect(sounds.view().playing).toBe('waiting');
        expect(contexts[0]?.heardWithin(1)).toEqual([440]);
        expect(contexts[0]?.gains.at(-1)?.gain.value).toBeLessThan(0.1);
        sounds.follow({ ...talking, secondCall: { ...waiting, state: 'connected' } });
        expect(sounds.view().playing).toBeUndefined();
        expect(contexts[0]?.heardWithin(10)).toEqual([]);
    });

    it('plays no tone when the agent hangs up a call that was ringing out', () => {
        const sounds = create();
        sounds.follow(snapshotWith({ direction: 'outbound', state: 'dialing', progress: 'ringing' }));
        sounds.follow(snapshotWith({ direction: 'outbound', state: 'wrap-up', endCause: 'local-hang-up' }));
        expect(sounds.view().playing).toBeUndefined();
    });

    it('rings at the chosen volume, silently when muted, and remembers both in this browser', async () => {
        const sounds = create();
        await sounds.handle({ type: 'set-sound', ringVolume: 50 });
        sounds.follow(snapshotWith({ state: 'ringing' }));
        expect(contexts[0]?.gains.at(-1)?.gain.value).toBeCloseTo(0.25 / 2);
        await sounds.handle({ type: 'set-sound', ringMuted: true });
        expect(ringHeard()).toEqual([]);

        const again = create();
        expect(again.view()).toMatchObject({ ringVolume: 50, ringMuted: true });
        again.follow(snapshotWith({ state: 'ringing', id: 'call-2' }));
        expect(again.view().playing).toBeUndefined();
        expect(JSON.parse(storage.getItem(SOUND_PREFERENCES_KEY) ?? '{}')).toMatchObject({ ringVolume: 50 });
    });

    it('plays the ring and the call on the speakers the agent chose, calls in progress included', async () => {
        devices.plug([HEADSET], [HEADSET, LAPTOP]);
        const call: SinkElement & { sinkId?: string } = {
            setSinkId(id) {
                call.sinkId = id;
                return Promise.resolve();
            }
        };
        elements = [call];
        const sounds = create();
        await sounds.handle({ type: 'list-devices' });
        expect(sounds.view().speakers).toEqual([HEADSET, LAPTOP]);
        await sounds.handle({ type: 'set-sound', speakerId: HEADSET.id, ringSpeakerId: LAPTOP.id });
        sounds.follow(snapshotWith({ state: 'ringing' }));
        await settle();
        expect(contexts[0]?.sinkId).toBe(LAPTOP.id);
        expect(call.sinkId).toBe(HEADSET.id);
        expect(sounds.speakerId).toBe(HEADSET.id);

        await sounds.handle({ type: 'test-sound', output: 'call' });
        await settle();
        expect(contexts[1]?.sinkId).toBe(HEADSET.id);
        expect(contexts[1]?.heardWithin(1)).toEqual([440]);
    });

    it('falls back to the default device with a notice when the chosen one is unplugged', async () => {
        devices.plug([HEADSET], [HEADSET]);
        const sounds = create();
        await sounds.handle({ type: 'list-devices' });
        await sounds.handle({ type: 'set-sound', microphoneId: HEADSET.id, speakerId: HEADSET.id });
        expect(sounds.microphoneId).toBe(HEADSET.id);

        devices.plug([], [LAPTOP]);
        await settle();
        expect(sounds.view()).toMatchObject({
            microphoneId: '',
            speakerId: '',
            problem: 'device-gone',
            problemDetail: 'USB Headset'
        });
        expect(create().view().speakerId).toBe('');
    });

    it('says so when the browser cannot pick a speaker, or refuses the one chosen', async () => {
        expect(create({ speakerChoice: false }).view().problem).toBe('no-speaker-choice');

        const sounds = create();
        sounds.follow(snapshotWith({ state: 'ringing' }));
        (contexts[0] ?? new FakeAudioContext(true)).sinkRefusal = Object.assign(new Error('denied'), {
            name: 'NotAllowedError'
        });
        await sounds.handle({ type: 'set-sound', ringSpeakerId: LAPTOP.id });
        await settle();
        expect(sounds.view().problem).toBe('speaker-refused');
        expect(sounds.view().problemDetail).toMatch(/does not allow it/);
    });

    it('reads stored settings defensively', () => {
        storage.setItem(SOUND_PREFERENCES_KEY, '{"ringVolume":"loud","ringMuted":"yes","speakerId":42}');
        expect(create().view()).toMatchObject({ ringVolume: 80, ringMuted: false, speakerId: '' });
        storage.setItem(SOUND_PREFERENCES_KEY, 'not json');
        expect(create().view().ringVolume).toBe(80);
    });
});
