import { it } from 'vitest';
import { expectClaimHoldsAtCiScale } from './claim-property.js';

it('ground-state-hardness holds at ci scale', () => expectClaimHoldsAtCiScale('ground-state-hardness'), 120_000);
