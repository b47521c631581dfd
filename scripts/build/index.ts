import { generateEngineBundle } from './engine-bundle';
import type { GeneratedFile } from './generated-file';
import { generateLwcJavaScript } from './lwc-typescript';
import { generateVoiceConnectorBundle } from './voice-connector-bundle';

export type { GeneratedFile } from './generated-file';
export { ENGINE_GLOBAL, ENGINE_RESOURCE } from './engine-bundle';
export { VOICE_GLOBAL, VOICE_RESOURCE } from './voice-connector-bundle';
export { LWC_DIR, SHARED_ENGINE_MODULES, lwcTypeScriptSources } from './lwc-typescript';

/**
 * Every file the build generates, in memory: the compiled LWC `.js`, the engine static resource and the
 * Salesforce Voice connector's static resource.
 */
export async function generateAll(root: string): Promise<GeneratedFile[]> {
    const [lwc, engine, voice] = await Promise.all([
        generateLwcJavaScript(root),
        generateEngineBundle(root),
        generateVoiceConnectorBundle(root)
    ]);
    return [...lwc, ...engine, ...voice];
}
