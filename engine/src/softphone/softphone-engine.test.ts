import type { EngineSnapshot, UiCommand } from '../bridge';
import { DemoTelephonyProvider } from '../telephony/demo';
import { createSoftphoneEngineRig } from '../../test-support/softphone-engine-rig';
import { settle } from '../../test-support/settle';

const ADA = { Id: '003000000000001AAA', RecordType: 'Contact', Name: 'Ada Lovelace', Phone: '+14155550100' };
const ACME = { Id: '001000000000001AAA', RecordType: 'Account', Name: 'Acme', Phone: '+14155550199' };

const SETTINGS = {
    '/reqGeneralInfo/reqDisplayName': 'Softphone for Salesforce',
    '/softphoneSettings/telephonyMode': 'demo',
    '/softphoneSettings/defaultCountry': 'US',
    '/softphoneSettings/screenPopNoMatch': 'NEW_RECORD_MODAL',
    '/softphoneSettings/screenPopNewRecordObject': 'Contact',
    '/softphoneSettings/screenPopMultipleMatches': 'SEARCH',
    '/softphoneSettings/wrapUpSeconds': '60',
    '/softphoneSettings/dispositionValues': 'Answered,No answer'
};

/** A softphone on the demo phone system, a fake Open CTI console and a manual clock. */
async function startRig(
    settings: Record<string, string> = SETTINGS,
    afterUiPaint?: () => Promise<void>,
    panelOnScreen?: () => boolean
) {
    const snapshots: EngineSnapshot[] = [];
    const log = { info: jest.fn(), warn: jest.fn() };
    const { clock, fake, apex, engine, logQueue, demo } = createSoftphoneEngineRig({
        settings,
        records: [ADA, ACME],
        log,
        publish: (snapshot) => snapshots.push(snapshot),
        createProvider: (onClock) =>
            new DemoTelephonyProvider({ clock: onClock, idFactory: () => `demo-${snapshots.length}` }),
        afterUiPaint,
        panelOnScreen
    });
    await engine.start();
    const send = async (command: UiCommand): Promise<void> => {
        await engine.handle(command);
        await settle();
    };
    const advance = async (ms: number): Promise<void> => {
        clock.advance(ms);
        await settle();
    };
    const last = (): EngineSnapshot => engine.snapshot();
    return { clock, fake, apex, engine, demo, send, advance, last, log, logQueue, snapshots };
}

async function available(rig: Awaited<ReturnType<typeof startRig>>): Promise<void> {
    await rig.send({ type: 'set-agent-status', status: 'available' });
    await rig.advance(1000);
    expect(rig.last().registration).toBe('registered');
}

