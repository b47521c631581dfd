import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import { ROOT } from '../project-root';

/** The test phone page, served on the loopback interface. */
export interface PhoneServer {
    /** `http://127.0.0.1:<port>/`: a secure context, so the page may use the (fake) microphone. */
    readonly url: string;
    stop(): Promise<void>;
}

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test phone</title><link rel="icon" href="data:,"></head>
<body><p>SIP.js test phone</p><script src="/phone.js"></script></body></html>
`;

/**
 * A page a person uses to ring the agent through the local PBX (`npm start -- --pbx`): it drives the same
 * test phone (`window.phone`) with a number to call from, Call, Answer and Hang up. Query parameters:
 * `server` (the PBX WebSocket URL), `domain`, `agent` (the agent's SIP user).
 */
const CALLER_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Caller</title><link rel="icon" href="data:,">
<style>body{font:15px system-ui,sans-serif;margin:2rem;max-width:28rem}label,button{display:block;margin:.5rem 0}
input{font:inherit;padding:.3rem;width:100%}button{font:inherit;padding:.4rem 1rem}#state{font-weight:600}</style>
</head><body><h1>Call the agent over SIP</h1>
<label>Your number <input id="from" value="+14155550123"></label>
<label>Case number for the IVR (optional) <input id="case" placeholder="00001026"></label>
<button id="call">Call the agent</button><button id="answer">Answer</button><button id="hangup">Hang up</button>
<p>State: <span id="state" role="status">signing in…</span></p>
<script src="/phone.js"></script>
<script>
const q = new URLSearchParams(location.search);
const $ = (id) => document.getElementById(id);
const state = (text) => { $('state').textContent = text; };
let started = null;
function start() {
  started = started || window.phone.start({ server: q.get('server'), domain: q.get('domain'), user: $('from').value.trim() })
    .then(() => state('ready'), (error) => { started = null; state('could not register: ' + error.message); });
  return started;
}
start();
setInterval(() => { if (started) state(window.phone.state()); }, 500);
$('from').addEventListener('change', () => { window.phone.stop().finally(() => { started = null; start(); }); });
$('call').addEventListener('click', async () => {
  await start();
  const caseNumber = $('case').value.trim();
  await window.phone.call(q.get('agent') || '1001', caseNumber ? ['X-Case-Number: ' + caseNumber] : []);
});
$('answer').addEventListener('click', () => window.phone.answer());
$('hangup').addEventListener('click', () => window.phone.hangUp());
</script></body></html>
`;

/** Bundles `phone.ts` (SIP.js included) and serves it with its page on a free loopback port. */
export async function startPhoneServer(): Promise<PhoneServer> {
    const result = await build({
        absWorkingDir: ROOT,
        entryPoints: [path.join(__dirname, 'phone.ts')],
        tsconfig: path.join(ROOT, 'tsconfig.json'),
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: ['chrome115'],
        write: false,
        logLevel: 'silent'
    });
    const script = result.outputFiles[0]?.text ?? '';
    const server: Server = createServer((request, response) => {
        const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
        const body =
            pathname === '/phone.js'
                ? script
                : pathname === '/'
                  ? PAGE
                  : pathname === '/caller'
                    ? CALLER_PAGE
                    : undefined;
        if (body === undefined) {
            response.writeHead(404).end();
            return;
        }
        const type = pathname === '/phone.js' ? 'text/javascript' : 'text/html';
        response.writeHead(200, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' });
        response.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
        url: `http://127.0.0.1:${port}/`,
        stop: () =>
            new Promise<void>((resolve) => {
                server.closeAllConnections();
                server.close(() => resolve());
            })
    };
}
