// @ts-expect-error: a plain JS build script
import {buildCli} from '../../scripts/build.mjs';

export default async function setup(): Promise<void> {
	await buildCli();
}
