import path from 'node:path';
import { checkVisualforcePages, isSameOriginUrl, pageProblems } from './visualforce-pages';

const ROOT = path.join(__dirname, '..', '..');
const RESOURCES = new Set(['SoftphoneEngine', 'SoftphoneDemoLine', 'SoftphoneDeskPhoneLine', 'SoftphoneUI']);

const page = (head: string, body: string, bodyClass = 'slds-scope'): string =>
    `<apex:page applyHtmlTag="false" applyBodyTag="false"><html><head>${head}</head>` +
    `<body class="${bodyClass}">${body}</body></html></apex:page>`;

const GOOD = page(
    '<apex:slds /><script src="/support/api/66.0/lightning/opencti_min.js"></script>' +
        '<script src="{!$Resource.SoftphoneEngine}"></script>',
    '<div id="softphone-root"></div><script>start({ user: \'{!JSENCODE($User.Id)}\', ' +
        "demoLineUrl: '{!JSENCODE(URLFOR($Resource.SoftphoneDemoLine))}', " +
        "deskPhoneLineUrl: '{!JSENCODE(URLFOR($Resource.SoftphoneDeskPhoneLine))}' });</script>" +
        '<script src="{!$Resource.SoftphoneUI}"></script>'
);

const messages = (markup: string): string[] =>
    pageProblems('pages/X.page', markup, RESOURCES).map((problem) => problem.message);

describe('isSameOriginUrl', () => {
    it.each([
        '{!$Resource.SoftphoneUI}',
        "{!URLFOR($Resource.SoftphoneUI, 'app/index.js')}",
        "{!URLFOR($Asset.SLDS, 'assets/icons/utility-sprite/svg/symbols.svg')}",
        '/support/api/66.0/lightning/opencti_min.js'
    ])('takes %s as this org', (url) => {
        expect(isSameOriginUrl(url)).toBe(true);
    });

    it.each(['https://cdn.example.com/lwc.js', '//cdn.example.com/lwc.js', 'lwc.js', '{!someUrl}'])(
        'takes %s as another origin or unknown',
        (url) => {
            expect(isSameOriginUrl(url)).toBe(false);
        }
    );
});

describe('pageProblems', () => {
    it('accepts a page that loads SLDS, Open CTI, the engine and mounts the UI resource', () => {
        expect(messages(GOOD)).toEqual([]);
    });

    it('rejects Lightning Out', () => {
        const markup = GOOD.replace('<apex:slds />', '<apex:slds /><apex:includeLightning />').replace(
            'start(',
            "$Lightning.use('c:App', start); start("
        );
        expect(messages(markup)).toEqual([
            '<apex:includeLightning: Lightning Out is not used; mount the UI from its UI static resource',
            '$Lightning.use: Lightning Out is not used; mount the UI from its UI static resource'
        ]);
    });

    it('rejects a script from another origin, an inline handler and an inline script that needs no merge field', () => {
        const markup = GOOD.replace(
            '<div id="softphone-root"></div>',
            '<script src="https://cdn.example.com/x.js"></script><div id="softphone-root" onclick="go()"></div>' +
                '<script>mount();</script>'
        );
        expect(messages(markup)).toEqual([
            '<script> loads https://cdn.example.com/x.js, not from this org: load it from a static resource',
            'onclick: inline event handlers and javascript: URLs do not pass a strict CSP',
            'an inline script without merge fields: move it into a static resource'
        ]);
    });

    it('names a static resource the project does not have', () => {
        expect(messages(GOOD.replace('$Resource.SoftphoneEngine', '$Resource.SoftphoneEngin'))).toEqual([
            '$Resource.SoftphoneEngin: the project has no static resource of that name'
        ]);
    });

    it('asks a page that mounts the UI for SLDS, slds-scope and the root element before the script', () => {
        const markup = page(
            '<script src="{!$Resource.SoftphoneUI}"></script>',
            '<div id="softphone-root"></div>',
            'app'
        );
        expect(messages(markup)).toEqual([
            "SoftphoneUI runs on the page's SLDS: add <apex:slds /> to the head",
            'the body needs class="slds-scope": SLDS styles only inside it',
            'SoftphoneUI mounts c-softphone into #softphone-root: put that element before its script'
        ]);
    });

    it("asks a page that loads the engine to pass the demo line's URL, JSENCODEd, which the engine loads in demo mode", () => {
        const expected =
            "SoftphoneEngine loads SoftphoneDemoLine when it needs it: pass demoLineUrl: '{!JSENCODE(URLFOR($Resource.SoftphoneDemoLine))}' to startEngine";
        const without = GOOD.replace(
            "demoLineUrl: '{!JSENCODE(URLFOR($Resource.SoftphoneDemoLine))}'",
            'x: 1'
        );
        expect(messages(without)).toEqual([expected]);
        const unencoded = GOOD.replace(
            "'{!JSENCODE(URLFOR($Resource.SoftphoneDemoLine))}'",
            "'{!URLFOR($Resource.SoftphoneDemoLine)}'"
        );
        expect(messages(unencoded)).toEqual([expected]);
        expect(
            messages(GOOD.replace('URLFOR($Resource.SoftphoneDemoLine)', '$Resource.SoftphoneDemoLine'))
        ).toEqual([]);
        // A page without the engine (the Voice connector's) passes nothing.
        expect(
            messages(without.replace('{!$Resource.SoftphoneEngine}', '{!$Resource.SoftphoneUI}'))
        ).not.toContain(expected);
    });

    it("asks a page that loads the engine to pass the desk phone line's URL, which the engine loads in click-to-dial-only mode", () => {
        const without = GOOD.replace(
            "deskPhoneLineUrl: '{!JSENCODE(URLFOR($Resource.SoftphoneDeskPhoneLine))}'",
            'x: 1'
        );
        expect(messages(without)).toEqual([
            "SoftphoneEngine loads SoftphoneDeskPhoneLine when it needs it: pass deskPhoneLineUrl: '{!JSENCODE(URLFOR($Resource.SoftphoneDeskPhoneLine))}' to startEngine"
        ]);
    });

    it('ignores what is commented out', () => {
        expect(
            messages(GOOD.replace('<apex:slds />', '<apex:slds /><!-- <apex:includeLightning/> -->'))
        ).toEqual([]);
    });
});

describe('checkVisualforcePages', () => {
    it("passes the project's own pages", async () => {
        await expect(checkVisualforcePages(ROOT)).resolves.toEqual([]);
    });
});
