import { it } from 'vitest';
import { expectClaimHoldsAtCiScale } from './claim-property.js';

it('low-index holds at ci scale', () => expectClaimHoldsAtCiScale('low-index'), 120_000);
