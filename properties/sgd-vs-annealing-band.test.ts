import { claimPropertyTest } from './claim-property.js';

claimPropertyTest('sgd-vs-annealing-band');
