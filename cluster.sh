#!/usr/bin/env bash
# Starts Webchat as a cluster on this machine's loopback (issue 17): WildFly's own balancer (mod_cluster,
# standalone-load-balancer.xml) on http://localhost:8080 and N nodes (default 2) of the same EAR on
# standalone-full-ha.xml, node i on ports 100 * i above the usual (its own page: http://localhost:(8080 + 100 i); not
# 1000 * i, which would put node 2 on 10080, a port browsers refuse).
# The nodes share one PostgreSQL, given as for ./run.sh (README, "PostgreSQL"; H2 cannot be shared):
#   WEBCHAT_DB_URL=jdbc:postgresql://127.0.0.1:5432/webchat WEBCHAT_DB_USER=... WEBCHAT_DB_PASSWORD=... ./cluster.sh 2
# Each node's data and log are in var/cluster/nodeN, the balancer's in var/cluster/balancer; Recordings' exports, which
# any node may finish and serve, in var/cluster/exports. Ctrl-C stops them all.
# For the cluster tests (webchat-ear, org.webchat.cluster): WEBCHAT_CLUSTER_BUILT=true starts what the build made
# without building, and WEBCHAT_CLUSTER_PORTS=n moves every port n up (the balancer then on 8080 + n).
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD

nodes=${1:-2}
if ! [[ "$nodes" =~ ^[1-9]$ ]]; then
    echo "Usage: ./cluster.sh [nodes], nodes from 1 to 9 (default 2)" >&2
    exit 2
fi
if [[ -z "${WEBCHAT_DB_URL:-}" || "${WEBCHAT_DB_URL}" != jdbc:postgresql:* ]]; then
    cat >&2 <<'USAGE'
The nodes of a cluster share one PostgreSQL database: give it as for ./run.sh, for instance
    createdb -h 127.0.0.1 -U postgres webchat
    WEBCHAT_DB_URL=jdbc:postgresql://127.0.0.1:5432/webchat WEBCHAT_DB_USER=postgres WEBCHAT_DB_PASSWORD=postgres ./cluster.sh 2
USAGE
    exit 2
fi
export WEBCHAT_DB_DRIVER=postgresql
# Artemis' cluster of the nodes needs a password of its own (cluster.cli); one for this run unless given.
export WEBCHAT_CLUSTER_PASSWORD=${WEBCHAT_CLUSTER_PASSWORD:-$(head -c 18 /dev/urandom | base64 | tr -d '/+=')}
# standalone.sh then passes Ctrl-C and kill on to its JVM.
export LAUNCH_JBOSS_IN_BACKGROUND=1

ports=${WEBCHAT_CLUSTER_PORTS:-0}
if ! [[ "$ports" =~ ^[0-9]{1,4}$ ]]; then
    echo "WEBCHAT_CLUSTER_PORTS is a number of ports to move every port up by, from 0 to 9999" >&2
    exit 2
fi
if [[ "${WEBCHAT_CLUSTER_BUILT:-}" != true ]]; then
    echo "Building Webchat (first time: downloads Maven, WildFly and the libraries, a few minutes)..."
    ./mvnw -q -B package -DskipTests
fi

home=$(ls -d "$root"/wildfly-config/target/wildfly-*/ | head -n 1)
started=()
trap 'kill "${started[@]}" 2>/dev/null; wait' EXIT
trap 'exit 130' INT TERM

# A server's base directory: the configuration fresh from the build each time, its data and log kept.
base_dir() {
    local base="$root/var/cluster/$1"
    mkdir -p "$base/configuration" "$base/deployments"
    cp -r "$home/standalone/configuration/." "$base/configuration/"
    echo "$base"
}

wait_for() { # url, what, log
    local deadline=$(( $(date +%s) + 300 ))
    until curl -fs -o /dev/null "$1"; do
        if (( $(date +%s) > deadline )); then echo "$2 did not answer within 5 minutes; see $3" >&2; exit 1; fi
        sleep 1
    done
}

base=$(base_dir balancer)
"$home/bin/standalone.sh" -c standalone-load-balancer.xml -Djboss.server.base.dir="$base" \
    -Djboss.socket.binding.port-offset="$ports" > "$base/console.log" 2>&1 &
started+=($!)

for (( node = 1; node <= nodes; node++ )); do
    base=$(base_dir "node$node")
    rm -f "$base"/deployments/webchat.ear*
    cp webchat-ear/target/webchat.ear "$base/deployments/"
    "$home/bin/standalone.sh" -c standalone-full-ha.xml -Djboss.server.base.dir="$base" \
        -Djboss.socket.binding.port-offset=$(( ports + 100 * node )) -Djboss.node.name="node$node" \
        -Dwebchat.balancer.port=$(( 8090 + ports )) \
        -Djboss.tx.node.id="node$node" -Dwebchat.exports.dir="$root/var/cluster/exports" \
        -Dwebchat.demo="${WEBCHAT_DEMO:-true}" > "$base/console.log" 2>&1 &
    started+=($!)
done
# They start together: on a new database one migrates it (Flyway's lock) and makes the first data (FirstStartLock).
for (( node = 1; node <= nodes; node++ )); do
    wait_for "http://localhost:$(( 8080 + ports + 100 * node ))/login.xhtml" "node$node" "$root/var/cluster/node$node/console.log"
done
wait_for "http://localhost:$(( 8080 + ports ))/login.xhtml" "The balancer" "$root/var/cluster/balancer/console.log"
# Artemis' bridges between the nodes connect some seconds after the nodes answer; until then an event of one node
# would not reach the screens on the others.
for (( node = 1; node < nodes + 1 && nodes > 1; node++ )); do
    log="$root/var/cluster/node$node/console.log"
    deadline=$(( $(date +%s) + 120 ))
    until (( $(grep -c AMQ221027 "$log") >= nodes - 1 )); do
        if (( $(date +%s) > deadline )); then echo "node$node's messaging did not join the others within 2 minutes; see $log" >&2; exit 1; fi
        sleep 1
    done
done

cat <<BANNER

  Webchat is ready as a cluster of $nodes nodes behind the balancer at http://localhost:$(( 8080 + ports ))/
    (the consoles, the widget's page and the demo logins as ./run.sh prints them;
     node i alone at http://localhost:(8080 + 100 i)/, its log in var/cluster/node<i>/log/server.log)

  Stop with Ctrl-C.

BANNER
wait
