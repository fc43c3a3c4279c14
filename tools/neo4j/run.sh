#!/usr/bin/env bash
# run.sh COMMAND [ARGS...] builds the Neo4j test server when needed (Maven,
# from Maven Central; cached in ~/.m2), starts it on a free loopback port
# with a fresh password, exports NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD
# (and NEO4J_TEST_JAVA, the command that starts another server, for the
# fault tests), runs COMMAND, and always stops the server. Without Java or
# Maven it says so and fails: Neo4j is never reported tested when it was
# not.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

for tool in java mvn; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "tools/neo4j: $tool is not installed, so the Neo4j tests cannot run (install OpenJDK 17 and Maven); Neo4j was NOT tested" >&2
		exit 1
	fi
done
if [ $# -eq 0 ]; then
	echo "usage: tools/neo4j/run.sh COMMAND [ARGS...]" >&2
	exit 2
fi

class="$here/target/classes/peyvand/neo4jserver/TestServer.class"
if [ ! -f "$class" ] || [ ! -d "$here/target/lib" ] || [ "$here/pom.xml" -nt "$class" ] ||
	[ "$here/src/main/java/peyvand/neo4jserver/TestServer.java" -nt "$class" ]; then
	echo "tools/neo4j: building the Neo4j test server (the first build downloads Neo4j from Maven Central)" >&2
	start=$(date +%s)
	(cd "$here" && mvn -B -q -DskipTests package)
	echo "tools/neo4j: built in $(($(date +%s) - start))s" >&2
fi

# The JVM of the server: small heap, Java 17's openings for Neo4j and Netty.
NEO4J_TEST_JAVA="java -Xms128m -Xmx512m -XX:+UseSerialGC \
--add-opens=java.base/java.nio=ALL-UNNAMED \
--add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
--add-opens=java.base/java.lang=ALL-UNNAMED \
--add-opens=java.base/java.io=ALL-UNNAMED \
--add-opens=java.base/java.util.concurrent=ALL-UNNAMED \
--add-opens=java.base/java.util=ALL-UNNAMED \
-Dio.netty.tryReflectionSetAccessible=true \
-cp $here/target/classes:$here/target/lib/* peyvand.neo4jserver.TestServer"
export NEO4J_TEST_JAVA

password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
log=$(mktemp -t peyvand-neo4j-XXXXXX.log)
# shellcheck disable=SC2086
NEO4J_TEST_PASSWORD=$password $NEO4J_TEST_JAVA >"$log" 2>&1 &
pid=$!
stop() {
	if kill -0 "$pid" 2>/dev/null; then
		kill -TERM "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	fi
	rm -f "$log"
}
trap stop EXIT
trap 'exit 130' INT TERM

start=$(date +%s)
uri=""
while [ -z "$uri" ]; do
	if ! kill -0 "$pid" 2>/dev/null; then
		echo "tools/neo4j: the Neo4j test server exited before it was ready; its log:" >&2
		cat "$log" >&2
		exit 1
	fi
	if [ $(($(date +%s) - start)) -gt 240 ]; then
		echo "tools/neo4j: the Neo4j test server was not ready in 240s; its log:" >&2
		cat "$log" >&2
		exit 1
	fi
	uri=$(sed -n 's/^NEO4J READY \(bolt:[^ ]*\)$/\1/p' "$log")
	[ -n "$uri" ] || sleep 0.5
done
echo "tools/neo4j: Neo4j ${uri} ready in $(($(date +%s) - start))s" >&2

export NEO4J_URI=$uri NEO4J_USER=neo4j NEO4J_PASSWORD=$password NEO4J_DATABASE=neo4j
"$@"
