import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readSettings } from '../../engine/src/settings';
import { readCallCenterSettings } from '../../sim/call-center/call-center-settings';
import { readCustomLabels } from '../../sim/labels/custom-labels';
import { PROJECT_FILES } from '../../sim/project-files';

const REPO = path.resolve(__dirname, '..', '..');
const PAGES = path.join(REPO, 'force-app/main/default/pages');
const settings = readCallCenterSettings(path.join(REPO, PROJECT_FILES.callCenter));
const labels = readCustomLabels(path.join(REPO, PROJECT_FILES.labelsDir));

/** The Custom Labels a Visualforce page shows, in order. */
function pageLabels(page: string): string[] {
    const source = readFileSync(path.join(PAGES, `${page}.page`), 'utf8');
    return [...source.matchAll(/\$Label\.(\w+)/g)].map((match) => match[1] ?? '');
}

describe('the call center shipped with the project', () => {
    it('passes every check the softphone makes at start', () => {
        const { problems } = readSettings(settings);
        expect(problems).toEqual([]);
    });

    it('keeps the microphone open between calls by default', () => {
        expect(settings['/softphoneSettings/microphoneBetweenCalls']).toBe('open');
        expect(readSettings(settings).settings.microphoneBetweenCalls).toBe('open');
    });

    it('falls back to a standby page that exists, after a timeout the checks accept', () => {
        expect(settings['/reqGeneralInfo/reqStandbyUrl']).toBe('/apex/SoftphoneStandby');
        expect(Number(settings['/reqGeneralInfo/reqTimeout'])).toBeGreaterThanOrEqual(5_000);
        expect(() => readFileSync(path.join(PAGES, 'SoftphoneStandby.page'))).not.toThrow();
    });
});

describe('the standby page', () => {
    const shown = pageLabels('SoftphoneStandby');
    const text = shown.map((name) => labels.get(name) ?? '').join('\n');

    it('shows only Custom Labels that exist', () => {
        expect(shown.filter((name) => !labels.has(name))).toEqual([]);
    });

    it.each([
        ['tells the agent to reload', /Reload the page/],
        ['names the permission set that opens the adapter page', /Softphone_Agent permission set/],
        ['checks the user is one of the call center users', /Manage Call Center Users/],
        ['checks the adapter URL and the Lightning compatibility mode', /\/apex\/Softphone.*Lightning/],
        [
            'says how to find a CSP block and which Trusted URL to add',
            /Content Security Policy.*Trusted URLs.*Visualforce.*connect-src/
        ],
        ['mentions the time limit', /Timeout/]
    ])('%s', (_name, expected) => {
        expect(text.replace(/\s+/g, ' ')).toMatch(expected);
    });
});
