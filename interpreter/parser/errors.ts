// Errors the parser reports. Both carry a 1-based location; neither is a Python exception object (the
// program never ran), so index.ts turns them into RunFailure records of kind 'syntax' or 'unsupported'.

export class PySyntaxError extends Error {
  override name = 'PySyntaxError';
  constructor(
    message: string,
    public readonly line: number,
    public readonly column: number,
  ) {
    super(message);
  }
}

/** Valid Python that this interpreter does not run (async, complex numbers, ...). */
export class UnsupportedError extends Error {
  override name = 'UnsupportedError';
  constructor(
    /** What is not supported, e.g. `an async function`. */
    public readonly what: string,
    public readonly line: number,
    public readonly column: number,
  ) {
    super(`unsupported: ${what}`);
  }
}
