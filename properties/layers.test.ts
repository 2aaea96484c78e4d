import { claimPropertyTest } from './claim-property.js';

claimPropertyTest('layers');
