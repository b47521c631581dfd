import { existsSync } from 'node:fs';
import path from 'node:path';
import {
    ComponentSet,
    ForceIgnore,
    MetadataConverter,
    MetadataResolver
} from '@salesforce/source-deploy-retrieve';
import type { Check, Problem } from './problem';
import { listFiles, packageDirectories } from './project-files';

function relative(root: string, file: string): string {
    return path.relative(root, file).split(path.sep).join('/');
}

function message(error: unknown): string {
    return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
}

/**
 * Checks what `sf project deploy start` would first do with the source: every file that is not forceignored
 * belongs to a metadata component the Salesforce CLI's resolver knows, and the whole tree converts to
 * Metadata API format (`sf project convert source`) with the CLI's own library.
 */
export const checkSourceFormat: Check = async (root) => {
    const problems: Problem[] = [];
    const forceIgnore = ForceIgnore.findAndCreate(root);
    const resolver = new MetadataResolver();
    for (const directory of packageDirectories(root)) {
        const absolute = path.join(root, directory);
        const covered = new Set<string>();
        for (const file of listFiles(absolute)) {
            if (forceIgnore.denies(file) || covered.has(file)) continue;
            try {
                const components = resolver.getComponentsFromPath(file);
                if (components.length === 0) {
                    problems.push({
                        check: 'source-format',
                        file: relative(root, file),
                        message:
                            'belongs to no metadata component: move it, delete it, or add it to .forceignore'
                    });
                }
                for (const component of components) {
                    if (component.xml && !existsSync(component.xml)) {
                        problems.push({
                            check: 'source-format',
                            file: relative(root, file),
                            message: `${component.type.name} ${component.fullName} has no metadata file ${path.basename(component.xml)}`
                        });
                    }
                    if (component.xml) covered.add(component.xml);
                    for (const content of component.walkContent()) covered.add(content);
                    if (component.content && !component.type.strategies?.adapter?.includes('bundle')) {
                        covered.add(component.content);
                    }
                }
            } catch (error) {
                problems.push({
                    check: 'source-format',
                    file: relative(root, file),
                    message: message(error)
                });
            }
        }
    }
    if (problems.length > 0) return problems;
    try {
        const components = ComponentSet.fromSource(
            packageDirectories(root).map((dir) => path.join(root, dir))
        );
        const result = await new MetadataConverter().convert(components, 'metadata', { type: 'zip' });
        if (!result.zipBuffer || components.size === 0) {
            problems.push({
                check: 'source-format',
                file: 'sfdx-project.json',
                message: 'conversion produced nothing'
            });
        }
    } catch (error) {
        problems.push({
            check: 'source-format',
            file: 'sfdx-project.json',
            message: `conversion failed: ${message(error)}`
        });
    }
    return problems;
};
