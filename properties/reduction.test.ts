import { it } from 'vitest';
import { expectClaimHoldsAtCiScale } from './claim-property.js';

it('reduction holds at ci scale', () => expectClaimHoldsAtCiScale('reduction'), 120_000);
