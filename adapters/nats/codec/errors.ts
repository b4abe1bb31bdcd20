/** A message could not be encoded or decoded. Carries the underlying failure as `cause`. */
export class CodecError extends Error {
  override readonly name = "CodecError";
  readonly code = "CODEC_ERROR";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export function isCodecError(value: unknown): value is CodecError {
  return value instanceof CodecError;
}

/** The message of a caught value, for a reason or an error message. */
export function describeError(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
