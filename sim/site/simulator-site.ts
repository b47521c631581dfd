import type { CallCenterSettings } from '../../engine/src/cti';
import type { ItemLabels } from '../../engine/src/softphone/item-labels';
import type { UtilityItem } from '../console/utility-item';
import type { SeedFixture } from '../org/seed-org';
import type { SimulatedTurnServer } from '../org/turn-credential-service';
import type { SimulatedPhoneSystems } from '../org/phone-system-service';
import type { SimulatedPresence } from '../org/simulated-presence';
import { renderHostPage } from '../pages/host-page';
import { renderPanelPage } from '../pages/panel-page';
import type { PanelPageOptions } from '../pages/panel-page';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { iconFile, iconSymbolDocument } from './icon-symbol';
import { pageOptionsFrom, pageQuery } from './page-options';
import { ROUTES } from './routes';
import { NOT_FOUND } from './site-answer';
import type { SiteAnswer } from './site-answer';
import { CONTENT_TYPES, contentTypeOf, fileInside } from './static-files';

/** Everything the site serves, built before the server starts. */
export interface SimulatorSiteContent {
    /** What the console answers `getCallCenterSettings` with. */
    readonly settings: CallCenterSettings;
    readonly utility: UtilityItem;
    /** The records the console's org starts with. */
    readonly seed: SeedFixture;
    /** The org's TURN secret record, for `SoftphoneTurnCredentials` (`npm start -- --turn-secret`). */
    readonly turnServer?: SimulatedTurnServer;
    /** The org's phone-system profiles and the agent's permissions (`npm start -- --phone-system`). */
    readonly phoneSystems?: SimulatedPhoneSystems;
    /** With the console components: the org's presence statuses and mapping for the Omni-Channel sync item. */
    readonly presence?: SimulatedPresence;
    /** The utility item's labels the panel passes to `startEngine`, from the Custom Labels. */
    readonly itemLabels: ItemLabels;
    /** The simulator's browser scripts by route. */
    readonly scripts: ReadonlyMap<string, string>;
    /** Absolute path of the engine static resource file. */
    readonly engineResource: string;
    /** Absolute path of the demo line's static resource file. */
    readonly demoLineResource: string;
    /** Absolute path of the desk phone line's static resource file. */
    readonly deskPhoneLineResource: string;
    /** Absolute path of the UI static resource file. */
    readonly uiResource: string;
    /** The UI's labels as the Softphone page renders them, see {@link PanelPageOptions.uiLabels}. */
    readonly uiLabels: PanelPageOptions['uiLabels'];
    /** Absolute path of `@salesforce-ux/design-system/assets`. */
    readonly sldsAssetsDir: string;
}

/** Answers URLs with the simulator's pages, scripts and assets, and nothing else. */
export interface SimulatorSite {
    answer(url: URL): SiteAnswer;
}

const JS = CONTENT_TYPES['.js'] ?? '';
const HTML = CONTENT_TYPES['.html'] ?? '';
const SVG = CONTENT_TYPES['.svg'] ?? '';

/**
 * Creates the simulator's site: the console page (`/`), the utility panel page (`/panel`), the engine, demo
 * line and UI static resources (their files, byte for byte), the simulator scripts and SLDS assets. Pages honour
 * `?opencti=off`.
 */
export function createSimulatorSite(content: SimulatorSiteContent): SimulatorSite {
    const callCenter = {
        displayName: content.settings['/reqGeneralInfo/reqDisplayName'] ?? '',
        internalName: content.settings['/reqGeneralInfo/reqInternalName'] ?? ''
    };
    const page = (url: URL, render: (openCti: boolean) => string): SiteAnswer => {
        const options = pageOptionsFrom(url.searchParams);
        if (typeof options === 'string') return { kind: 'error', status: 400, message: options };
        return { kind: 'content', contentType: HTML, body: render(options.openCti) };
    };
    const icons = new Map<string, string>();
    const icon = (relative: string): SiteAnswer => {
        const [category = '', file = ''] = relative.split('/', 3);
        const name = file.endsWith('.svg') ? file.slice(0, -'.svg'.length) : '';
        const source = relative.split('/').length === 2 ? iconFile(category, name) : undefined;
        if (source === undefined) return NOT_FOUND;
        let body = icons.get(source);
        if (body === undefined) {
            try {
                body = iconSymbolDocument(
                    name,
                    readFileSync(path.join(content.sldsAssetsDir, source), 'utf8')
                );
            } catch {
                return NOT_FOUND;
            }
            icons.set(source, body);
        }
        return { kind: 'content', contentType: SVG, body };
    };
    return {
        answer(url) {
            const route = url.pathname;
            if (route === ROUTES.console) {
                return page(url, (openCti) =>
                    renderHostPage({
                        utility: content.utility,
                        panelUrl: ROUTES.panel + pageQuery({ openCti }),
                        openCti,
                        callCenter,
                        settings: content.settings,
                        seed: content.seed,
                        ...(content.turnServer ? { turnServer: content.turnServer } : {}),
                        ...(content.phoneSystems ? { phoneSystems: content.phoneSystems } : {}),
                        ...(content.presence ? { presence: content.presence } : {})
                    })
                );
            }
            if (route === ROUTES.panel) {
                return page(url, (openCti) =>
                    renderPanelPage({
                        openCti,
                        itemLabels: content.itemLabels,
                        title: content.utility.label,
                        uiLabels: content.uiLabels
                    })
                );
            }
            if (route === ROUTES.engineResource) {
                return { kind: 'file', contentType: JS, file: content.engineResource };
            }
            if (route === ROUTES.demoLineResource)
                return { kind: 'file', contentType: JS, file: content.demoLineResource };
            if (route === ROUTES.deskPhoneLineResource)
                return { kind: 'file', contentType: JS, file: content.deskPhoneLineResource };
            if (route === ROUTES.uiResource)
                return { kind: 'file', contentType: JS, file: content.uiResource };
            const script = content.scripts.get(route);
            if (script !== undefined) return { kind: 'content', contentType: JS, body: script };
            if (route.startsWith(ROUTES.icons)) return icon(route.slice(ROUTES.icons.length));
            if (route.startsWith(ROUTES.sldsAssets)) {
                const file = fileInside(content.sldsAssetsDir, route.slice(ROUTES.sldsAssets.length));
                const contentType = file === undefined ? undefined : contentTypeOf(file);
                return file && contentType ? { kind: 'file', contentType, file } : NOT_FOUND;
            }
            return NOT_FOUND;
        }
    };
}
