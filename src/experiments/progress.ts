/**
 * Progress of one experiment on stderr (never stdout): on a terminal a bar redrawn in place (runs done/total,
 * current size, rate, ETA); elsewhere (CI logs, pipes) one plain line every few seconds; nothing when quiet.
 */
export interface ProgressOptions {
  label: string;
  total: number;
  quiet?: boolean;
  /** Where to draw; defaults to process.stderr. */
  stream?: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  /** Seconds between plain lines when not on a terminal. */
  plainInterval?: number;
  now?: () => number;
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export class Progress {
  private done = 0;
  private size: number | undefined;
  private readonly started: number;
  private lastDraw = -Infinity;
  private readonly stream: NonNullable<ProgressOptions['stream']>;
  private readonly now: () => number;

  constructor(private readonly options: ProgressOptions) {
    this.stream = options.stream ?? process.stderr;
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
  }

  private get enabled(): boolean {
    return !this.options.quiet && this.options.total > 0;
  }

  /** The status text: "label  12/40 runs  size 100  3.1 runs/s  ETA 9s". */
  text(): string {
    const elapsed = (this.now() - this.started) / 1000;
    const rate = elapsed > 0 ? this.done / elapsed : 0;
    const eta = rate > 0 ? (this.options.total - this.done) / rate : Number.POSITIVE_INFINITY;
    const size = this.size === undefined ? '' : `  size ${this.size}`;
    return `${this.options.label}  ${this.done}/${this.options.total} runs${size}  ${rate.toFixed(1)} runs/s  ETA ${formatDuration(eta)}`;
  }

  /** Mark the start of work on a size. */
  atSize(size: number): void {
    this.size = size;
    this.draw(false);
  }

  /** `count` more runs finished. */
  advance(count: number, size?: number): void {
    this.done += count;
    if (size !== undefined) this.size = size;
    this.draw(false);
  }

  /** Final line. */
  finish(): void {
    this.draw(true);
    if (this.enabled && this.stream.isTTY) this.stream.write('\n');
  }

  private draw(force: boolean): void {
    if (!this.enabled) return;
    const t = this.now();
    if (this.stream.isTTY) {
      if (!force && t - this.lastDraw < 100) return;
      this.lastDraw = t;
      const width = 24;
      const filled = Math.round((width * this.done) / this.options.total);
      const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
      const line = `${bar} ${this.text()}`;
      const columns = this.stream.columns ?? 120;
      this.stream.write(`\r${line.slice(0, columns - 1)}\x1b[K`);
    } else {
      const interval = (this.options.plainInterval ?? 5) * 1000;
      if (!force && t - this.lastDraw < interval) return;
      this.lastDraw = t;
      this.stream.write(`${this.text()}\n`);
    }
  }
}
