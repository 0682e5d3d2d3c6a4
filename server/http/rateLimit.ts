/** Events per key in a sliding window, in memory (one server process). Used for login failures and public intake. */
export class SlidingWindow {
  private readonly events = new Map<string, number[]>();

  constructor(private readonly limit: number, private readonly windowMs: number) {}

  isFull(key: string, now: number): boolean {
    return this.recent(key, now).length >= this.limit;
  }

  add(key: string, now: number): void {
    const list = this.recent(key, now);
    list.push(now);
    this.events.set(key, list);
  }

  private recent(key: string, now: number): number[] {
    const list = (this.events.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (list.length) this.events.set(key, list);
    else this.events.delete(key);
    return list;
  }
}
