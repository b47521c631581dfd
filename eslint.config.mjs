import js from '@eslint/js';
import lwcConfig from '@salesforce/eslint-config-lwc';
import importPlugin from 'eslint-plugin-import';
import jest from 'eslint-plugin-jest';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TOOLING_TS = [
    'engine/**/*.ts',
    'scripts/**/*.ts',
    'sim/**/*.ts',
    'harness/**/*.ts',
    'e2e/**/*.ts',
    'bench/**/*.ts'
];
const LWC_TS = ['force-app/**/lwc/**/*.ts'];
const LWC_JS = ['force-app/**/lwc/**/*.js'];
const LWC_TESTS = ['force-app/**/lwc/**/__tests__/**/*.ts'];

/** Salesforce's LWC configs apply to every file; scope them to the LWC sources. */
const scoped = (configs, files) => configs.map((config) => ({ ...config, files }));

export default [
    {
        ignores: [
            'node_modules/**',
            'coverage/**',
            '.sf/**',
            '.sfdx/**',
            'force-app/main/default/staticresources/**',
            '**/__fixtures__/**',
            'bench/results/**'
        ]
    },

    // Engine and tooling: strict TypeScript rules.
    ...tseslint.config({
        files: TOOLING_TS,
        extends: [js.configs.recommended, ...tseslint.configs.strict],
        languageOptions: { globals: { ...globals.node, ...globals.browser } },
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
        }
    }),

    // The engine is framework-free: no Salesforce, LWC or Node modules (it runs in the adapter page).
    {
        files: ['engine/src/**/*.ts'],
        ignores: ['engine/src/**/*.test.ts'],
        rules: {
            'no-restricted-imports': [
                'error',
                {
                    patterns: [
                        {
                            group: ['lwc', 'c/*', 'lightning/*', '@salesforce/*'],
                            message: 'The engine never imports Salesforce or LWC code.'
                        },
                        { group: ['node:*', 'fs', 'path'], message: 'The engine runs in the browser.' }
                    ]
                }
            ]
        }
    },
    // The Salesforce Voice host: the two files that speak through Salesforce's connector library, and the rig
    // that runs them in Node. The rest of engine/src/voice (the line, the VoiceCall queue) stays library-free.
    {
        files: ['engine/src/voice/softphone-voice-connector.ts', 'engine/src/voice/start-voice-connector.ts'],
        rules: {
            'no-restricted-imports': [
                'error',
                {
                    patterns: [
                        {
                            group: [
                                'lwc',
                                'c/*',
                                'lightning/*',
                                '@salesforce/*',
                                '!@salesforce/scv-connector-base'
                            ],
                            message: "The Voice host imports only Salesforce's connector library."
                        },
                        { group: ['node:*', 'fs', 'path'], message: 'The engine runs in the browser.' }
                    ]
                }
            ]
        }
    },
    { files: ['engine/src/voice/test-support/**/*.ts'], rules: { 'no-restricted-imports': 'off' } },
    // Engine classes keep their internals in ECMAScript `#private` members: the bundler shortens `#names`, while
    // TS `private` names ship in full. A class that a proxy or a compiler without `#` support (LWC) sees keeps TS
    // `private`, with this rule disabled on it and the reason beside.
    {
        files: ['engine/src/**/*.ts'],
        ignores: ['engine/src/**/*.test.ts', 'engine/src/**/test-support/**'],
        rules: {
            'no-restricted-syntax': [
                'error',
                {
                    selector: '[accessibility="private"]',
                    message:
                        'Use an ECMAScript private member (`#name`), not TS `private`: the bundle minifies `#names`.'
                }
            ]
        }
    },
    // Compiled into an LWC service component too (c/softphonePresenceSync): the LWC compiler rejects `#` methods.
    { files: ['engine/src/presence/presence-sync.ts'], rules: { 'no-restricted-syntax': 'off' } },
    // The demo line and the desk phone line are static resources of their own (SoftphoneDemoLine,
    // SoftphoneDeskPhoneLine), each loaded only in its telephony mode: the rest of the engine takes their types,
    // never their code (engine.ts gets each provider through telephony/demo-line or telephony/desk-phone-line).
    {
        files: ['engine/src/**/*.ts'],
        ignores: [
            'engine/src/telephony/demo/**',
            'engine/src/telephony/desk-phone/**',
            'engine/src/**/*.test.ts',
            'engine/src/**/test-support/**'
        ],
        rules: {
            '@typescript-eslint/no-restricted-imports': [
                'error',
                {
                    patterns: [
                        {
                            group: ['**/demo', '**/demo/*'],
                            allowTypeImports: true,
                            message:
                                'The demo line is its own static resource: import its types only, and load it through telephony/demo-line.'
                        },
                        {
                            group: ['**/desk-phone', '**/desk-phone/*'],
                            allowTypeImports: true,
                            message:
                                'The desk phone line is its own static resource: import its types only, and load it through telephony/desk-phone-line.'
                        }
                    ]
                }
            ]
        }
    },

    // Seams between folders: the end-to-end tests are a leaf. What the dev server, the bench and the tests share
    // (Kamailio, phone pages, console page helpers, Chromium) lives in harness/.
    {
        files: TOOLING_TS,
        plugins: { import: importPlugin },
        settings: { 'import/resolver': { node: { extensions: ['.ts', '.js', '.cjs', '.mjs', '.json'] } } },
        rules: {
            'import/no-restricted-paths': [
                'error',
                {
                    zones: [
                        {
                            target: ['./engine', './scripts', './sim', './harness', './bench'],
                            from: './e2e',
                            message:
                                'Only end-to-end tests import from e2e/; move what others need into harness/.'
                        }
                    ]
                }
            ]
        }
    },

    // Engine and tooling tests.
    {
        files: ['engine/**/*.test.ts', 'scripts/**/*.test.ts', 'sim/**/*.test.ts', 'e2e/**/*.ts'],
        ...jest.configs['flat/recommended'],
        languageOptions: { globals: { ...globals.jest, ...globals.node } }
    },

    // LWC TypeScript sources and the JavaScript that deploys: Salesforce's recommended LWC rules.
    ...scoped(lwcConfig.configs.recommendedTs, LWC_TS),
    // Babel's parser cannot see type-only uses or type names; `tsc` checks unused and undefined names here.
    { files: LWC_TS, rules: { 'no-unused-vars': 'off', 'no-undef': 'off' } },
    ...scoped(lwcConfig.configs.recommended, LWC_JS),
    {
        files: LWC_TESTS,
        languageOptions: { globals: { ...globals.jest, ...globals.node } },
        rules: { '@lwc/lwc/no-unexpected-wire-adapter-usages': 'off' }
    }
];
