/**
 * End-to-end tests (`npm run test:e2e`): the real `npm start` server in a child process, driven by Debian's
 * Chromium through playwright-core. Kept out of the unit test projects in the root jest.config.js, because
 * they need Chromium and take seconds.
 */
module.exports = {
    rootDir: '..',
    displayName: 'e2e',
    testEnvironment: 'node',
    roots: ['<rootDir>/e2e'],
    testMatch: ['**/*.e2e.test.ts'],
    testTimeout: 60000,
    transform: {
        '^.+\\.ts$': [
            'ts-jest',
            {
                tsconfig: {
                    module: 'commonjs',
                    moduleResolution: 'node10',
                    verbatimModuleSyntax: false,
                    isolatedModules: true
                }
            }
        ]
    }
};
