#!/usr/bin/env bash
# Installs what the project needs on a fresh Debian machine, skipping what is already there:
#   - Java (PMD, the Salesforce Graph Engine and prettier-plugin-apex run on the JVM),
#   - Python 3.10+ (Code Analyzer's Flow engine is a Python program; it needs nothing beyond the standard library),
#   - Chromium (browser tests and `npm start` smoke test),
#   - Kamailio with its WebSocket modules (the SIP end-to-end tests' registrar and proxy; not started here),
#   - rtpengine (the media bridge between WebRTC and plain RTP) and baresip (the customer's desk phone), used by
#     the desk-phone tests, bench and `npm start -- --pbx --desk-phone`; neither starts by itself,
#   - coturn (the TURN server of the relay end-to-end test, started and stopped by harness/coturn; the Debian
#     package does not start it),
#   - iptables and iproute2 (the lossy-path call quality test drops media packets with iptables inside a private
#     network namespace made by `unshare --net`, util-linux; nothing outside that namespace is touched),
#   - OpenSSL (`npm start -- --voice` and its tests make a throw-away certificate for the Salesforce-like hosts),
#   - the npm packages pinned in package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v java >/dev/null 2>&1 || need_apt+=(openjdk-17-jre-headless)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -x /usr/sbin/kamailio ] || need_apt+=(kamailio)
dpkg -s kamailio-websocket-modules >/dev/null 2>&1 || need_apt+=(kamailio-websocket-modules)
[ -x /usr/bin/rtpengine ] || need_apt+=(rtpengine-daemon)
[ -x /usr/bin/rtpengine-ctl ] || need_apt+=(rtpengine-utils)
[ -x /usr/bin/baresip ] || need_apt+=(baresip baresip-core)
command -v openssl >/dev/null 2>&1 || need_apt+=(openssl)
[ -x /usr/bin/turnserver ] || need_apt+=(coturn)
command -v iptables >/dev/null 2>&1 || [ -x /usr/sbin/iptables ] || need_apt+=(iptables)
command -v ip >/dev/null 2>&1 || [ -x /usr/sbin/ip ] || need_apt+=(iproute2)

if [ ${#need_apt[@]} -gt 0 ]; then
    echo "setup: installing Debian packages: ${need_apt[*]}"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "setup: npm ci"
    npm ci --no-audit --no-fund
fi

echo "setup: java $(java -version 2>&1 | head -n 1 | cut -d'"' -f2), $(python3 --version 2>&1), node $(node --version), $(/usr/bin/chromium --version 2>/dev/null || echo 'chromium missing'), $(/usr/sbin/kamailio -v 2>/dev/null | head -n 1 || echo 'kamailio missing')"
