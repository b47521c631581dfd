const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

/** Engine and tooling tests: plain TypeScript in Node, transpiled by ts-jest (type checking is `tsc`'s job). */
const engineProject = {
    displayName: 'engine',
    testEnvironment: 'node',
    roots: ['<rootDir>/engine', '<rootDir>/scripts', '<rootDir>/sim', '<rootDir>/bench', '<rootDir>/harness'],
    testMatch: ['**/*.test.ts'],
    testPathIgnorePatterns: ['/node_modules/', '/__fixtures__/'],
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
        ],
        // SIP.js ships ES modules only: the SIP provider's tests run the real library, bundled as CommonJS.
        'sip-js-bundle\\.cjs$': '<rootDir>/engine/test-support/sip-js-transformer.cjs'
    },
    moduleNameMapper: { '^sip\\.js(/.*)?$': '<rootDir>/engine/test-support/sip-js-bundle.cjs' }
};

/** LWC tests: Salesforce's sfdx-lwc-jest preset, with the accessibility matchers set up in test-support/. */
const lwcProject = {
    ...jestConfig,
    displayName: 'lwc',
    roots: ['<rootDir>/force-app'],
    testMatch: ['**/__tests__/**/*.test.ts'],
    moduleNameMapper: {
        '^c/softphoneBridgeProtocol$': '<rootDir>/engine/src/bridge/protocol.ts',
        '^c/softphoneChannelProtocol$': '<rootDir>/engine/src/channel/channel-protocol.ts',
        '^c/softphonePresenceSync$': '<rootDir>/engine/src/presence/presence-sync.ts'
    },
    setupFilesAfterEnv: [
        ...(jestConfig.setupFilesAfterEnv ?? []),
        '<rootDir>/test-support/lwc-jest-setup.js'
    ],
    testPathIgnorePatterns: [...jestConfig.testPathIgnorePatterns, '<rootDir>/.sf/']
};

// Jest's 5 s default fails sound tests on a busy 2-core CI runner (a 500-log drain, a full build); timing targets
// live in `npm run bench`, so a slow machine should make a test slower, not red.
module.exports = { testTimeout: 30_000, projects: [engineProject, lwcProject] };
