import { generateEngineBundle } from './engine-bundle';
import type { GeneratedFile } from './generated-file';
import { generateLwcJavaScript } from './lwc-typescript';

export type { GeneratedFile } from './generated-file';
export { ENGINE_GLOBAL, ENGINE_RESOURCE } from './engine-bundle';
export { LWC_DIR, SHARED_ENGINE_MODULES, lwcTypeScriptSources } from './lwc-typescript';

/** Every file the build generates, in memory: the compiled LWC `.js` and the engine static resource. */
export async function generateAll(root: string): Promise<GeneratedFile[]> {
    const [lwc, engine] = await Promise.all([generateLwcJavaScript(root), generateEngineBundle(root)]);
    return [...lwc, ...engine];
}
