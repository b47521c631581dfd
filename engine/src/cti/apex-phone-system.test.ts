import { apexPhoneSystem, PHONE_SYSTEM_APEX, phoneSystemFromApex } from './apex-phone-system';

const answer = (value: unknown): { runApex: string } => ({ runApex: JSON.stringify(value) });

describe("SoftphonePhoneSystem.currentProfile's answer", () => {
    it('reads no profile as the call center settings', () => {
        expect(phoneSystemFromApex(answer({ version: 1, profile: null }))).toEqual({ kind: 'call-center' });
    });

    it('reads a profile: its names and the fields the softphone knows, null fields left out', () => {
        const choice = phoneSystemFromApex(
            answer({
                version: 1,
                profile: {
                    name: 'Branch_Office',
                    label: ' Branch office ',
                    fields: {
                        WebSocket_URL__c: 'wss://pbx.london.acme.test/ws',
                        SIP_Domain__c: 'london.acme.test',
                        ICE_Servers__c: null,
                        Dial_Prefix__c: '9',
                        Unknown_Field__c: 'ignored'
                    }
                }
            })
        );
        expect(choice).toEqual({
            kind: 'profile',
            profile: {
                name: 'Branch_Office',
                label: 'Branch office',
                fields: {
                    WebSocket_URL__c: 'wss://pbx.london.acme.test/ws',
                    SIP_Domain__c: 'london.acme.test',
                    Dial_Prefix__c: '9'
                }
            }
        });
    });

    it('reads several granted profiles as a conflict', () => {
        expect(
            phoneSystemFromApex(
                answer({ version: 1, profile: null, conflict: ['Branch_Office', 'Head_Office'] })
            )
        ).toEqual({ kind: 'conflict', names: ['Branch_Office', 'Head_Office'] });
    });

    it.each([
        ['not JSON', { runApex: '{' }, /not JSON/],
        ['another version', answer({ version: 2, profile: null }), /version 2; expected 1/],
        ['a profile without a name', answer({ version: 1, profile: { label: 'x', fields: {} } }), /API name/],
        [
            'a label longer than a record label',
            answer({ version: 1, profile: { name: 'A', label: 'x'.repeat(41), fields: {} } }),
            /label of 1 to 40/
        ],
        [
            'a field that is not text',
            answer({ version: 1, profile: { name: 'A', label: 'A', fields: { SIP_Domain__c: 5 } } }),
            /SIP_Domain__c is not text/
        ],
        ['a conflict of one', answer({ version: 1, profile: null, conflict: ['A'] }), /conflict/],
        ['a conflict with a bad name', answer({ version: 1, conflict: ['A', 'B; DROP'] }), /bad profile name/]
    ])('refuses %s, naming the class', (_what, value, message) => {
        expect(() => phoneSystemFromApex(value)).toThrow(message);
        expect(() => phoneSystemFromApex(value)).toThrow(/^SoftphonePhoneSystem answered/);
    });

    it('asks the class through runApex without parameters', async () => {
        const runApex = jest.fn().mockResolvedValue(answer({ version: 1, profile: null }));
        await expect(apexPhoneSystem({ runApex })).resolves.toEqual({ kind: 'call-center' });
        expect(runApex).toHaveBeenCalledWith(PHONE_SYSTEM_APEX.apexClass, PHONE_SYSTEM_APEX.methodName, {});
    });
});
