import { DEMO_SETTINGS, FakeBrowserProfile } from '../../test-support/fake-browser';
import { createSoftphoneEngineRig } from '../../test-support/softphone-engine-rig';
import type { SoftphoneSettings } from '../settings';
import { AGENT, createSipRig } from '../telephony/sip/test-support/sip-rig';
import type { SipRig } from '../telephony/sip/test-support/sip-rig';
import { TEST_DOMAIN, TEST_PBX_URL } from '../telephony/sip/test-support/in-memory-sip-network';
import { waitFor } from '../telephony/sip/test-support/wait-for';
import { withDialPrefix } from './softphone-engine';

const BRANCH = {
    version: 1,
    profile: {
        name: 'Branch_Office',
        label: 'Branch office',
        fields: { Default_Country__c: 'GB', Dial_Prefix__c: '900' }
    }
};

/**
 * The agent's phone-system profile (Apex `SoftphonePhoneSystem`) at start: its label in the snapshot, its values
 * used in place of the call center's, several at once stopping the phone, and a failed read falling back to the
 * call center with a problem that says so.
 */
describe("the agent's phone-system profile", () => {
    let profile: FakeBrowserProfile;

    beforeEach(() => {
        profile = new FakeBrowserProfile();
    });

    afterEach(async () => {
        await profile.closeAll();
    });

    it("runs on the call center's settings when no profile applies, and says none", async () => {
        const tab = await profile.openTab('page-1', { settings: DEMO_SETTINGS });
        expect(tab.snapshot().phoneSystem).toBeUndefined();
        expect(tab.snapshot().settingsProblems).toEqual([]);
    });

    it("shows the profile's label and reads numbers in its country", async () => {
        profile.org.phoneSystemAnswer = JSON.stringify(BRANCH);
        const tab = await profile.openTab('page-1', { settings: DEMO_SETTINGS });
        expect(tab.snapshot()).toMatchObject({ phoneSystem: 'Branch office', settingsProblems: [] });
        await tab.send({ type: 'set-agent-status', status: 'available' });
        await profile.advance(1_000);
        const demo = tab.engine.demo();
        if (!demo) throw new Error('the demo line did not start');
        const dial = jest.spyOn(demo, 'dial');
        // A national number of the profile's country (GB); the demo line dials E.164 (a prefix is for a PBX).
        await tab.send({ type: 'dial', number: '020 7946 0958' });
        await profile.advance(500);
        expect(dial).toHaveBeenCalledWith('+442079460958');
        expect(tab.snapshot().call?.number).toBe('+442079460958');
    });

    it('stops the phone when several profiles are given to the agent', async () => {
        profile.org.phoneSystemAnswer = JSON.stringify({
            version: 1,
            profile: null,
            conflict: ['A_Site', 'B_Site']
        });
        const tab = await profile.openTab('page-1', { settings: DEMO_SETTINGS });
        expect(tab.engine.demo()).toBeUndefined();
        expect(tab.snapshot().settingsProblems).toEqual([
            expect.objectContaining({ setting: 'Softphone_Phone_System__mdt', stopsPhone: true })
        ]);
    });

    it("uses the call center's phone system, saying why, when the profile cannot be read", async () => {
        profile.org.phoneSystemAnswer = '{"version":9}';
        const tab = await profile.openTab('page-1', { settings: DEMO_SETTINGS });
        expect(tab.snapshot().telephonyMode).toBe('demo');
        expect(tab.snapshot().settingsProblems).toEqual([
            {
                setting: 'Softphone_Phone_System__mdt',
                message:
                    'Softphone_Phone_System__mdt could not be read for this user (SoftphonePhoneSystem answered ' +
                    "version 9; expected 1.); the call center's phone system is used"
            }
        ]);
    });
});

describe("a SIP call on the profile's phone system", () => {
    let rig: SipRig;

    beforeEach(() => {
        rig = createSipRig();
    });

    afterEach(async () => {
        await rig.close();
    });

    it("is dialled with the profile's prefix in place of the +", async () => {
        const created: SoftphoneSettings[] = [];
        const { engine } = createSoftphoneEngineRig({
            settings: {
                '/softphoneSettings/telephonyMode': 'sip',
                '/softphoneSettings/pbxWebSocketUrl': 'wss://pbx.acme.test/ws',
                '/softphoneSettings/sipDomain': 'pbx.acme.test'
            },
            clock: rig.clock,
            hostTimers: 'real',
            createProvider: (_clock, settings) => {
                created.push(settings);
                return rig.provider;
            },
            loadAgentStatus: () => 'available',
            loadPhoneSystem: () =>
                Promise.resolve({
                    kind: 'profile',
                    profile: {
                        name: 'Branch_Office',
                        label: 'Branch office',
                        fields: {
                            WebSocket_URL__c: TEST_PBX_URL,
                            SIP_Domain__c: TEST_DOMAIN,
                            Default_Country__c: 'GB',
                            Dial_Prefix__c: '900'
                        }
                    }
                })
        });
        await engine.start();
        // The provider is made for the profile's phone system, not the call center's.
        expect(created).toEqual([
            expect.objectContaining({
                pbxWebSocketUrl: TEST_PBX_URL,
                sipDomain: TEST_DOMAIN,
                dialPrefix: '900'
            })
        ]);
        await engine.handle({ type: 'sign-in', user: AGENT.user, password: AGENT.password });
        await waitFor('registered', () => engine.snapshot().registration === 'registered');
        const dial = jest.spyOn(rig.provider, 'dial');
        await engine.handle({ type: 'dial', number: '020 7946 0958' });
        expect(dial).toHaveBeenCalledWith('900442079460958');
        await engine.dispose();
    });
});

describe('withDialPrefix', () => {
    it.each([
        ['+442079460958', '900', '900442079460958'],
        ['+14155550123', '00', '0014155550123'],
        ['+14155550123', '', '+14155550123'],
        ['1001', '9', '1001'],
        ['*97', '9', '*97']
    ])('dials %s with prefix "%s" as %s', (number, prefix, dialled) => {
        expect(withDialPrefix(number, prefix)).toBe(dialled);
    });
});
