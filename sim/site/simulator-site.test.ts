import path from 'node:path';
import { ROUTES } from './routes';
import { createSimulatorSite } from './simulator-site';
import type { SiteAnswer } from './site-answer';

const site = createSimulatorSite({
    settings: {
        '/reqGeneralInfo/reqDisplayName': 'Softphone <for> Salesforce',
        '/reqGeneralInfo/reqInternalName': 'SoftphoneCallCenter'
    },
    utility: { label: 'Phone', icon: 'call', width: 320, height: 480 },
    itemLabels: {
        idle: 'Phone',
        ringing: 'Incoming call',
        dialing: 'Calling…',
        onCall: 'On a call',
        onHold: 'On hold',
        wrapUp: 'Wrap-up'
    },
    seed: { records: [{ ref: 'acme', sobjectType: 'Account', fields: { Name: 'Acme </script> & Co' } }] },
    scripts: new Map([[ROUTES.fakeOpenCti, 'fake();']]),
    engineResource: '/project/SoftphoneEngine.js',
    demoLineResource: '/project/SoftphoneDemoLine.js',
    deskPhoneLineResource: '/project/SoftphoneDeskPhoneLine.js',
    uiResource: '/project/SoftphoneUI.js',
    uiLabels: {
        elementId: 'softphone-labels',
        values: new Map([
            ['Softphone_Ready', 'Ready'],
            ['Softphone_CallAgain', 'Call {0} <again> & again']
        ])
    },
    sldsAssetsDir: '/project/slds'
});

const answer = (url: string): SiteAnswer => site.answer(new URL(url, 'http://127.0.0.1:5173'));
const body = (url: string): string => {
    const result = answer(url);
    return result.kind === 'content' ? result.body : `(${result.kind})`;
};

describe('createSimulatorSite', () => {
    it('serves the console page, framing the panel page and escaping project values', () => {
        const page = body('/');
        expect(page).toContain('<iframe data-utility-panel title="Phone" src="/panel"');
        expect(page).toContain('Softphone &lt;for&gt; Salesforce (SoftphoneCallCenter)');
        expect(page).toContain('width: 320px; height: 480px');
    });

    it('puts the settings, the seed records and the utility item in the console page, before its script', () => {
        const page = body('/');
        const settings = page.indexOf(
            '"/reqGeneralInfo/reqDisplayName":"Softphone \\u003cfor\\u003e Salesforce"'
        );
        const seed = page.indexOf('"Name":"Acme \\u003c/script\\u003e \\u0026 Co"');
        const script = page.indexOf(`src="${ROUTES.hostConsole}"`);
        expect(settings).toBeGreaterThan(0);
        expect(seed).toBeGreaterThan(settings);
        expect(script).toBeGreaterThan(seed);
        expect(script).toBeLessThan(page.indexOf('</head>'));
        expect(page).not.toContain('</script> & Co');
    });

    it('loads SLDS, the Open CTI client, the engine, starts it, then loads the UI resource in the panel page', () => {
        const page = body('/panel');
        const order = [
            `href="${ROUTES.sldsStylesheet}"`,
            `src="${ROUTES.fakeOpenCti}"`,
            `src="${ROUTES.engineResource}"`,
            `src="${ROUTES.startEngine}"`,
            `src="${ROUTES.uiResource}"`
        ].map((attribute) => page.indexOf(attribute));
        expect(order.every((index, i) => index > (order[i - 1] ?? -1))).toBe(true);
        expect(page.indexOf('<div id="softphone-root"></div>')).toBeLessThan(page.indexOf(ROUTES.uiResource));
        expect(page).not.toMatch(/importmap|type="module"/);
    });

    it("renders the UI's labels block before the UI resource, escaped, as Softphone.page renders $Label", () => {
        const page = body('/panel');
        const block = page.indexOf('<div id="softphone-labels" hidden>');
        expect(page).toContain('<span data-label="Softphone_Ready">Ready</span>');
        expect(page).toContain(
            '<span data-label="Softphone_CallAgain">Call {0} &lt;again&gt; &amp; again</span>'
        );
        expect(block).toBeGreaterThan(0);
        expect(block).toBeLessThan(page.indexOf(`src="${ROUTES.uiResource}"`));
    });

    it('leaves Open CTI out with ?opencti=off, on both pages', () => {
        expect(body('/?opencti=off')).toContain('src="/panel?opencti=off"');
        expect(body('/panel?opencti=off')).not.toContain(ROUTES.fakeOpenCti);
        expect(answer('/panel?opencti=maybe')).toMatchObject({ kind: 'error', status: 400 });
    });

    it('serves the built scripts from memory and the engine, demo line and UI resources from their files', () => {
        expect(body(ROUTES.fakeOpenCti)).toBe('fake();');
        expect(answer(ROUTES.engineResource)).toMatchObject({
            kind: 'file',
            file: '/project/SoftphoneEngine.js'
        });
        expect(answer(ROUTES.demoLineResource)).toMatchObject({
            kind: 'file',
            file: '/project/SoftphoneDemoLine.js',
            contentType: 'text/javascript; charset=utf-8'
        });
        expect(answer(ROUTES.deskPhoneLineResource)).toMatchObject({
            kind: 'file',
            file: '/project/SoftphoneDeskPhoneLine.js',
            contentType: 'text/javascript; charset=utf-8'
        });
        expect(answer(ROUTES.uiResource)).toMatchObject({
            kind: 'file',
            file: '/project/SoftphoneUI.js',
            contentType: 'text/javascript; charset=utf-8'
        });
        expect(answer('/assets/styles/slds.css')).toMatchObject({
            kind: 'file',
            file: path.join('/project/slds', 'styles', 'slds.css'),
            contentType: 'text/css; charset=utf-8'
        });
    });

    it.each([
        '/package.json',
        '/sim/install-fake-open-cti.ts',
        '/lwc/app.js',
        '/resource/SoftphoneUI.js/../../package.json',
        '/assets/..%2Fpackage.json',
        '/assets/styles/notes.txt',
        '/force-app/main/default/staticresources/SoftphoneEngine.js'
    ])('answers 404 for %s', (url) => {
        expect(answer(url)).toMatchObject({ kind: 'error', status: 404 });
    });
});
