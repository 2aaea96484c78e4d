import { claimPropertyTest } from './claim-property.js';

claimPropertyTest('theory');
