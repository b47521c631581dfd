import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Check, Problem } from './problem';
import { packageFiles } from './project-files';
import { REPORT_TYPES, ROW_COUNT } from './report-columns';
import type { ReportTypeColumns } from './report-columns';

const CHECK = 'reports';

/** Elements that may repeat; the parser gives them as arrays even when there is one. */
const LISTS = new Set([
    'columns',
    'aggregateTypes',
    'criteriaItems',
    'groupingsDown',
    'groupingsAcross',
    'chartSummaries',
    'chartSummary',
    'params',
    'dashboardGridComponents'
]);

const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    isArray: (name) => LISTS.has(name)
});

type Xml = Record<string, unknown>;

const list = (value: unknown): Xml[] => (Array.isArray(value) ? (value as Xml[]) : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value.trim() : undefined);

/** The most groupings a Summary report takes (Salesforce's limit for summary reports). */
const MAX_SUMMARY_GROUPINGS = 3;
/** A report's name holds at most this many characters. */
const MAX_REPORT_NAME = 40;

interface ReportFile {
    readonly file: string;
    /** `Folder/DeveloperName`, as a dashboard names it. */
    readonly fullName: string;
    readonly report: Xml;
}

/** Summaries per column the report computes: `RowCount` always, else the column's aggregate types. */
function summariesOf(report: Xml): Map<string, Set<string>> {
    const summaries = new Map<string, Set<string>>();
    for (const column of list(report['columns'])) {
        const field = text(column['field']);
        if (field) summaries.set(field, new Set(list(column['aggregateTypes']).map(String)));
    }
    return summaries;
}

function checkSummary(
    summary: Xml,
    summaries: Map<string, Set<string>>,
    where: string,
    problem: (message: string) => void
): void {
    const column = text(summary['column']);
    if (column === undefined || column === ROW_COUNT) return;
    const aggregate = text(summary['aggregate']);
    if (!aggregate) {
        problem(`${where} summarises ${column} without an <aggregate>`);
        return;
    }
    if (!summaries.get(column)?.has(aggregate)) {
        problem(
            `${where} shows the ${aggregate} of ${column}, but the report's ${column} column does not ` +
                `compute it (add <aggregateTypes>${aggregate}</aggregateTypes> to that column)`
        );
    }
}

function checkReport({ file, report }: ReportFile, problems: Problem[]): void {
    const problem = (message: string): void => void problems.push({ check: CHECK, file, message });
    const reportType = text(report['reportType']) ?? '';
    const known: ReportTypeColumns | undefined = REPORT_TYPES[reportType];
    const name = text(report['name']) ?? '';
    if (name === '') problem('the report has no <name>');
    if (name.length > MAX_REPORT_NAME) {
        problem(
            `the report name "${name}" has ${name.length} characters; Salesforce allows ${MAX_REPORT_NAME}`
        );
    }
    if (!known) {
        problem(
            `report type "${reportType}" is not one this project has checked ` +
                `(known: ${Object.keys(REPORT_TYPES).join(', ')}; see scripts/validate/report-columns.ts)`
        );
        return;
    }
    const column = (value: unknown, where: string): string | undefined => {
        const name = text(value);
        if (name === undefined || name === '') {
            problem(`${where} names no column`);
            return undefined;
        }
        if (!known.columns.has(name))
            problem(`${where} names ${name}, which report type ${reportType} does not have`);
        return name;
    };
    for (const item of list(report['columns'])) {
        const name = column(item['field'], '<columns>');
        for (const aggregate of list(item['aggregateTypes']).map(String)) {
            if (name && !known.numberColumns.has(name)) {
                problem(
                    `<columns> ${name} is not a number column, so it cannot take the ${aggregate} summary`
                );
            }
        }
    }
    const filter = report['filter'] as Xml | undefined;
    for (const item of list(filter?.['criteriaItems'])) column(item['column'], 'a filter');
    const groupings = [...list(report['groupingsDown']), ...list(report['groupingsAcross'])];
    const grouped = new Set<string>();
    for (const grouping of groupings) {
        const name = column(grouping['field'], 'a grouping');
        if (!name) continue;
        grouped.add(name);
        const granularity = text(grouping['dateGranularity']);
        if (granularity && granularity !== 'None' && !known.dateColumns.has(name)) {
            problem(`a grouping by ${granularity} uses ${name}, which is not a date column`);
        }
    }
    const format = text(report['format']);
    if (format === 'Summary') {
        const down = list(report['groupingsDown']).length;
        if (down === 0) problem('a Summary report needs at least one <groupingsDown>');
        if (down > MAX_SUMMARY_GROUPINGS) {
            problem(
                `a Summary report takes at most ${MAX_SUMMARY_GROUPINGS} groupings; this one has ${down}`
            );
        }
        if (list(report['groupingsAcross']).length > 0)
            problem('a Summary report takes no <groupingsAcross>');
    }
    const timeFrame = report['timeFrameFilter'] as Xml | undefined;
    if (timeFrame) {
        const dateColumn = column(timeFrame['dateColumn'], 'the time frame filter');
        if (dateColumn && !known.dateColumns.has(dateColumn)) {
            problem(`the time frame filter uses ${dateColumn}, which is not a date column`);
        }
    }
    const chart = report['chart'] as Xml | undefined;
    if (chart) {
        if (format === 'Tabular') problem('a Tabular report cannot hold a chart; group it (Summary)');
        for (const key of ['groupingColumn', 'secondaryGroupingColumn']) {
            const name = text(chart[key]);
            if (name !== undefined && !grouped.has(name)) {
                problem(`the chart's <${key}> ${name} is not one of the report's groupings`);
            }
        }
        const summaries = summariesOf(report);
        const chartSummaries = list(chart['chartSummaries']);
        if (chartSummaries.length === 0) problem('the chart has no <chartSummaries>');
        for (const summary of chartSummaries)
            checkSummary(summary, summaries, "the chart's summary", problem);
    }
}