describe('SoftphoneEngine', () => {
    it('starts ready under its call center, with click-to-dial on and Salesforce told it is up', async () => {
        const rig = await startRig();
        expect(rig.last()).toMatchObject({
            status: 'ready',
            callCenterName: 'Softphone for Salesforce',
            telephonyMode: 'demo',
            agentStatus: 'offline',
            registration: 'unregistered',
            dispositions: ['Answered', 'No answer'],
            settingsProblems: []
        });
        expect(rig.fake.clickToDialEnabled).toBe(true);
        expect(rig.fake.calls).toContain('notifyInitializationComplete');
        expect(rig.fake.itemLabel).toBe('Phone');
    });

    it('shows a ringing call and opens the panel at once, and pops the record once the UI has painted it', async () => {
        let painted: () => void = () => undefined;
        const rig = await startRig(SETTINGS, () => new Promise<void>((resolve) => (painted = resolve)));
        await available(rig);
        const labelBefore = rig.fake.itemLabel;

        const call = rig.demo().simulateIncomingCall({ from: '+1 (415) 555-0100' });
        await settle();
        expect(rig.snapshots.at(-1)?.call).toMatchObject({ id: call.callId, state: 'ringing' });
        expect(rig.fake.panelVisible).toBe(true);
        expect(rig.fake.callsTo('searchAndScreenPop')).toEqual([]);
        expect(rig.fake.itemLabel).toBe(labelBefore);

        painted();
        await settle();
        expect(rig.fake.pops).toEqual([{ kind: 'record', recordId: ADA.Id }]);
        expect(rig.fake.itemLabel).toBe('Incoming call');
    });

    it('asks a panel already on screen to open only after the card is painted, the screen pop first', async () => {
        let painted: () => void = () => undefined;
        const rig = await startRig(
            SETTINGS,
            () => new Promise<void>((resolve) => (painted = resolve)),
            () => true
        );
        await available(rig);
        const before = rig.fake.calls.length;

        rig.demo().simulateIncomingCall({ from: '+1 (415) 555-0100' });
        await settle();
        expect(rig.snapshots.at(-1)?.call?.state).toBe('ringing');
        expect(rig.fake.calls.slice(before)).not.toContain('setSoftphonePanelVisibility');

        painted();
        await settle();
        const after = rig.fake.calls.slice(before);
        expect(after).toContain('setSoftphonePanelVisibility');
        expect(after.indexOf('searchAndScreenPop')).toBeLessThan(
            after.indexOf('setSoftphonePanelVisibility')
        );
        expect(rig.fake.panelVisible).toBe(true);
    });

    it('puts a ringing card on screen before anything else: one snapshot, the caller id as received', async () => {
        let painted: () => void = () => undefined;
        const rig = await startRig(SETTINGS, () => new Promise<void>((resolve) => (painted = resolve)));
        await available(rig);
        const before = rig.snapshots.length;

        rig.demo().simulateIncomingCall({ from: '+14155550100' });
        await settle();
        // The number as received, its display form still to come.
        expect(
            rig.snapshots
                .slice(before)
                .map((snapshot) => [snapshot.call?.number, snapshot.call?.displayNumber])
        ).toEqual([['+14155550100', '']]);
        expect(rig.fake.calls).not.toContain('searchAndScreenPop');

        painted();
        await settle();
        // After the frame: the number formatted, the record found; one snapshot per task, not one per change.
        const after = rig.snapshots.slice(before + 1);
        expect(after.at(-1)?.call).toMatchObject({
            displayNumber: '(415) 555-0100',
            matches: [{ id: ADA.Id, name: 'Ada Lovelace' }]
        });
        expect(after.length).toBeLessThanOrEqual(2);
    });

    it('takes an inbound call from ring to one complete Task: screen pop, answer, hold, resume, hang up, wrap-up', async () => {
        const rig = await startRig();
        await available(rig);

        const call = rig.demo().simulateIncomingCall({ from: '+1 (415) 555-0100', displayName: 'ADA L' });
        await settle();
        expect(rig.last().call).toMatchObject({
            id: call.callId,
            state: 'ringing',
            direction: 'inbound',
            number: '+14155550100',
            displayNumber: '(415) 555-0100',
            matches: [{ id: ADA.Id, name: 'Ada Lovelace', objectType: 'Contact' }]
        });
        expect(rig.fake.pops).toEqual([{ kind: 'record', recordId: ADA.Id }]);
        expect(rig.fake.panelVisible).toBe(true);
        expect(rig.fake.itemLabel).toBe('Incoming call');

        await rig.send({ type: 'answer', callId: call.callId });
        await rig.advance(250);
        expect(rig.last().call?.state).toBe('connected');
        expect(rig.fake.itemLabel).toBe('On a call');

        await rig.advance(10_000);
        await rig.send({ type: 'hold', callId: call.callId });
        expect(rig.last().call?.state).toBe('held');
        await rig.advance(15_000);
        await rig.send({ type: 'resume', callId: call.callId });
        expect(rig.last().call).toMatchObject({ state: 'connected', heldTotalMs: 15_000 });
        await rig.advance(35_000);
        await rig.send({ type: 'hang-up', callId: call.callId });
        expect(rig.last().call).toMatchObject({ state: 'wrap-up', wrapUpEndsAt: rig.clock.now() + 60_000 });
        expect(rig.fake.itemLabel).toBe('Wrap-up');

        await rig.send({
            type: 'update-wrap-up',
            callId: call.callId,
            notes: 'Invoice question',
            disposition: 'Answered'
        });
        expect(rig.apex.tasks()).toEqual([]);
        await rig.send({ type: 'save-wrap-up', callId: call.callId });

        expect(rig.apex.tasks()).toEqual([
            {
                Id: expect.stringMatching(/^00T/),
                CallObject: call.callId,
                Subject: '[Demo] Inbound call from (415) 555-0100',
                CallType: 'Inbound',
                CallDurationInSeconds: 45,
                CallDisposition: 'Answered',
                Description: 'Invoice question',
                WhoId: ADA.Id,
                ActivityDate: '2026-11-25',
                Status: 'Completed',
                // Set by the org: a call Task, and its audit dates.
                TaskSubtype: 'Call',
                CreatedDate: expect.any(String),
                LastModifiedDate: expect.any(String)
            }
        ]);
        expect(rig.fake.refreshCount).toBe(1);
        expect(rig.last().call).toBeUndefined();
        expect(rig.last().recentCalls).toEqual([
            expect.objectContaining({
                id: call.callId,
                state: 'ended',
                talkSeconds: 45,
                displayName: 'ADA L'
            })
        ]);
        expect(rig.last().pendingLogs).toEqual([]);
        expect(rig.fake.itemLabel).toBe('Phone');
    });

    it('dials a number clicked on an Account and logs the outbound call on that Account', async () => {
        const rig = await startRig();
        await available(rig);
        expect(rig.fake.clickRecordPhone(ACME.Id)).toBe(true);
        await settle();
        const callId = rig.last().call?.id ?? '';
        expect(rig.last().call).toMatchObject({
            direction: 'outbound',
            state: 'dialing',
            number: '+14155550199',
            displayName: 'Acme',
            relatedRecord: { id: ACME.Id, name: 'Acme', objectType: 'Account' }
        });
        await rig.advance(4_000);
        expect(rig.last().call?.state).toBe('connected');
        await rig.advance(20_000);
        await rig.send({ type: 'hang-up', callId });
        await rig.send({ type: 'save-wrap-up', callId });
        expect(rig.apex.tasks()).toEqual([
            expect.objectContaining({
                CallObject: callId,
                CallType: 'Outbound',
                Subject: '[Demo] Outbound call to (415) 555-0199',
                CallDurationInSeconds: 20,
                WhatId: ACME.Id
            })
        ]);
        expect(rig.apex.tasks()[0]).not.toHaveProperty('WhoId');
    });

    it('logs a call nobody answered as a missed call Task, without any agent action', async () => {
        const rig = await startRig();
        await available(rig);
        const call = rig.demo().simulateIncomingCall({ from: '+14155550100' });
        await settle();
        await rig.advance(30_000);
        expect(rig.apex.tasks()).toEqual([
            expect.objectContaining({
                CallObject: call.callId,
                Subject: '[Demo] Missed call from (415) 555-0100',
                CallType: 'Inbound',
                CallDurationInSeconds: 0,
                CallDisposition: 'Missed',
                WhoId: ADA.Id
            })
        ]);
        expect(rig.last().recentCalls[0]).toMatchObject({ id: call.callId, state: 'missed' });
    });

    it('closes wrap-up by itself when its time is up and still writes the notes typed so far', async () => {
        const rig = await startRig();
        await available(rig);
        const call = rig.demo().simulateIncomingCall({ from: '+14155550100' });
        await settle();
        await rig.send({ type: 'answer', callId: call.callId });
        await rig.advance(5_000);
        await rig.send({ type: 'update-wrap-up', callId: call.callId, notes: 'Typed during the call' });
        rig.demo().simulateCallerHangUp(call.callId);
        await settle();
        expect(rig.last().call?.state).toBe('wrap-up');
        await rig.advance(60_000);
        expect(rig.apex.tasks()).toEqual([expect.objectContaining({ Description: 'Typed during the call' })]);
        expect(rig.clock.pendingTimers).toBe(0);
    });

    it('keeps a log whose save fails, shows it as pending, and writes it exactly once on retry', async () => {
        const rig = await startRig();
        await available(rig);
        rig.fake.scriptOnce('runApex', {
            success: false,
            returnValue: null,
            errors: [{ description: 'UNABLE_TO_LOCK_ROW' }]
        });
        const call = rig.demo().simulateIncomingCall({ from: '+14155550100' });
        await settle();
        await rig.advance(30_000);
        expect(rig.apex.tasks()).toEqual([]);
        expect(rig.last().pendingLogs).toEqual([
            expect.objectContaining({
                callId: call.callId,
                attempts: 1,
                lastError: expect.stringContaining('UNABLE_TO_LOCK_ROW')
            })
        ]);
        await rig.send({ type: 'retry-logs' });
        expect(rig.apex.tasks()).toHaveLength(1);
        expect(rig.apex.writes).toBe(1);
        expect(rig.last().pendingLogs).toEqual([]);
    });

    it('declines a call while the agent is busy and logs it as declined', async () => {
        const rig = await startRig();
        await rig.send({ type: 'set-agent-status', status: 'busy' });
        await rig.advance(1000);
        const call = rig.demo().simulateIncomingCall({ from: '+14155550100' });
        await settle();
        expect(rig.last().call).toBeUndefined();
        expect(rig.fake.pops).toEqual([]);
        expect(rig.apex.tasks()).toEqual([
            expect.objectContaining({
                CallObject: call.callId,
                CallDisposition: 'Declined',
                Subject: '[Demo] Declined call from (415) 555-0100'
            })
        ]);
    });

    it('pops a new Contact form with the number for an unknown caller', async () => {
        const rig = await startRig();
        await available(rig);
        rig.demo().simulateIncomingCall({ from: '+12125550123' });
        await settle();
        expect(rig.fake.pops).toEqual([
            { kind: 'new-record-modal', entityName: 'Contact', defaultFieldValues: { Phone: '+12125550123' } }
        ]);
        expect(rig.last().call?.matches).toEqual([]);
    });

    it('refuses a number it cannot dial with a notice naming the problem, and places no call', async () => {
        const rig = await startRig();
        await available(rig);
        await rig.send({ type: 'dial', number: '<script>alert(1)</script>' });
        expect(rig.last().notice).toMatchObject({ kind: 'error', key: 'invalid-number' });
        expect(rig.last().call).toBeUndefined();
        expect(rig.demo().activeCalls()).toEqual([]);
    });

    it('refuses commands for a call that is not on screen, with a notice', async () => {
        const rig = await startRig();
        await rig.send({ type: 'hold', callId: 'nope' });
        expect(rig.last().notice).toMatchObject({
            key: 'command-failed',
            detail: expect.stringContaining('no call nope')
        });
    });

    it('lists settings problems by name and keeps working with the defaults', async () => {
        const rig = await startRig({ ...SETTINGS, '/softphoneSettings/wrapUpSeconds': 'soon' });
        expect(rig.last().status).toBe('ready');
        expect(rig.last().settingsProblems).toEqual([
            { setting: 'wrapUpSeconds', message: expect.stringContaining('whole number') }
        ]);
    });

    it('shows the reason when the call center settings cannot be read', async () => {
        const { fake, engine } = createSoftphoneEngineRig({ createProvider: () => undefined });
        fake.settingsAnswer = {
            success: false,
            returnValue: null,
            errors: [{ description: 'No call center' }]
        };
        await expect(engine.start()).resolves.toMatchObject({
            status: 'signed-out',
            reason: 'open-cti-failed',
            detail: expect.stringContaining('No call center')
        });
        expect(fake.calls).toContain('notifyInitializationComplete');
    });

    it('leaves no timer or listener behind after a hundred demo calls and dispose', async () => {
        const rig = await startRig();
        await available(rig);
        for (let i = 0; i < 100; i++) {
            const call = rig.demo().simulateIncomingCall({ from: '+14155550100' });
            await settle();
            await rig.send({ type: 'answer', callId: call.callId });
            await rig.advance(1_000);
            await rig.send({ type: 'hang-up', callId: call.callId });
            await rig.send({ type: 'save-wrap-up', callId: call.callId });
        }
        expect(rig.apex.tasks()).toHaveLength(100);
        expect(rig.last().recentCalls).toHaveLength(20);
        await rig.engine.dispose();
        rig.logQueue.dispose();
        expect(rig.clock.pendingTimers).toBe(0);
    });

    it('shows the quality of a connected call with the reason when it drops, and logs its summary on the Task', async () => {
        const rig = await startRig();
        await available(rig);
        const call = rig.demo().simulateIncomingCall({ from: '+14155550100' });
        await settle();
        await rig.send({ type: 'answer', callId: call.callId });
        await rig.advance(250);
        // Readings as the SIP provider reports them every 5 s (the demo line has no media of its own).
        const report = (sample: { rttMs?: number; jitterMs: number; lossPercent: number; mos: number }) =>
            rig.demo().delegate?.onQuality?.(call.callId, { rttMs: 40, ...sample });
        report({ jitterMs: 4, lossPercent: 0, mos: 4.39 });
        await settle();
        expect(rig.last().call?.quality).toEqual({ level: 'good', mos: 4.39 });

        report({ jitterMs: 30, lossPercent: 10, mos: 3.41 });
        await settle();
        expect(rig.last().call?.quality).toEqual({ level: 'warning', reason: 'loss', mos: 3.41 });

        // Out-of-range numbers from a provider are refused at the boundary, not shown.
        rig.demo().delegate?.onQuality?.(call.callId, { rttMs: 40, jitterMs: 4, lossPercent: 250, mos: 9 });
        await settle();
        expect(rig.log.warn).toHaveBeenCalledWith(
            `Call ${call.callId}: ignored a quality reading that is not numbers in range.`
        );

        await rig.send({ type: 'hold', callId: call.callId });
        expect(rig.last().call?.quality).toBeUndefined();
        await rig.send({ type: 'resume', callId: call.callId });
        report({ jitterMs: 5, lossPercent: 0, mos: 4.39 });
        await settle();
        expect(rig.last().call?.quality).toEqual({ level: 'good', mos: 4.39 });

        await rig.send({ type: 'hang-up', callId: call.callId });
        await rig.send({ type: 'save-wrap-up', callId: call.callId });
        expect(rig.apex.tasks()).toEqual([
            expect.objectContaining({
                CallObject: call.callId,
                Softphone_Call_Quality__c: 'MOS avg 4.06, worst 3.41; worst loss 10%'
            })
        ]);
    });

    it('logs no quality summary for a call without readings', async () => {
        const rig = await startRig();
        await available(rig);
        const call = rig.demo().simulateIncomingCall({ from: '+14155550100' });
        await settle();
        await rig.send({ type: 'answer', callId: call.callId });
        await rig.advance(250);
        await rig.send({ type: 'hang-up', callId: call.callId });
        await rig.send({ type: 'save-wrap-up', callId: call.callId });
        expect(rig.apex.tasks()[0]).not.toHaveProperty('Softphone_Call_Quality__c');
    });
});
