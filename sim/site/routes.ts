/**
 * The URL paths of the simulator's pages and scripts, shared by the pages that link them and the site that
 * serves them.
 */
export const ROUTES = {
    /** The console: host page with the utility bar and the softphone panel. */
    console: '/',
    /** The utility panel's document: the equivalent of the Softphone Visualforce page. */
    panel: '/panel',
    /** SLDS, from `@salesforce-ux/design-system/assets` (styles, icons, images). */
    sldsAssets: '/assets/',
    sldsStylesheet: '/assets/styles/salesforce-lightning-design-system.min.css',
    /** One SLDS icon as a one-symbol document: `/sim/icons/<category>/<name>.svg#<name>`, see {@link iconUrl}. */
    icons: '/sim/icons/',
    /** The engine static resource, served from the file the build generated. */
    engineResource: '/resource/SoftphoneEngine.js',
    /** The demo line's static resource, served from its file: the engine loads it only in demo mode. */
    demoLineResource: '/resource/SoftphoneDemoLine.js',
    /** The desk phone line's static resource: the engine loads it only in click-to-dial-only mode. */
    deskPhoneLineResource: '/resource/SoftphoneDeskPhoneLine.js',
    /** The UI static resource (`c-softphone` with the LWC engine and base components), served from its file. */
    uiResource: '/resource/SoftphoneUI.js',
    /** The simulator's own browser scripts. */
    fakeOpenCti: '/sim/fake-open-cti.js',
    startEngine: '/sim/start-engine.js',
    hostConsole: '/sim/host-console.js',
    /** `c-call-with-softphone` and `c-softphone-omni-sync` for the console page (`npm start -- --console-components`). */
    consoleComponents: '/sim/console-components.js'
} as const;

/** The URL a `<use href>` takes to draw one SLDS icon, e.g. `iconUrl('utility', 'call')`. */
export function iconUrl(category: 'utility' | 'standard', name: string): string {
    return `${ROUTES.icons}${category}/${name}.svg#${name}`;
}
