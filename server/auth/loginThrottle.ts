/** Failed logins per client IP in a sliding window, kept in memory (one server process holds the sessions). */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly limit: number, private readonly windowMs: number) {}

  isThrottled(ip: string, now: number): boolean {
    return this.recent(ip, now).length >= this.limit;
  }

  recordFailure(ip: string, now: number): void {
    const list = this.recent(ip, now);
    list.push(now);
    this.failures.set(ip, list);
  }

  private recent(ip: string, now: number): number[] {
    const list = (this.failures.get(ip) ?? []).filter((t) => t > now - this.windowMs);
    if (list.length) this.failures.set(ip, list);
    else this.failures.delete(ip);
    return list;
  }
}
