#!/bin/sh
# Runs `npm test` on each Node major the package supports (engines: >=20).
# npx fetches Node (the `node` package on npm); its binary is copied into a
# world-readable temp folder put first on PATH, so the build, the tests and
# the CLIs they spawn (some as another user) all run on that version.
#   scripts/test-node-versions.sh [MAJOR ...]     (default: 20 22 24)
set -u
versions=${*:-20 22 24}
failed=''
for v in $versions; do
	echo "=== Node $v"
	found=$(npx --yes -p "node@$v" -- sh -c 'node -p process.execPath') || found=''
	if [ -z "$found" ]; then
		echo "=== Node $v: could not get it"
		failed="$failed $v"
		continue
	fi
	dir=$(mktemp -d)
	chmod 755 "$dir"
	cp "$found" "$dir/node"
	if PATH="$dir:$PATH" sh -c 'echo "node $(node --version) at $(command -v node)" && npm test'; then
		echo "=== Node $v: passed"
	else
		echo "=== Node $v: FAILED"
		failed="$failed $v"
	fi
	rm -rf "$dir"
done
if [ -n "$failed" ]; then
	echo "npm test failed on Node$failed"
	exit 1
fi
echo "npm test passed on Node $versions"
