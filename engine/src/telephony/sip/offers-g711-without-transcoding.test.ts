import { LoggerFactory } from 'sip.js/lib/core/index.js';
import type { Session } from 'sip.js';
import { ManualClock } from '../../time';
import { offeredAudioCodecs, preferOfferedAudioCodecs } from './audio-codecs';
import { enoughIceCandidatesFor } from './enough-ice-candidates';
import { Microphone } from './microphone';
import { softphoneSessionDescriptionHandlerFactory } from './softphone-session-description-handler';
import type { SoftphoneSessionDescriptionHandler } from './softphone-session-description-handler';
import {
    CHROMIUM_AUDIO_CODECS,
    FakeMicrophoneDevices,
    FakePeerConnection,
    gatherHostCandidate,
    installFakeWebRtc
} from './test-support/fake-webrtc';

const names = (codecs: readonly RTCRtpCodec[]): string[] =>
    codecs.map((codec) => `${codec.mimeType}/${codec.clockRate}`);

describe('the audio codecs the softphone offers', () => {
    it('lists Opus, G.722, then G.711 µ-law and A-law for phones and trunks, and DTMF at both rates', () => {
        expect(names(offeredAudioCodecs(CHROMIUM_AUDIO_CODECS))).toEqual([
            'audio/opus/48000',
            'audio/G722/8000',
            'audio/PCMU/8000',
            'audio/PCMA/8000',
            'audio/telephone-event/48000',
            'audio/telephone-event/8000'
        ]);
    });

    it('leaves out redundant Opus and comfort noise, and keeps the browser codec objects', () => {
        const offered = offeredAudioCodecs(CHROMIUM_AUDIO_CODECS);
        expect(offered.map((codec) => codec.mimeType)).not.toEqual(expect.arrayContaining(['audio/red']));
        expect(offered.map((codec) => codec.mimeType)).not.toContain('audio/CN');
        expect(offered[0]).toBe(CHROMIUM_AUDIO_CODECS[0]);
    });

    it('matches MIME types in any letter case, as browsers spell them differently', () => {
        const codecs = [
            { mimeType: 'audio/pcma', clockRate: 8000 },
            { mimeType: 'AUDIO/PCMU', clockRate: 8000 }
        ];
        expect(offeredAudioCodecs(codecs).map((codec) => codec.mimeType)).toEqual([
            'AUDIO/PCMU',
            'audio/pcma'
        ]);
    });

    it('changes nothing when the browser has none of them (an empty order would refuse every codec)', () => {
        expect(offeredAudioCodecs([{ mimeType: 'audio/iLBC', clockRate: 8000 }])).toEqual([]);
        expect(offeredAudioCodecs([{ mimeType: 'audio/telephone-event', clockRate: 8000 }])).toEqual([]);
        const transceiver = { receiver: { track: { kind: 'audio' } }, setCodecPreferences: jest.fn() };
        preferOfferedAudioCodecs({ getTransceivers: () => [transceiver] as never }, () => ({
            codecs: [{ mimeType: 'audio/iLBC', clockRate: 8000 }]
        }));
        preferOfferedAudioCodecs({ getTransceivers: () => [transceiver] as never }, undefined);
        expect(transceiver.setCodecPreferences).not.toHaveBeenCalled();
    });

    it('orders audio transceivers only', () => {
        const audio = { receiver: { track: { kind: 'audio' } }, setCodecPreferences: jest.fn() };
        const video = { receiver: { track: { kind: 'video' } }, setCodecPreferences: jest.fn() };
        preferOfferedAudioCodecs({ getTransceivers: () => [audio, video] as never }, () => ({
            codecs: CHROMIUM_AUDIO_CODECS
        }));
        expect(audio.setCodecPreferences).toHaveBeenCalledWith(offeredAudioCodecs(CHROMIUM_AUDIO_CODECS));
        expect(video.setCodecPreferences).not.toHaveBeenCalled();
    });
});

describe('SoftphoneSessionDescriptionHandler codecs and DTMF', () => {
    let uninstall: () => void;
    let clock: ManualClock;
    let handler: SoftphoneSessionDescriptionHandler;

    beforeEach(() => {
        uninstall = installFakeWebRtc();
        clock = new ManualClock();
        const devices = new FakeMicrophoneDevices();
        const loggers = new LoggerFactory();
        loggers.builtinEnabled = false;
        const session = { userAgent: { getLogger: (category: string) => loggers.getLogger(category) } };
        handler = softphoneSessionDescriptionHandlerFactory({
            openMicrophone: (constraints) => new Microphone(() => devices).open(constraints),
            enough: enoughIceCandidatesFor([]),
            clock
        })(session as unknown as Session, {
            iceGatheringTimeout: 60_000
        }) as SoftphoneSessionDescriptionHandler;
    });

    afterEach(() => {
        handler.close();
        uninstall();
    });

    async function offer(): Promise<FakePeerConnection> {
        const description = handler.getDescription({ constraints: { audio: true, video: false } });
        const connection = await gatherHostCandidate(clock, 1);
        await description;
        return connection;
    }

    it('puts the microphone transceiver on the softphone codec order before the offer is made', async () => {
        const connection = await offer();
        expect(connection.transceivers).toHaveLength(1);
        expect(names(connection.transceivers[0]?.codecPreferences ?? [])).toEqual(
            names(offeredAudioCodecs(CHROMIUM_AUDIO_CODECS))
        );
    });

    it('queues DTMF keyed while earlier tones still wait, instead of replacing them', async () => {
        const connection = await offer();
        const dtmf = connection.senders[0]?.dtmf;
        if (!dtmf) throw new Error('no DTMF sender');
        const options = { duration: 100, interToneGap: 70 };

        expect(handler.sendDtmf('1', options)).toBe(true);
        expect(dtmf.playNext()).toBe(true);
        // The agent keys three more while "1" plays, one at a time.
        handler.sendDtmf('5', options);
        handler.sendDtmf('9', options);
        expect(dtmf.playNext()).toBe(true);
        handler.sendDtmf('#', options);
        while (dtmf.playNext());
        expect(dtmf.played).toBe('159#');
    });
});
