import {copyFileSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect, it} from 'vitest';
// @ts-expect-error: a plain JS build script
import {buildCli} from '../scripts/build.mjs';

it('fails the build on a shipped pack the checker refuses, naming file:line:col', async () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'sd-trainer-lessons-'));
	const out = mkdtempSync(path.join(tmpdir(), 'sd-trainer-build-'));
	try {
		copyFileSync('test/fixtures/good/91-fixture.yaml', path.join(dir, '91-fixture.yaml'));
		copyFileSync('test/fixtures/bad-sims/unknown-engine.yaml', path.join(dir, '81-unknown-engine.yaml'));
		const error = await buildCli(out, dir).then(
			() => undefined,
			(e: Error) => e,
		);
		expect(error?.message).toContain(`${dir}/81-unknown-engine.yaml:13:13 simulations.0.engine: no simulation engine "rate-limitr"`);
	} finally {
		rmSync(dir, {recursive: true, force: true});
		rmSync(out, {recursive: true, force: true});
	}
}, 60_000);
