import { it } from 'vitest';
import { expectClaimHoldsAtCiScale } from './claim-property.js';

it('layers holds at ci scale', () => expectClaimHoldsAtCiScale('layers'), 120_000);
