import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { X509Certificate, createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The host names the Voice simulator answers on, all on 127.0.0.1. The base library accepts SETUP_CONNECTOR only
 * from an https origin under a Salesforce domain, so the console page must be one: the browser is told to
 * resolve these names to 127.0.0.1 (`--host-resolver-rules`) and to trust the simulator's throw-away
 * certificate (`--ignore-certificate-errors-spki-list`). Nothing leaves the machine.
 */
export const VOICE_HOSTS = {
    /** The Lightning console, as `<MyDomain>.lightning.force.com`. */
    console: 'softphone-sim.lightning.force.com',
    /** Visualforce pages, as `<MyDomain>--c.vf.force.com`. */
    visualforce: 'softphone-sim--c.vf.force.com'
} as const;

/** A certificate for the simulator's hosts, with the key and what Chromium needs to trust it. */
export interface VoiceCertificate {
    readonly cert: string;
    readonly key: string;
    /** Base64 SHA-256 of the certificate's SubjectPublicKeyInfo, for `--ignore-certificate-errors-spki-list`. */
    readonly spki: string;
}

/** Makes a self-signed certificate for the simulator's hosts with Debian's openssl, valid one day. */
export function makeVoiceCertificate(): VoiceCertificate {
    const dir = mkdtempSync(path.join(tmpdir(), 'softphone-voice-tls-'));
    try {
        const keyFile = path.join(dir, 'key.pem');
        const certFile = path.join(dir, 'cert.pem');
        execFileSync(
            'openssl',
            [
                'req',
                '-x509',
                '-newkey',
                'rsa:2048',
                '-nodes',
                '-days',
                '1',
                '-subj',
                `/CN=${VOICE_HOSTS.console}`,
                '-addext',
                `subjectAltName=DNS:${VOICE_HOSTS.console},DNS:${VOICE_HOSTS.visualforce}`,
                '-keyout',
                keyFile,
                '-out',
                certFile
            ],
            { stdio: 'ignore' }
        );
        const cert = readFileSync(certFile, 'utf8');
        const key = readFileSync(keyFile, 'utf8');
        const publicKey = new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
        return { cert, key, spki: createHash('sha256').update(publicKey).digest('base64') };
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

/** The Chromium flags that let it reach the simulator's hosts on 127.0.0.1 and trust its certificate. */
export function voiceChromiumArgs(certificate: VoiceCertificate): string[] {
    return [
        `--host-resolver-rules=MAP ${VOICE_HOSTS.console} 127.0.0.1, MAP ${VOICE_HOSTS.visualforce} 127.0.0.1`,
        `--ignore-certificate-errors-spki-list=${certificate.spki}`
    ];
}
