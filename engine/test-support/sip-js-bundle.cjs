// Stands for the `sip.js` package in the engine's Jest tests (see jest.config.js): SIP.js ships ES modules
// only, which Jest cannot require() from CommonJS tests when it runs with --experimental-vm-modules. Its
// transformer (sip-js-transformer.cjs) replaces this file with SIP.js bundled as CommonJS.
module.exports = {};
