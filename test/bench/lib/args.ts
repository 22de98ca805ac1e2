/** Options of a benchmark run, from the command line. */
export interface BenchArgs {
  /** Small sizes and one round: a smoke run (used by the test suite), not a measurement. */
  readonly quick: boolean;
  /** A fifth of the full sizes, same rounds: a measurement that fits a busy shared machine. */
  readonly medium: boolean;
  readonly json: boolean;
  /** Only these sections (default all). */
  readonly only: readonly string[];
  /** Write the throughput chart (SVG) to this path. */
  readonly chart: string | undefined;
  /** Write the figures as Markdown tables to this path. */
  readonly md: string | undefined;
}

export function parseArgs(argv: readonly string[]): BenchArgs {
  const only: string[] = [];
  let chart: string | undefined;
  let md: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--only') only.push(...(argv[++i] ?? '').split(','));
    else if (a === '--chart') chart = argv[++i];
    else if (a === '--md') md = argv[++i];
  }
  return {
    quick: argv.includes('--quick'),
    medium: argv.includes('--medium'),
    json: argv.includes('--json'),
    only,
    chart,
    md,
  };
}

/** Sizes of one run: the sizes, small ones with `--quick`, a fifth of them with `--medium`. */
export function sizes(quick: boolean, medium = false): Sizes {
  if (medium && !quick) {
    const full = baseSizes(false);
    return {
      ...full,
      replay: 200_000,
      naive: 20_000,
      scaling: 200_000,
      peers: 200_000,
      session: 20_000,
      stateAt: 200_000,
      stream: 1_000_000,
      streamBase: 200_000,
      mcRuns: 200,
      chartSizes: [10_000, 100_000, 800_000],
    };
  }
  return baseSizes(quick);
}

function baseSizes(quick: boolean) {
  return quick
    ? {
        quick: true,
        replay: 20_000,
        peers: 20_000,
        command: { commands: 1_500, prefix: 1_000, measured: 50 },
        naive: 20_000,
        rounds: 1,
        warmup: 0,
        scaling: 20_000,
        session: 2_000,
        stateAt: 20_000,
        stateAtQueries: 100,
        stream: 40_000,
        streamBase: 10_000,
        mcRuns: 8,
        mcDays: 30,
        chartSizes: [1_000, 10_000],
      }
    : {
        quick: false,
        replay: 1_000_000,
        peers: 1_000_000,
        command: { commands: 11_000, prefix: 10_000, measured: 200 },
        naive: 100_000,
        rounds: 3,
        warmup: 1,
        scaling: 1_000_000,
        session: 100_000,
        stateAt: 1_000_000,
        stateAtQueries: 1_000,
        stream: 5_000_000,
        streamBase: 1_000_000,
        mcRuns: 1000,
        mcDays: 150,
        chartSizes: [10_000, 100_000, 1_000_000, 4_000_000],
      };
}

export type Sizes = ReturnType<typeof baseSizes>;

/** The figures of one section: flat keys with dots (`replay.vsMutable`), numbers only. */
export type Figures = Record<string, number>;
