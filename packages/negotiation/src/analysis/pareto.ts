/**
 * Rows of a value matrix (row-major, `n` columns) that no other row Pareto-dominates (≥ on every column
 * and > on one), by sort-filter-skyline: rows in decreasing order of their sum, each compared with the
 * frontier found so far only (a dominator has a larger sum, and is itself dominated by a frontier row if
 * it is not on the frontier). Equal rows are all kept. Returns row indices in decreasing sum order.
 */
export function paretoRows(values: Float64Array, rows: number, n: number): number[] {
  const sum = new Float64Array(rows);
  for (let t = 0; t < rows; t++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += values[t * n + i]!;
    sum[t] = s;
  }
  const order = new Uint32Array(rows);
  for (let t = 0; t < rows; t++) order[t] = t;
  order.sort((a, b) => sum[b]! - sum[a]! || a - b);
  const front: number[] = [];
  // A signature per row: for each column, which of a few thresholds its value reaches (a thermometer
  // code). A row can dominate another only if it reaches every threshold the other reaches, i.e. its
  // signature contains the other's — one integer test that spares most full comparisons. A filter
  // only: the full comparison decides, so the frontier is the same as without it.
  const sig = signatures(values, rows, n);
  // The frontier's vectors, packed, so that the inner loop reads contiguous memory; a frontier row that
  // dominates a candidate moves one place forward, so strong dominators are tried first.
  let packed = new Float64Array(Math.max(16, n * 64));
  let packedSig = new Int32Array(64);
  const ids: number[] = [];
  for (let r = 0; r < rows; r++) {
    const t = order[r]!;
    const x = t * n;
    const sx = sig[t]!;
    let dominated = false;
    const size = ids.length;
    for (let f = 0; f < size; f++) {
      if ((packedSig[f]! & sx) !== sx) continue;
      const y = f * n;
      let geq = true;
      let gt = false;
      for (let i = 0; i < n; i++) {
        const a = packed[y + i]!;
        const b = values[x + i]!;
        if (a < b) {
          geq = false;
          break;
        }
        if (a > b) gt = true;
      }
      if (geq && gt) {
        dominated = true;
        if (f > 0) {
          // swap with the previous frontier row
          const p = (f - 1) * n;
          for (let i = 0; i < n; i++) {
            const tmp = packed[p + i]!;
            packed[p + i] = packed[y + i]!;
            packed[y + i] = tmp;
          }
          const id = ids[f - 1]!;
          ids[f - 1] = ids[f]!;
          ids[f] = id;
          const ps = packedSig[f - 1]!;
          packedSig[f - 1] = packedSig[f]!;
          packedSig[f] = ps;
        }
        break;
      }
    }
    if (dominated) continue;
    if ((size + 1) * n > packed.length) {
      const grown = new Float64Array(packed.length * 2);
      grown.set(packed);
      packed = grown;
    }
    if (size + 1 > packedSig.length) {
      const grown = new Int32Array(packedSig.length * 2);
      grown.set(packedSig);
      packedSig = grown;
    }
    for (let i = 0; i < n; i++) packed[size * n + i] = values[x + i]!;
    packedSig[size] = sx;
    ids.push(t);
    front.push(t);
  }
  return front;
}

/**
 * Thermometer signatures of the rows (see {@link paretoRows}): up to 30 bits, `b = ⌊30 / n⌋` (at most 3)
 * per column for the first `min(n, 30)` columns; bit `c·b + l` is set when the row's value in column `c`
 * reaches the column's `l`-th threshold (quantiles of a sample of the rows). If `y ≥ x` on every column,
 * `y` reaches every threshold `x` reaches, so `sig(y) ⊇ sig(x)`.
 */
export function signatures(values: Float64Array, rows: number, n: number): Int32Array {
  const sig = new Int32Array(rows);
  const cols = Math.min(n, 30);
  const per = cols === 0 ? 0 : Math.min(3, Math.floor(30 / cols));
  if (per === 0 || rows < 2) return sig;
  const step = Math.max(1, Math.floor(rows / 512));
  const sample: number[] = [];
  for (let c = 0; c < cols; c++) {
    sample.length = 0;
    for (let t = 0; t < rows; t += step) sample.push(values[t * n + c]!);
    sample.sort((a, b) => a - b);
    for (let l = 0; l < per; l++) {
      const threshold = sample[Math.floor(((l + 1) * sample.length) / (per + 1))]!;
      const bit = 1 << (c * per + l);
      for (let t = 0; t < rows; t++) if (values[t * n + c]! >= threshold) sig[t]! |= bit;
    }
  }
  return sig;
}

/** A Pareto frontier over a range of issues: each point's option per issue and its value vector. */
export interface PartialFront {
  readonly count: number;
  /** Option index per issue of the range, row-major. */
  readonly digits: Uint16Array;
  readonly values: Float64Array;
}

/**
 * The Pareto frontier of an additive product space, by divide and conquer: with values additive over
 * issues, a text whose restriction to some of the issues is dominated there is dominated (change those
 * issues only), so the frontier over issues `S₁ ∪ S₂` lies inside the product of the frontiers over `S₁`
 * and over `S₂`. Each level filters that product with {@link paretoRows}.
 *
 * @param cell - `cell(j, o, i)`: the additive value of option `o` of issue `j` to party `i`.
 */
export function additiveFront(
  radix: readonly number[],
  n: number,
  cell: (j: number, o: number, i: number) => number,
  lo = 0,
  hi = radix.length,
): PartialFront {
  if (hi - lo === 0) return { count: 1, digits: new Uint16Array(0), values: new Float64Array(n) };
  if (hi - lo === 1) {
    const m = radix[lo]!;
    const values = new Float64Array(m * n);
    for (let o = 0; o < m; o++) for (let i = 0; i < n; i++) values[o * n + i] = cell(lo, o, i);
    const keep = paretoRows(values, m, n);
    const digits = new Uint16Array(keep.length);
    const out = new Float64Array(keep.length * n);
    keep.forEach((o, r) => {
      digits[r] = o;
      for (let i = 0; i < n; i++) out[r * n + i] = values[o * n + i]!;
    });
    return { count: keep.length, digits, values: out };
  }
  const mid = (lo + hi) >> 1;
  const a = additiveFront(radix, n, cell, lo, mid);
  const b = additiveFront(radix, n, cell, mid, hi);
  const rows = a.count * b.count;
  const values = new Float64Array(rows * n);
  for (let x = 0; x < a.count; x++)
    for (let y = 0; y < b.count; y++) {
      const r = (x * b.count + y) * n;
      for (let i = 0; i < n; i++) values[r + i] = a.values[x * n + i]! + b.values[y * n + i]!;
    }
  const keep = paretoRows(values, rows, n);
  const ka = mid - lo;
  const kb = hi - mid;
  const digits = new Uint16Array(keep.length * (ka + kb));
  const out = new Float64Array(keep.length * n);
  keep.forEach((r, k) => {
    const x = Math.floor(r / b.count);
    const y = r % b.count;
    for (let j = 0; j < ka; j++) digits[k * (ka + kb) + j] = a.digits[x * ka + j]!;
    for (let j = 0; j < kb; j++) digits[k * (ka + kb) + ka + j] = b.digits[y * kb + j]!;
    for (let i = 0; i < n; i++) out[k * n + i] = values[r * n + i]!;
  });
  return { count: keep.length, digits, values: out };
}
