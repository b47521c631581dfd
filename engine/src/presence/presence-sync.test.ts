import { ON_CALL, PresenceSync, readPresenceMapping } from './presence-sync';
import type { PresenceMappingRecord, PresenceStatusInfo } from './presence-sync';

const STATUSES: PresenceStatusInfo[] = [
    { id: '0N5000000000001', apiName: 'Available', label: 'Available' },
    { id: '0N5000000000002', apiName: 'Away', label: 'Away' },
    { id: '0N5000000000003', apiName: 'Softphone_On_A_Call', label: 'On a Call' },
    { id: '0N5000000000004', apiName: 'Lunch', label: 'Lunch' }
];

const RECORDS: PresenceMappingRecord[] = [
    { name: 'Available', presenceStatus: 'Available', softphoneStatus: 'available' },
    { name: 'Away', presenceStatus: 'Away', softphoneStatus: 'busy' },
    { name: 'On_A_Call', presenceStatus: 'Softphone_On_A_Call', softphoneStatus: ON_CALL }
];

function sync(records = RECORDS): PresenceSync {
    const { mapping, problems } = readPresenceMapping(records, STATUSES);
    expect(problems).toEqual([]);
    return new PresenceSync(mapping);
}

const setOmni = (apiName: string) => ({
    type: 'set-omni-status',
    apiName,
    statusId: STATUSES.find((status) => status.apiName === apiName)?.id
});
const setSoftphone = (status: string) => ({ type: 'set-softphone-status', status });

describe('readPresenceMapping', () => {
    it('names each record that points at a status that does not exist, or at no softphone status', () => {
        const { mapping, problems } = readPresenceMapping(
            [
                ...RECORDS,
                { name: 'Typo', presenceStatus: 'Availabel', softphoneStatus: 'available' },
                { name: 'Bad_Value', presenceStatus: 'Lunch', softphoneStatus: 'lunch' },
                { name: 'Twice', presenceStatus: 'Away', softphoneStatus: 'available' }
            ],
            STATUSES
        );
        expect(problems).toEqual([
            {
                mapping: 'Bad_Value',
                message: expect.stringContaining('"lunch" is not one of available, busy, offline')
            },
            {
                mapping: 'Twice',
                message: expect.stringContaining('already mapped to the softphone status busy')
            },
            { mapping: 'Typo', message: expect.stringContaining('"Availabel" does not exist') }
        ]);
        expect([...mapping.toSoftphone]).toEqual([
            ['Available', 'available'],
            ['Away', 'busy']
        ]);
        expect(mapping.onCall).toBe('Softphone_On_A_Call');
    });

    it('says when no status is set during calls, or when there are two', () => {
        expect(readPresenceMapping(RECORDS.slice(0, 2), STATUSES).problems).toEqual([
            {
                mapping: '',
                message: expect.stringContaining(`No mapping has the softphone status ${ON_CALL}`)
            }
        ]);
        expect(
            readPresenceMapping(
                [...RECORDS, { name: 'Z_Lunch', presenceStatus: 'Lunch', softphoneStatus: 'On-Call' }],
                STATUSES
            ).problems
        ).toEqual([{ mapping: 'Z_Lunch', message: expect.stringContaining('A second on-call status') }]);
    });
});

describe('PresenceSync', () => {
    it('follows Omni-Channel: a mapped status sets the softphone’s, signing out sets it Offline', () => {
        const presence = sync();
        expect(presence.softphoneChanged({ status: 'offline' })).toEqual([]);
        expect(presence.omniChanged('Available')).toEqual([setSoftphone('available')]);
        expect(presence.softphoneChanged({ status: 'available' })).toEqual([]);
        expect(presence.omniChanged('Away')).toEqual([setSoftphone('busy')]);
        expect(presence.omniChanged('Lunch')).toEqual([]);
        expect(presence.omniChanged(undefined)).toEqual([setSoftphone('offline')]);
    });

    it('sets the on-call status for a call and brings the earlier status back after its wrap-up', () => {
        const presence = sync();
        presence.omniChanged('Available');
        presence.softphoneChanged({ status: 'available' });
        expect(presence.softphoneChanged({ status: 'available', callState: 'ringing' })).toEqual([]);
        expect(presence.softphoneChanged({ status: 'available', callState: 'connected' })).toEqual([
            setOmni('Softphone_On_A_Call')
        ]);
        expect(presence.omniChanged('Softphone_On_A_Call')).toEqual([]);
        expect(presence.softphoneChanged({ status: 'available', callState: 'held' })).toEqual([]);
        expect(presence.softphoneChanged({ status: 'available', callState: 'wrap-up' })).toEqual([]);
        expect(presence.softphoneChanged({ status: 'available', callState: 'ended' })).toEqual([
            setOmni('Available')
        ]);
        expect(presence.omniChanged('Available')).toEqual([]);
    });

    it('leaves a status the agent chose during the call, and a ringing call that was declined', () => {
        const presence = sync();
        presence.omniChanged('Available');
        presence.softphoneChanged({ status: 'available' });
        presence.softphoneChanged({ status: 'available', callState: 'ringing' });
        expect(presence.softphoneChanged({ status: 'available', callState: 'ended' })).toEqual([]);
        presence.softphoneChanged({ status: 'available' });
        presence.softphoneChanged({ status: 'available', callState: 'dialing' });
        expect(presence.omniChanged('Away')).toEqual([setSoftphone('busy')]);
        expect(presence.softphoneChanged({ status: 'busy', callState: 'ended' })).toEqual([]);
    });

    it('waits for the call to end before following Omni-Channel offline (going offline would end the call)', () => {
        const presence = sync();
        presence.omniChanged('Available');
        presence.softphoneChanged({ status: 'available' });
        presence.softphoneChanged({ status: 'available', callState: 'connected' });
        expect(presence.omniChanged(undefined)).toEqual([]);
        expect(presence.softphoneChanged({ status: 'available' })).toEqual([setSoftphone('offline')]);
    });

    it('sets the Omni-Channel status mapped to a status the agent chose in the softphone', () => {
        const presence = sync();
        presence.omniChanged('Available');
        presence.softphoneChanged({ status: 'available' });
        expect(presence.softphoneChanged({ status: 'busy' })).toEqual([setOmni('Away')]);
        expect(presence.omniChanged('Away')).toEqual([]);
        expect(presence.softphoneChanged({ status: 'offline' })).toEqual([]);
        presence.omniChanged(undefined);
        expect(presence.softphoneChanged({ status: 'available' })).toEqual([]);
    });

    it('lets Omni-Channel lead when the softphone is first heard, and does nothing before Omni-Channel is', () => {
        const presence = sync();
        expect(presence.softphoneChanged({ status: 'busy' })).toEqual([]);
        expect(presence.omniChanged('Available')).toEqual([setSoftphone('available')]);
        const fresh = sync([
            ...RECORDS,
            { name: 'Z_Away', presenceStatus: 'Lunch', softphoneStatus: 'offline' }
        ]);
        expect(fresh.omniChanged('Available')).toEqual([setSoftphone('available')]);
        // A state published before the command arrived is stale: it must not set Omni-Channel to Lunch.
        expect(fresh.softphoneChanged({ status: 'offline' })).toEqual([]);
        expect(fresh.softphoneChanged({ status: 'available' })).toEqual([]);
        expect(fresh.softphoneChanged({ status: 'offline' })).toEqual([setOmni('Lunch')]);
    });
});
