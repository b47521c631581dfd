// Jest transformer for sip-js-bundle.cjs: SIP.js bundled into one CommonJS module with esbuild, so that
// `sip.js` and the deep imports the engine and its tests use share one copy of every class. The package's
// own exports come first; the few names taken from its core and web platform are named (the core has
// names of its own that clash with the API's, such as SessionState). Jest caches the result by version.
const path = require('node:path');
const { buildSync } = require('esbuild');

const root = path.resolve(__dirname, '..', '..');
const version = require(path.join(root, 'node_modules', 'sip.js', 'package.json')).version;

const ENTRY = [
    "export * from 'sip.js';",
    "export { IncomingRequestMessage, IncomingResponseMessage, LoggerFactory, Parser } from 'sip.js/lib/core/index.js';",
    "export { defaultSessionDescriptionHandlerFactory, SessionDescriptionHandler } from 'sip.js/lib/platform/web/index.js';",
    "export { Md5 } from 'sip.js/lib/core/messages/md5.js';"
].join('\n');

module.exports = {
    getCacheKey: () => `sip.js@${version}:3`,
    process() {
        const result = buildSync({
            stdin: { contents: ENTRY, resolveDir: root, loader: 'js' },
            bundle: true,
            format: 'cjs',
            platform: 'node',
            target: 'node20',
            write: false,
            logLevel: 'silent'
        });
        return { code: result.outputFiles[0].text };
    }
};
