import { afterEach, describe, expect, it, vi } from 'vitest';
import { executeSpinGlass, spinGlassSample } from '../src/experiments/execute-spinglass.js';
import type { ExperimentSpec } from '../src/experiments/spec.js';
import { CubicWasmKernel } from '../src/spinglass/cubic-kernel-wasm.js';
import { EXAMPLE_SPINGLASS_SPEC } from './helpers/spec-fixtures.js';

/** The engine's 3-spin runs go through the WebAssembly kernel (issue 13: kernel choice explicit and tested). */
const spec: ExperimentSpec = {
  ...EXAMPLE_SPINGLASS_SPEC,
  optimizer: { ...EXAMPLE_SPINGLASS_SPEC.optimizer, maxIterations: 30 } as ExperimentSpec['optimizer'],
  sizes: [12],
  runsPerSize: 2,
  measure: { index: false },
};

afterEach(() => vi.restoreAllMocks());

describe('the engine and the WebAssembly 3-spin kernel', () => {
  it('samples its landscapes with the WebAssembly kernel', () => {
    expect(spinGlassSample(spec, 12, 0).kernel.name).toBe('webassembly-cubic');
    const perRun: ExperimentSpec = {
      ...spec,
      landscape: { ...spec.landscape, disorder: 'per-run' } as ExperimentSpec['landscape'],
    };
    expect(spinGlassSample(perRun, 12, 1).kernel.name).toBe('webassembly-cubic');
  });

  it('evaluates every gradient of a descent through it', async () => {
    const calls = vi.spyOn(CubicWasmKernel.prototype, 'energiesAndGradients');
    const records = await executeSpinGlass(spec, 12, [0, 1]);
    expect(records).toHaveLength(2);
    expect(records.every((r) => r.status === 'ok')).toBe(true);
    expect(calls.mock.calls.length).toBeGreaterThan(0);
  });
});
