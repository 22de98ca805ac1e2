import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { additiveFront, paretoRows, signatures } from '../src/analysis/pareto.js';

/** The rows no other row dominates (≥ everywhere, > somewhere), by definition; in paretoRows' order. */
function bruteFront(values: Float64Array, rows: number, n: number): number[] {
  const dominated = (t: number) => {
    for (let u = 0; u < rows; u++) {
      let geq = true;
      let gt = false;
      for (let i = 0; i < n; i++) {
        const a = values[u * n + i]!;
        const b = values[t * n + i]!;
        if (a < b) geq = false;
        if (a > b) gt = true;
      }
      if (geq && gt) return true;
    }
    return false;
  };
  const sum = (t: number) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += values[t * n + i]!;
    return s;
  };
  return Array.from({ length: rows }, (_, t) => t)
    .filter((t) => !dominated(t))
    .sort((a, b) => sum(b) - sum(a) || a - b);
}

// Small integer values, so that ties and equal rows are frequent; any number of columns, so that the
// signatures use 3, 2, 1 bit(s) per column or leave columns out (n > 30).
const matrix = fc
  .record({
    n: fc.integer({ min: 1, max: 34 }),
    rows: fc.integer({ min: 0, max: 160 }),
    top: fc.integer({ min: 1, max: 6 }),
  })
  .chain(({ n, rows, top }) =>
    fc
      .array(fc.integer({ min: -top, max: top }), { minLength: n * rows, maxLength: n * rows })
      .map((xs) => ({ n, rows, values: Float64Array.from(xs) })),
  );

describe('the Pareto filter', () => {
  it('paretoRows keeps exactly the non-dominated rows (ties and equal rows kept), in decreasing sum order', () => {
    fc.assert(
      fc.property(matrix, ({ n, rows, values }) => {
        expect(paretoRows(values, rows, n)).toEqual(bruteFront(values, rows, n));
      }),
      { numRuns: 300 },
    );
  });

  it('a row that dominates another has a signature containing the other’s', () => {
    fc.assert(
      fc.property(matrix, ({ n, rows, values }) => {
        const sig = signatures(values, rows, n);
        for (let t = 0; t < rows; t++)
          for (let u = 0; u < rows; u++) {
            let geq = true;
            for (let i = 0; i < n && geq; i++) if (values[u * n + i]! < values[t * n + i]!) geq = false;
            if (geq) expect(sig[u]! & sig[t]!).toBe(sig[t]!);
          }
      }),
      { numRuns: 100 },
    );
  });

  it('additiveFront equals the filter of the whole product space', () => {
    const space = fc
      .record({
        n: fc.integer({ min: 1, max: 5 }),
        radix: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 5 }),
      })
      .chain(({ n, radix }) =>
        fc
          .array(fc.integer({ min: 0, max: 4 }), {
            minLength: radix.length * 4 * n,
            maxLength: radix.length * 4 * n,
          })
          .map((cells) => ({ n, radix, cells })),
      );
    fc.assert(
      fc.property(space, ({ n, radix, cells }) => {
        const cell = (j: number, o: number, i: number) => cells[(j * 4 + o) * n + i]!;
        const size = radix.reduce((a, b) => a * b, 1);
        const values = new Float64Array(size * n);
        const digitsOf = (t: number) => {
          const d: number[] = [];
          for (let j = radix.length - 1; j >= 0; j--) {
            d[j] = t % radix[j]!;
            t = Math.floor(t / radix[j]!);
          }
          return d;
        };
        for (let t = 0; t < size; t++) {
          const d = digitsOf(t);
          for (let i = 0; i < n; i++) values[t * n + i] = d.reduce((s, o, j) => s + cell(j, o, i), 0);
        }
        const f = additiveFront(radix, n, cell);
        const got = new Set<string>();
        for (let r = 0; r < f.count; r++)
          got.add(Array.from(f.digits.slice(r * radix.length, (r + 1) * radix.length)).join(','));
        const want = new Set(bruteFront(values, size, n).map((t) => digitsOf(t).join(',')));
        expect(got).toEqual(want);
        expect(f.count).toBe(want.size);
      }),
      { numRuns: 200 },
    );
  });
});
