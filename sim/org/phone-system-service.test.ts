import path from 'node:path';
import { currentPhoneSystem, phoneSystemsFrom } from './phone-system-service';
import type { SimulatedPhoneSystem } from './phone-system-service';
import { readPhoneSystemRecords, simulatedPhoneSystems } from './read-phone-systems';
import { phoneSystemFromApex } from '../../engine/src/cti/apex-phone-system';
import { PROJECT_FILES } from '../project-files';

const ROOT = path.join(__dirname, '..', '..');
const PROJECT_RECORDS = readPhoneSystemRecords(path.join(ROOT, PROJECT_FILES.customMetadataDir));

const branch: SimulatedPhoneSystem = {
    name: 'Branch_Office',
    label: 'Branch office',
    permission: 'Softphone_Phone_System_Branch',
    fields: { SIP_Domain__c: 'branch.softphone.test', Dial_Prefix__c: ' ' }
};
const head: SimulatedPhoneSystem = {
    ...branch,
    name: 'Head_Office',
    permission: 'Softphone_Phone_System_Head'
};

describe("the simulator's SoftphonePhoneSystem.currentProfile", () => {
    it("reads the project's example profile and the custom permission that gives it", () => {
        expect(PROJECT_RECORDS).toEqual([
            {
                name: 'Example_Branch_Office',
                label: 'Example branch office',
                permission: 'Softphone_Phone_System_Example',
                fields: {
                    Default_Country__c: 'GB',
                    Dial_Prefix__c: 'none',
                    ICE_Servers__c: 'none',
                    SIP_Domain__c: 'branch.pbx.example.com',
                    WebSocket_URL__c: 'wss://branch.pbx.example.com:8089/ws'
                }
            }
        ]);
    });

    it('answers no profile for an agent given none', () => {
        const answer = currentPhoneSystem({
            profiles: [branch, head],
            permissions: ['Softphone_Turn_Credentials']
        });
        expect(phoneSystemFromApex(answer)).toEqual({ kind: 'call-center' });
        expect(phoneSystemFromApex(currentPhoneSystem(undefined))).toEqual({ kind: 'call-center' });
    });

    it('answers the one profile the agent holds, blank fields as null, as the Apex class does', () => {
        const answer = currentPhoneSystem({
            profiles: [branch, head],
            permissions: ['Softphone_Phone_System_Branch']
        });
        expect(JSON.parse(answer)).toEqual({
            version: 1,
            profile: {
                name: 'Branch_Office',
                label: 'Branch office',
                fields: {
                    WebSocket_URL__c: null,
                    SIP_Domain__c: 'branch.softphone.test',
                    ICE_Servers__c: null,
                    Default_Country__c: null,
                    Dial_Prefix__c: null
                }
            }
        });
    });

    it('answers a conflict naming every profile when the agent holds several', () => {
        const answer = currentPhoneSystem({
            profiles: [head, branch],
            permissions: ['Softphone_Phone_System_Head', 'Softphone_Phone_System_Branch']
        });
        expect(phoneSystemFromApex(answer)).toEqual({
            kind: 'conflict',
            names: ['Branch_Office', 'Head_Office']
        });
    });

    it('gives the agent a profile by name, with fields changed or added from the command line', () => {
        const org = simulatedPhoneSystems(
            PROJECT_RECORDS,
            ['Example_Branch_Office'],
            [
                'Example_Branch_Office.SIP_Domain__c=branch.softphone.test',
                'Second_Site.SIP_Domain__c=second.test'
            ]
        );
        expect(org.permissions).toEqual(['Softphone_Phone_System_Example']);
        expect(
            org.profiles.map((profile) => [profile.name, profile.permission, profile.fields.SIP_Domain__c])
        ).toEqual([
            ['Example_Branch_Office', 'Softphone_Phone_System_Example', 'branch.softphone.test'],
            ['Second_Site', 'Softphone_Phone_System_Second_Site', 'second.test']
        ]);
        // What the page carries survives the trip.
        expect(phoneSystemsFrom(JSON.parse(JSON.stringify(org)))).toEqual(org);
    });

    it('refuses a profile that does not exist and a malformed field option', () => {
        expect(() => simulatedPhoneSystems(PROJECT_RECORDS, ['Nowhere'], [])).toThrow(
            '--phone-system Nowhere: no such profile (known: Example_Branch_Office)'
        );
        expect(() => simulatedPhoneSystems(PROJECT_RECORDS, [], ['Example_Branch_Office=x'])).toThrow(
            /expected <Record>\.<Field__c>=<value>/
        );
    });
});
