import path from 'node:path';
import { OpenCtiHost } from '../../engine/src/cti';
import type { AppView, ClickToDialRequest } from '../../engine/src/cti';
import { ApexCallLogWriter } from '../../engine/src/log/apex-call-log-writer';
import type { CallLogEntry } from '../../engine/src/log/call-log-entry';
import { taskDraft } from '../../engine/src/log/test-support/call-log-drafts';
import { encodeFrameMessage } from '../messages/frame-envelope';
import { parseOpenCtiRequest } from '../messages/open-cti-messages';
import { createOpenCtiClient } from '../open-cti/open-cti-client';
import type { OpenCtiClient } from '../open-cti/open-cti-client';
import type { OrgStore } from '../org/org-store';
import { SEED_ORG_FILE, readSeedFixture } from '../org/read-seed-fixture';
import { seedOrg } from '../org/seed-org';
import { ConsoleState } from './console-state';
import { createOpenCtiService } from './open-cti-service';
import type { OpenCtiService } from './open-cti-service';
import { DEFAULT_UTILITY_ITEM } from './utility-item';

const ROOT = path.resolve(__dirname, '..', '..');
const ORIGIN = 'http://127.0.0.1:5173';
const SETTINGS = { '/reqGeneralInfo/reqDisplayName': 'Softphone for Salesforce' };
const SEED = readSeedFixture(path.join(ROOT, SEED_ORG_FILE));

/** Lets every posted message and answer arrive (they travel as tasks, like `postMessage`). */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The engine's real `OpenCtiHost`, over the panel's `sforce.opencti`, over the console's service, with
 * messages carried as the browser carries them: JSON text, delivered later.
 */
function wire(): {
    host: OpenCtiHost;
    org: OrgStore;
    state: ConsoleState;
    service: OpenCtiService;
    client: OpenCtiClient;
    problems: string[];
} {
    const org = seedOrg(SEED);
    const state = new ConsoleState(DEFAULT_UTILITY_ITEM);
    const problems: string[] = [];
    const toPanel = <M extends { readonly type: string }>(message: M): void => {
        const text = encodeFrameMessage(message);
        setTimeout(() => client.receive(text), 0);
    };
    const service = createOpenCtiService({
        org,
        state,
        settings: SETTINGS,
        origin: ORIGIN,
        emit: (listener, payload) => toPanel({ type: 'open-cti-event', listener, payload })
    });
    const client = createOpenCtiClient({
        post: (text) =>
            setTimeout(() => {
                const request = parseOpenCtiRequest(text);
                if (!request) throw new Error(`not a request: ${text}`);
                toPanel({
                    type: 'open-cti-response',
                    id: request.id,
                    response: service.handle(request.method, request.args)
                });
            }, 0)
    });
    const host = new OpenCtiHost(client.api, {
        onListenerProblem: (problem) => problems.push(problem.message)
    });
    return { host, org, state, service, client, problems };
}

function idOf(org: OrgStore, sobjectType: string, title: string): string {
    const record = org
        .list(sobjectType)
        .find((candidate) => candidate.fields.Name === title || candidate.fields.CaseNumber === title);
    if (!record) throw new Error(`no ${sobjectType} ${title}`);
    return record.Id;
}

