/**
 * Edit distance (insertions, deletions, substitutions and swaps of neighbours) between two strings.
 *
 * @param a - First string.
 * @param b - Second string.
 */
export function editDistance(a: string, b: string): number {
    const rows = a.length + 1;
    const columns = b.length + 1;
    const table: number[] = new Array<number>(rows * columns).fill(0);
    const at = (row: number, column: number): number => table[row * columns + column] ?? 0;
    for (let row = 0; row < rows; row++) {
        table[row * columns] = row;
    }
    for (let column = 0; column < columns; column++) {
        table[column] = column;
    }
    for (let row = 1; row < rows; row++) {
        for (let column = 1; column < columns; column++) {
            const cost = a[row - 1] === b[column - 1] ? 0 : 1;
            let best = Math.min(
                at(row - 1, column) + 1,
                at(row, column - 1) + 1,
                at(row - 1, column - 1) + cost
            );
            if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1]) {
                best = Math.min(best, at(row - 2, column - 2) + 1);
            }
            table[row * columns + column] = best;
        }
    }
    return at(rows - 1, columns - 1);
}

/**
 * The candidate closest to `wanted`, ignoring case, if it is close enough to be a plausible typo: within
 * roughly 40% of the longer name's length, or containing / contained in `wanted`.
 *
 * @param wanted - The name that was written.
 * @param candidates - The names that would have been valid.
 * @returns The suggestion, or `undefined` when nothing is close.
 */
export function nearestName(wanted: string, candidates: Iterable<string>): string | undefined {
    const target = wanted.toLowerCase();
    let best: { name: string; score: number } | undefined;
    for (const candidate of candidates) {
        const lower = candidate.toLowerCase();
        const distance = editDistance(target, lower);
        const limit = Math.max(1, Math.floor(Math.max(target.length, lower.length) * 0.4));
        const contains =
            lower.length >= 4 && target.length >= 4 && (lower.includes(target) || target.includes(lower));
        if (distance > limit && !contains) {
            continue;
        }
        const score = contains ? Math.min(distance, Math.abs(lower.length - target.length)) : distance;
        if (!best || score < best.score) {
            best = { name: candidate, score };
        }
    }
    return best?.name;
}
