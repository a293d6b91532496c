/**
 * A seeded pseudo-random generator: sfc32 (Chris Doty-Humphrey's Small Fast
 * Counter, from PractRand), seeded through splitmix32 so that nearby seeds
 * give unrelated streams. Its whole state is four numbers, so it lives inside
 * an engine's state and a run can be replayed from the seed.
 */
export type RandomState = readonly [number, number, number, number];

function splitmix32(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x9e3779b9) >>> 0;
		let z = s;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
		return (z ^ (z >>> 16)) >>> 0;
	};
}

export function seedRandom(seed: number): RandomState {
	const next = splitmix32(seed);
	const state: [number, number, number, number] = [next(), next(), next(), next()];
	// Warm up, as the reference implementation does.
	let s: RandomState = state;
	for (let i = 0; i < 12; i++) s = nextUint32(s)[1];
	return s;
}

/** The next 32-bit unsigned value and the generator's next state. */
export function nextUint32([a0, b0, c0, d0]: RandomState): [number, RandomState] {
	let a = a0 >>> 0;
	let b = b0 >>> 0;
	let c = c0 >>> 0;
	let d = d0 >>> 0;
	const t = (((a + b) >>> 0) + d) >>> 0;
	d = (d + 1) >>> 0;
	a = b ^ (b >>> 9);
	b = (c + (c << 3)) >>> 0;
	c = ((c << 21) | (c >>> 11)) >>> 0;
	c = (c + t) >>> 0;
	return [t, [a, b, c, d]];
}

/** A float in [0, 1) and the next state. */
export function nextFloat(state: RandomState): [number, RandomState] {
	const [n, s] = nextUint32(state);
	return [n / 2 ** 32, s];
}

/** An integer in [min, max] (inclusive) and the next state. */
export function nextInt(state: RandomState, min: number, max: number): [number, RandomState] {
	const [f, s] = nextFloat(state);
	return [min + Math.floor(f * (max - min + 1)), s];
}

/**
 * A convenience for engines that draw many numbers in one step: a mutable
 * cursor over a copy of the state; read `.state` at the end and store it.
 */
export class Random {
	state: RandomState;
	constructor(state: RandomState) {
		this.state = state;
	}
	float(): number {
		const [f, s] = nextFloat(this.state);
		this.state = s;
		return f;
	}
	int(min: number, max: number): number {
		const [n, s] = nextInt(this.state, min, max);
		this.state = s;
		return n;
	}
}
