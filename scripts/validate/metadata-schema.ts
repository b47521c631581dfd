import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { RegistryAccess } from '@salesforce/source-deploy-retrieve';
import type { Check, Problem } from './problem';
import { findMetadataFiles } from './schema/find-metadata-files';
import { loadMetadataSchema } from './schema/load-metadata-schema';
import { nearestName } from './schema/nearest-name';
import { complexType } from './schema/schema-model';
import type { ComplexTypeDef, MetadataSchema } from './schema/schema-model';
import { sdrFileType } from './schema/sdr-file-type';
import type { SdrFileType } from './schema/sdr-file-type';
import { positionLocator } from './schema/source-position';
import { validateRootElement } from './schema/validate-element';
import type { Finding } from './schema/validate-element';
import { parseXmlDocument } from './schema/xml-document';
import type { XmlElement } from './schema/xml-document';

/** Name this check reports its problems under. */
export const CHECK_NAME = 'xml-schema';

/** The namespace every Metadata API source file's root element must declare as its default. */
export const METADATA_NAMESPACE = 'http://soap.sforce.com/2006/04/metadata';

/** What {@link checkMetadataXml} checks against; both are built on first use when not given. */
export interface MetadataXmlContext {
    readonly schema?: MetadataSchema;
    readonly registry?: RegistryAccess;
}

let defaultRegistry: RegistryAccess | undefined;

/**
 * Checks the text of one metadata XML file: it must be well-formed, its root element must be the metadata
 * type that source-deploy-retrieve infers from the file's path and must declare the Metadata API namespace,
 * and every element and value below it must fit the Metadata API schema derived from `@salesforce/types`.
 *
 * @param text - The file's content.
 * @param file - The file's path relative to the project root (posix separators); it decides the SDR type.
 * @param context - Schema and SDR registry to use; defaults are built once and reused.
 * @returns Problems in document order (empty when the file is clean).
 */
export function checkMetadataXml(text: string, file: string, context: MetadataXmlContext = {}): Problem[] {
    const schema = context.schema ?? loadMetadataSchema();
    const registry = context.registry ?? (defaultRegistry ??= new RegistryAccess());
    const locate = positionLocator(text);
    const problem = (offset: number, message: string): Problem => ({
        check: CHECK_NAME,
        file,
        ...locate(offset),
        message
    });

    const document = parseXmlDocument(text);
    if (!document.ok) {
        return [
            {
                check: CHECK_NAME,
                file,
                ...(document.line === undefined ? {} : { line: document.line }),
                ...(document.column === undefined ? {} : { column: document.column }),
                message: `malformed XML: ${document.message}`
            }
        ];
    }
    const [root, extraRoot] = document.roots;
    if (!root) {
        return [problem(0, 'the file has no root element')];
    }
    const findings: Finding[] = [];
    if (extraRoot) {
        findings.push({
            offset: extraRoot.offset,
            message: `a second root element \`<${extraRoot.name}>\`; a file holds one`
        });
    }
    findings.push(...namespaceFindings(root));
    const sdrType = sdrFileType(file, registry);
    findings.push(...sdrFindings(root, sdrType, file));
    const resolved = rootType(root, sdrType, schema);
    if (resolved.finding) {
        findings.push(resolved.finding);
    }
    if (resolved.type) {
        findings.push(...validateRootElement(root, resolved.type, schema));
    }
    return findings
        .sort((left, right) => left.offset - right.offset)
        .map((finding) => problem(finding.offset, finding.message));
}

/**
 * Checks every `*-meta.xml` file in the project's package directories (from `sfdx-project.json`, honouring
 * `.forceignore`) with {@link checkMetadataXml}. The schema is derived once per process.
 *
 * @param root - The project root.
 */
export const checkMetadataSchema: Check = async (root: string): Promise<Problem[]> => {
    const schema = loadMetadataSchema();
    const registry = projectRegistry(root);
    const files = await findMetadataFiles(root);
    const results = await Promise.all(
        files.map(async (file) => {
            const text = await readIfPresent(path.join(root, file));
            return text === undefined ? [] : checkMetadataXml(text, file, { schema, registry });
        })
    );
    return results.flat();
};

/** SDR's registry with the project's registry presets, or the stock one if the project config is unusable. */
function projectRegistry(root: string): RegistryAccess {
    try {
        return new RegistryAccess(undefined, root);
    } catch {
        return new RegistryAccess();
    }
}

/** File text, or `undefined` when the file went away between listing and reading. */
async function readIfPresent(file: string): Promise<string | undefined> {
    try {
        return await readFile(file, 'utf8');
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
            return undefined;
        }
        throw error;
    }
}

function namespaceFindings(root: XmlElement): Finding[] {
    const namespace = root.attributes['xmlns'];
    if (namespace === METADATA_NAMESPACE) {
        return [];
    }
    const found = namespace === undefined ? 'it has none' : `it has xmlns="${namespace}"`;
    return [
        {
            offset: root.offset,
            message: `root element \`<${root.name}>\` must declare xmlns="${METADATA_NAMESPACE}"; ${found}`
        }
    ];
}

function sdrFindings(root: XmlElement, sdrType: SdrFileType, file: string): Finding[] {
    const fileName = path.posix.basename(file);
    if (!sdrType.ok) {
        return [
            {
                offset: root.offset,
                message: `cannot tell which metadata type ${fileName} is: ${sdrType.message}`
            }
        ];
    }
    if (sdrType.expectedRoots.includes(root.name)) {
        return [];
    }
    const expected = sdrType.expectedRoots.map((name) => `\`<${name}>\``).join(' or ');
    return [
        {
            offset: root.offset,
            message:
                `root element \`<${root.name}>\` does not match the file: source-deploy-retrieve resolves ` +
                `${fileName} as ${sdrType.typeName}, so the root must be ${expected}`
        }
    ];
}

/**
 * The complex type to check the root's content against: the root's own type when it is a metadata type,
 * else the type SDR expects (so a misspelt root still gets its content checked).
 */
function rootType(
    root: XmlElement,
    sdrType: SdrFileType,
    schema: MetadataSchema
): { type?: ComplexTypeDef; finding?: Finding } {
    const own = complexType(schema, root.name);
    if (own?.isMetadata) {
        return { type: own };
    }
    const expected = sdrType.ok
        ? sdrType.expectedRoots.map((name) => complexType(schema, name)).find((type) => type?.isMetadata)
        : undefined;
    if (sdrType.ok && !sdrType.expectedRoots.includes(root.name)) {
        // The SDR mismatch is already reported; check the content against the type the path calls for.
        return expected ? { type: expected } : {};
    }
    const offset = root.offset;
    if (own) {
        return {
            finding: {
                offset,
                message:
                    `root element \`<${root.name}>\` is a part of other metadata types, ` +
                    'not a metadata type a file can hold'
            }
        };
    }
    if (sdrType.ok) {
        return {
            finding: {
                offset,
                message:
                    `${sdrType.typeName} has no schema in @salesforce/types ` +
                    `(no \`export type ${root.name}\` ` +
                    `in metadata.d.ts), so its elements cannot be checked`
            }
        };
    }
    const metadataTypes = [...schema.types.values()].filter(
        (type) => type.kind === 'complex' && type.isMetadata
    );
    const near = nearestName(
        root.name,
        metadataTypes.map((type) => type.name)
    );
    const suggestion = near ? `; did you mean \`<${near}>\`?` : '';
    return {
        finding: {
            offset,
            message: `root element \`<${root.name}>\` is not a Metadata API type${suggestion}`
        }
    };
}
