#!/usr/bin/env bash
# Builds Webchat, configures WildFly, deploys the EAR and starts it on http://localhost:8080,
# on the embedded H2 database (or PostgreSQL, see README) with demo data. Ctrl-C stops it.
# The server's data (database, logs) lives in var/server and survives restarts and rebuilds.
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD

echo "Building Webchat (first time: downloads Maven, WildFly and the libraries, a few minutes)..."
./mvnw -q -B package -DskipTests

home=$(ls -d "$root"/wildfly-config/target/wildfly-*/ | head -n 1)
base="$root/var/server"
mkdir -p "$base/configuration" "$base/deployments"
# The configuration comes fresh from the build each time; the data directory is kept.
cp -r "$home/standalone/configuration/." "$base/configuration/"
rm -f "$base"/deployments/webchat.ear*
cp webchat-ear/target/webchat.ear "$base/deployments/"

port=8080
demo=${WEBCHAT_DEMO:-true}
# The JVM's class archive (wildfly-config/src/main/scripts/class-archive.conf): recorded by the first stop, it
# shortens every later start. WEBCHAT_CLASS_ARCHIVE= (empty) starts without it.
export WEBCHAT_CLASS_ARCHIVE=${WEBCHAT_CLASS_ARCHIVE-$base/data/classes.jsa}
stop_note=""
if [[ -n "$WEBCHAT_CLASS_ARCHIVE" && ! -f "$WEBCHAT_CLASS_ARCHIVE" ]]; then
    stop_note=" This first stop also writes the JVM's class archive, which shortens the next starts (about 20 s)."
fi
started=$(date +%s)
(
    server=$$   # after exec below, this is WildFly's process
    until curl -fs -o /dev/null "http://localhost:$port/login.xhtml"; do
        sleep 1
        kill -0 "$server" 2>/dev/null || exit 0
        if (( $(date +%s) - started > 300 )); then echo "Webchat did not answer within 5 minutes; see var/server/log/server.log"; exit 1; fi
    done
    cat <<BANNER

  Webchat is ready (in $(( $(date +%s) - started )) s) at http://localhost:$port/

    Consoles (sign in):  http://localhost:$port/login.xhtml
    Administration:      http://localhost:$port/admin/index.xhtml
    Agent workspace:     http://localhost:$port/agent/index.xhtml
    Supervision:         http://localhost:$port/supervisor/index.xhtml
    Recordings:          http://localhost:$port/recordings/index.xhtml
BANNER
    if [[ "$demo" == "true" ]]; then
        cat <<BANNER

    Demo logins (login / password):
      administrator  admin / admin
      supervisor     supervisor / supervisor
      agents         agent1 / agent1, agent2 / agent2

    The demo campaign as customers see it (its chat widget):
                         http://localhost:$port/widget/example?campaign=1
BANNER
    fi
    echo ""
    echo "  Stop with Ctrl-C.$stop_note"
    echo ""
) &

exec "$home/bin/standalone.sh" -c standalone-full.xml \
    -Djboss.server.base.dir="$base" \
    -Dwebchat.demo="$demo"
