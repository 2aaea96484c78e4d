import { it } from 'vitest';
import { expectClaimHoldsAtCiScale } from './claim-property.js';

it('decorrelation holds at ci scale', () => expectClaimHoldsAtCiScale('decorrelation'), 120_000);
