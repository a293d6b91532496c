import type {RandomState} from '../random.js';

/**
 * The same sfc32 generator as random.ts (same state, same sequence: a test
 * checks them draw for draw), stepped in place so that sampling hundreds of
 * thousands of calls allocates nothing per draw: the four words live in an
 * Int32Array (32-bit arithmetic, no boxed numbers).
 */
export class FastRandom {
	private readonly s = new Int32Array(4);
	/** The second normal of the last Box–Muller pair, while unused. */
	private spare = 0;
	private hasSpare = false;
	constructor([a, b, c, d]: RandomState) {
		this.s[0] = a;
		this.s[1] = b;
		this.s[2] = c;
		this.s[3] = d;
	}
	/** A float in [0, 1), as random.ts's nextFloat. */
	float(): number {
		const s = this.s;
		const a = s[0]!;
		const b = s[1]!;
		const c = s[2]!;
		const d = s[3]!;
		// Sums of 32-bit words taken modulo 2^32, as random.ts does with >>> 0.
		const t = (a + b + d) | 0;
		s[3] = (d + 1) | 0;
		s[0] = b ^ (b >>> 9);
		s[1] = (c + (c << 3)) | 0;
		s[2] = (((c << 21) | (c >>> 11)) + t) | 0;
		return (t >>> 0) / 4294967296;
	}
	/**
	 * A standard normal draw (Box–Muller, both values used: the second is kept
	 * for the next call, so a tick's draws depend only on the state it began with).
	 */
	normal(): number {
		if (this.hasSpare) {
			this.hasSpare = false;
			return this.spare;
		}
		const r = Math.sqrt(-2 * Math.log(1 - this.float()));
		const theta = 2 * Math.PI * this.float();
		this.spare = r * Math.sin(theta);
		this.hasSpare = true;
		return r * Math.cos(theta);
	}
	/** The state as random.ts writes it (the first word signed, the others unsigned). */
	get state(): RandomState {
		const s = this.s;
		return [s[0]!, s[1]! >>> 0, s[2]! >>> 0, s[3]! >>> 0];
	}
}
