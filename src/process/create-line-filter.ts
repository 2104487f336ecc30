export interface LineFilter {
  /** Takes a chunk and returns the filtered complete lines it finished. */
  push(chunk: string): string;
  /** Returns the filtered rest, a last line without a newline. */
  end(): string;
}

/**
 * Applies `filter` to whole lines of a stream, so that a secret split
 * across two chunks is still seen in one piece. A chunk that ends without a
 * newline waits for the next one, or for `end()`.
 */
export function createLineFilter(filter: (text: string) => string): LineFilter {
  let pending = '';
  return {
    push(chunk) {
      const text = pending + chunk;
      const cut = text.lastIndexOf('\n') + 1;
      pending = text.slice(cut);
      return cut > 0 ? filter(text.slice(0, cut)) : '';
    },
    end() {
      const rest = pending;
      pending = '';
      return rest ? filter(rest) : '';
    },
  };
}
