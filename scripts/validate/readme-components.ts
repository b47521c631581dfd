import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Check, Problem } from './problem';
import { listFiles } from './project-files';
import { projectComponents } from './project-components';
import type { ProjectComponent } from './project-components';

const CHECK = 'readme-components';

/** Metadata folders a project layout in the README or docs/ may name, and the type of what they hold. */
const FOLDER_TYPES: Readonly<Record<string, string>> = {
    applications: 'CustomApplication',
    aura: 'AuraDefinitionBundle',
    callCenters: 'CallCenter',
    classes: 'ApexClass',
    cspTrustedSites: 'CspTrustedSite',
    flexipages: 'FlexiPage',
    labels: 'CustomLabels',
    lwc: 'LightningComponentBundle',
    messageChannels: 'LightningMessageChannel',
    pages: 'ApexPage',
    permissionsets: 'PermissionSet',
    staticresources: 'StaticResource'
};

/** One name a document gives a component, where it is written and how to find the component. */
interface Mention {
    readonly name: string;
    readonly line: number;
    readonly column: number;
    /** The types it may be; empty means any type. */
    readonly types: readonly string[];
}

/**
 * The ways a document names a component: a project-style name (Softphone..., softphone..., with `_` allowed),
 * `/apex/Page` and `Page.page` for Visualforce pages, `c-kebab-name` and `c/camelName` for LWC, `c:Name` for Aura.
 */
const PATTERNS: readonly {
    readonly regex: RegExp;
    readonly types: readonly string[];
    readonly name: (match: RegExpExecArray) => string;
}[] = [
    { regex: /\/apex\/(\w+)/g, types: ['ApexPage'], name: (m) => m[1] ?? '' },
    { regex: /\b(\w+)\.page\b/g, types: ['ApexPage'], name: (m) => m[1] ?? '' },
    { regex: /\bc:(\w+)/g, types: ['AuraDefinitionBundle'], name: (m) => m[1] ?? '' },
    { regex: /\bc\/(\w+)/g, types: ['LightningComponentBundle'], name: (m) => m[1] ?? '' },
    {
        regex: /<?\bc-([a-z][a-z0-9-]*)/g,
        types: ['LightningComponentBundle'],
        name: (m) => (m[1] ?? '').replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase())
    },
    { regex: /(?<![\w/:.-])([Ss]oftphone[A-Za-z0-9_]+)\b(?!\.ts|\/)/g, types: [], name: (m) => m[1] ?? '' }
];

/** Names written like components but that are not metadata (engine classes, settings). Add with a reason. */
export const NOT_COMPONENTS: ReadonlySet<string> = new Set<string>([]);

/** Every component name a document mentions, with its position. */
export function findMentions(readme: string): Mention[] {
    const mentions: Mention[] = [];
    readme.split('\n').forEach((text, index) => {
        for (const pattern of PATTERNS) {
            for (const match of text.matchAll(pattern.regex)) {
                const name = pattern.name(match as RegExpExecArray);
                if (name === '' || NOT_COMPONENTS.has(name)) continue;
                mentions.push({
                    name,
                    line: index + 1,
                    column: (match.index ?? 0) + 1,
                    types: pattern.types
                });
            }
        }
    });
    return mentions;
}

/** The metadata folders listed under force-app in a document's layout block (lines like `  callCenters/  ...`). */
export function findLayoutFolders(readme: string): { folder: string; line: number }[] {
    const folders: { folder: string; line: number }[] = [];
    readme.split('\n').forEach((text, index) => {
        const head = /^\s{2,}((?:[a-zA-Z]+\/\s+)+)/.exec(text);
        if (head?.[1] === undefined) return;
        for (const folder of head[1].split(/\s+/).filter((part) => part.endsWith('/'))) {
            const name = folder.slice(0, -1);
            if (FOLDER_TYPES[name] !== undefined) folders.push({ folder: name, line: index + 1 });
        }
    });
    return folders;
}

function found(components: readonly ProjectComponent[], mention: Mention): boolean {
    // Components named after a file (SoftphoneEngine.js) match without the extension.
    const name = mention.name.replace(/\.(js|css|resource)$/, '');
    // A component in a folder (a report, a dashboard) is named by its own name, without the folder.
    const ownName = (fullName: string): string => fullName.slice(fullName.lastIndexOf('/') + 1);
    // Code names a Lightning message channel `Name__c`; its component is `Name`.
    const channel = name.endsWith('__c') ? name.slice(0, -3) : undefined;
    return components.some(
        (component) =>
            ([component.fullName, ownName(component.fullName)].some(
                (candidate) => candidate === name || candidate.toLowerCase() === name.toLowerCase()
            ) ||
                (component.type === 'LightningMessageChannel' && component.fullName === channel)) &&
            (mention.types.length === 0 || mention.types.includes(component.type))
    );
}

/** The documents that may name components: README.md and every Markdown file under docs/, relative to the root. */
export function projectDocuments(root: string): string[] {
    const docs = path.join(root, 'docs');
    const underDocs = existsSync(docs)
        ? listFiles(docs)
              .filter((file) => file.endsWith('.md'))
              .map((file) => path.relative(root, file).split(path.sep).join('/'))
        : [];
    return [...(existsSync(path.join(root, 'README.md')) ? ['README.md'] : []), ...underDocs];
}

/** The problems of one document: components it names that are not in the tree, layout folders with none. */
function checkDocument(file: string, text: string, components: readonly ProjectComponent[]): Problem[] {
    const problems: Problem[] = [];
    const reported = new Set<string>();
    for (const mention of findMentions(text)) {
        if (found(components, mention) || reported.has(mention.name)) continue;
        reported.add(mention.name);
        problems.push({
            check: CHECK,
            file,
            line: mention.line,
            column: mention.column,
            message:
                `${file} names ${mention.name}, but no ${mention.types.join(' or ') || 'metadata component'} ` +
                'of that name is in the package directories (add it, fix the name, or list it in NOT_COMPONENTS ' +
                'in scripts/validate/readme-components.ts if it is not metadata)'
        });
    }
    for (const { folder, line } of findLayoutFolders(text)) {
        const type = FOLDER_TYPES[folder] ?? '';
        if (!components.some((component) => component.type === type)) {
            problems.push({
                check: CHECK,
                file,
                line,
                message: `the layout in ${file} lists ${folder}/, but the project has no ${type} component`
            });
        }
    }
    return problems;
}

/**
 * Checks that every metadata component the README and the guides in docs/ promise is in the tree: each
 * component name they mention (Softphone_Agent, SoftphoneCallCenter, `/apex/Softphone`, `c-softphone`,
 * `c:SomeApp`, ...) resolves to a component of the package directories, and each metadata folder of a
 * project layout they show holds at least one component of that type.
 */
export const checkReadmeComponents: Check = (root) => {
    const documents = projectDocuments(root);
    if (!documents.includes('README.md')) {
        return Promise.resolve([
            { check: CHECK, file: 'README.md', message: 'the project has no README.md' }
        ]);
    }
    const components = projectComponents(root);
    return Promise.resolve(
        documents.flatMap((file) =>
            checkDocument(file, readFileSync(path.join(root, file), 'utf8'), components)
        )
    );
};
