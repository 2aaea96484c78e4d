/**
 * The loss of a ReLU network over a fixed data set as a {@link Landscape}: f(w) = (1/n) Σ_s ℓ(x_s, y_s; w),
 * the mean softmax NLL (multiclass) or mean hinge loss (binary), on Euclidean space with energy scale 1.
 *
 * Sums over samples run in data-set order and are divided by n at the end, in every method, so
 * `valuesAndGradients` equals single `valueAndGradient` calls bit for bit. Hessian-vector products are exact
 * (R-operator, r-operator.ts). `hessian(w)` is assembled from per-sample factors for one hidden layer
 * (depth-one-hessian.ts, one matrix product per block, symmetric by construction); deeper networks stack the D
 * products with the unit vectors (`hessianFromProducts`: each sample's forward and backward pass computed once and
 * reused for all D columns) and symmetrize, (H + Hᵀ)/2, which only moves entries by rounding.
 */
import type { Geometry } from '../landscape/geometry.js';
import { euclidean } from '../landscape/geometry.js';
import type { Landscape } from '../landscape/landscape.js';
import { type Architecture, describeArchitecture } from './architecture.js';
import type { Dataset } from './dataset.js';
import { depthOneHessian, hasDepthOneHessian } from './depth-one-hessian.js';
import { backward, createWorkspace, forward, outputLoss, type Workspace } from './mlp.js';
import {
  createRWorkspace,
  type Direction,
  type RWorkspace,
  sampleHessianVectorProduct,
  unitDirectionVanishes,
} from './r-operator.js';

export class NetworkLandscape implements Landscape {
  readonly name: string;
  readonly dimension: number;
  readonly geometry: Geometry;
  readonly energyScale = 1;
  private readonly ws: Workspace;
  private readonly rws: RWorkspace;

  constructor(
    readonly architecture: Architecture,
    readonly data: Dataset,
  ) {
    if (data.count < 1) throw new RangeError('a network landscape needs at least one sample');
    if (data.inputSize !== architecture.sizes[0]) {
      throw new RangeError(`input size ${data.inputSize} does not match the network's ${architecture.sizes[0]}`);
    }
    if (data.task !== architecture.task)
      throw new RangeError(`data for ${data.task}, network for ${architecture.task}`);
    this.dimension = architecture.parameterCount;
    this.geometry = euclidean(this.dimension);
    this.name = `${describeArchitecture(architecture)} n=${data.count}`;
    this.ws = createWorkspace(architecture);
    this.rws = createRWorkspace(architecture);
  }

  value(w: Float64Array): number {
    const { architecture: arch, data, ws } = this;
    let s = 0;
    for (let r = 0; r < data.count; r++) {
      forward(arch, w, data.inputs, r, ws);
      s += outputLoss(arch, ws, data.targets[r]);
    }
    return s / data.count;
  }

  valueAndGradient(w: Float64Array, grad: Float64Array): number {
    const { architecture: arch, data, ws } = this;
    grad.fill(0);
    let s = 0;
    for (let r = 0; r < data.count; r++) {
      forward(arch, w, data.inputs, r, ws);
      s += outputLoss(arch, ws, data.targets[r]);
      backward(arch, w, ws, grad);
    }
    const inv = 1 / data.count;
    for (let k = 0; k < grad.length; k++) grad[k] *= inv;
    return s / data.count;
  }

  valuesAndGradients(points: Float64Array, batch: number, values: Float64Array, grads: Float64Array): void {
    const d = this.dimension;
    for (let b = 0; b < batch; b++) {
      values[b] = this.valueAndGradient(points.subarray(b * d, (b + 1) * d), grads.subarray(b * d, (b + 1) * d));
    }
  }

  hessianVectorProduct(w: Float64Array, v: Float64Array, out: Float64Array): Float64Array {
    const { architecture: arch, data, ws, rws } = this;
    out.fill(0);
    const direction: Direction = { dense: v };
    for (let r = 0; r < data.count; r++) {
      forward(arch, w, data.inputs, r, ws);
      outputLoss(arch, ws, data.targets[r]);
      backward(arch, w, ws);
      sampleHessianVectorProduct(arch, w, ws, direction, rws, out);
    }
    const inv = 1 / data.count;
    for (let k = 0; k < out.length; k++) out[k] *= inv;
    return out;
  }

  /** Rows H e_p for p = 0..D−1 (before symmetrization), D×D row-major. */
  hessianRows(w: Float64Array): Float64Array {
    const { architecture: arch, data, ws, rws } = this;
    const d = this.dimension;
    const h = new Float64Array(d * d);
    for (let r = 0; r < data.count; r++) {
      forward(arch, w, data.inputs, r, ws);
      outputLoss(arch, ws, data.targets[r]);
      backward(arch, w, ws);
      for (let p = 0; p < d; p++) {
        if (unitDirectionVanishes(arch, ws, p)) continue;
        sampleHessianVectorProduct(arch, w, ws, { unit: p }, rws, h.subarray(p * d, (p + 1) * d));
      }
    }
    const inv = 1 / data.count;
    for (let k = 0; k < h.length; k++) h[k] *= inv;
    return h;
  }

  hessian(w: Float64Array): Float64Array {
    if (hasDepthOneHessian(this.architecture)) return depthOneHessian(this.architecture, this.data, w);
    return this.hessianFromProducts(w);
  }

  /** The Hessian from D Hessian-vector products with the unit vectors, symmetrized (any depth). */
  hessianFromProducts(w: Float64Array): Float64Array {
    const h = this.hessianRows(w);
    const d = this.dimension;
    for (let i = 0; i < d; i++) {
      for (let j = i + 1; j < d; j++) {
        const s = 0.5 * (h[i * d + j] + h[j * d + i]);
        h[i * d + j] = s;
        h[j * d + i] = s;
      }
    }
    return h;
  }
}