describe("the console's Open CTI, as the engine's OpenCtiHost sees it", () => {
    it('answers the call center settings and takes notice that the softphone started', async () => {
        const { host, state } = wire();
        await expect(host.getCallCenterSettings()).resolves.toEqual(SETTINGS);
        await host.notifyInitializationComplete();
        expect(state.initialized).toBe(true);
    });

    it('hands a clicked phone number to the listener only while click-to-dial is enabled, in the documented shape', async () => {
        const { host, org, service, problems } = wire();
        const clicks: ClickToDialRequest[] = [];
        await host.onClickToDial((request) => clicks.push(request));
        await settle();
        const acmeId = idOf(org, 'Account', 'Acme Corporation');
        expect(service.clickToDial(acmeId, 'Phone')).toBe(false);

        await host.enableClickToDial();
        expect(service.clickToDial(acmeId, 'Phone')).toBe(true);
        await settle();
        await host.disableClickToDial();
        expect(service.clickToDial(acmeId, 'Phone')).toBe(false);
        await settle();

        expect(clicks).toEqual([
            {
                number: '(415) 555-0100',
                record: { id: acmeId, name: 'Acme Corporation', objectType: 'Account' }
            }
        ]);
        expect(problems).toEqual([]);
    });

    it('follows what is open: getAppViewInfo and onNavigationChange give the record, and stay silent on record → list', async () => {
        const { host, org, state, problems } = wire();
        const views: AppView[] = [];
        await host.onNavigationChange((view) => views.push(view));
        await settle();
        const adaId = idOf(org, 'Contact', 'Ada Lovelace');

        await expect(host.getAppViewInfo()).resolves.toEqual({ url: `${ORIGIN}/lightning/page/home` });
        state.navigate({ kind: 'record', recordId: adaId });
        await settle();
        state.navigate({ kind: 'object-home', sobjectType: 'Contact' });
        await settle();
        state.navigate({ kind: 'search', searchString: 'Acme' });
        await settle();

        expect(views).toEqual([
            {
                url: `${ORIGIN}/lightning/r/Contact/${adaId}/view`,
                record: { id: adaId, name: 'Ada Lovelace', objectType: 'Contact' }
            },
            { url: `${ORIGIN}/lightning/search?searchString=Acme` }
        ]);
        expect(problems).toEqual([]);
    });

    it('searches the layout objects for a number without popping, and pops the deferred result later', async () => {
        const { host, org, state } = wire();
        const adaId = idOf(org, 'Contact', 'Ada Lovelace');

        const one = await host.search('+14155550123', 'inbound');
        expect(one.matches).toEqual([{ id: adaId, name: 'Ada Lovelace', objectType: 'Contact' }]);
        expect(state.location).toEqual({ kind: 'home' });
        if (!one.layoutScreenPop) throw new Error('a deferred search returns the pop it did not make');
        await host.screenPop({ type: 'layout', screenPop: one.layoutScreenPop });
        expect(state.location).toEqual({ kind: 'record', recordId: adaId });

        const two = await host.search('+12125550147', 'inbound');
        expect(two.matches.map((match) => match.name)).toEqual(['Grace Hopper', 'Katherine Johnson']);
        const none = await host.search('+14155550199', 'inbound');
        expect(none.matches).toEqual([]);
        const byCase = await host.search('00001026', 'inbound');
        expect(byCase.matches).toEqual([{ id: idOf(org, 'Case', '00001026'), objectType: 'Case' }]);
    });

    it('pops every SCREENPOP_TYPE the engine can ask for', async () => {
        const { host, org, state } = wire();
        const acmeId = idOf(org, 'Account', 'Acme Corporation');
        const pops: [Parameters<OpenCtiHost['screenPop']>[0], Record<string, unknown>][] = [
            [{ type: 'record', recordId: acmeId }, { location: { kind: 'record', recordId: acmeId } }],
            [
                { type: 'search', searchString: '+12125550147' },
                { location: { kind: 'search', searchString: '+12125550147' } }
            ],
            [
                { type: 'new-record', entityName: 'Contact', defaultFieldValues: { Phone: '+14155550199' } },
                { modal: { entityName: 'Contact', defaultFieldValues: { Phone: '+14155550199' } } }
            ],
            [
                { type: 'url', url: '/lightning/o/Case/home' },
                { location: { kind: 'url', url: '/lightning/o/Case/home' } }
            ],
            [
                { type: 'object-home', scope: 'Lead' },
                { location: { kind: 'object-home', sobjectType: 'Lead' } }
            ],
            [
                { type: 'list', scope: 'Case', listViewId: '00B000000000001' },
                { location: { kind: 'list', sobjectType: 'Case', listViewId: '00B000000000001' } }
            ],
            [
                {
                    type: 'flow',
                    flowDevName: 'Verify_Caller',
                    flowArgs: [{ name: 'phone', type: 'String', value: '+1' }]
                },
                {
                    location: {
                        kind: 'flow',
                        flowDevName: 'Verify_Caller',
                        flowArgs: [{ name: 'phone', type: 'String', value: '+1' }]
                    }
                }
            ]
        ];
        for (const [target, expected] of pops) {
            await host.screenPop(target);
            expect({ location: state.location, modal: state.modal }).toMatchObject(expected);
        }
    });

    it('creates and updates records with saveLog, answering their Ids', async () => {
        const { host, org } = wire();
        const id = await host.saveLog({ entityApiName: 'Task', Subject: 'Call', CallType: 'Outbound' });
        expect(org.get(id)?.fields).toMatchObject({
            Subject: 'Call',
            CallType: 'Outbound',
            TaskSubtype: 'Call'
        });
        await expect(host.saveLog({ Id: id, CallDisposition: 'Busy' })).resolves.toBe(id);
        expect(org.get(id)?.fields.CallDisposition).toBe('Busy');
        await expect(host.saveLog({ entityApiName: 'Task', Colour: 'red' })).rejects.toThrow(
            /An error occurred while calling the saveLog\(\) API method/
        );
    });

    it("saves the engine writer's call log through runApex as one Task per call, then refreshes the view", async () => {
        const { host, org, state } = wire();
        const adaId = idOf(org, 'Contact', 'Ada Lovelace');
        const writer = new ApexCallLogWriter(host);
        const entry: CallLogEntry = {
            ...taskDraft('demo-7-abc', {
                WhoId: adaId,
                Description: 'Notes & more = 100% café',
                CallDisposition: 'Answered'
            }),
            attempts: 0,
            nextAttemptAt: 0,
            lastError: null,
            createdAt: 0,
            updatedAt: 0,
            revision: 1
        };
        const { recordId } = await writer.write(entry);
        await writer.write({ ...entry, fields: { ...entry.fields, CallDisposition: 'Call back requested' } });

        expect(org.list('Task')).toHaveLength(1);
        expect(org.get(recordId)?.fields).toMatchObject({
            ...entry.fields,
            CallObject: 'demo-7-abc',
            CallDisposition: 'Call back requested'
        });
        expect(state.refreshCount).toBe(2);
        await expect(
            host.runApex('SoftphoneCallLogService', 'saveCallLog', { callLog: '{}' })
        ).rejects.toThrow(
            'SoftphoneCallLogService.CallLogException: The call log request version must be 1, got null.'
        );
        await expect(host.runApex('NoSuchClass', 'run', {})).rejects.toThrow(
            'Could not load Apex class: NoSuchClass. (SERVER_ERROR)'
        );
    });

    it('docks the panel and labels the utility item as the softphone asks', async () => {
        const { host, state } = wire();
        await host.setSoftphonePanelVisibility(false);
        await host.setSoftphoneItemLabel('Incoming call');
        await host.setSoftphoneItemIcon('incoming_call');
        expect(state.utility).toMatchObject({
            panelVisible: false,
            itemLabel: 'Incoming call',
            itemIcon: 'incoming_call'
        });
    });

    it('records each call the adapter made on the panel side, with its outcome', async () => {
        const { host, client } = wire();
        await host.getCallCenterSettings();
        await expect(host.saveLog({ Id: '003000000000099AAA' })).rejects.toThrow();
        expect(client.calls().map((call) => `${call.method}: ${call.outcome}`)).toEqual([
            'getCallCenterSettings: success',
            'saveLog: error'
        ]);
    });
});
