import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		// Builds dist/cli.js once, for the end-to-end tests.
		globalSetup: ['test/support/build-once.ts'],
		// A bound for hangs, not a speed budget: a loaded machine must not fail a correct test.
		testTimeout: 60_000,
		// The JSON report lets CI print a plain "N passed, N failed" line.
		reporters: ['default', ['json', {outputFile: 'node_modules/.cache/vitest-report.json'}]],
		// Ink renders only the last frame when it thinks it runs in CI.
		env: {CI: 'false', CONTINUOUS_INTEGRATION: 'false'},
	},
});
