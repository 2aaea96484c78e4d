import { it } from 'vitest';
import { expectClaimHoldsAtCiScale } from './claim-property.js';

it('band holds at ci scale', () => expectClaimHoldsAtCiScale('band'), 120_000);
