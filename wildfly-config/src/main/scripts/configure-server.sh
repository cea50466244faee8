#!/usr/bin/env bash
# Configures the freshly unpacked WildFly of the build (./run.sh and the tests use it) exactly as the README's
# "Deploying to an existing WildFly" tells an administrator to: the PostgreSQL module, then webchat.cli and
# the optional lean.cli, offline; and the configurations of a cluster's nodes and balancer. Re-running is cheap:
# the scripts are applied again only when something changed, always to the pristine configurations shipped with
# WildFly.
set -euo pipefail
server="$1"; cli_dir="$2"; drivers="$3"; jvm_options="$4"
config="$server/standalone/configuration"

modules="$cli_dir/../modules"
archive_conf="$(dirname "$0")/class-archive.conf"
digest=$( (cat "$cli_dir"/*.cli "$0" "$archive_conf" $(find "$modules" -type f | sort); echo "$jvm_options") | sha256sum | cut -d' ' -f1)
marker="$server/.webchat-configured"
if [[ -f "$marker" && "$(cat "$marker")" == "$digest" ]]; then
    echo "WildFly already configured ($server)"
    exit 0
fi

# Start from WildFly's own configurations each time, so a changed script never stacks on an old run.
for file in standalone-full.xml standalone-full-ha.xml standalone-load-balancer.xml; do
    [[ -f "$config/$file.pristine" ]] || cp "$config/$file" "$config/$file.pristine"
    cp "$config/$file.pristine" "$config/$file"
done
rm -rf "$server/modules/org/postgresql"
# The PostgreSQL driver as the module org.postgresql (H2 ships with WildFly): the tests run on both.
mkdir -p "$server/modules/org/postgresql/main"
cp "$modules/org/postgresql/main/module.xml" "$server/modules/org/postgresql/main/"
cp "$drivers/postgresql.jar" "$server/modules/org/postgresql/main/postgresql.jar"

# The server's JVM options (the root pom's server.jvm.options, with why), after WildFly's own defaults in
# standalone.conf: of two -Xms or -XX settings, the JVM takes the later.
conf="$server/bin/standalone.conf"
[[ -f "$conf.pristine" ]] || cp "$conf" "$conf.pristine"
cp "$conf.pristine" "$conf"
printf '\n# Webchat (wildfly-config/src/main/scripts/configure-server.sh; README, "Deploying to an existing WildFly")\nJAVA_OPTS="$JAVA_OPTS %s"\n' \
    "$jvm_options" >> "$conf"
# Then the class archive that ./run.sh asks for (class-archive.conf says how).
cat "$archive_conf" >> "$conf"

export JAVA_OPTS="${JAVA_OPTS:-} -Djava.awt.headless=true"
log="$server/.webchat-configure.log"
: > "$log"
apply() { # the script, then the server configuration it applies to
    echo "Applying $1 to $2"
    JAVA_OPTS="$JAVA_OPTS -Dwebchat.server.config=$2" "$server/bin/jboss-cli.sh" --file="$cli_dir/$1" >> "$log" 2>&1 \
        || { cat "$log"; exit 1; }
}
# One node (./run.sh, the tests): webchat.cli, and the README's optional lean.cli, so the server the build runs
# starts without the subsystems Webchat never uses.
apply webchat.cli standalone-full.xml
apply lean.cli standalone-full.xml
# A cluster's nodes and their balancer (./cluster.sh, README "A cluster").
apply webchat.cli standalone-full-ha.xml
apply lean.cli standalone-full-ha.xml
apply cluster.cli standalone-full-ha.xml
apply balancer.cli standalone-load-balancer.xml
rm -rf "$server/standalone/data" "$server/standalone/log" "$server/standalone/configuration/standalone_xml_history"
echo "$digest" > "$marker"
echo "WildFly configured: $server"
