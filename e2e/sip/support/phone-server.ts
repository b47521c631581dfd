import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import { ROOT } from '../../support/serve-process';

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

/** Bundles `phone-page/phone.ts` (SIP.js included) and serves it with its page on a free loopback port. */
export async function startPhoneServer(): Promise<PhoneServer> {
    const result = await build({
        absWorkingDir: ROOT,
        entryPoints: [path.join(__dirname, '..', 'phone-page', 'phone.ts')],
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
        const body = request.url === '/phone.js' ? script : request.url === '/' ? PAGE : undefined;
        if (body === undefined) {
            response.writeHead(404).end();
            return;
        }
        const type = request.url === '/phone.js' ? 'text/javascript' : 'text/html';
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
