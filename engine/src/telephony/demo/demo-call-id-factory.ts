/**
 * Makes call ids `demo-<counter>-<random>`: the counter keeps them unique within one provider, the random
 * part across page reloads (a call id becomes the Task's `CallObject`).
 * @public
 */
export function createDemoCallIdFactory(random: () => number = Math.random): () => string {
    let counter = 0;
    return () => {
        counter += 1;
        const suffix = Math.floor(random() * 36 ** 6)
            .toString(36)
            .padStart(6, '0');
        return `demo-${counter}-${suffix}`;
    };
}
