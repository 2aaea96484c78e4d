import { it } from 'vitest';
import { expectClaimHoldsAtCiScale } from './claim-property.js';

it('sgd-vs-annealing holds at ci scale', () => expectClaimHoldsAtCiScale('sgd-vs-annealing'), 120_000);
