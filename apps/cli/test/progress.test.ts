import { describe, expect, test } from 'vitest';
import { createProgress } from '../src/progress.ts';

function fakeStream(isTTY: boolean) {
  const out: string[] = [];
  const stream = { isTTY, write: (s: string) => out.push(s) } as unknown as NodeJS.WriteStream;
  return { stream, out };
}

describe('progress bar', () => {
  test('on a terminal: drawn in place with \\r, a phase per line, 100% at the end', () => {
    let t = 0;
    const { stream, out } = fakeStream(true);
    const p = createProgress(true, stream, () => t);
    p.phase('筛查 screening', 200);
    t = 500;
    p.update(100);
    t = 1000;
    p.update(200);
    p.done();
    const text = out.join('');
    expect(text).toContain('\r筛查 screening [░░░░░░░░░░░░░░░░░░░░░░░░]   0%');
    expect(text).toContain('[████████████░░░░░░░░░░░░]  50%  0.5s');
    expect(text).toContain('100%');
    expect(text.endsWith('\n')).toBe(true);
  });

  test('not on a terminal: a line now and then, never a carriage return', () => {
    let t = 0;
    const { stream, out } = fakeStream(false);
    const p = createProgress(true, stream, () => t);
    p.phase('读取 reading  ', 10);
    for (let i = 1; i <= 10; i++) {
      t += 100;
      p.update(i);
    }
    p.done();
    // at most one line every 2 s: the first, and the last at 100%
    expect(out).toHaveLength(2);
    expect(out.join('')).not.toContain('\r');
    expect(out[1]).toContain('100%');
  });

  test('off: nothing written', () => {
    const { stream, out } = fakeStream(true);
    const p = createProgress(false, stream);
    p.phase('x', 1);
    p.update(1);
    p.done();
    expect(out).toEqual([]);
  });
});
