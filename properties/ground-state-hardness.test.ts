import { claimPropertyTest } from './claim-property.js';

claimPropertyTest('ground-state-hardness');
