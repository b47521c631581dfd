import { soqlString, soqlStringList } from './soql';

/** `--target-org <org>`, or nothing so that the CLI's default org (its `target-org` config) applies. */
const orgFlag = (targetOrg: string | undefined): string[] =>
    targetOrg === undefined ? [] : ['--target-org', targetOrg];

/**
 * Every `sf` command the org tooling runs, built in one place so that the dry run prints exactly what a real
 * run executes. Flags are those of the Salesforce CLI reference (`sf <command> --help`); every command asks for
 * `--json` so its result can be checked.
 */
export const sfCommands = {
    /** `sf org display`: whether an alias points to a usable org, and its username. */
    orgDisplay: (targetOrg: string): string[] => ['org', 'display', ...orgFlag(targetOrg), '--json'],

    /** `sf org create scratch` from a definition file; `--set-default` as the Salesforce sample apps do. */
    createScratchOrg: (options: {
        readonly definitionFile: string;
        readonly alias: string;
        readonly durationDays: number;
        readonly waitMinutes: number;
        readonly devHub: string | undefined;
    }): string[] => [
        'org',
        'create',
        'scratch',
        '--definition-file',
        options.definitionFile,
        '--alias',
        options.alias,
        '--duration-days',
        String(options.durationDays),
        '--wait',
        String(options.waitMinutes),
        '--set-default',
        ...(options.devHub === undefined ? [] : ['--target-dev-hub', options.devHub]),
        '--json'
    ],

    /** `sf project deploy start` of the given package directories. */
    deploy: (targetOrg: string | undefined, sourceDirs: readonly string[], waitMinutes: number): string[] => [
        'project',
        'deploy',
        'start',
        ...sourceDirs.flatMap((dir) => ['--source-dir', dir]),
        ...orgFlag(targetOrg),
        '--wait',
        String(waitMinutes),
        '--json'
    ],

    /** `sf data query` (SOQL, REST API). */
    query: (targetOrg: string | undefined, soql: string): string[] => [
        'data',
        'query',
        '--query',
        soql,
        ...orgFlag(targetOrg),
        '--json'
    ],

    /** `sf org assign permset` for the org's admin user (no `--on-behalf-of`). */
    assignPermissionSets: (targetOrg: string | undefined, names: readonly string[]): string[] => [
        'org',
        'assign',
        'permset',
        ...names.flatMap((name) => ['--name', name]),
        ...orgFlag(targetOrg),
        '--json'
    ],

    /** `sf data update record` of one User's `CallCenterId`. */
    setUserCallCenter: (targetOrg: string | undefined, userId: string, callCenterId: string): string[] => [
        'data',
        'update',
        'record',
        '--sobject',
        'User',
        '--record-id',
        userId,
        '--values',
        `CallCenterId=${callCenterId}`,
        ...orgFlag(targetOrg),
        '--json'
    ],

    /** `sf data update bulk` (Bulk API 2.0) of a CSV whose first column is the record Id. */
    bulkUpdate: (
        targetOrg: string | undefined,
        sobject: string,
        csvFile: string,
        waitMinutes: number
    ): string[] => [
        'data',
        'update',
        'bulk',
        '--sobject',
        sobject,
        '--file',
        csvFile,
        '--wait',
        String(waitMinutes),
        ...orgFlag(targetOrg),
        '--json'
    ],

    /** `sf data import tree --plan` (sObject Tree API). */
    importTree: (targetOrg: string | undefined, planFile: string): string[] => [
        'data',
        'import',
        'tree',
        '--plan',
        planFile,
        ...orgFlag(targetOrg),
        '--json'
    ],

    /** `sf org open --path`: opens the page in the browser and returns its front-door URL. */
    openPath: (targetOrg: string | undefined, path: string): string[] => [
        'org',
        'open',
        '--path',
        path,
        ...orgFlag(targetOrg),
        '--json'
    ],

    /** `sf package version create` of the package named in sfdx-project.json, with code coverage. */
    createPackageVersion: (options: {
        readonly packageName: string;
        readonly devHub: string | undefined;
        readonly waitMinutes: number;
    }): string[] => [
        'package',
        'version',
        'create',
        '--package',
        options.packageName,
        '--code-coverage',
        '--installation-key-bypass',
        '--wait',
        String(options.waitMinutes),
        ...(options.devHub === undefined ? [] : ['--target-dev-hub', options.devHub]),
        '--json'
    ]
};

/** SOQL the tooling runs, with every value quoted by {@link soqlString}. */
export const soql = {
    callCenterByInternalName: (internalName: string): string =>
        `SELECT Id, Name, InternalName FROM CallCenter WHERE InternalName = ${soqlString(internalName)}`,

    usersByUsername: (usernames: readonly string[]): string =>
        'SELECT Id, Username, IsActive, CallCenterId, CallCenter.InternalName FROM User ' +
        `WHERE Username IN ${soqlStringList(usernames)}`,

    usersByPermissionSet: (permissionSet: string): string =>
        'SELECT Id, Username, IsActive, CallCenterId, CallCenter.InternalName FROM User ' +
        'WHERE IsActive = true AND Id IN (SELECT AssigneeId FROM PermissionSetAssignment ' +
        `WHERE PermissionSet.Name = ${soqlString(permissionSet)})`,

    permissionSetAssignments: (username: string, permissionSets: readonly string[]): string =>
        'SELECT PermissionSet.Name FROM PermissionSetAssignment ' +
        `WHERE Assignee.Username = ${soqlString(username)} AND PermissionSet.Name IN ${soqlStringList(permissionSets)}`,

    countAccountsByName: (names: readonly string[]): string =>
        `SELECT COUNT() FROM Account WHERE Name IN ${soqlStringList(names)}`
};
