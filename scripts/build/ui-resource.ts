import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readCustomLabels } from '../../sim/labels/custom-labels';
import type { GeneratedFile } from './generated-file';
import { buildUiBundle } from './lwc-ui/ui-bundle';
import { withPageLabels } from './page-labels';
import type { MountTarget } from './lwc-ui/ui-bundle';

/** Where the static resources live. */
export const STATIC_RESOURCES_DIR = 'force-app/main/default/staticresources';

/** A UI static resource: one LWC component mounted into a page by a bundle of its own. */
export interface UiResource {
    /** The static resource's name (`$Resource.<name>`); its file is `<name>.js`. */
    readonly name: string;
    /** The component the page shows and the element it is created in. */
    readonly mount: MountTarget;
    /**
     * The Visualforce page that loads it, relative to the project root, and the id of the element in which the
     * page renders the UI's custom labels in the agent's language (a block the build generates).
     */
    readonly page: { readonly file: string; readonly labelsElementId: string };
}

/** The Open CTI adapter page's UI: `c-softphone` in `#softphone-root`. */
export const SOFTPHONE_UI: UiResource = {
    name: 'SoftphoneUI',
    mount: { module: 'c/softphone', tag: 'c-softphone', rootId: 'softphone-root' },
    page: { file: 'force-app/main/default/pages/Softphone.page', labelsElementId: 'softphone-labels' }
};

/** Every UI resource the build generates. A page that shows another component adds its entry here. */
export const UI_RESOURCES: readonly UiResource[] = [SOFTPHONE_UI];

/** The UI resource's file, relative to the project root. */
export function uiResourcePath(resource: UiResource): string {
    return path.posix.join(STATIC_RESOURCES_DIR, `${resource.name}.js`);
}

/** Every file under `dir`, relative path → contents, with `overrides` (absolute path → contents) applied. */
function filesUnder(dir: string, overrides: ReadonlyMap<string, string>): [string, string][] {
    const files: [string, string][] = [];
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
        if (!entry.isFile()) continue;
        const file = path.join(entry.parentPath, entry.name);
        files.push([path.relative(dir, file), overrides.get(file) ?? readFileSync(file, 'utf8')]);
    }
    return files.sort(([a], [b]) => a.localeCompare(b));
}

/**
 * What a UI resource is built from: the LWC directory (with the freshly compiled `.js`), the labels, the build's
 * own code and the installed versions of the packages it uses. Builds of equal inputs in one process are shared (a build takes
 * seconds; `npm run validate` and its tests ask for the same one several times).
 */
function inputsKey(
    root: string,
    lwcDir: string,
    labelsDir: string,
    sources: ReadonlyMap<string, string>
): string {
    const hash = createHash('sha256');
    for (const [dir, files] of [
        ['lwc', filesUnder(path.join(root, lwcDir), sources)],
        ['labels', filesUnder(labelsDir, new Map())],
        ['build', filesUnder(path.join(__dirname, 'lwc-ui'), new Map())]
    ] as const) {
        for (const [file, contents] of files) hash.update(`${dir}/${file}\0${contents}\0`);
    }
    for (const name of BUILD_PACKAGES) {
        hash.update(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'));
    }
    return hash.digest('hex');
}

/** The packages whose versions decide what a UI resource contains. */
const BUILD_PACKAGES = [
    'lwc',
    '@lwc/rollup-plugin',
    'lightning-base-components',
    'rollup',
    'esbuild',
    'postcss'
];

interface BuiltUi {
    readonly files: readonly GeneratedFile[];
    /** The labels each resource imports, by resource name. */
    readonly labels: ReadonlyMap<string, readonly string[]>;
}

const builds = new Map<string, Promise<BuiltUi>>();

/**
 * Builds each UI static resource: the org's LWC (from `lwcJavaScript`, the compiled `.js` the build has just
 * generated, relative paths to contents) with the LWC engine and the base components, one minified script; and
 * its page with the labels block for the labels the resource imports.
 */
export async function generateUiResources(
    root: string,
    lwcDir: string,
    lwcJavaScript: readonly GeneratedFile[]
): Promise<GeneratedFile[]> {
    const sources = new Map(lwcJavaScript.map((file) => [path.join(root, file.path), file.contents]));
    const labelsDir = path.join(root, 'force-app/main/default/labels');
    const key = inputsKey(root, lwcDir, labelsDir, sources);
    let build = builds.get(key);
    if (!build) {
        build = buildUiResources(root, lwcDir, labelsDir, sources);
        builds.set(key, build);
        build.catch(() => builds.delete(key));
    }
    const built = await build;
    const pages: GeneratedFile[] = [];
    for (const resource of UI_RESOURCES) {
        const { file, labelsElementId } = resource.page;
        const page = readFileSync(path.join(root, file), 'utf8');
        const names = built.labels.get(resource.name) ?? [];
        pages.push({
            path: file,
            contents: await withPageLabels(path.join(root, file), page, labelsElementId, names),
            source: `the labels ${resource.name} imports`
        });
    }
    return [...built.files, ...pages];
}

async function buildUiResources(
    root: string,
    lwcDir: string,
    labelsDir: string,
    sources: ReadonlyMap<string, string>
): Promise<BuiltUi> {
    const labels = readCustomLabels(labelsDir);
    const files: GeneratedFile[] = [];
    const used = new Map<string, readonly string[]>();
    for (const resource of UI_RESOURCES) {
        const file = uiResourcePath(resource);
        const bundle = await buildUiBundle({
            root,
            lwcDir: path.join(root, lwcDir),
            labels,
            mount: resource.mount,
            format: 'script',
            entryFile: path.posix.basename(file),
            sources,
            pageLabelsElementId: resource.page.labelsElementId
        });
        used.set(resource.name, bundle.labels);
        const contents = bundle.files.get(path.posix.basename(file));
        if (contents === undefined || bundle.files.size !== 1) {
            throw new Error(`the ${resource.name} bundle is not one script`);
        }
        files.push({ path: file, contents, source: `${lwcDir} (${resource.mount.module})` });
    }
    return { files, labels: used };
}
