import { generateDemoLineBundle } from './demo-line-bundle';
import { generateEngineBundle } from './engine-bundle';
import type { GeneratedFile } from './generated-file';
import { generateLwcJavaScript, LWC_DIR } from './lwc-typescript';
import { generateUiResources } from './ui-resource';
import { generateVoiceConnectorBundle } from './voice-connector-bundle';

export type { GeneratedFile } from './generated-file';
export { ENGINE_GLOBAL, ENGINE_RESOURCE } from './engine-bundle';
export { DEMO_LINE_GLOBAL, DEMO_LINE_RESOURCE } from './demo-line-bundle';
export { VOICE_GLOBAL, VOICE_RESOURCE } from './voice-connector-bundle';
export { LWC_DIR, SHARED_ENGINE_MODULES, lwcTypeScriptSources } from './lwc-typescript';
export { SOFTPHONE_UI, UI_RESOURCES, uiResourcePath } from './ui-resource';

/**
 * Every file the build generates, in memory: the compiled LWC `.js`, the engine static resource and the demo
 * line's, the UI static resources (built from that compiled `.js`) and the Salesforce Voice connector's static resource.
 */
export async function generateAll(root: string): Promise<GeneratedFile[]> {
    const [lwc, engine, demoLine, voice] = await Promise.all([
        generateLwcJavaScript(root),
        generateEngineBundle(root),
        generateDemoLineBundle(root),
        generateVoiceConnectorBundle(root)
    ]);
    const ui = await generateUiResources(root, LWC_DIR, lwc);
    return [...lwc, ...engine, ...demoLine, ...ui, ...voice];
}
