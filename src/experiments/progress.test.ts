import { describe, expect, it } from 'vitest';
import { Progress } from './progress.js';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 200, write: (t: string) => writes.push(t) } };
}

describe('progress', () => {
  it('on a terminal redraws one bar in place with done/total, size, rate and ETA', () => {
    let now = 0;
    const { writes, stream } = fakeStream(true);
    const p = new Progress({ label: 'exp', total: 10, stream, now: () => now });
    now = 1000;
    p.advance(2, 50);
    now = 1050;
    p.advance(1, 50); // within 100 ms: not redrawn
    now = 2000;
    p.advance(2, 100);
    p.finish();
    expect(writes[0]).toMatch(/^\r\[#####\.+\] exp {2}2\/10 runs {2}size 50 {2}2\.0 runs\/s {2}ETA 4s/);
    expect(writes).toHaveLength(4); // two draws, the final draw, the closing newline
    expect(writes[2]).toContain('5/10 runs  size 100');
    expect(writes[3]).toBe('\n');
  });

  it('elsewhere prints a plain line at most every interval; quiet prints nothing', () => {
    let now = 0;
    const { writes, stream } = fakeStream(false);
    const p = new Progress({ label: 'exp', total: 4, stream, now: () => now, plainInterval: 5 });
    p.advance(1);
    now = 1000;
    p.advance(1);
    now = 6000;
    p.advance(1);
    p.finish();
    expect(writes).toEqual([
      'exp  1/4 runs  0.0 runs/s  ETA ?\n',
      'exp  3/4 runs  0.5 runs/s  ETA 2s\n',
      'exp  3/4 runs  0.5 runs/s  ETA 2s\n',
    ]);
    const q = fakeStream(true);
    const quiet = new Progress({ label: 'exp', total: 4, stream: q.stream, quiet: true });
    quiet.advance(4);
    quiet.finish();
    expect(q.writes).toEqual([]);
  });
});
