import type {FastRandom} from './fast-random.js';

/**
 * A stream of independent trials that each succeed with probability p,
 * sampled by skipping: the number of misses before the next hit is drawn
 * once from the geometric distribution, ⌊ln U / ln(1 − p)⌋, instead of one
 * uniform draw per trial. The trials are the same Bernoulli process, but a
 * rare event (a failure in 10,000 calls, a slow one in 100) costs one draw
 * per hit rather than one per call. The process is memoryless, so a new
 * stream per tick samples exactly the same distribution.
 */
export class RareEvents {
	private left: number;
	private readonly logMiss: number;
	constructor(
		private readonly p: number,
		private readonly random: FastRandom,
	) {
		this.logMiss = Math.log1p(-p);
		this.left = this.gap();
	}
	private gap(): number {
		if (this.p <= 0) return Number.POSITIVE_INFINITY;
		if (this.p >= 1) return 0;
		// 1 − float() is in (0, 1], so the logarithm is finite.
		return Math.floor(Math.log(1 - this.random.float()) / this.logMiss);
	}
	/** The next trial: true with probability p. */
	hit(): boolean {
		if (this.left > 0) {
			this.left--;
			return false;
		}
		this.left = this.gap();
		return true;
	}
}
