/**
 * The pieces every faceted run figure shares: one panel per size (or group) in numeric order, headed
 * "label = value", and the run and seed that a point's tooltip names.
 */

/**
 * A facet field of one panel per value of `field`, in the given order (from sizeOrder: 25 before 100), with no
 * title and each panel headed "label = value".
 */
export function sizeFacet(field: string, order: readonly (number | string)[], label: string) {
  return {
    field,
    type: 'ordinal' as const,
    sort: order as number[] | string[],
    title: null,
    header: { labelExpr: `${JSON.stringify(`${label} = `)} + datum.value` },
  };
}

/** The run number and seed of a row, for the tooltip: only those that the row has. */
export function runIdentity(row: { run?: number; seed?: number | string }): { run?: number; seed?: number | string } {
  return {
    ...(row.run === undefined ? {} : { run: row.run }),
    ...(row.seed === undefined ? {} : { seed: row.seed }),
  };
}
