import { it } from 'vitest';
import { expectClaimHoldsAtCiScale } from './claim-property.js';

it('scaling holds at ci scale', () => expectClaimHoldsAtCiScale('scaling'), 120_000);
