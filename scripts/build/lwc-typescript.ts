import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import prettier from 'prettier';
import ts from 'typescript';
import type { GeneratedFile } from './generated-file';

/** Where the LWC bundles live. */
export const LWC_DIR = 'force-app/main/default/lwc';

/**
 * LWC service modules generated from engine sources, so engine and UI share one definition.
 * Each source must be self-contained: it is compiled alone into the bundle's `.js`.
 */
export const SHARED_ENGINE_MODULES: Readonly<Record<string, string>> = {
    softphoneBridgeProtocol: 'engine/src/bridge/protocol.ts',
    softphoneChannelProtocol: 'engine/src/channel/channel-protocol.ts',
    softphonePresenceSync: 'engine/src/presence/presence-sync.ts'
};

const HEADER = (source: string): string =>
    `// Generated from ${source} by \`npm run build\`. Do not edit: change the TypeScript source.\n`;

/** The compiler options of the LWC tsconfig, which keep decorators as they are for the platform compiler. */
function lwcCompilerOptions(root: string): ts.CompilerOptions {
    const configPath = path.join(root, LWC_DIR, 'tsconfig.json');
    const config = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
    if (config.error) {
        throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
    }
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, path.dirname(configPath));
    return { ...parsed.options, noEmit: false, declaration: false, sourceMap: false };
}

/** The `.ts` sources of each LWC bundle: `<bundle>/<bundle>.ts` and its sibling modules, tests excluded. */
export function lwcTypeScriptSources(root: string): string[] {
    const lwcDir = path.join(root, LWC_DIR);
    if (!existsSync(lwcDir)) return [];
    const sources: string[] = [];
    for (const bundle of readdirSync(lwcDir, { withFileTypes: true })) {
        if (!bundle.isDirectory()) continue;
        for (const file of readdirSync(path.join(lwcDir, bundle.name))) {
            if (file.endsWith('.ts') && !file.endsWith('.d.ts')) {
                sources.push(path.posix.join(LWC_DIR, bundle.name, file));
            }
        }
    }
    return sources.sort();
}

async function compile(root: string, source: string, options: ts.CompilerOptions): Promise<string> {
    const text = readFileSync(path.join(root, source), 'utf8');
    const output = ts.transpileModule(text, {
        compilerOptions: options,
        fileName: source,
        reportDiagnostics: true
    });
    const errors = (output.diagnostics ?? []).map((d) =>
        ts.flattenDiagnosticMessageText(d.messageText, '\n')
    );
    if (errors.length > 0) {
        throw new Error(`${source}: ${errors.join('; ')}`);
    }
    const prettierOptions = (await prettier.resolveConfig(path.join(root, source))) ?? {};
    const formatted = await prettier.format(output.outputText, {
        ...prettierOptions,
        plugins: [],
        parser: 'babel'
    });
    return HEADER(source) + formatted;
}

/** Compiles every LWC TypeScript source in place (`x.ts` → `x.js`) and the shared engine modules. */
export async function generateLwcJavaScript(root: string): Promise<GeneratedFile[]> {
    const options = lwcCompilerOptions(root);
    const files: GeneratedFile[] = [];
    for (const source of lwcTypeScriptSources(root)) {
        files.push({
            path: source.replace(/\.ts$/, '.js'),
            contents: await compile(root, source, options),
            source
        });
    }
    for (const [bundle, source] of Object.entries(SHARED_ENGINE_MODULES)) {
        const contents = await compile(root, source, options);
        if (/^\s*import\s/m.test(contents)) {
            throw new Error(`${source} must not import anything: it is compiled alone into c/${bundle}`);
        }
        files.push({ path: path.posix.join(LWC_DIR, bundle, `${bundle}.js`), contents, source });
    }
    return files;
}
