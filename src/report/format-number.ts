/**
 * Formats a number for a report with `significant` significant digits (default 4), dropping trailing zeros:
 * 0.76164 → "0.7616", 0.05 → "0.05", 1234.56 → "1235", 1.23456e-5 → "1.235e-5". Integers below 1e15 are written
 * in full (counts and sizes stay exact: 1000 → "1000"). null → "—", NaN → "NaN", ±Infinity → "∞" / "−∞".
 */
export function formatNumber(value: number | null | undefined, significant = 4): string {
  if (value === null || value === undefined) return '—';
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return '∞';
  if (value === Number.NEGATIVE_INFINITY) return '−∞';
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-3 && magnitude < 1e6) {
    const fixed = value.toPrecision(significant);
    // toPrecision may still choose exponent form for values ≥ 10^significant; fall back to rounding.
    if (!fixed.includes('e')) return stripTrailingZeros(fixed);
    return String(Math.round(value));
  }
  const [mantissa, exponent] = value.toExponential(significant - 1).split('e');
  return `${stripTrailingZeros(mantissa)}e${exponent.replace('+', '')}`;
}

function stripTrailingZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
