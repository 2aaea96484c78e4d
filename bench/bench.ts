/**
 * `npm run bench`: measures the hot kernels and, where python3 with numpy is on the machine, runs the
 * numpy yardsticks in ../shared/peers/ in the same invocation and prints the ratios.
 * Sections: spin glass (energy + gradient, coupling memory), eigenvalues, network training and Hessian index.
 */
import { benchEigen } from './eigen.js';
import { benchNetwork } from './network.js';
import { benchSpinGlass } from './spinglass.js';

const sections: [string, () => Promise<string[]>][] = [
  ['spin glass: energy + gradient per replica', benchSpinGlass],
  ['eigenvalues (tangent-space Hessian spectrum)', benchEigen],
  ['networks: SGD throughput and Hessian index', benchNetwork],
];

const only = process.argv.slice(2);
const cpus = (await import('node:os')).cpus();
console.log(`landscape-claims bench — node ${process.version}, ${cpus.length} × ${cpus[0]?.model ?? 'unknown cpu'}`);
for (const [title, run] of sections) {
  if (only.length > 0 && !only.some((o) => title.startsWith(o))) continue;
  console.log(`\n## ${title}`);
  for (const line of await run()) console.log(line);
}
