import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Events per key (a client IP) in a fixed window, in this process's memory: login failures and website
 * submissions. rate-limiter-flexible forgets each key when its window ends, so the memory holds only the keys of
 * the last window, however many clients have ever come. Its windows run on the wall clock, not on the services'
 * clock.
 */
export class RateLimit {
  private readonly limiter: RateLimiterMemory;

  constructor(
    private readonly limit: number,
    windowMs: number,
  ) {
    this.limiter = new RateLimiterMemory({ points: limit, duration: Math.max(1, Math.ceil(windowMs / 1000)) });
  }

  /** Counts one event and answers whether it is still within the limit. */
  async take(key: string): Promise<boolean> {
    try {
      await this.limiter.consume(key);
      return true;
    } catch (error) {
      if (error instanceof RateLimiterRes) return false;
      throw error;
    }
  }

  /** Whether the key has used up its window, without counting anything. */
  async isFull(key: string): Promise<boolean> {
    const state = await this.limiter.get(key);
    return !!state && state.msBeforeNext > 0 && state.consumedPoints >= this.limit;
  }

  /** Counts one event that is never refused itself (a failure), for isFull to see. */
  async add(key: string): Promise<void> {
    await this.limiter.penalty(key);
  }
}
