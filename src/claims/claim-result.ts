/**
 * What a claim's decision rule returns: the verdict with the statistic, threshold and false-alarm rate
 * that produced it. Reports (markdown, JSON) and counterexamples are written from these.
 */
export type Verdict = 'holds' | 'fails' | 'inconclusive';

/** One row of a claim's evidence table (usually one per size or width). */
export type EvidenceRow = Record<string, number | string | boolean | null>;

/**
 * One quantity the paper reports, ours beside it: numbers, or text for a range ("0.117 to 0.136"); null where we did
 * not measure it (e.g. a width outside the scale's ladder). `tag` is the paper value's source (fixtures/paper.json:
 * V exact, F read from a figure, C the authors' code, I inferred).
 */
export interface PaperComparisonRow {
  quantity: string;
  ours: number | string | null;
  paper: number | string | null;
  tag?: string;
}

export interface ClaimResult {
  /** Claim id, e.g. "band", "poor-minima-decay". */
  id: string;
  /** One-line statement of the claim. */
  title: string;
  /** Where the paper makes it, e.g. "section 4, Fig. 3 and 8". */
  paperReference: string;
  verdict: Verdict;
  /** The statistic the rule is applied to: its name and measured value. */
  statistic: { name: string; value: number | null };
  /** The threshold it is compared with. */
  threshold: { description: string; value: number | null };
  /** Type-I error rate of the rule (probability of "fails" when the claim is true), null when not a test. */
  alpha: number | null;
  /** The decision rule in words, including any multiple-testing correction. */
  rule: string;
  /** Why the verdict is what it is, in one or two sentences. */
  reason: string;
  /** Per-size evidence. */
  evidence: EvidenceRow[];
  /** Our number beside the paper's, where the paper reports one. */
  paperComparison?: PaperComparisonRow[];
  /** Figures drawn for this claim (file names relative to the report directory). */
  figures?: string[];
  /** Definitions that are ours, not the paper's (e.g. what counts as a poor minimum). */
  ourDefinitions?: string[];
}