interface GridCell {
    readonly row: number;
    readonly column: number;
    readonly rowSpan: number;
    readonly colSpan: number;
}

const overlaps = (a: GridCell, b: GridCell): boolean =>
    a.row < b.row + b.rowSpan &&
    b.row < a.row + a.rowSpan &&
    a.column < b.column + b.colSpan &&
    b.column < a.column + a.colSpan;

function checkDashboard(
    file: string,
    dashboard: Xml,
    reports: ReadonlyMap<string, ReportFile>,
    problems: Problem[]
): void {
    const problem = (message: string): void => void problems.push({ check: CHECK, file, message });
    const grid = dashboard['dashboardGridLayout'] as Xml | undefined;
    if (!grid) {
        problem(
            'the dashboard has no <dashboardGridLayout> (a Lightning dashboard lays its components out on one)'
        );
        return;
    }
    const width = Number(text(grid['numberOfColumns']));
    const cells: GridCell[] = [];
    for (const [index, placed] of list(grid['dashboardGridComponents']).entries()) {
        const cell: GridCell = {
            row: Number(text(placed['rowIndex'])),
            column: Number(text(placed['columnIndex'])),
            rowSpan: Number(text(placed['rowSpan'])),
            colSpan: Number(text(placed['colSpan']))
        };
        const component = (placed['dashboardComponent'] ?? {}) as Xml;
        const title = text(component['title']) ?? `component ${index + 1}`;
        if (Object.values(cell).some((value) => !Number.isInteger(value) || value < 0)) {
            problem(`"${title}" has a row, column or span that is not a whole number`);
        } else if (cell.column + cell.colSpan > width) {
            problem(
                `"${title}" ends at column ${cell.column + cell.colSpan}, past the grid's ${width} columns`
            );
        }
        const other = cells.findIndex((earlier) => overlaps(earlier, cell));
        if (other >= 0) problem(`"${title}" overlaps component ${other + 1} on the grid`);
        cells.push(cell);
        const reportName = text(component['report']);
        if (!reportName) {
            problem(`"${title}" shows no report`);
            continue;
        }
        const report = reports.get(reportName);
        if (!report) {
            problem(
                `"${title}" shows report ${reportName}, which is not in the project (Folder/DeveloperName)`
            );
            continue;
        }
        const useReportChart = text(component['useReportChart']) === 'true';
        const type = text(component['componentType']);
        if (useReportChart && !report.report['chart']) {
            problem(`"${title}" uses the chart of ${reportName}, which has none`);
        }
        if (!useReportChart && type !== 'Table' && type !== 'FlexTable') {
            const summaries = list(component['chartSummary']);
            if (summaries.length === 0) problem(`"${title}" (${type ?? 'no type'}) has no <chartSummary>`);
            for (const summary of summaries) {
                checkSummary(summary, summariesOf(report.report), `"${title}"`, problem);
            }
        }
    }
}

/**
 * Checks the project's reports and dashboards beyond the XML schema: each report is of a report type the
 * project knows and names only its columns (in columns, filters, groupings, time frame and chart), a Summary
 * report's groupings and chart agree, every summary a chart or dashboard shows is computed by the report, each
 * report and dashboard sits in a folder the project defines, and each dashboard component shows a report of
 * the project, placed inside the grid without overlapping another.
 */
export const checkReports: Check = (root) => {
    const problems: Problem[] = [];
    const files = packageFiles(root);
    const folders = new Set(
        files
            .filter((file) => /\.(report|dashboard)Folder-meta\.xml$/.test(file))
            .map((file) => file.replace(/Folder-meta\.xml$/, ''))
    );
    const parse = (file: string): Xml => parser.parse(readFileSync(path.join(root, file), 'utf8')) as Xml;
    const reports = new Map<string, ReportFile>();
    for (const file of files.filter((name) => name.endsWith('.report-meta.xml'))) {
        const folder = path.posix.dirname(file);
        const fullName = `${path.posix.basename(folder)}/${path.posix.basename(file, '.report-meta.xml')}`;
        if (!folders.has(`${folder}.report`)) {
            problems.push({
                check: CHECK,
                file,
                message: `the report's folder has no ${folder}.reportFolder-meta.xml`
            });
        }
        const report = (parse(file)['Report'] ?? {}) as Xml;
        reports.set(fullName, { file, fullName, report });
        checkReport({ file, fullName, report }, problems);
    }
    for (const file of files.filter((name) => name.endsWith('.dashboard-meta.xml'))) {
        const folder = path.posix.dirname(file);
        if (!folders.has(`${folder}.dashboard`)) {
            problems.push({
                check: CHECK,
                file,
                message: `the dashboard's folder has no ${folder}.dashboardFolder-meta.xml`
            });
        }
        checkDashboard(file, (parse(file)['Dashboard'] ?? {}) as Xml, reports, problems);
    }
    return Promise.resolve(problems);
};
