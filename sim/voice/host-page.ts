/** The simulated console of `npm start -- --voice`: the connector frame and a small Omni-Channel widget. */
export function renderVoiceConsolePage(config: object, scriptUrl: string): string {
    const json = JSON.stringify(config).replace(/</g, '\\u003c');
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Softphone Voice console (simulated)</title>
<link rel="icon" href="data:,">
<style>
body { font-family: -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; font-size: 13px; margin: 0; display: grid; grid-template-columns: 360px 1fr; height: 100vh; }
aside { border-right: 1px solid #c9c9c9; padding: 12px; overflow: auto; }
main { padding: 12px; overflow: auto; }
iframe { width: 100%; border: 0; height: 0; display: block; }
iframe.shown { border: 1px solid #c9c9c9; }
section { margin: 10px 0; }
button { margin: 2px; }
#error { color: #ba0517; }
#events { font-family: monospace; font-size: 11px; list-style: none; padding: 0; overflow-wrap: anywhere; }
</style>
</head>
<body>
<aside>
<h1 style="font-size: 15px">Omni-Channel (simulated)</h1>
<p id="ready">Connector starting…</p>
<!-- Salesforce frames the connector hidden; it shows only when the connector asks for a sign-in. -->
<iframe id="connector" title="Softphone connector" allow="microphone; autoplay"></iframe>
<section>
<label for="status">Status</label>
<select id="status"><option value="Offline">Offline</option><option value="Online">Available for Calls</option><option value="AfterCallWork">Busy (after-call work)</option></select>
</section>
<section aria-label="Call">
<p id="call">No call</p>
<button id="accept">Accept</button><button id="decline">Decline</button><button id="end">End call</button>
<button id="mute">Mute</button><button id="hold">Hold</button>
</section>
<section aria-label="Keypad"><input id="digits" aria-label="Digits" size="8"><button id="send-digits">Send digits</button></section>
<section aria-label="Transfer"><input id="transfer-to" aria-label="Transfer to" size="12"><button id="transfer">Transfer</button></section>
<section aria-label="Dial"><input id="dial-number" aria-label="Number to dial" size="14"><button id="dial">Call</button></section>
<p id="error" role="alert"></p>
</aside>
<main>
<h2 style="font-size: 14px">Connector events</h2>
<ol id="events"></ol>
</main>
<script type="application/json" id="voice-config">${json}</script>
<script src="${scriptUrl}"></script>
</body>
</html>
`;
}
