#!/bin/sh
# Runs `npm test` on each Node major the package supports (engines: >=20), with
# Node fetched by npx (the `node` package on npm). The build and the tests use
# whichever `node` is first on PATH, which npx sets to the version asked for.
#   scripts/test-node-versions.sh [MAJOR ...]     (default: 20 22 24)
set -u
versions=${*:-20 22 24}
failed=''
for v in $versions; do
	echo "=== Node $v"
	if npx --yes -p "node@$v" -- sh -c 'echo "node $(node --version), npm $(npm --version)" && npm test'; then
		echo "=== Node $v: passed"
	else
		echo "=== Node $v: FAILED"
		failed="$failed $v"
	fi
done
if [ -n "$failed" ]; then
	echo "npm test failed on Node$failed"
	exit 1
fi
echo "npm test passed on Node $versions"
