// Maximum-weight assignment: each row to at most one column, each column to at most one
// row, maximising the sum of weights. Hungarian algorithm with potentials (Kuhn–Munkres,
// shortest augmenting paths), O(r²·c) time and O(r·c) memory for r rows ≤ c columns.
// Cells with weight ≤ 0 are never chosen: they cost the same as leaving the row empty.

/** For each row, the chosen column or -1. `weights` is row-major, rows × cols. */
export function maxWeightAssignment(weights: ArrayLike<number>, rows: number, cols: number): Int32Array {
  if (weights.length !== rows * cols) throw new Error('weights must have rows × cols cells');
  if (rows <= cols) return keepPositive(solve(weights, rows, cols, false), weights, cols);
  // The algorithm needs rows ≤ columns, so solve the transposed problem and turn it back.
  const byColumn = solve(weights, cols, rows, true);
  const byRow = new Int32Array(rows).fill(-1);
  byColumn.forEach((row, column) => {
    if (row >= 0) byRow[row] = column;
  });
  return keepPositive(byRow, weights, cols);
}

function keepPositive(assigned: Int32Array, weights: ArrayLike<number>, cols: number): Int32Array {
  for (let row = 0; row < assigned.length; row++) {
    const column = assigned[row]!;
    if (column >= 0 && !(weights[row * cols + column]! > 0)) assigned[row] = -1;
  }
  return assigned;
}

/** n ≤ m. Minimises the sum of -weight over a matching that covers every active row. */
function solve(weights: ArrayLike<number>, n: number, m: number, transposed: boolean): Int32Array {
  const cost = new Float64Array(n * m);
  const active = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const weight = transposed ? weights[j * n + i]! : weights[i * m + j]!;
      if (weight > 0) {
        cost[i * m + j] = -weight;
        active[i] = 1;
      }
    }
  }

  // 1-based rows and columns; column 0 is the virtual start of each augmenting path.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const rowOfColumn = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);

  for (let i = 1; i <= n; i++) {
    // A row with nothing worth taking changes no optimum; skipping it saves a full phase.
    if (!active[i - 1]) continue;
    rowOfColumn[0] = i;
    let j0 = 0;
    minv.fill(Number.POSITIVE_INFINITY);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = rowOfColumn[j0]!;
      const base = (i0 - 1) * m - 1;
      const ui0 = u[i0]!;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const reduced = cost[base + j]! - ui0 - v[j]!;
        if (reduced < minv[j]!) {
          minv[j] = reduced;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          const row = rowOfColumn[j]!;
          u[row] = u[row]! + delta;
          v[j] = v[j]! - delta;
        } else {
          minv[j] = minv[j]! - delta;
        }
      }
      j0 = j1;
    } while (rowOfColumn[j0] !== 0);
    do {
      const j1 = way[j0]!;
      rowOfColumn[j0] = rowOfColumn[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }

  const columnOfRow = new Int32Array(n).fill(-1);
  for (let j = 1; j <= m; j++) {
    const row = rowOfColumn[j]!;
    if (row !== 0) columnOfRow[row - 1] = j - 1;
  }
  return columnOfRow;
}
