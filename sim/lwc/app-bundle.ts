import lwc from '@lwc/rollup-plugin';
import { rollup } from 'rollup';
import type { Plugin, RollupLog } from 'rollup';
import { customLabelPlugin } from '../labels/label-plugin';
import type { CustomLabels } from '../labels/custom-labels';
import { definePlugin } from './define-plugin';
import { isRuntimeModule, orgLwcModules } from './lwc-modules';
import { minifyModule } from './minify-module';

/** What to mount: a component module, its tag name, and the id of the element it is created in. */
export interface MountTarget {
    readonly module: string;
    readonly tag: string;
    readonly rootId: string;
}

export interface AppBundleOptions {
    /** Absolute path of the project's `lwc` directory. */
    readonly lwcDir: string;
    readonly labels: CustomLabels;
    readonly mount: MountTarget;
    /** Constants such as `process.env.NODE_ENV`, see {@link definePlugin}. */
    readonly define: Readonly<Record<string, string>>;
    /** Minify the bundle (production mode), see {@link minifyModule}. */
    readonly minify: boolean;
}

/** The org's components compiled into one ES module, and the runtime modules it imports. */
export interface AppBundle {
    readonly code: string;
    /** Bare specifiers left to the vendor bundle, sorted: `lwc`, `@lwc/synthetic-shadow`, `lightning/*`. */
    readonly runtimeModules: readonly string[];
}

const MOUNT_ID = '\0softphone-sim-mount';

/**
 * The entry: synthetic shadow first (as on the Lightning platform, so SLDS reaches into components), then
 * `createElement` into the root element, the local equivalent of `$Lightning.createComponent`.
 */
export function mountSource(target: MountTarget): string {
    return [
        "import '@lwc/synthetic-shadow';",
        "import { createElement } from 'lwc';",
        `import Component from ${JSON.stringify(target.module)};`,
        `const root = document.getElementById(${JSON.stringify(target.rootId)});`,
        `if (!root) throw new Error(${JSON.stringify(`#${target.rootId} is missing from the page`)});`,
        `root.appendChild(createElement(${JSON.stringify(target.tag)}, { is: Component }));`,
        ''
    ].join('\n');
}

function mountPlugin(target: MountTarget): Plugin {
    return {
        name: 'softphone-sim-mount',
        resolveId: (source) => (source === MOUNT_ID ? MOUNT_ID : null),
        load: (id) => (id === MOUNT_ID ? mountSource(target) : null)
    };
}

/**
 * Turns Rollup's warnings that would break the page at run time into build errors, saying what to do about
 * an org component without its compiled `.js`.
 */
export function failOnUnresolved(log: RollupLog, warn: (log: RollupLog) => void): void {
    if (log.code === 'UNRESOLVED_IMPORT') {
        const module = log.exporter ?? '(unknown module)';
        const hint = module.startsWith('c/')
            ? ': its bundle has no compiled .js; run `npm run build` (or `npm start` without --no-build)'
            : ': the local simulator does not provide this module yet';
        throw new Error(`Cannot resolve ${module}, imported by ${log.id ?? 'the app'}${hint}`);
    }
    if (log.code === 'MISSING_EXPORT') throw new Error(log.message);
    warn(log);
}

/**
 * Compiles the org's components with the open-source LWC compiler into one ES module that mounts the
 * target component. Custom labels are inlined; `lwc`, `@lwc/*` and `lightning/*` stay bare imports, served
 * by the vendor bundle through an import map. An unknown `c/` module, label or other import fails the build.
 * In production mode the bundle is minified, as Lightning serves components.
 */
export async function buildAppBundle(options: AppBundleOptions): Promise<AppBundle> {
    const bundle = await rollup({
        input: MOUNT_ID,
        external: (source, _importer, isResolved) => !isResolved && isRuntimeModule(source),
        plugins: [
            mountPlugin(options.mount),
            customLabelPlugin(options.labels),
            lwc({
                rootDir: options.lwcDir,
                modules: orgLwcModules(options.lwcDir),
                enableDynamicComponents: false
            }),
            definePlugin(options.define)
        ],
        onwarn: failOnUnresolved
    });
    try {
        const { output } = await bundle.generate({ format: 'es' });
        const [chunk] = output;
        const code = options.minify ? await minifyModule(chunk.code, 'app.js') : chunk.code;
        return { code, runtimeModules: [...chunk.imports].sort() };
    } finally {
        await bundle.close();
    }
}
