import path from 'node:path';
import type { Plugin } from 'rollup';
import { buildUiBundle } from '../../scripts/build/lwc-ui/ui-bundle';
import { readCustomLabels } from '../labels/custom-labels';

/** The record-page and utility components the console page can host, by tag. */
export const CONSOLE_COMPONENTS: Readonly<Record<string, string>> = {
    'c-call-with-softphone': 'c/callWithSoftphone',
    'c-softphone-omni-sync': 'c/softphoneOmniSync'
};

/**
 * `lightning/messageService` on the console page: the console's own message service
 * (`window.softphoneConsole.messages`), which the softphone reaches through `sforce.opencti.subscribe`.
 */
const MESSAGE_SERVICE = `
function service() {
    const handle = window.softphoneConsole;
    if (!handle) throw new Error('lightning/messageService: the console is not loaded');
    return handle.messages;
}
export const APPLICATION_SCOPE = 'APPLICATION_SCOPE';
export class MessageContext {
    constructor(dataCallback) { this.dataCallback = dataCallback; }
    connect() { this.dataCallback({ console: true }); }
    disconnect() {}
    update() {}
}
export function publish(context, channel, message) { service().publish(channel, message); }
export function subscribe(context, channel, listener) { return { id: service().subscribe(channel, listener) }; }
export function unsubscribe(subscription) { if (subscription) service().unsubscribe(subscription.id); }
`;

/** `lightning/uiRecordApi`'s `getRecord` and `getFieldValue` over the console's org. */
const UI_RECORD_API = `
function nameOf(record) {
    const f = record.fields;
    return f.Name || f.CaseNumber || [f.FirstName, f.LastName].filter(Boolean).join(' ');
}
export class getRecord {
    constructor(dataCallback) { this.dataCallback = dataCallback; this.connected = false; }
    connect() { this.connected = true; this.emit(); }
    disconnect() { this.connected = false; }
    update(config) { this.config = config; this.emit(); }
    emit() {
        const config = this.config;
        if (!this.connected || !config || !config.recordId) return;
        const record = window.softphoneConsole && window.softphoneConsole.org.get(config.recordId);
        if (!record) { this.dataCallback({ data: undefined, error: { message: 'record not found' } }); return; }
        const fields = {};
        for (const name of [].concat(config.fields || [], config.optionalFields || [])) {
            const field = String(name).split('.').pop();
            const value = field === 'Name' ? nameOf(record) : record.fields[field];
            fields[field] = { value: value === undefined ? null : value };
        }
        this.dataCallback({ data: { apiName: record.sobjectType, id: record.Id, fields }, error: undefined });
    }
}
export function getFieldValue(record, field) {
    const name = String(field).split('.').pop();
    return record && record.fields[name] ? record.fields[name].value : undefined;
}
`;

const STAND_INS: Readonly<Record<string, string>> = {
    'lightning/messageService': MESSAGE_SERVICE,
    'lightning/uiRecordApi': UI_RECORD_API
};
const VIRTUAL = '\0console-platform:';
const CHANNEL_PREFIX = '@salesforce/messageChannel/';

/** Resolves the platform modules Lightning provides to the console's stand-ins. */
function platformStandInsPlugin(): Plugin {
    return {
        name: 'console-platform-stand-ins',
        resolveId(source) {
            if (source in STAND_INS || source.startsWith(CHANNEL_PREFIX)) return VIRTUAL + source;
            return null;
        },
        load(id) {
            if (!id.startsWith(VIRTUAL)) return null;
            const source = id.slice(VIRTUAL.length);
            if (source.startsWith(CHANNEL_PREFIX)) {
                return `export default ${JSON.stringify(source.slice(CHANNEL_PREFIX.length))};\n`;
            }
            return STAND_INS[source] ?? null;
        }
    };
}

/** The entry: synthetic shadow, then `window.softphoneConsoleComponents.mount(tag, parent, props)`. */
function entrySource(): string {
    const tags = Object.entries(CONSOLE_COMPONENTS);
    return [
        "import '@lwc/synthetic-shadow';",
        "import { createElement } from 'lwc';",
        ...tags.map(([, module], index) => `import Component${index} from ${JSON.stringify(module)};`),
        `const components = { ${tags.map(([tag], index) => `${JSON.stringify(tag)}: Component${index}`).join(', ')} };`,
        'window.softphoneConsoleComponents = {',
        '    mount(tag, parent, props) {',
        '        const is = components[tag];',
        "        if (!is) throw new Error('no console component ' + tag);",
        '        const element = createElement(tag, { is });',
        '        Object.assign(element, props || {});',
        '        parent.appendChild(element);',
        '        return element;',
        '    }',
        '};',
        ''
    ].join('\n');
}

/**
 * Builds the components a record page or the utility bar holds in the console (`c-call-with-softphone`,
 * `c-softphone-omni-sync`) with the open-source LWC engine, the base components and the platform stand-ins,
 * from the committed compiled `.js`: one script for the console page.
 */
export async function buildConsoleComponents(root: string): Promise<string> {
    const bundle = await buildUiBundle({
        root,
        lwcDir: path.join(root, 'force-app/main/default/lwc'),
        labels: readCustomLabels(path.join(root, 'force-app/main/default/labels')),
        mount: { module: 'c/callWithSoftphone', tag: 'c-call-with-softphone', rootId: 'unused' },
        format: 'script',
        entryFile: 'console-components.js',
        entrySource: entrySource(),
        plugins: [platformStandInsPlugin()]
    });
    const script = bundle.files.get('console-components.js');
    if (script === undefined) throw new Error('the console components bundle has no console-components.js');
    return script;
}
