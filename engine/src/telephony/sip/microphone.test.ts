import { TelephonyError } from '../telephony-error';
import { Microphone, microphoneError } from './microphone';
import { FakeMicrophoneDevices } from './test-support/fake-webrtc';
import { settleNetwork } from './test-support/wait-for';

const domError = (name: string): Error => Object.assign(new Error(name), { name });
const CALL = { audio: true, video: false } as const;

describe('microphone', () => {
    it.each([
        ['NotAllowedError', /blocked the microphone/],
        ['SecurityError', /blocked the microphone/],
        ['NotFoundError', /No microphone was found/],
        ['NotReadableError', /busy or failed/],
        ['OverconstrainedError', /could not be opened \(OverconstrainedError\)/]
    ])('explains %s', (name, words) => {
        const error = microphoneError(domError(name));
        expect(error).toBeInstanceOf(TelephonyError);
        expect(error.code).toBe('microphone-denied');
        expect(error.message).toMatch(words);
    });
});

describe('Microphone', () => {
    let devices: FakeMicrophoneDevices;
    let microphone: Microphone;

    beforeEach(() => {
        devices = new FakeMicrophoneDevices();
        microphone = new Microphone(() => devices);
    });

    afterEach(() => {
        microphone.release();
    });

    it('opens audio only for each call when it is not kept open, and hands the call that stream', async () => {
        const stream = await microphone.open({ audio: true, video: true });
        expect(devices.asked).toEqual([CALL]);
        expect(stream.getTracks()).toEqual(devices.live);
        await microphone.open(CALL);
        expect(devices.asked).toHaveLength(2);
    });

    it('turns a refusal into microphone-denied', async () => {
        devices.refusal = domError('NotAllowedError');
        await expect(microphone.open(CALL)).rejects.toMatchObject({
            code: 'microphone-denied',
            message: expect.stringMatching(/blocked the microphone/)
        });
    });

    it('opens the microphone the agent chose, and the default when that one is unplugged', async () => {
        let chosen = 'headset-1';
        const choosing = new Microphone(
            () => devices,
            () => chosen
        );
        await choosing.open(CALL);
        expect(devices.asked).toEqual([{ audio: { deviceId: { exact: 'headset-1' } }, video: false }]);

        devices.refusal = domError('OverconstrainedError');
        const opening = choosing.open(CALL);
        devices.refusal = undefined;
        await opening;
        expect(devices.asked.at(-1)).toEqual({ audio: {}, video: false });

        chosen = '';
        await choosing.open(CALL);
        expect(devices.asked.at(-1)).toEqual(CALL);
    });

    it('kept open, opens the newly chosen microphone for the next call', async () => {
        let chosen = '';
        const choosing = new Microphone(
            () => devices,
            () => chosen
        );
        await choosing.keepOpen();
        const [kept] = devices.live;
        chosen = 'headset-1';
        await choosing.open(CALL);
        expect(devices.asked.at(-1)).toEqual({ audio: { deviceId: { exact: 'headset-1' } }, video: false });
        expect(kept?.readyState).toBe('ended');
        choosing.release();
    });

    it('says why there is no microphone on an insecure page', async () => {
        await expect(new Microphone(() => undefined).open(CALL)).rejects.toThrow(/https/);
    });

    it('kept open, opens once and gives each call its own track, which the call stops', async () => {
        await microphone.keepOpen();
        expect(devices.asked).toEqual([CALL]);
        const [kept] = devices.live;

        const first = await microphone.open(CALL);
        const second = await microphone.open(CALL);
        expect(devices.asked).toHaveLength(1);
        const [firstTrack] = first.getTracks();
        const [secondTrack] = second.getTracks();
        expect(new Set([kept, firstTrack, secondTrack]).size).toBe(3);
        expect(devices.live).toHaveLength(3);

        firstTrack?.stop();
        expect(devices.live).toEqual([kept, secondTrack]);
    });

    it('lets a call wait for the opening under way rather than open a second time', async () => {
        devices.holding = true;
        void microphone.keepOpen();
        const call = microphone.open(CALL);
        devices.letOpen();
        await call;
        expect(devices.asked).toHaveLength(1);
        expect(devices.live).toHaveLength(2);
    });

    it('on release stops the kept track, not the tracks of calls in progress', async () => {
        await microphone.keepOpen();
        const call = await microphone.open(CALL);
        microphone.release();
        expect(devices.live).toEqual(call.getTracks());
        await microphone.open(CALL);
        expect(devices.asked).toHaveLength(2);
    });

    it('released while it opens, stops the stream once open; a call that waited opens its own', async () => {
        devices.holding = true;
        void microphone.keepOpen();
        const call = microphone.open(CALL);
        microphone.release();
        devices.letOpen();
        const stream = await call;
        await settleNetwork(0);
        expect(devices.asked).toHaveLength(2);
        expect(devices.live).toEqual(stream.getTracks());
    });

    it('opens again when the kept track ended (a microphone unplugged)', async () => {
        await microphone.keepOpen();
        devices.live.forEach((track) => track.stop());
        const call = await microphone.open(CALL);
        expect(devices.asked).toHaveLength(2);
        expect(call.getTracks()[0]?.readyState).toBe('live');
        expect(devices.live).toHaveLength(2);
    });

    it('follows the default device when the devices change, and stops watching on release', async () => {
        await microphone.keepOpen();
        const [before] = devices.live;
        devices.changeDevices();
        await settleNetwork(0);
        expect(devices.asked).toHaveLength(2);
        expect(before?.readyState).toBe('ended');
        expect(devices.live).toHaveLength(1);

        microphone.release();
        expect(devices.watchers).toBe(0);
        expect(devices.live).toEqual([]);
    });

    it('does not keep a refusal: the next call asks again and says why if it is still refused', async () => {
        devices.refusal = domError('NotAllowedError');
        await microphone.keepOpen();
        await expect(microphone.open(CALL)).rejects.toMatchObject({ code: 'microphone-denied' });
        devices.refusal = undefined;
        await expect(microphone.open(CALL)).resolves.toBeDefined();
        expect(devices.asked).toHaveLength(3);
        expect(devices.live).toHaveLength(2);
    });

    it('opens a call of its own for constraints other than the plain microphone', async () => {
        await microphone.keepOpen();
        await microphone.open({ audio: { deviceId: 'headset' } });
        expect(devices.asked).toEqual([CALL, { audio: { deviceId: 'headset' }, video: false }]);
    });
});
