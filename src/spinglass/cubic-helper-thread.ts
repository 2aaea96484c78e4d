/**
 * One helper worker thread for the WebAssembly 3-spin kernel (cubic-kernel-wasm.ts): while the calling thread
 * computes some replica pairs, the helper computes the others on an instance of the same module over the same
 * shared WebAssembly.Memory (which holds the couplings, so nothing is copied). Each pair is computed by exactly
 * one thread with the same code, so the results do not depend on the thread count.
 *
 * Protocol, over a small SharedArrayBuffer: flags[0] is the state (IDLE → the caller writes the arguments and
 * sets JOB → the helper computes and sets DONE or FAILED → the caller resets IDLE); flags[1] names the memory
 * the arguments refer to. When it changes the caller first posts the memory on a MessagePort, which the helper
 * reads synchronously (receiveMessageOnPort). The caller waits (spinning, then Atomics.wait), so the call stays
 * synchronous.
 * The worker is an inline CommonJS script (no file to resolve from src/ or dist/) and is unref'd: it never keeps
 * the process alive.
 */
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';

const IDLE = 0;
const JOB = 1;
const DONE = 2;
const FAILED = 3;
/**
 * Waking a thread asleep in Atomics.wait can take about a millisecond here, as long as a small batch; so the
 * helper spins this long after each job before sleeping, and the caller spins while the helper works.
 */
const SPIN_MS = 5;
/** Number of u32 arguments of cubicPairs. */
const ARGS = 11;

const WORKER_SOURCE = `
const { workerData, receiveMessageOnPort } = require('node:worker_threads');
const { module, control, port } = workerData;
const flags = new Int32Array(control, 0, 4);
const args = new Uint32Array(control, 16, ${ARGS});
let instance = null;
let memoryId = -1;
let idleSince = performance.now();
for (;;) {
  const state = Atomics.load(flags, 0);
  if (state !== ${JOB}) {
    // spin briefly after a job (the next batch usually follows at once), then sleep
    if (performance.now() - idleSince > ${SPIN_MS}) Atomics.wait(flags, 0, state);
    continue;
  }
  try {
    const wanted = Atomics.load(flags, 1);
    while (memoryId !== wanted) {
      const received = receiveMessageOnPort(port);
      if (!received) throw new Error('no memory message');
      memoryId = received.message.id;
      instance = new WebAssembly.Instance(module, { env: { memory: received.message.memory, abort() { throw new Error('abort'); } } });
    }
    const a = args;
    instance.exports.cubicPairs(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10]);
    Atomics.store(flags, 0, ${DONE});
  } catch (e) {
    Atomics.store(flags, 0, ${FAILED});
  }
  Atomics.notify(flags, 0);
  idleSince = performance.now();
}
`;

/** The arguments of the kernel's cubicPairs (byte offsets and counts, all < 2^32). */
export type CubicPairsArgs = readonly [
  coef: number,
  n: number,
  points: number,
  batch: number,
  from: number,
  to: number,
  w2: number,
  g2: number,
  e2: number,
  grads: number,
  energies: number,
];

export class CubicHelperThread {
  private readonly flags: Int32Array;
  private readonly args: Uint32Array;
  private readonly port: MessagePort;
  private readonly worker: Worker;
  private readonly memoryIds = new WeakMap<WebAssembly.Memory, number>();
  private nextMemoryId = 0;
  private postedMemory = -1;

  constructor(module: WebAssembly.Module) {
    const control = new SharedArrayBuffer(16 + 4 * ARGS);
    this.flags = new Int32Array(control, 0, 4);
    this.args = new Uint32Array(control, 16, ARGS);
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { module, control, port: channel.port2 },
      transferList: [channel.port2],
    });
    this.worker.unref();
    this.port.unref();
  }

  /** Start cubicPairs(args) on the helper over `memory`; call {@link finish} before the next start. */
  start(memory: WebAssembly.Memory, args: CubicPairsArgs): void {
    let id = this.memoryIds.get(memory);
    if (id === undefined) {
      id = this.nextMemoryId++;
      this.memoryIds.set(memory, id);
    }
    if (id !== this.postedMemory) {
      this.port.postMessage({ id, memory });
      this.postedMemory = id;
    }
    Atomics.store(this.flags, 1, id);
    for (let a = 0; a < ARGS; a++) this.args[a] = args[a];
    Atomics.store(this.flags, 0, JOB);
    Atomics.notify(this.flags, 0);
  }

  /** Wait until the helper has finished the job begun by {@link start}. */
  finish(): void {
    const since = performance.now();
    for (;;) {
      const state = Atomics.load(this.flags, 0);
      if (state === DONE) break;
      if (state === FAILED) {
        Atomics.store(this.flags, 0, IDLE);
        throw new Error('cubic kernel helper thread failed');
      }
      if (performance.now() - since > SPIN_MS) Atomics.wait(this.flags, 0, JOB, 1000);
    }
    Atomics.store(this.flags, 0, IDLE);
  }
}
