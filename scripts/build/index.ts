import { generateEngineBundle } from './engine-bundle';
import type { GeneratedFile } from './generated-file';
import { generateLineBundles } from './line-bundle';
import { generateLwcJavaScript, LWC_DIR } from './lwc-typescript';
import { generateUiResources } from './ui-resource';
import { generateVoiceConnectorBundle } from './voice-connector-bundle';

export type { GeneratedFile } from './generated-file';
export { ENGINE_GLOBAL, ENGINE_RESOURCE } from './engine-bundle';
export { DEMO_LINE_RESOURCE, DESK_PHONE_LINE_RESOURCE, LINE_BUNDLES } from './line-bundle';
export { VOICE_GLOBAL, VOICE_RESOURCE } from './voice-connector-bundle';
export { LWC_DIR, SHARED_ENGINE_MODULES, lwcTypeScriptSources } from './lwc-typescript';
export { SOFTPHONE_UI, UI_RESOURCES, uiResourcePath } from './ui-resource';

/**
 * Every file the build generates, in memory: the compiled LWC `.js`, the engine static resource and the
 * lines' (demo, desk phone), the UI static resources (built from that compiled `.js`) and the Salesforce Voice connector's static resource.
 */
export async function generateAll(root: string): Promise<GeneratedFile[]> {
    const [lwc, engine, lines, voice] = await Promise.all([
        generateLwcJavaScript(root),
        generateEngineBundle(root),
        generateLineBundles(root),
        generateVoiceConnectorBundle(root)
    ]);
    const ui = await generateUiResources(root, LWC_DIR, lwc);
    return [...lwc, ...engine, ...lines, ...ui, ...voice];
}
