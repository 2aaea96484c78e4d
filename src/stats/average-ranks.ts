/**
 * Ranks 1..n of the values in ascending order, ties sharing their average ("mid-rank"): a group of t equal values
 * occupying sorted positions i+1..i+t gets rank i + (t + 1)/2 each, so the ranks always sum to n(n + 1)/2.
 *
 * @example averageRanks([10, 20, 20, 5]) // Float64Array [2, 3.5, 3.5, 1]
 */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b]);
  const ranks = new Float64Array(n);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && values[order[j + 1]] === values[order[i]]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]] = rank;
    i = j + 1;
  }
  return ranks;
}
