import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		// Builds dist/cli.js once, for the end-to-end tests.
		globalSetup: ['test/support/build-once.ts'],
		testTimeout: 20_000,
		// Ink renders only the last frame when it thinks it runs in CI.
		env: {CI: 'false', CONTINUOUS_INTEGRATION: 'false'},
	},
});
