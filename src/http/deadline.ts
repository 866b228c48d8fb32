// Waiting with a deadline: the work goes on (its outcome is ignored), the caller stops waiting.

/** `work`, or `timeout()` thrown after `ms`; 0 waits forever. */
export function within<T>(work: Promise<T>, ms: number, timeout: () => Error = () => new Error('timeout')): Promise<T> {
  if (ms <= 0) return work;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeout()), ms);
    timer.unref();
  });
  work.catch(() => undefined); // a late failure is nobody's to handle
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
