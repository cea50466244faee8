#!/usr/bin/env bash
# Configures the freshly unpacked WildFly of the build (./run.sh and the tests use it) exactly as the README's
# "Deploying to an existing WildFly" tells an administrator to: the PostgreSQL module, then webchat.cli and
# the optional lean.cli, offline. Re-running is cheap: the script is applied again only when something changed, always to the
# pristine configuration shipped with WildFly.
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
# The PostgreSQL driver as the module org.postgresql (H2 ships with WildFly): the tests run on both.
mkdir -p "$server/modules/org/postgresql/main"
cp "$modules/org/postgresql/main/module.xml" "$server/modules/org/postgresql/main/"
cp "$drivers/postgresql.jar" "$server/modules/org/postgresql/main/postgresql.jar"

export JAVA_OPTS="${JAVA_OPTS:-} -Djava.awt.headless=true"
echo "Applying $cli_dir/webchat.cli"
"$server/bin/jboss-cli.sh" --file="$cli_dir/webchat.cli" > "$server/.webchat-configure.log" 2>&1 \
    || { cat "$server/.webchat-configure.log"; exit 1; }
# The README's optional lean.cli too: the server the build runs starts without the subsystems Webchat never uses.
echo "Applying $cli_dir/lean.cli"
"$server/bin/jboss-cli.sh" --file="$cli_dir/lean.cli" >> "$server/.webchat-configure.log" 2>&1 \
    || { cat "$server/.webchat-configure.log"; exit 1; }
rm -rf "$server/standalone/data" "$server/standalone/log" "$server/standalone/configuration/standalone_xml_history"
echo "$digest" > "$marker"
echo "WildFly configured: $server"
