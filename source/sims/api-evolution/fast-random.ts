import type {RandomState} from '../random.js';

/**
 * The same sfc32 generator as random.ts (same state, same sequence: a test
 * checks them draw for draw), stepped in place so that sampling hundreds of
 * thousands of calls allocates nothing per draw.
 */
export class FastRandom {
	private a: number;
	private b: number;
	private c: number;
	private d: number;
	constructor([a, b, c, d]: RandomState) {
		this.a = a >>> 0;
		this.b = b >>> 0;
		this.c = c >>> 0;
		this.d = d >>> 0;
	}
	/** A float in [0, 1), as random.ts's nextFloat. */
	float(): number {
		const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
		this.d = (this.d + 1) >>> 0;
		this.a = this.b ^ (this.b >>> 9);
		this.b = (this.c + (this.c << 3)) >>> 0;
		const c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
		this.c = (c + t) >>> 0;
		return t / 2 ** 32;
	}
	private spare: number | null = null;
	/**
	 * A standard normal draw (Box–Muller, both values used: the second is kept
	 * for the next call, so a tick's draws depend only on the state it began with).
	 */
	normal(): number {
		if (this.spare !== null) {
			const z = this.spare;
			this.spare = null;
			return z;
		}
		const r = Math.sqrt(-2 * Math.log(1 - this.float()));
		const theta = 2 * Math.PI * this.float();
		this.spare = r * Math.sin(theta);
		return r * Math.cos(theta);
	}
	get state(): RandomState {
		return [this.a, this.b, this.c, this.d];
	}
}
