import { Inviter, Registerer, SessionState, SIPExtension, UserAgent } from 'sip.js';
import type { Invitation, Session } from 'sip.js';
import { directionOf, FakeMedia } from './fake-media';
import { TEST_DOMAIN, TEST_PBX_URL } from './in-memory-sip-network';
import type { InMemorySipNetwork } from './in-memory-sip-network';
import { waitFor } from './wait-for';

/**
 * The other party in the SIP provider's tests: a plain SIP.js user agent on the in-memory network, with fake
 * media. It records what reaches it (calls, INFO bodies, re-INVITE directions, REFERs) and follows REFERs as
 * a phone does.
 * @internal
 */
export class TestPhone {
    readonly media = new FakeMedia();
    readonly invitations: Invitation[] = [];
    /** Bodies of the INFO requests received, in order. */
    readonly infos: string[] = [];
    /** How many of the next INFOs it refuses (415), as a phone that takes no DTMF by INFO. */
    refuseInfos = 0;
    /** Directions of the re-INVITE offers received, in order. */
    readonly reinvites: string[] = [];
    /** Refer-To targets received (and followed). */
    readonly refers: string[] = [];
    /** Calls placed by following a REFER. */
    readonly referredCalls: Inviter[] = [];
    /** Answer every call as soon as it rings. */
    autoAnswer = false;
    readonly userAgent: UserAgent;

    private constructor(
        network: InMemorySipNetwork,
        readonly user: string
    ) {
        const uri = UserAgent.makeURI(`sip:${user}@${TEST_DOMAIN}`);
        if (!uri) throw new Error(`${user} is not a SIP user`);
        this.userAgent = new UserAgent({
            uri,
            transportConstructor: network.transport,
            transportOptions: { server: TEST_PBX_URL },
            sessionDescriptionHandlerFactory: this.media.factory,
            logBuiltinEnabled: false,
            logConfiguration: false,
            sipExtensionReplaces: SIPExtension.Supported,
            delegate: {
                onInvite: (invitation) => {
                    this.watch(invitation);
                    this.invitations.push(invitation);
                    if (this.autoAnswer) void invitation.accept();
                }
            }
        });
    }

    /** Connects and registers `user` on the network. */
    static async start(network: InMemorySipNetwork, user: string): Promise<TestPhone> {
        const phone = new TestPhone(network, user);
        await phone.userAgent.start();
        const registerer = new Registerer(phone.userAgent);
        await new Promise<void>((resolve, reject) => {
            void registerer.register({
                requestDelegate: { onAccept: () => resolve(), onReject: () => reject(new Error('refused')) }
            });
        });
        return phone;
    }

    /** Calls `target` (a user on the network) with optional extra headers; resolves once the INVITE is sent. */
    async call(target: string, extraHeaders: string[] = [], fromDisplayName?: string): Promise<Inviter> {
        const uri = UserAgent.makeURI(`sip:${target}@${TEST_DOMAIN}`);
        if (!uri) throw new Error(`bad target ${target}`);
        const inviter = new Inviter(this.userAgent, uri, {
            extraHeaders,
            ...(fromDisplayName === undefined ? {} : { params: { fromDisplayName } })
        });
        this.watch(inviter);
        await inviter.invite();
        return inviter;
    }

    /** The newest call that rang here. */
    async ringing(): Promise<Invitation> {
        await waitFor(`a call to ${this.user}`, () =>
            this.invitations.some((call) => call.state === SessionState.Initial)
        );
        const call = this.invitations
            .filter((invitation) => invitation.state === SessionState.Initial)
            .at(-1);
        if (!call) throw new Error('no ringing call');
        return call;
    }

    async stop(): Promise<void> {
        await this.userAgent.stop();
    }

    private watch(session: Session): void {
        session.delegate = {
            onInfo: (info) => {
                this.infos.push(info.request.body);
                if (this.refuseInfos > 0) {
                    this.refuseInfos--;
                    void info.reject({ statusCode: 415 });
                    return;
                }
                void info.accept();
            },
            onInvite: (request) => {
                const direction = directionOf(request.body);
                if (direction) this.reinvites.push(direction);
            },
            onRefer: (referral) => {
                this.refers.push(referral.referTo.uri.toString());
                void referral.accept().then(() => {
                    const inviter = referral.makeInviter();
                    this.referredCalls.push(inviter);
                    return inviter.invite();
                });
            }
        };
    }
}
