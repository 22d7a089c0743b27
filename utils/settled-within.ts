/**
 * True once `p` settles (resolved or rejected), false once `ms` pass first; never rejects. For a
 * card that waits a moment for its data rather than painting a placeholder that fills in a few
 * milliseconds later (DATA_GRACE_MS in entrypoints/lookup/card/card-data.ts).
 */
export function settledWithin(
  p: Promise<unknown>,
  ms: number,
  setTimer: (cb: () => void, ms: number) => unknown = setTimeout,
): Promise<boolean> {
  return new Promise((done) => {
    p.then(
      () => done(true),
      () => done(true),
    );
    setTimer(() => done(false), ms);
  });
}
