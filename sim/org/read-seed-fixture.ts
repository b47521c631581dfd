import { readFileSync } from 'node:fs';
import { parseSeedFixture, seedOrg } from './seed-org';
import type { SeedFixture } from './seed-org';

/** The seed file, relative to the project root. */
export const SEED_ORG_FILE = 'sim/org/seed-org.json';

/**
 * Reads and checks the seed file, and proves the org accepts it.
 *
 * @throws Error when the file is missing, not JSON, or not a seed the org accepts
 */
export function readSeedFixture(file: string): SeedFixture {
    let parsed: unknown;
    try {
        parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
        throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const fixture = parseSeedFixture(parsed, file);
    seedOrg(fixture);
    return fixture;
}
