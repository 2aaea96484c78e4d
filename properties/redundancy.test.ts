import { it } from 'vitest';
import { expectClaimHoldsAtCiScale } from './claim-property.js';

it('redundancy holds at ci scale', () => expectClaimHoldsAtCiScale('redundancy'), 120_000);
