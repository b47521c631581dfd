import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SIMULATED_OWNER_KEY } from '../org/simulated-user';
import { renderConnectorPage } from './connector-page';

const PAGE = readFileSync(
    path.join(__dirname, '../../force-app-voice/main/default/pages/SoftphoneVoiceConnector.page'),
    'utf8'
);
const VALUES = {
    resources: { SoftphoneVoiceConnector: '/resource/SoftphoneVoiceConnector' },
    labels: {
        SoftphoneVoice_SignInHeading: 'Sign in',
        SoftphoneVoice_SipUser: 'User',
        SoftphoneVoice_SipPassword: 'Password <secret>',
        SoftphoneVoice_SignIn: 'Go'
    },
    remotingScript: '/sim/visualforce-remoting.js'
};

describe('the connector page as the simulator serves it', () => {
    it('is the project page with its merge fields filled in and remoting loaded first', () => {
        const html = renderConnectorPage(PAGE, VALUES);
        expect(html).not.toContain('{!');
        expect(html).not.toContain('apex:page');
        expect(html).toContain('<script src="/resource/SoftphoneVoiceConnector"></script>');
        expect(html).toContain("createVoiceCall: 'SoftphoneVoiceCallService.createVoiceCall'");
        expect(html).toMatch(/issueTurnCredentials:\s*'SoftphoneVoiceCallService\.issueTurnCredentials'/);
        expect(html).toContain('Password &#60;secret&#62;');
        expect(html).toContain(`ownerKey: '${SIMULATED_OWNER_KEY}'`);
        expect(html.indexOf('/sim/visualforce-remoting.js')).toBeLessThan(
            html.indexOf('/resource/SoftphoneVoiceConnector')
        );
    });

    it('refuses a merge field it cannot render, and a label the project lacks', () => {
        expect(() =>
            renderConnectorPage(PAGE.replace('{!$Resource.SoftphoneVoiceConnector}', '{!$User.Name}'), VALUES)
        ).toThrow(/does not render the merge field \{!\$User\.Name\}/);
        expect(() => renderConnectorPage(PAGE, { ...VALUES, labels: {} })).toThrow(/No Custom Label/);
    });
});
