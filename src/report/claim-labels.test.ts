import { describe, expect, it } from 'vitest';
import type { ClaimResult } from '../claims/claim-result.js';
import { claimAnchor, thresholdText } from './claim-labels.js';

describe('claimAnchor', () => {
  it('lower-cases the id and makes every run of other characters one hyphen', () => {
    expect(claimAnchor('band')).toBe('claim-band');
    expect(claimAnchor('sgd-vs-annealing-band')).toBe('claim-sgd-vs-annealing-band');
    expect(claimAnchor('SGD vs_Annealing--Band!!')).toBe('claim-sgd-vs-annealing-band-');
    expect(claimAnchor('x.y/Z 9')).toBe('claim-x-y-z-9');
    expect(claimAnchor('Poor minima | rare')).toBe('claim-poor-minima-rare');
  });
});

describe('thresholdText', () => {
  const claim = (value: number | null): ClaimResult =>
    ({ threshold: { description: 'shrinks <with> N | a', value } }) as unknown as ClaimResult;

  it('is the description alone when the threshold has no value', () => {
    expect(thresholdText(claim(null))).toBe('shrinks <with> N | a');
  });

  it('appends the value with 4 significant digits, unescaped', () => {
    expect(thresholdText(claim(0))).toBe('shrinks <with> N | a = 0');
    expect(thresholdText(claim(0.0123456))).toBe('shrinks <with> N | a = 0.01235');
    expect(thresholdText(claim(0.000123456))).toBe('shrinks <with> N | a = 1.235e-4');
  });
});
