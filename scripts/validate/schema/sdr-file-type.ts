import path from 'node:path';
import { MetadataResolver, RegistryAccess, VirtualTreeContainer } from '@salesforce/source-deploy-retrieve';

/** What `@salesforce/source-deploy-retrieve` says a metadata file is. */
export type SdrFileType =
    | {
          readonly ok: true;
          /** SDR's metadata type name, e.g. `CallCenter`, `AuraDefinitionBundle`, `Settings`. */
          readonly typeName: string;
          readonly fullName: string;
          /** Root element names a file of this type may have (usually just the type name). */
          readonly expectedRoots: readonly string[];
      }
    | { readonly ok: false; readonly message: string };

const SETTINGS_TYPE = 'Settings';
const META_SUFFIX = '-meta.xml';

/**
 * Asks SDR's `MetadataResolver` which component a `-meta.xml` file belongs to, judging by its name and the
 * folders it sits in (so `aura/X/X.app-meta.xml` is an AuraDefinitionBundle and `applications/X.app-meta.xml`
 * a CustomApplication). Resolution runs against a virtual tree holding the file (and its content file), so it
 * is about the path alone, not about what else is on disk.
 *
 * @param relativePath - Path of the file relative to the project root.
 * @param registry - SDR registry; build it with the project directory so registry presets apply.
 */
export function sdrFileType(relativePath: string, registry: RegistryAccess): SdrFileType {
    const filePath = relativePath.split('/').join(path.sep);
    const contentPath = filePath.endsWith(META_SUFFIX) ? filePath.slice(0, -META_SUFFIX.length) : undefined;
    let firstError: unknown;
    for (const paths of contentPath ? [[filePath], [filePath, contentPath]] : [[filePath]]) {
        try {
            const resolver = new MetadataResolver(registry, VirtualTreeContainer.fromFilePaths(paths), false);
            const component = resolver.getComponentsFromPath(filePath)[0];
            if (!component) {
                return {
                    ok: false,
                    message: 'source-deploy-retrieve resolves no metadata component from it'
                };
            }
            return {
                ok: true,
                typeName: component.type.name,
                fullName: component.fullName,
                expectedRoots: expectedRoots(
                    component.type.name,
                    component.type.aliasFor,
                    component.name,
                    registry
                )
            };
        } catch (error) {
            firstError ??= error;
        }
    }
    return { ok: false, message: describeError(firstError, filePath) };
}

function expectedRoots(
    typeName: string,
    aliasFor: string | undefined,
    componentName: string,
    registry: RegistryAccess
): string[] {
    if (typeName === SETTINGS_TYPE) {
        return [`${componentName}${SETTINGS_TYPE}`];
    }
    const roots = [typeName];
    if (aliasFor) {
        try {
            roots.push(registry.getTypeByName(aliasFor).name);
        } catch {
            // An alias the registry cannot name adds nothing.
        }
    }
    return roots;
}

function describeError(error: unknown, filePath: string): string {
    const message = error instanceof Error ? error.message : String(error);
    const withoutPath = message.startsWith(`${filePath}: `) ? message.slice(filePath.length + 2) : message;
    return `source-deploy-retrieve cannot resolve it: ${withoutPath}`;
}
