import { isLoopbackServer, keepLoopbackCandidates } from './loopback-media';

const sdp = (candidates: string[]): string =>
    [
        'v=0',
        'o=- 1 2 IN IP4 127.0.0.1',
        's=-',
        't=0 0',
        'm=audio 9 UDP/TLS/RTP/SAVPF 111',
        'c=IN IP4 0.0.0.0',
        ...candidates,
        'a=sendrecv',
        ''
    ].join('\r\n');

const LOOPBACK = 'a=candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host generation 0';
const LAN = 'a=candidate:2 1 udp 2122194687 10.0.0.5 50001 typ host generation 0';
const MDNS = 'a=candidate:3 1 udp 2122129151 3f1c.local 50002 typ host generation 0';
const IPV6_LOOPBACK = 'a=candidate:4 1 udp 2122262783 ::1 50003 typ host generation 0';

describe('loopback media', () => {
    it.each([
        ['ws://127.0.0.1:5080/ws', true],
        ['ws://localhost:5080', true],
        ['ws://[::1]:5080', true],
        ['wss://pbx.example.com:8089/ws', false],
        ['wss://127.0.0.1.example.com/ws', false],
        ['not a url', false]
    ])('tells whether %s is this machine', (url, loopback) => {
        expect(isLoopbackServer(url)).toBe(loopback);
    });

    it('keeps only IPv4 loopback candidates when there are some', async () => {
        const result = await keepLoopbackCandidates({
            type: 'answer',
            sdp: sdp([LAN, LOOPBACK, MDNS, IPV6_LOOPBACK])
        });
        expect(result).toEqual({ type: 'answer', sdp: sdp([LOOPBACK]) });
    });

    it('leaves a description without loopback candidates as it is', async () => {
        const description: RTCSessionDescriptionInit = { type: 'offer', sdp: sdp([LAN, MDNS]) };
        await expect(keepLoopbackCandidates(description)).resolves.toBe(description);
        const empty: RTCSessionDescriptionInit = { type: 'offer' };
        await expect(keepLoopbackCandidates(empty)).resolves.toBe(empty);
    });
});
