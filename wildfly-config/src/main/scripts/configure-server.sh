#!/usr/bin/env bash
# Applies the CLI scripts of wildfly-config to a freshly unpacked WildFly, offline
# (embedded server). Re-running is cheap: the scripts are applied again only when
# they changed, always to the pristine configuration shipped with WildFly.
set -euo pipefail
server="$1"; cli_dir="$2"; drivers="$3"
config="$server/standalone/configuration"

modules="$cli_dir/../modules"
digest=$(cat "$cli_dir"/*.cli "$0" $(find "$modules" -type f | sort) | sha256sum | cut -d' ' -f1)
marker="$server/.webchat-configured"
if [[ -f "$marker" && "$(cat "$marker")" == "$digest" ]]; then
    echo "WildFly already configured ($server)"
    exit 0
fi

# Start from WildFly's own configuration each time, so a changed script never stacks on an old run.
[[ -f "$config/standalone-full.xml.pristine" ]] || cp "$config/standalone-full.xml" "$config/standalone-full.xml.pristine"
cp "$config/standalone-full.xml.pristine" "$config/standalone-full.xml"
rm -rf "$server/modules/org/postgresql"
# JDBC drivers as modules (H2 ships with WildFly).
mkdir -p "$server/modules/org/postgresql/main"
cp "$modules/org/postgresql/main/module.xml" "$drivers/postgresql.jar" "$server/modules/org/postgresql/main/"

export JAVA_OPTS="${JAVA_OPTS:-} -Djava.awt.headless=true"
# One embedded server for all the scripts, applied in the order of their names.
batch="$server/.webchat-configure.cli"
{
    echo "embed-server --server-config=standalone-full.xml --std-out=discard"
    cat "$cli_dir"/*.cli
    echo "stop-embedded-server"
} > "$batch"
echo "Applying $(cd "$cli_dir" && ls *.cli | tr '\n' ' ')"
"$server/bin/jboss-cli.sh" --file="$batch" > "$server/.webchat-configure.log" 2>&1 \
    || { cat "$server/.webchat-configure.log"; exit 1; }
rm -rf "$server/standalone/data" "$server/standalone/log" "$server/standalone/configuration/standalone_xml_history"
echo "$digest" > "$marker"
echo "WildFly configured: $server"
