import { it } from 'vitest';
import { expectClaimHoldsAtCiScale } from './claim-property.js';

it('theory holds at ci scale', () => expectClaimHoldsAtCiScale('theory'), 120_000);
