import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkReports } from './reports';

const ROOT = path.join(__dirname, '..', '..');
const DEFAULT = 'force-app/main/default';
const PER_DAY = `${DEFAULT}/reports/Softphone_Calls/Softphone_Calls_per_Day.report-meta.xml`;
const TALK_TIME = `${DEFAULT}/reports/Softphone_Calls/Softphone_Average_Talk_Time.report-meta.xml`;
const DASHBOARD = `${DEFAULT}/dashboards/Softphone_Dashboards/Softphone_Calls.dashboard-meta.xml`;

let project: string;

/** A project holding only the real reports and dashboards, to edit one file at a time. */
beforeEach(() => {
    project = mkdtempSync(path.join(tmpdir(), 'reports-check-'));
    writeFileSync(
        path.join(project, 'sfdx-project.json'),
        JSON.stringify({ packageDirectories: [{ path: 'force-app' }] })
    );
    for (const folder of ['reports', 'dashboards']) {
        mkdirSync(path.join(project, DEFAULT, folder), { recursive: true });
        cpSync(path.join(ROOT, DEFAULT, folder), path.join(project, DEFAULT, folder), { recursive: true });
    }
});

afterEach(() => rmSync(project, { recursive: true, force: true }));

const edit = (file: string, from: string | RegExp, to: string): void => {
    const full = path.join(project, file);
    const before = readFileSync(full, 'utf8');
    const after = before.replace(from, to);
    expect(after).not.toBe(before);
    writeFileSync(full, after);
};

const messages = async (): Promise<string[]> =>
    (await checkReports(project)).map((problem) => problem.message);

describe('checkReports', () => {
    it('accepts the shipped call reports and the Softphone Calls dashboard', async () => {
        expect(await checkReports(ROOT)).toEqual([]);
        expect(await messages()).toEqual([]);
    });

    it('names a column the Tasks and Events report type does not have', async () => {
        edit(PER_DAY, '<field>SUBJECT</field>', '<field>Task.CallDurationInSeconds</field>');
        expect(await messages()).toEqual([
            '<columns> names Task.CallDurationInSeconds, which report type Activity does not have'
        ]);
    });

    it('refuses a report type the project has not checked', async () => {
        edit(PER_DAY, '<reportType>Activity</reportType>', '<reportType>TaskList</reportType>');
        expect((await messages())[0]).toMatch(/report type "TaskList" is not one this project has checked/);
    });

    it('refuses a date grouping on a column that is not a date', async () => {
        edit(
            PER_DAY,
            /<dateGranularity>Day<\/dateGranularity>\s*<field>DUE_DATE<\/field>/,
            '<dateGranularity>Day</dateGranularity><field>CALLTYPE</field>'
        );
        expect(await messages()).toContain('a grouping by Day uses CALLTYPE, which is not a date column');
    });

    it('refuses a chart grouped by a column the report does not group by', async () => {
        edit(
            PER_DAY,
            '<groupingColumn>DUE_DATE</groupingColumn>',
            '<groupingColumn>ASSIGNED</groupingColumn>'
        );
        expect(await messages()).toContain(
            "the chart's <groupingColumn> ASSIGNED is not one of the report's groupings"
        );
    });

    it('refuses an average the report does not compute, in the chart and on the dashboard', async () => {
        edit(TALK_TIME, /<aggregateTypes>Average<\/aggregateTypes>\s*/, '');
        const found = await messages();
        expect(found).toContain(
            "the chart's summary shows the Average of CALLDURATION, but the report's CALLDURATION column does not compute it (add <aggregateTypes>Average</aggregateTypes> to that column)"
        );
        expect(
            found.some((message) => message.startsWith('"Average talk time (seconds)" shows the Average'))
        ).toBe(true);
    });

    it('refuses a dashboard component showing a report that is not in the project', async () => {
        edit(
            DASHBOARD,
            'Softphone_Calls/Softphone_Calls_by_Result',
            'Softphone_Calls/Softphone_Calls_By_Outcome'
        );
        expect(await messages()).toEqual([
            '"Calls by result" shows report Softphone_Calls/Softphone_Calls_By_Outcome, which is not in the project (Folder/DeveloperName)'
        ]);
    });

    it('refuses dashboard components that overlap or leave the grid', async () => {
        edit(DASHBOARD, /<columnIndex>3<\/columnIndex>/, '<columnIndex>2</columnIndex>');
        expect(await messages()).toEqual(['"Average talk time (seconds)" overlaps component 1 on the grid']);
        edit(DASHBOARD, /<columnIndex>2<\/columnIndex>/, '<columnIndex>10</columnIndex>');
        expect(await messages()).toContain(
            '"Average talk time (seconds)" ends at column 13, past the grid\'s 12 columns'
        );
    });

    it('refuses a report or dashboard whose folder is not defined', async () => {
        rmSync(path.join(project, DEFAULT, 'reports', 'Softphone_Calls.reportFolder-meta.xml'));
        const found = await messages();
        expect(found).toHaveLength(5);
        expect(found[0]).toBe(
            `the report's folder has no ${DEFAULT}/reports/Softphone_Calls.reportFolder-meta.xml`
        );
    });
});
