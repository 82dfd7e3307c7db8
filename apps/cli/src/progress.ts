/**
 * A progress bar on stderr for long runs: drawn in place on a terminal, or as a line every few
 * seconds when asked for (--progress) on something that is not a terminal.
 */
export interface Progress {
  /** starts a phase ("读取 reading") of `total` units (bytes, rows, subjects) */
  phase(label: string, total: number): void;
  update(done: number, total?: number): void;
  done(): void;
}

const NONE: Progress = { phase() {}, update() {}, done() {} };

export function createProgress(
  enabled: boolean,
  stream: NodeJS.WriteStream = process.stderr,
  now: () => number = () => Date.now(),
): Progress {
  if (!enabled) return NONE;
  const tty = stream.isTTY === true;
  const width = 24;
  let label = '';
  let total = 0;
  let last = -1;
  let lastPercent = -1;
  let started = now();
  let drawn = false;
  let current = 0;
  const draw = (done: number, force: boolean) => {
    current = done;
    const t = now();
    const fraction = total > 0 ? Math.min(1, done / total) : 0;
    const percent = Math.floor(fraction * 100);
    if (!force && (tty ? t - last < 100 : t - last < 2000 || percent === lastPercent)) return;
    last = t;
    lastPercent = percent;
    const filled = Math.round(fraction * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const secs = ((t - started) / 1000).toFixed(1);
    const line = `${label} [${bar}] ${String(percent).padStart(3)}%  ${secs}s`;
    if (tty) stream.write(`\r${line}\u001b[K`);
    else stream.write(`${line}\n`);
    drawn = true;
  };
  return {
    phase(l, t) {
      if (drawn) {
        draw(total, true);
        if (tty) stream.write('\n');
      }
      label = l;
      total = t;
      started = now();
      last = -1;
      lastPercent = -1;
      draw(0, true);
    },
    update(done, t) {
      if (t !== undefined) total = t;
      draw(done, false);
    },
    done() {
      if (drawn) {
        draw(Math.max(current, total), true);
        if (tty) stream.write('\n');
      }
      drawn = false;
    },
  };
}
