import { it } from 'vitest';
import { expectClaimHoldsAtCiScale } from './claim-property.js';

it('poor-minima-decay holds at ci scale', () => expectClaimHoldsAtCiScale('poor-minima-decay'), 120_000);
