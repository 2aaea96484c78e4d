import { claimPropertyTest } from './claim-property.js';

claimPropertyTest('poor-minima-decay');
