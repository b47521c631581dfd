import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { OrgSetupError } from './org-setup-error';
import {
    copyNewPackageAliases,
    ORG_SPECIFIC_TYPES,
    orgSpecificComponents,
    stagePackageProject
} from './package-staging';
import type { LeftOutComponent } from './package-staging';
import { text } from './records';
import { SfClient } from './sf-client';
import type { Log } from './sf-client';
import { sfCommands } from './sf-commands';
import { isRecord } from './sf-json';
import { createProcessRunner, formatCommand } from './sf-runner';
import type { SfRunner } from './sf-runner';

/** Where subscribers install a package version by its 04t Id: production and Developer Edition orgs. */
export const INSTALL_URL_PRODUCTION = 'https://login.salesforce.com/packaging/installPackage.apexp?p0=';
/** The same for sandboxes. */
export const INSTALL_URL_SANDBOX = 'https://test.salesforce.com/packaging/installPackage.apexp?p0=';

/** Usage of `npm run package:version -- [options]`. */
export const PACKAGE_VERSION_USAGE = `Usage: npm run package:version -- [options]

Creates a version of the unlocked package defined in sfdx-project.json, with Apex code coverage (needed to
promote it) and no installation key, and prints the subscriber install URLs. The version is built from a
temporary copy of the project without the org-specific metadata (the CSP Trusted Site), which a deploy
provisions but the package leaves out; new package aliases are copied back into sfdx-project.json.

Options:
  --dev-hub <alias>   Dev Hub username or alias (default: the CLI's target-dev-hub)
  --wait <minutes>    how long to wait for the version (default: 60)
  --dry-run           print the command, run nothing
  --help              show this help`;

/** The packaged directory of sfdx-project.json and what `sf package version create` needs from it. */
export interface PackageDefinition {
    readonly packageName: string;
    readonly path: string;
    readonly versionNumber: string;
    /** The scratch org definition the version is built against, relative to the root. */
    readonly definitionFile: string | undefined;
    /** The 0Ho Id in `packageAliases`, written there by the one-time `sf package create`. */
    readonly packageId: string | undefined;
}

/** The one-time command that registers the package in the Dev Hub and writes its alias to sfdx-project.json. */
export function packageCreateCommand(definition: PackageDefinition, devHub: string | undefined): string[] {
    return [
        'package',
        'create',
        '--name',
        definition.packageName,
        '--package-type',
        'Unlocked',
        '--path',
        definition.path,
        '--no-namespace',
        ...(devHub === undefined ? [] : ['--target-dev-hub', devHub])
    ];
}

/**
 * Reads the package definition from sfdx-project.json: the one package directory with a `package` name, its
 * `versionNumber`, and the package's alias in `packageAliases`.
 *
 * @throws OrgSetupError when there is no packaged directory or more than one
 */
export function readPackageDefinition(root: string): PackageDefinition {
    const project = JSON.parse(readFileSync(path.join(root, 'sfdx-project.json'), 'utf8')) as unknown;
    const directories =
        isRecord(project) && Array.isArray(project['packageDirectories'])
            ? project['packageDirectories']
            : [];
    const packaged = directories
        .filter(isRecord)
        .filter((directory) => typeof directory['package'] === 'string');
    const [directory] = packaged;
    if (directory === undefined || packaged.length > 1) {
        throw new OrgSetupError(
            'sfdx-project.json must have exactly one package directory with a "package" name.'
        );
    }
    const packageName = String(directory['package']);
    const aliases = isRecord(project) && isRecord(project['packageAliases']) ? project['packageAliases'] : {};
    const packageId = typeof aliases[packageName] === 'string' ? aliases[packageName] : undefined;
    return {
        packageName,
        path: String(directory['path']),
        versionNumber: String(directory['versionNumber'] ?? ''),
        definitionFile:
            typeof directory['definitionFile'] === 'string' ? directory['definitionFile'] : undefined,
        packageId
    };
}

/** The options of `package:version`. */
export interface PackageVersionOptions {
    readonly devHub: string | undefined;
    readonly waitMinutes: number;
    readonly dryRun: boolean;
    readonly help: boolean;
}

/** Parses `package:version` arguments. */
export function parsePackageVersionArgs(argv: readonly string[]): PackageVersionOptions {
    let values;
    try {
        ({ values } = parseArgs({
            args: [...argv],
            strict: true,
            allowPositionals: false,
            options: {
                'dev-hub': { type: 'string' },
                wait: { type: 'string' },
                'dry-run': { type: 'boolean' },
                help: { type: 'boolean' }
            }
        }));
    } catch (error) {
        throw new OrgSetupError(
            `${error instanceof Error ? error.message : String(error)}\n\n${PACKAGE_VERSION_USAGE}`
        );
    }
    const waitMinutes = Number(values.wait ?? '60');
    if (!Number.isInteger(waitMinutes) || waitMinutes < 1) {
        throw new OrgSetupError(`--wait must be a whole number of minutes, got "${values.wait ?? ''}".`);
    }
    return {
        devHub: values['dev-hub'],
        waitMinutes,
        dryRun: values['dry-run'] === true,
        help: values.help === true
    };
}

function createCommand(definition: PackageDefinition, options: PackageVersionOptions): string[] {
    return sfCommands.createPackageVersion({
        packageName: definition.packageName,
        devHub: options.devHub,
        waitMinutes: options.waitMinutes
    });
}

/** What the package leaves out and why, one comment line each. */
export function describeLeftOut(leftOut: readonly LeftOutComponent[]): string[] {
    if (leftOut.length === 0) return [];
    return [
        '# built from a temporary copy of the project without the org-specific metadata a deploy provisions:',
        ...leftOut.map(
            (component) =>
                `#   ${component.type} ${component.fullName} (${component.files.join(', ')}): ${ORG_SPECIFIC_TYPES[component.type] ?? ''}`
        )
    ];
}

