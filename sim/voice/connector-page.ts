import { SIMULATED_ORG_ID, SIMULATED_USER_ID } from '../org/simulated-user';

/** The simulated org's ids, as `{!JSENCODE($Organization.Id)}` and `{!JSENCODE($User.Id)}` give them. */
const SIGNED_IN_IDS: Readonly<Record<string, string>> = {
    'JSENCODE($Organization.Id)': SIMULATED_ORG_ID,
    'JSENCODE($User.Id)': SIMULATED_USER_ID
};

/** What the simulator puts where the connector page has Visualforce merge fields. */
export interface ConnectorPageValues {
    /** `$Resource.<name>` to the URL the simulator serves the static resource at. */
    readonly resources: Readonly<Record<string, string>>;
    /** `$Label.<name>` to the label's text (from the project's Custom Labels). */
    readonly labels: Readonly<Record<string, string>>;
    /** The script that provides `Visualforce.remoting.Manager`, which Visualforce adds to a page with remote actions. */
    readonly remotingScript: string;
}

function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * Renders the project's own `SoftphoneVoiceConnector.page` as Visualforce would for the simulator: the
 * `<apex:page>` wrapper goes, `{!$Resource.X}`, `{!$Label.X}`, `{!$RemoteAction.C.m}` and the signed-in org and
 * user ids are filled in, and the
 * remoting script goes first in `<head>`. Any other merge field is an error, so the simulator never serves a
 * page that differs from the file in ways nobody sees.
 */
export function renderConnectorPage(page: string, values: ConnectorPageValues): string {
    const body = page
        .replace(/^\s*<apex:page[^>]*>/, '')
        .replace(/<\/apex:page>\s*$/, '')
        .trim();
    const filled = body.replace(/\{!([^}]+)\}/g, (_all, expression: string) => {
        const field = expression.trim();
        const resource = /^\$Resource\.(\w+)$/.exec(field);
        if (resource?.[1] !== undefined) {
            const url = values.resources[resource[1]];
            if (url === undefined) throw new Error(`The simulator serves no static resource ${resource[1]}.`);
            return url;
        }
        const label = /^\$Label\.(\w+)$/.exec(field);
        if (label?.[1] !== undefined) {
            const text = values.labels[label[1]];
            if (text === undefined) throw new Error(`No Custom Label ${label[1]} in the project.`);
            return escapeHtml(text);
        }
        const id = SIGNED_IN_IDS[field.replace(/\s+/g, '')];
        if (id !== undefined) return id;
        const action = /^\$RemoteAction\.(\w+\.\w+)$/.exec(field);
        if (action?.[1] !== undefined) return action[1];
        throw new Error(`The simulator does not render the merge field {!${field}}.`);
    });
    return `<!doctype html>\n${filled.replace('<head>', `<head>\n<script src="${values.remotingScript}"></script>`)}\n`;
}

/** The simulator's `Visualforce.remoting.Manager`: each remote action is a POST to the simulator's Apex. */
export const VISUALFORCE_REMOTING_SCRIPT = `(function () {
    window.Visualforce = { remoting: { Manager: { invokeAction: function (action, payload, callback, options) {
        var controller = new AbortController();
        var timer = setTimeout(function () { controller.abort(); }, (options && options.timeout) || 30000);
        fetch('/apexremote', { method: 'POST', headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ action: action, payload: payload }), signal: controller.signal })
            .then(function (response) { return response.json(); })
            .then(function (answer) { clearTimeout(timer); callback(answer.result, { status: answer.status, message: answer.message, type: answer.status ? 'rpc' : 'exception' }); })
            .catch(function (error) { clearTimeout(timer); callback(null, { status: false, message: String(error), type: 'exception' }); });
    } } } };
})();
`;
