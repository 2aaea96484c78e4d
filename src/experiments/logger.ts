/** Where the engine sends warnings (torn store lines, skipped files). Silence it with {@link silentLogger}. */
export interface Logger {
  warn(message: string): void;
}

/** Warnings as one line each on stderr. */
export const stderrLogger: Logger = {
  warn(message) {
    process.stderr.write(`landscape: warning: ${message}\n`);
  },
};

export const silentLogger: Logger = { warn() {} };