/**
 * The dry run: the command, the one-time package creation when sfdx-project.json has no alias yet, and the
 * components the version leaves out.
 */
export function planPackageVersion(
    definition: PackageDefinition,
    options: PackageVersionOptions,
    leftOut: readonly LeftOutComponent[] = []
): string[] {
    const lines = ['package:version dry run: nothing is run.'];
    if (definition.packageId === undefined) {
        lines.push(
            `# once per Dev Hub, because sfdx-project.json has no packageAliases entry for "${definition.packageName}":`,
            formatCommand(packageCreateCommand(definition, options.devHub))
        );
    }
    lines.push(...describeLeftOut(leftOut), formatCommand(createCommand(definition, options)));
    return lines;
}

/** A created package version: what a subscriber installs. */
export interface CreatedVersion {
    readonly subscriberPackageVersionId: string;
    readonly versionNumber: string | undefined;
    readonly codeCoverage: number | undefined;
    readonly passedCodeCoverage: boolean | undefined;
}

/**
 * Runs `sf package version create --package <name> --code-coverage --installation-key-bypass --wait <n>` and
 * checks the request ended in Status "Success" with a 04t subscriber package version Id.
 *
 * @throws OrgSetupError when the package was never created (with the one-time command), or the version failed
 */
export async function createPackageVersion(
    definition: PackageDefinition,
    options: PackageVersionOptions,
    runner: SfRunner,
    log: Log
): Promise<CreatedVersion> {
    if (definition.packageId === undefined) {
        throw new OrgSetupError(
            `sfdx-project.json has no packageAliases entry for "${definition.packageName}". Create the package once ` +
                `per Dev Hub (it writes the alias into sfdx-project.json; commit that change):\n  ` +
                formatCommand(packageCreateCommand(definition, options.devHub))
        );
    }
    const client = new SfClient(runner, log);
    const result = await client.result(createCommand(definition, options), 'create the package version');
    const status = isRecord(result) ? text(result, 'Status') : undefined;
    const versionId = isRecord(result) ? text(result, 'SubscriberPackageVersionId') : undefined;
    if (status !== 'Success' || versionId === undefined || !versionId.startsWith('04t')) {
        const errors = isRecord(result) && Array.isArray(result['Error']) ? result['Error'].map(String) : [];
        throw new OrgSetupError(
            `The package version request ended with status ${status ?? 'unknown'}` +
                (errors.length > 0
                    ? `: ${errors.join('; ')}`
                    : '. Check it with "sf package version create list".')
        );
    }
    const coverage = isRecord(result) ? result['CodeCoverage'] : undefined;
    const passed = isRecord(result) ? result['HasPassedCodeCoverageCheck'] : undefined;
    return {
        subscriberPackageVersionId: versionId,
        versionNumber: isRecord(result) ? text(result, 'VersionNumber') : undefined,
        codeCoverage: typeof coverage === 'number' ? coverage : undefined,
        passedCodeCoverage: typeof passed === 'boolean' ? passed : undefined
    };
}

/** What to tell the person who created the version: the install URLs and the CLI alternative. */
export function formatCreatedVersion(version: CreatedVersion): string[] {
    const id = version.subscriberPackageVersionId;
    const coverage =
        version.codeCoverage === undefined
            ? 'not reported'
            : `${version.codeCoverage}%${version.passedCodeCoverage === false ? ' (below the 75% needed to promote)' : ''}`;
    return [
        `Package version ${version.versionNumber ?? ''} created: ${id}`.replace('  ', ' '),
        `Apex code coverage: ${coverage}`,
        `Install in production or Developer Edition: ${INSTALL_URL_PRODUCTION}${id}`,
        `Install in a sandbox:                       ${INSTALL_URL_SANDBOX}${id}`,
        `Or: ${formatCommand(['package', 'install', '--package', id, '--target-org', '<org alias>', '--wait', '10'])}`,
        `Release it (after testing): ${formatCommand(['package', 'version', 'promote', '--package', id])}`
    ];
}

/** `npm run package:version -- [options]`: see {@link PACKAGE_VERSION_USAGE}. */
async function main(): Promise<void> {
    const root = path.resolve(__dirname, '..', '..');
    try {
        const options = parsePackageVersionArgs(process.argv.slice(2));
        if (options.help) {
            console.log(PACKAGE_VERSION_USAGE);
            return;
        }
        const definition = readPackageDefinition(root);
        if (options.dryRun) {
            const leftOut = orgSpecificComponents(root, definition.path);
            console.log(planPackageVersion(definition, options, leftOut).join('\n'));
            return;
        }
        const staging = mkdtempSync(path.join(tmpdir(), 'softphone-package-'));
        try {
            const leftOut = stagePackageProject(root, staging, definition.path, definition.definitionFile);
            for (const line of describeLeftOut(leftOut)) console.log(line);
            const version = await createPackageVersion(
                definition,
                options,
                createProcessRunner(staging),
                (line) => console.log(line)
            );
            const added = copyNewPackageAliases(staging, root);
            if (added.length > 0) console.log(`sfdx-project.json: added package aliases ${added.join(', ')}`);
            console.log(formatCreatedVersion(version).join('\n'));
        } finally {
            rmSync(staging, { recursive: true, force: true });
        }
    } catch (error) {
        console.error(error instanceof OrgSetupError ? error.message : error);
        process.exitCode = 1;
    }
}

if (require.main === module) void main();
