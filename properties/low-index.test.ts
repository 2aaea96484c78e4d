import { claimPropertyTest } from './claim-property.js';

claimPropertyTest('low-index');
