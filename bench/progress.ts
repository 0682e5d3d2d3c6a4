/** A progress bar on stderr: redrawn in place on a terminal, a line every few seconds otherwise (CI logs). */
export class Progress {
  private readonly started = Date.now();
  private lastDraw = 0;
  private done = 0;

  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {
    this.draw();
  }

  tick(n = 1): void {
    this.done += n;
    const now = Date.now();
    if (now - this.lastDraw >= (process.stderr.isTTY ? 150 : 5000)) this.draw();
  }

  finish(): number {
    this.done = this.total;
    this.draw();
    if (process.stderr.isTTY) process.stderr.write('\n');
    return (Date.now() - this.started) / 1000;
  }

  private draw(): void {
    this.lastDraw = Date.now();
    const width = 30;
    const ratio = this.total ? Math.min(1, this.done / this.total) : 1;
    const filled = Math.round(ratio * width);
    const elapsed = (Date.now() - this.started) / 1000;
    const eta = ratio > 0 && ratio < 1 ? ` eta ${Math.ceil((elapsed / ratio) * (1 - ratio))}s` : '';
    const line =
      `${this.label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(ratio * 100).toFixed(1)}% ` +
      `${this.done.toLocaleString('en')}/${this.total.toLocaleString('en')} ${elapsed.toFixed(1)}s${eta}`;
    process.stderr.write(process.stderr.isTTY ? `\r${line}\x1b[K` : `${line}\n`);
  }
}

/** A one-line status message on stderr, for steps without a countable total. */
export function step(message: string): void {
  process.stderr.write(`${message}\n`);
}
