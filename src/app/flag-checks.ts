import { InputError } from '../core/input-error.js';

/**
 * Checks for numeric command-line values. yargs turns a non-numeric value of a `number` option into NaN;
 * these turn NaN, fractions and out-of-range values into one-line {@link InputError}s naming the flag. A flag
 * given twice counts once, with its last value.
 */
/** A flag given twice arrives as an array: the last one given wins. */
function last(value: unknown): unknown {
  return Array.isArray(value) && value.length > 0 ? value[value.length - 1] : value;
}

export function integerFlag(name: string, given: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = last(given);
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new InputError(`--${name} must be an integer, got ${String(value)}`);
  }
  if (value < min || value > max) {
    throw new InputError(`--${name} must be between ${min} and ${max}, got ${value}`);
  }
  return value;
}

export function numberFlag(name: string, given: unknown, min = -Infinity, max = Infinity): number {
  const value = last(given);
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InputError(`--${name} must be a finite number, got ${String(value)}`);
  }
  if (value < min || value > max) throw new InputError(`--${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}

export function choiceFlag<T extends string>(name: string, given: unknown, choices: readonly T[]): T {
  const value = last(given);
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
    throw new InputError(`--${name} must be one of ${choices.join(', ')}, got ${String(value)}`);
  }
  return value as T;
}
